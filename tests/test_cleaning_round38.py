"""Round 38: furniture read as furniture: an appeal listing its adjectives ("Support quality,
independent, local journalism"), a "follow & like us" bar, a print row with its text-size switch
("Print This Post A A A"), a library database's "Newspaper article <Outlet>" header, topic tags
marked with their language ("(en)"), "Add <Outlet> on Whatsapp", a blocked page's "We are
working hard to get it back online", comment widgets (Disqus, wpDiscuz), an audio player
loading, "(Source: …)" and "More in <Section>". A desk's credit ("Harbour Now Writer") and a
wire byline without "By" ("Ada Lund and Tom Berg from NCA Newswire") never head the page; a
short headline in sentence case over its deck is the title; a dateline in Title Case with its
agency dates the story ("Northport, Harbourland (HIS): August 2, 2010 - …")."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines
from claimtrack.reading.not_headlines import never_headline
from claimtrack.reading.ui_words import is_control_row

_PROSE = (
    "The council voted on Monday to close the old quay to lorries from next spring.\n\n"
    "Ada Lund, who chairs the harbour board, said the decision was overdue.\n"
)
_HEADLINE = "Northport closes its old quay to lorries"


@pytest.mark.parametrize(
    "line",
    [
        "Support quality, independent, local journalism…that matters",
        "Please support local, independent journalism",
        "Please follow & like us",
        "Like and share us on the web",
        "Print This Post A A A",
        "Email this page",
        "Newspaper article Northport Courier (NP)",
        "Magazine article Harbour Weekly",
        "harbour politics (en) ferry services (en)",
        "Add Northport News Online on Whatsapp +44 712 6700; get major headlines and tips",
        "We are working hard to get it back online.",
    ],
)
def test_appeals_bars_database_headers_and_tagged_topics_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=True) is not None
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Readers who support local journalism gave £4,000 to the appeal this year.",
        "Newspaper article reveals the scale of the harbour's debts",
        "The mayor said the ferry (en route to Southport) had been delayed.",
        "We follow and like each other, the two captains joked.",
        "Police add that the driver was on WhatsApp when the crash happened.",
        "We are working hard to get the ferry back on time, the operator said.",
    ],
)
def test_sentences_like_appeals_and_headers_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Getting your Harbour Audio player ready...",
        "Want the best ferry fares? Click Here",
        "Leave Comments",
        "Mail this story to a friend.",
        "blog comments powered by Disqus",
        "More in Local",
        "0 0 votes",
        "Article Rating",
        "Notify of",
        "Newest Most Voted",
        "Inline Feedbacks",
        "This discussion has been archived. No new comments can be posted.",
        "Comments Filter:",
        "Want more NP? Get our FREE newsletter",
        "(Source: Harbour Radio News)",
        "Digital Editions",
        "From just £1 a month you can help fund our work – and read the site ad-free",
        "Watch every game of the Harbour League live on Streamo. New to Streamo? Start today",
        "New to Streamo? Start your free trial today >",
        "15 min 2 sec",
        "13:18 LOCAL TIME 10:18 GMT",
        "Bagaimana tanggapan anda mengenai artikel ini?",
        "unblock notif",
        "Posted in",
    ],
)
def test_comment_widgets_players_and_section_pointers_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "More in common than we think, the mayor said of the two towns.",
        "(Source: the mayor's office said the ferry would run all winter)",
        "Why did the council vote? Click here was the only answer on its website, Lund said.",
        "She said she would leave comments for the board to read in the morning.",
        "From just £1 a month the council will charge residents for bins.",
        "We watch every game of the season live on the big screen at the club.",
        "Posted in Lagos, the letter reached the minister a week later.",
    ],
)
def test_sentences_like_widgets_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize("row", ["This Post", "A", "A A A", "This page"])
def test_filler_words_alone_are_no_control_row(row: str) -> None:
    assert not is_control_row(row)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Now Writer",
        "Northport Reporter",
        "Ada Lund and Tom Berg from NCA Newswire",
        "Ada Lund from AAP Newswire",
        "Northport, Sunday",
        "New York, Friday.",
    ],
)
def test_a_desks_credit_and_a_wire_byline_without_by_never_head(line: str) -> None:
    assert never_headline(split_lines(line), 0)


@pytest.mark.parametrize(
    "line",
    [
        _HEADLINE,
        "Ferry crews vote to strike from next week",
        "Harbour board hires a writer",
        "Ferry crews strike, Monday",
        "Sunday, Bloody Sunday",
    ],
)
def test_headlines_with_from_or_writer_may_head(line: str) -> None:
    assert not never_headline(split_lines(line), 0)


@pytest.mark.parametrize(
    "above",
    [
        "Support quality, independent, local journalism…that matters",
        "Print This Post A A A",
        "Harbour Now Writer",
    ],
)
def test_furniture_between_headline_and_story_is_not_the_title(above: str) -> None:
    article = clean(f"{_HEADLINE}\n\n{above}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert above not in article.text


def test_a_database_header_printed_twice_with_the_headline_is_not_the_title() -> None:
    header = "Newspaper article Northport Courier (NP)"
    article = clean(f"{header}\n{_HEADLINE}\n\n{header}\n{_HEADLINE}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert header not in article.text


def test_a_short_headline_in_sentence_case_over_its_deck_is_the_title() -> None:
    page = (
        "Northport Courier - PRINT EDITION\n\n"
        "Harbour board under scrutiny\n\n"
        "Questions raised after a contract that should never have been signed\n\n"
        f"{_PROSE}"
    )
    assert clean(page).title == "Harbour board under scrutiny"


@pytest.mark.parametrize("label", ["Politics", "Local News"])
def test_a_one_or_two_word_label_over_the_headline_is_still_no_title(label: str) -> None:
    page = f"{label}\n\n{_HEADLINE}\n\n{_PROSE}"
    assert clean(page).title == _HEADLINE


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("Northport, Harbourland (HIS): August 2, 2010 - The harbour board met.", "2010-08-02"),
        ("Northport (HIS): 2 August 2010 - The harbour board met on Monday.", "2010-08-02"),
        ("Northport, Harbourland: the ferry ran on August 2, 2010 - a first.", None),
    ],
)
def test_a_dateline_in_title_case_dates_the_story(lead: str, date: str | None) -> None:
    article = clean(f"{_HEADLINE}\n\n{lead}\n\n{_PROSE}")
    assert (str(article.published) if article.published else None) == date


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ada Lund and Tom Berg from NCA Newswire", ["Ada Lund", "Tom Berg"]),
        ("Ada Lund from AAP Newswire", ["Ada Lund"]),
        ("Ferry crews vote to strike from next week", []),
        ("By Marilyn Bay Lund", ["Marilyn Bay Lund"]),  # a place's word as a middle name
        ("Mill Valley", []),  # the place beside the date
        ("Northport Courier - PRINT EDITION", []),  # the paper's edition
        ("Ada Lund - Northport Courier", ["Ada Lund"]),
    ],
)
def test_a_wire_byline_without_by_names_its_authors(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


def test_a_contact_line_under_a_releases_headline_does_not_end_the_page() -> None:
    page = (
        "Transcript of the mayor on Harbour Radio on Friday, July 19 2024.\n"
        "CONTACT: (212) 555-0100\n\n\n"
        "Tom Reed: Good morning and welcome to Ask the Mayor, as every Friday on the station.\n\n"
        "Mayor Ada Lund: Good morning, Tom. Let me start with the heat wave this weekend.\n\n"
        "Tom Reed: What should listeners do to stay safe in the heat?\n"
    )
    article = clean(page)
    assert "Let me start with the heat wave" in article.text
    assert "555-0100" not in article.text


def test_a_contact_block_after_the_story_still_ends_it() -> None:
    page = f"{_HEADLINE}\n\n{_PROSE}\nCONTACT: (212) 555-0100\n\nMore stories from the harbour\n"
    article = clean(page)
    assert "555-0100" not in article.text and "More stories" not in article.text


def test_a_headline_printed_again_with_a_full_stop_is_the_title_not_a_teaser() -> None:
    page = (
        "Northport board visits the quay to see the storm damage for itself\n\n"
        "Northport board visits the quay to see the storm damage for itself.\n"
        "On Monday the harbour board walked the length of the old quay with the engineers.\n\n"
        "Ada Lund, who chairs the board, said the repairs would take all winter.\n"
    )
    assert clean(page).title == "Northport board visits the quay to see the storm damage for itself"


def test_a_teaser_cut_short_is_still_a_teaser() -> None:
    page = (
        "Northport board visits the quay to see the storm damage\n\n"
        f"{_HEADLINE}\n\n"
        "Northport board visits the quay to see the storm damage for itself on Monday, with "
        "the engineers who will repair it.\n\n"
        "Ada Lund, who chairs the board, said the repairs would take all winter.\n"
    )
    assert clean(page).title == _HEADLINE


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("New rules, old ferries. Harbour board: no new crossings this year", True),
        ("The ferry stopped running in May. Crews said they were not paid for weeks", False),
    ],
)
def test_a_headline_after_a_short_kicker_over_its_date_line_is_the_title(
    first: str, title: bool
) -> None:
    page = f"{first}\nPublished July 30, 2024 07:27\n{_PROSE}"
    cleaned = clean(page)
    assert (cleaned.title == first) is title
    if title:
        assert str(cleaned.published) == "2024-07-30"


def test_a_statement_by_someone_over_the_first_quote_opens_the_body() -> None:
    page = (
        "Statements from the Northport Refugee Council on the launch of the overview:\n\n"
        "Published 04. Dec 2018\n\n"
        "Statement by Tobin Vale, Director NRC Geneva:\n\n"
        "“It is deeply worrying that the crises last increasingly longer, leaving many lives "
        "in jeopardy.”\n\n"
        "The council will report again next year on the funding it has received.\n"
    )
    cleaned = clean(page)
    assert cleaned.text.startswith("Statement by Tobin Vale, Director NRC Geneva:")
    found = claimtrack.extract_quotations(cleaned.text, learned=False)
    assert [q.speaker_full for q in found] == ["Tobin Vale"]
