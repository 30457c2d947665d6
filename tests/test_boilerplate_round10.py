"""Round 10 boilerplate: rules for classes of lines that are not the story, and for where the
story goes on, each checked both ways (the furniture goes, body lines like it stay).

A read-also heading mid-article (its box of links dropped, the story after it kept), and
the notes, footers and prompts listed below, in several outlets' and languages' forms.

All fixtures are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.ends import story_goes_on
from claimtrack.reading.feed_notes import is_feed_note
from claimtrack.reading.line_rules import boilerplate_reason, is_end_marker
from claimtrack.reading.sidebars import is_read_also
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

# --------------------------------------------------------------------------- read-also headings

READ_ALSO = [
    "Also Read", "ALSO READ:", "Read also", "Leia também", "Lire aussi", "À lire aussi :",
    "Te puede interesar", "Lee también", "Leggi anche", "Lesen Sie auch", "Читайте также",
    "Lees ook", "You may also like",
]  # fmt: skip


@pytest.mark.parametrize("heading", READ_ALSO)
def test_a_read_also_heading_is_known(heading: str) -> None:
    assert is_read_also(heading)
    assert boilerplate_reason(heading, header=False) is not None


@pytest.mark.parametrize(
    "line", ["Also read the report", "Read also the minutes of the meeting.", "Leia", LEAD]
)
def test_a_line_that_only_starts_like_one_is_not_a_heading(line: str) -> None:
    assert not is_read_also(line)


@pytest.mark.parametrize(
    "heading", ["Also Read", "Leia também", "Lire aussi", "Te puede interesar"]
)
def test_the_story_goes_on_under_a_read_also_heading_with_its_links_lost(heading: str) -> None:
    page = saved_page(HEADLINE, "", LEAD, "", heading, "", MORE, "", QUOTE, "", LAST)
    result = clean(page)
    assert MORE in result.text and QUOTE in result.text and result.text.endswith(LAST)
    assert heading not in result.text


@pytest.mark.parametrize("heading", ["Leia também", "Baca juga", "Lire aussi"])
def test_a_box_of_links_mid_article_is_dropped_and_the_story_kept(heading: str) -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", heading, "",
        "Governo anuncia novo porto no norte do estado", "",
        "Greve dos estivadores chega ao terceiro dia", "",
        MORE, "", QUOTE, "", LAST,
    )  # fmt: skip
    result = clean(page)
    assert result.text.startswith(LEAD) and result.text.endswith(LAST)
    assert MORE in result.text and QUOTE in result.text
    assert "Governo anuncia" not in result.text and "Greve dos" not in result.text


def test_a_read_also_heading_closing_the_page_still_ends_it() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", MORE, "", "Read also", "",
        "Ferry fares to rise in spring", "",
        "New pier opens on the east quay", "",
        "Harbour master retires after 30 years", "",
    )  # fmt: skip
    result = clean(page)
    assert result.text == f"{LEAD}\n\n{MORE}"
    assert any(d.reason is DropReason.END_MARKER for d in result.dropped)


def test_a_list_of_teasers_under_the_heading_is_no_story_going_on() -> None:
    teasers = [
        "Ferry fares to rise in spring",
        "The board raised fares for the first time in five years on Monday.",
        "New pier opens on the east quay",
        "Builders finished the pier two months early, the council said.",
    ]
    assert not story_goes_on(teasers)
    page = saved_page(HEADLINE, "", LEAD, "", MORE, "", "Lire aussi", "", *teasers)
    assert clean(page).text == f"{LEAD}\n\n{MORE}"


def test_another_story_credited_under_the_heading_is_no_story_going_on() -> None:
    after = ["Ferry fares to rise in spring", "By Tom Reed", MORE, QUOTE]
    assert not story_goes_on(after)
    assert not story_goes_on(["Ferry fares to rise in spring", "March 3, 2024", MORE, QUOTE])


def test_one_paragraph_under_the_heading_is_no_story_going_on() -> None:
    assert not story_goes_on([MORE])
    assert not story_goes_on([MORE, "Leave a Reply"])
    assert story_goes_on([MORE, QUOTE])
    assert story_goes_on(["Ferry fares to rise in spring", MORE, QUOTE])


def test_other_end_markers_still_end_the_article_whatever_follows() -> None:
    assert is_end_marker("Related articles")
    page = saved_page(HEADLINE, "", LEAD, "", "Related articles", "", MORE, "", QUOTE)
    assert clean(page).text == LEAD


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [LEAD, MORE, QUOTE, "Also Read", "Leia também", "Ferry fares to rise", "By Tom Reed"]
        ),
        max_size=14,
    )
)
def test_every_kept_line_is_a_line_of_the_page(lines: list[str]) -> None:
    page = "\n\n".join([HEADLINE, *lines]) + "\n"
    result = clean(page)
    for paragraph in result.text.split("\n\n"):
        assert not paragraph or paragraph in [*lines, HEADLINE]
    assert "Also Read" not in result.text and "Leia também" not in result.text


# --------------------------------------------------------------------------- feed and wire notes

NOTES = [
    "($1 = 18.4521 Northland pesos)", "(1 euro = $1.0812)", "($1 = 0.9204 euros; £1 = $1.2710)",
    "(US$1 = 3.6725 dirhams)", "(abc/DEF)", "(jr/tr)", "( mae / rdk )",
    "The post Ferry strike ends after talks appeared first on Harbour Daily.",
    "The post “We will sail again,” says captain appeared first on Northport News.",
    "Disclaimer: This post has been auto-published from an agency feed without any "
    "modifications to the text and has not been reviewed by an editor",
    "(Only the headline of this report may have been reworked by Harbour staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
    "(Except for the headline, this story has not been edited by Harbour Daily staff and is "
    "published from a syndicated feed.)",
    "//platform.example.com/widgets.js", "https://cdn.example.org/embed/v2/script.js?lang=en",
    "To leave a comment you must or Join us", "You must be logged in to post a comment.",
    "Log in or register to comment", "You can watch the full interview in the video player, above.",
    "Watch the video above", "Listen to the full programme below.", "• Arabic", "- Français",
    "• English", "Read the reaction of the dockers' union here.", "Read the full statement here",
    "You can read the board's report here.", "(NOAA)", "(AFP)", "(AP/NOAA)",
    "Links to all our earlier interviews are in the archive: you can go directly to the page by "
    "clicking here: https://example.org/interviews.html",
]  # fmt: skip
NOT_NOTES = [
    "The peso fell to 18.45 to the dollar on Monday, its weakest in a year.",
    "(The rate, 18.45 pesos to the dollar, was the weakest in a year.)",
    "The post office appeared first on the list of closures, the council said.",
    "The agency feed was cut for three hours on Sunday, editors said.",
    "He said he would watch the interview above all else before deciding.",
    "To leave a comment on the plan, residents must write to the council by Friday.",
    "Arabic and English are taught in every school in the district, the ministry said.",
    "(Applause)", "English", "Arabic", "(APPLAUSE)", "(LAUGHTER)", "(Northport)",
    "He read the report here in the office before the vote on Monday.",
    "Read the full text of the agreement, which was signed here on Monday by the ministers.",
    "The full report is on the board's site at https://example.org/report.pdf, officials said.",
]  # fmt: skip


@pytest.mark.parametrize("line", NOTES)
def test_a_feed_or_wire_note_is_dropped(line: str) -> None:
    assert is_feed_note(line)
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize("line", NOT_NOTES)
def test_a_body_line_that_mentions_the_same_things_stays(line: str) -> None:
    assert not is_feed_note(line)


def test_a_wire_story_keeps_its_body_and_drops_its_notes() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", MORE, "", "($1 = 18.4521 Northland pesos)", "", "(abc/DEF)", "",
        "The post Harbour board says ferry strike will end appeared first on Harbour Daily.",
    )  # fmt: skip
    assert clean(page).text == f"{LEAD}\n\n{MORE}"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="($1=.,;/ abcXYZ€£0123456789)", max_size=80))
def test_a_currency_note_is_a_whole_bracketed_line(text: str) -> None:
    if is_feed_note(text):
        assert text.startswith("(") or text.startswith(("-", "•", "*", "·", "▪"))


# --------------------------------------------------------------------------- links, credits

ITEMS = [
    "Ferry Fares To Rise In Spring, Board Says -",
    "New Pier Opens On The East Quay -",
    "Harbour Master Retires After 30 Years: What Comes Next -",
    "Storm Closes Northern Ports For A Second Day -",
]


def test_a_run_of_links_ending_in_a_dash_is_dropped_with_its_separator_and_cut_item() -> None:
    page = saved_page(HEADLINE, LEAD, "-", *ITEMS, "Coastal Diet T")
    result = clean(page)
    assert result.text == LEAD
    assert not any(item in result.text for item in ITEMS)


def test_two_such_lines_are_no_run() -> None:
    page = saved_page(HEADLINE, "", LEAD, "", ITEMS[0], "", ITEMS[1], "", MORE)
    result = clean(page)
    assert ITEMS[0] in result.text and ITEMS[1] in result.text


def test_prose_ending_in_a_dash_is_no_link() -> None:
    prose = [
        "The board said on Monday that fares would rise in the spring, and the union objected -",
        "Crews said the new pier was finished two months early, the council said on Friday -",
        "The harbour master, who retires this year, said the storm closed the ports again -",
    ]
    page = saved_page(HEADLINE, "", LEAD, "", *prose)
    result = clean(page)
    assert all(p in result.text for p in prose)


@pytest.mark.parametrize("credit", ["-Newswire", "— Harbour Press", "- Coastal Wire Service"])
def test_an_agencys_closing_credit_is_dropped(credit: str) -> None:
    page = saved_page(HEADLINE, "", LEAD, "", MORE, "", credit)
    assert clean(page).text == f"{LEAD}\n\n{MORE}"


def test_a_dashed_list_closing_the_body_stays() -> None:
    page = saved_page(HEADLINE, "", LEAD, "", "The ferries sail to:", "- Northport", "- Eastwick")
    result = clean(page)
    assert "- Northport" in result.text and result.text.endswith("- Eastwick")


# --------------------------------------------------------------------------- interviews

Q1 = "What is the state of the harbour's expansion plan?"
A1 = "MARA QUINT: The plan is ready, but the money depends on the regional budget, which the "
A1 += "council will vote on in the autumn. We expect clarity by the end of the year."
Q2 = "How has the storm season affected the ferry routes?"
A2 = "QUINT: It has been the worst season in a decade. We lost twelve sailing days in March."


def test_an_interviews_first_question_opens_the_body() -> None:
    page = saved_page(
        "Mara Quint, Harbour Master: Interview", "", "Share", "",
        "Interview: Mara Quint", "", Q1, "", A1, "", Q2, "", A2,
    )  # fmt: skip
    result = clean(page)
    assert result.text.startswith(Q1)
    assert result.title != Q1
    assert Q2 in result.text and result.text.endswith(A2)


def test_a_question_over_one_labelled_answer_opens_the_body_too() -> None:
    # One question over one labelled answer is still the interview's first turn: losing it
    # from the body would be worse than keeping a question-shaped headline.
    page = saved_page("Interview: Mara Quint", "", Q1, "", A1, "", MORE, "", QUOTE)
    result = clean(page)
    assert result.text.startswith(Q1) and result.title != Q1
    assert A1 in result.text


# --------------------------------------------------------------------------- captions

CAPTIONS = [
    "HARBOUR PROTEST. Dockers march past the port office in Northport on Monday.",
    "GUILTY. Former harbour master Tom Reed leaves the court on Tuesday.",
    "Shoppers at the old fish market in Northport. Harbourwire",
    "Crews repair the east pier after the storm. Coastal Press Agency",
    "Senator Jane Roe speaks during a hearing on the port budget. (Photo sourced from the "
    "senator's page)",
    "The new ferry at its launch. (Image courtesy of Northport Harbour Board)",
]
NOT_CAPTIONS = [
    "OK. So we went down to the port and waited for the boats.",
    "NO. I never said that the port would close.",
    "The minister arrived in Northport on Monday. He",
    "The minister arrived in Northport on Monday. The",
    "Jane Roe: The ferries are running again. F",
    "HARBOUR PROTEST. “We will not move,” said a docker on Monday.",
    "The council met on Monday to discuss the port budget.",
    LEAD, MORE, QUOTE,
]  # fmt: skip


@pytest.mark.parametrize("line", CAPTIONS)
def test_more_caption_forms_are_dropped(line: str) -> None:
    assert is_caption_form(line)
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_prose_speech_and_cut_off_lines_are_no_caption(line: str) -> None:
    assert not is_caption_form(line)


def test_a_kicker_caption_between_headline_and_lead_is_not_the_body() -> None:
    page = saved_page(HEADLINE, "", CAPTIONS[0], "", LEAD, "", MORE)
    result = clean(page)
    assert result.text == f"{LEAD}\n\n{MORE}"


# --------------------------------------------------------------------------- summaries

P1 = "“I am really pleased for everyone connected with the harbour club."
P2 = "“In terms of the support, you could see how much it meant to the fans on the quay."
P3 = "“In the first half we were the better side and we deserved the lead,” the coach said."


def test_a_summary_running_the_first_paragraphs_together_is_dropped() -> None:
    summary = f"{P1} {P2} {P3[:40]}"
    page = saved_page("Sport", "", "The Coach After The Match", "", summary, "", P1, "", P2, "", P3)
    result = clean(page)
    assert result.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert any(d.reason is DropReason.TEASER for d in result.dropped)


def test_a_paragraph_that_only_opens_like_a_later_one_stays() -> None:
    # It opens with P1 but goes on with other words than the next paragraph's.
    other = f"{P1} The club said ticket sales rose by a third over the season, a record."
    page = saved_page(HEADLINE, "", other, "", P1, "", P2, "", P3)
    assert other in clean(page).text


def test_an_authors_name_over_a_language_switcher_is_the_byline() -> None:
    page = saved_page(
        HEADLINE, "", "", "Mara Quint", "  • English", "  • Arabic", "", LEAD, "", MORE
    )
    result = clean(page)
    assert result.authors == ("Mara Quint",)
    assert result.text == f"{LEAD}\n\n{MORE}"


def test_a_paragraph_broken_before_a_semicolon_is_no_headline_over_prose() -> None:
    first = (
        "Harbour master Mara Quint has had a long career mostly spent on the northern ferries but "
        "also serving on a number of cargo ships in the eastern seas"
    )
    second = (
        "; one of her best-known voyages was a winter crossing in a storm, for which she won a "
        "number of awards from the harbour board and from the union of ferry crews."
    )
    assert len(second) > len(first)  # as long as prose under a headline would be
    page = saved_page("INTERVIEWS", "", "", "Introduction:", first, second, "", MORE)
    result = clean(page)
    assert first in result.text and second in result.text
    assert result.title != first
