"""Cleaning, round 20: an archive's age notice, an office as publisher, a headline over its
standfirst with a picture's caption before the prose."""

from __future__ import annotations

import pytest

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.header_pairs import document_title
from claimtrack.reading.line_rules import DropReason, boilerplate_reason

AGED = (
    "Skip to main content\n\n"
    "Harbour towns ‘will have to close ferry routes to pay for storm repairs’\n\n"
    "This article is more than 2 years old\n\n"
    "Councils faced with large bills to mend quays, roads and sea walls in the north\n\n"
    "The north quay after the storm\n"
    "The north quay after the storm last week. Photograph: Kim Dale/Northport Courier\n\n"
    "Harbour towns will have to close ferry routes to pay for the repairs, the council said on "
    "Monday.\n\nThe bill for the sea walls alone is larger than last year's budget.\n"
)


def test_the_headline_over_an_age_notice_and_a_standfirst_is_the_title() -> None:
    cleaned = clean(AGED)
    assert cleaned.title == (
        "Harbour towns ‘will have to close ferry routes to pay for storm repairs’"
    )
    assert "more than 2 years old" not in cleaned.text
    assert cleaned.text.startswith("Harbour towns will have to close")


@pytest.mark.parametrize(
    "line",
    [
        "This story is more than 14 months old",
        "This story is over a year old",
        "Published by Harbour Communications Office (555) 010-2000, Ext. 4",
        "Published by the Press Office of the Harbour Authority",
        "Google Ad Manager – 728x90 – Top Banner",
        "Brought to you by Harbour Bank.",
        "For more news like this on Northland follow us on Facebook and X.",
        "Watch more videos on Harbour TV!",
        "Connect With Us : 0555 010 200 | 0555 010 300",
        "• Hits : 4592",
        "@ Click to watch the clip",
        ">Related articles",
        "source harbour-news.net",
        "Subjects: the harbour; ferry fares; the spring review.",
        "An official website of the Northland government",
        "READ THE FULL STORY →",
        "For all the latest Harbour News Click Here",
        "More on Harbour News",
        "Read the original article at Harbour Wire",
        "Article Sourced via Harbour Wire",
        "Search in archive",
        "Official websites use .gob",
        "Secure .gob websites use HTTPS",
        "This is historical material kept as it was. The site is no longer updated.",
    ],
)
def test_notices_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=True) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than a summary of the harbour plan.",
        "Published by Tom Berg in 2019, the book sold well.",
        "He asked them to follow us on Facebook, and they did.",
        "The source said the harbour would close.",
        "Visit the harbour now.",
        "More on that later.",
        "Read the full story of the harbour in our book.",
    ],
)
def test_sentences_about_articles_and_books_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


def test_an_office_as_publisher_is_no_first_line_of_the_body() -> None:
    page = (
        "Campus News\n\n"
        "Published by Harbour Communications Office (555) 010-2000, Ext. 4\n\n"
        "News Release\n\nNovember 14, 2002\n\n"
        "Province funds harbour research at the college\n\n"
        "The college has received two million dollars to study the northern channel.\n\n"
        "The money will pay for three new posts, the dean said.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Province funds harbour research at the college"
    assert cleaned.text.startswith("The college has received")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Bernama", ["Bernama"]),
        ("By Reuters", ["Reuters"]),
        ("By The Numbers", []),  # a column's name, no agency
    ],
)
def test_an_agency_named_in_full_signs_the_story(line: str, authors: list[str]) -> None:
    assert names_in_byline(line) == authors


def test_a_headline_under_a_row_of_sections_over_its_dated_credit() -> None:
    page = (
        "Harbour Weekly\n\n"
        "News Ferries Ports Weather\n"
        "Ferry crews return to the northern channel as storms ease\n\n"
        "June 16, 2023  By Bernama\n\n"
        "Ferry crews went back to work on Monday after a week of storms kept the boats in port.\n\n"
        "“It was a long week,” said Tom Berg, a captain.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Ferry crews return to the northern channel as storms ease"
    assert cleaned.authors == ("Bernama",)
    assert cleaned.text.startswith("Ferry crews went back")


def test_headlines_packed_in_a_listing_are_no_title() -> None:
    # Two headlines in sentence case packed together: a listing, whatever credit follows.
    page = (
        "Harbour Weekly\n\n"
        "Ferry crews return to the northern channel\n"
        "Storm warning lifted for the islands tonight\n\n"
        "June 16, 2023  By Ada Lund\n\n"
        "Ferry crews went back to work on Monday after a week of storms kept the boats in port.\n"
    )
    assert clean(page).title != "Storm warning lifted for the islands tonight"


def test_a_headline_printed_twice_wins_over_a_name_above_its_date() -> None:
    page = (
        "Exclusive: Harbour chief welcomes the new ferry law\n\n"
        "Sheikh Tom bin Ada bin Lund\nUpdated 10 November 2016\n\n"
        "Exclusive: Harbour chief welcomes the new ferry law\n\n"
        "NORTHPORT: The harbour chief of the islands has welcomed the new ferry law, saying that "
        "he “prefers boats” over speeches. \n"
        "In a long interview with the Courier, Sheikh Tom bin Ada bin Lund said that he sees the "
        "“old ties” between the islands going on.\n"
        "The council on Wednesday passed the law after a long debate that divided the town. \n"
    )
    assert clean(page).title == "Exclusive: Harbour chief welcomes the new ferry law"


def test_a_document_s_title_under_an_office_s_name_is_the_title() -> None:
    page = (
        "President of the Republic of Northland\n\n"
        "Address by H.E. Ada Lund, the President of the Republic of Northland to the Harbour "
        "Council of the Republic of Northland\n\n"
        "23.01.2015 12:37, Northport city\n\n"
        "Distinguished members of the council and delegates of the assembly!\nDear compatriots!\n\n"
        "This year the address to the council is being given at the start of the year, so that "
        "the work on the harbour can begin in spring.\n"
    )
    cleaned = clean(page)
    assert cleaned.title is not None and cleaned.title.startswith("Address by H.E. Ada Lund")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remarks by the Mayor at the Harbour Opening", True),
        ("Statement of the Ministry on the ferry law", True),
        ("Remarks on the harbour, and what comes next", False),
        ("Written testimony of the Harbour Administrator for the Senate", True),
        ("Press Briefing by Harbour Spokeswoman Ada Lund, 1/11/2017", True),
        ("Transcript by The Hon Ada Lund MP", False),
    ],
)
def test_document_titles(text: str, expected: bool) -> None:
    assert document_title(text) is expected


def test_a_transcript_s_note_in_brackets_opens_the_body() -> None:
    page = (
        "Press conference with the harbour minister\n\n"
        "Subjects: the harbour; ferry fares.\n25 February 2026\nNorthport\n\n"
        "[Introduction in Lundish]\n\n"
        "Minister Ada Lund: Thank you all for coming down to the quay so early today.\n\n"
        "Journalist: When will the ferries run again?\n\n"
        "Minister Ada Lund: From Monday, if the weather holds.\n"
    )
    cleaned = clean(page)
    assert cleaned.text.startswith("[Introduction in Lundish]")
    assert "Subjects:" not in cleaned.text


def test_a_reporter_s_role_over_an_e_mail_is_no_title() -> None:
    page = (
        "Senior Reporter\nada.lund@courier.example\n"
        "Senior officers in the harbour police say officers will defend themselves.\n"
        "The warning came after a chase on the coast road yesterday.\n"
    )
    assert clean(page).title is None


STORY = (
    "By Kim Dale\n"
    "At the yearly meeting, owners of the ferry firm pressed the board on when it would make "
    "money again.\n"
    '"I would be reluctant to make a projection," the chairman told the meeting.\n'
    "The company also cut its debt this year, he said.\n"
)


def test_other_stories_headlines_closing_the_page_are_dropped() -> None:
    listing = (
        "No comments yet\n"
        "July 29th Morning Report\n"
        "Harbour Capital Annual Meeting Results\n"
        "Ferry Group Updates Outlook for FY26\n"
        "Quay Company announces new Chief Financial Officer\n"
        "Council to issue notice on ferry application\n"
    )
    cleaned = clean(STORY + listing)
    assert cleaned.text.endswith("he said.")


def test_a_list_of_points_closing_the_story_stays() -> None:
    points = "Key points\n- The quay opens in spring\n- Fares stay the same\n- Two new ferries\n"
    cleaned = clean(STORY + points)
    assert "Fares stay the same" in cleaned.text


def test_three_short_lines_closing_the_story_stay() -> None:
    closing = "Ferry timetable\nNorthern channel\nSouthern channel\n"
    assert "Southern channel" in clean(STORY + closing).text


@pytest.mark.parametrize(
    "last",
    ["Previous Neighbourhood Open Houses loca", "[Special Speech on the Anniversary of Presid"],
)
def test_a_last_line_the_copy_cut_mid_word_is_no_title_below(last: str) -> None:
    page = (
        "The harbour park opens to the public on Saturday with a walk along the quay.\n\n"
        "The town's leaders plan to walk the quay with the ferry crews that morning.\n\n"
        f"{last}\n"
    )
    assert clean(page).title is None


def test_a_briefing_s_title_over_the_room_it_was_given_in() -> None:
    page = (
        "The Harbour House\nOffice of the Press Secretary\nFor Immediate Release\n\n"
        "Press Briefing by Harbour Spokeswoman Ada Lund, 1/11/2017\n\n"
        "Northport Harbour Briefing Room\n\n1:11 P.M. EST\n\n"
        "MS. LUND:  Good afternoon, everybody. Let us start with your questions.\n\n"
        "Q    Thanks, Ada. Let me start with the ferries.\n"
    )
    assert clean(page).title == "Press Briefing by Harbour Spokeswoman Ada Lund, 1/11/2017"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Kim Dale, NORTHPORT TODAY", ["Kim Dale"]),
        ("By Kim Dale, Northport Courier", ["Kim Dale"]),
        ("By Northport Today", ["Northport Today"]),
        ("By Kim Dale, Tom Berg", ["Kim Dale", "Tom Berg"]),
        ("Kim DaleAAP", ["Kim Dale"]),
    ],
)
def test_an_outlet_after_the_name_is_no_second_author(line: str, authors: list[str]) -> None:
    assert names_in_byline(line) == authors
