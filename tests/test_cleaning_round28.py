"""Round 28: a comment box's and a blog's widgets end the story; a site builder's landmarks, a
media prompt and navigation labels are no headline; a lead-in with a colon and a dash is the
story's first line."""

from __future__ import annotations

import pytest

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_end_marker
from claimtrack.reading.sidebars import is_sidebar

_STORY = (
    "Harbour reopens after storm\n\n"
    "The harbour at Northport reopened on Monday after a week of repairs to the quay wall.\n\n"
    "“We are glad to have the boats back,” harbour master Ada Lund said on Monday.\n\n"
    "{tail}\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Leave a ReplyCancel reply\n\nYour email address will not be published.",
        "7 Responses to Harbour reopens after storm\n\nTom Berg says:\n\nGreat news for us all.",
        "3 thoughts on “Harbour reopens after storm”\n\nGreat news for the town.",
        "Write Comment\n\nYour name:",
        "comments powered by Disqus",
        "Recent Posts\n\nCouncil approves the budget for next year",
        "MOST READ THIS WEEK\n\nCouncil approves the budget for next year",
        "Other Politics News\n\n15 May: Council approves the budget for next year",
        "bottom of page",
        "Add a rating\n\nNo ratings yet\n\nRated 0 out of 5 stars.",
        "Donate",
    ],
)
def test_a_comment_box_a_sidebar_and_a_blogs_widgets_after_the_story_are_dropped(
    tail: str,
) -> None:
    cleaned = clean(_STORY.format(tail=tail))
    assert cleaned.text.rstrip().endswith("harbour master Ada Lund said on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Leave a ReplyCancel reply",
        "Write Comment",
        "Post a comment",
        "7 Responses to Harbour reopens after storm",
        "comments powered by Disqus",
    ],
)
def test_end_markers(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "Seven responses to the plan came from the unions and the harbour board on Monday.",
        "Write to the council",
        "Comments from the harbour board were mixed",
    ],
)
def test_the_storys_own_lines_are_no_end_markers(line: str) -> None:
    assert not is_end_marker(line)


@pytest.mark.parametrize("line", ["Most read this week", "Recent Posts", "Other Politics News"])
def test_sidebar_headings(line: str) -> None:
    assert is_sidebar(line)


@pytest.mark.parametrize(
    "furniture",
    [
        "Primary navigation\nskip to content\nPrimary navigation",
        "Listen to this Ada Lund interview",
        "top of page",
    ],
)
def test_a_landmark_or_a_media_prompt_is_no_headline(furniture: str) -> None:
    raw = (
        f"{furniture}\n\nNorthport Business Developments\n\n"
        "Under new ownership, Northport Aircraft announced a plan to hire more staff in the "
        "port to build its first jet.\n"
    )
    assert clean(raw).title == "Northport Business Developments"


def test_a_lead_in_with_a_colon_and_a_dash_opens_the_story() -> None:
    raw = (
        "Manager post Northport Rovers\n\n"
        "Manager Tom Berg gave his thoughts after the 1-0 defeat at home to Eastvale:-\n\n"
        "“Obviously we are disappointed to lose the game. We were not at our level today.\n"
    )
    cleaned = clean(raw)
    assert cleaned.title == "Manager post Northport Rovers"
    assert cleaned.text.startswith("Manager Tom Berg gave his thoughts")


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "From the Mayor's Web Site (\nWednesday, May 18, 2011\n\nNews Release\n\n"
            "From the Mayor's Web Site (\n\nNew harbour board to serve all of Northport\n\n"
            "Economy remains first priority\nMay 18, 2011\nNorthport, Eastshire",
            "New harbour board to serve all of Northport",
        ),
        (
            "Mayor Says Harbour Talks Will Not Resume\n\n"
            "But Harbour Master Says Goal Is to Return to the Table\n\n"
            "Northport harbour\n"
            "A sign marks the harbour wall in Northport. (Tom Berg/Northport Post)",
            "Mayor Says Harbour Talks Will Not Resume",
        ),
        (
            "1 day agoon\nNews\nFerry Fears Grow as Harbour Board Urges Public to Report Faults"
            "\n\nPublished\n1 day agoon\nBy\nAda Lund",
            "Ferry Fears Grow as Harbour Board Urges Public to Report Faults",
        ),
    ],
)
def test_a_cut_bracket_a_deck_going_on_and_a_relative_time_are_no_headline(
    header: str, title: str
) -> None:
    raw = (
        f"{header}\n\n"
        "The harbour board of Northport said on Monday that talks with the ferry operators "
        "would not resume before the summer.\n\n"
        "Its chair Ada Lund said the board had done what it could.\n"
    )
    assert clean(raw).title == title


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tom MacLeodAAP", ["Tom MacLeod"]),  # an agency run into a name with a capital inside
        ("By Tom Berg (AFP)–Aug. 26, 2012", ["Tom Berg"]),
        ("By Ada Lund (Reuters)", ["Ada Lund"]),
    ],
)
def test_a_byline_with_its_agency_glued_or_in_brackets(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        (
            "(Reporting by Ada Lund Writing by Tom Berg Editing by Eva Holm)",
            ("Ada Lund", "Tom Berg"),
        ),
        (
            "(Reporting and editing by Ada Lund, Tom Berg and Ada Lund; Additional reporting "
            "from Eva Holm",  # a copy cut short: the bracket never closes
            ("Ada Lund", "Tom Berg"),
        ),
        ("(Reporting by Ada Lund in Northport; Editing by Eva Holm)", ("Ada Lund",)),
    ],
)
def test_a_wires_closing_credit_names_its_reporters_and_writer(
    credit: str, authors: tuple[str, ...]
) -> None:
    raw = (
        "Coffee growers face heavy rains\n\n"
        "NORTHPORT, March 25 (Reuters) - Growers in the hills said heavy rains had cut the "
        "harvest by a third this year.\n\n"
        f"The region is the third-largest coffee producer in the country. {credit}\n"
    )
    assert clean(raw).authors == authors


def test_a_closing_credit_adds_the_writer_to_the_byline() -> None:
    raw = (
        "Coffee growers face heavy rains\n\nBy Ada Lund\n\n"
        "NORTHPORT, March 25 (Reuters) - Growers in the hills said heavy rains had cut the "
        "harvest by a third this year.\n\n"
        "The region is the third-largest coffee producer in the country. (Reporting by Ada Lund "
        "Writing by Tom Berg Editing by Eva Holm)\n"
    )
    assert clean(raw).authors == ("Ada Lund", "Tom Berg")


@pytest.mark.parametrize(
    "line",
    [
        # a caption closing on its credit without a colon
        "Lost Dogs' Disco. Photo by Ada Lund.",
        "Protest anger: Photo The Northport Standard.",
        "Flooding in Northport – image by Northport Mountain Rescue",
        "At least 30 were hurt in the clashes at Northport prison. (Photo internet)",
        "Judge Ada Lund. Credito:Northport Court on Youtube",
        # a pointer with no colon, a social handle, a site's notice
        "READ ALSO Ada Lund to leave the harbour board after ten years",
        "Also read Mayor Tom Berg opens the new ferry terminal ; Details",
        ">>STORM SEASON Boy's death spurred concern in Northport",
        "Twitter: @NorthportHarbour",
        "Sorry we are not currently accepting comments on this article",
        "Read the article in the original language",
        "For more news on Arctic developments.",
        "For more news and updates on the ferry strike, visit our website.",
    ],
)
def test_the_pages_lines_inside_the_story_are_dropped_and_the_story_goes_on(line: str) -> None:
    cleaned = clean(_STORY.format(tail=f"{line}\n\nThe harbour board meets again in May."))
    assert line not in cleaned.text
    assert "The harbour board meets again in May." in cleaned.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo by Ada Lund won the prize at the show last year.",
        "He said the image was clear: Photo evidence showed the car.",
        "The exhibition opened on Monday. Pictures by local children hang in the hall.",
        "Also read the report before the meeting, the board told its members.",
        "For more news on this story the council said it would wait until May.",
    ],
)
def test_the_storys_sentences_that_look_like_them_stay(sentence: str) -> None:
    assert sentence in clean(_STORY.format(tail=sentence)).text


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (
            "  • NORTHPORT – 01 August, 2012 – A joint team of health officials have confirmed "
            "the outbreak of fever in the district.",
            "2012-08-01",
        ),
        (
            "Northport, Freedonia – 26 September 2025 – The harbour office marked a milestone "
            "with the handover of its new border system.",
            "2025-09-26",
        ),
    ],
)
def test_a_dateline_in_a_bulleted_lead_or_with_a_dash_after_the_place(lead: str, date: str) -> None:
    raw = f"Harbour news\n\n{lead}\n\nThe officials will report again next week.\n"
    assert str(clean(raw).published) == date


def test_a_post_at_label_dates_the_page() -> None:
    raw = (
        "Drua lose two players to red cards\n\nPost At: Apr 06/2024 08:20AM\n\n"
        "The Drua lost two players to red cards on Saturday in the match at the stadium.\n"
    )
    assert str(clean(raw).published) == "2024-04-06"
