"""Round 69: page labels read as the author's name.

- A date's label before the day ("Last Updated on Tuesday, 23 April 2024, 21:50 by Writer",
  "Date Published on …") was read as a name run into its date (before: "Last Updated" as the
  author). A date's label is no word of a name: the line gives the date and no author.
- A listing's heading ("Top Stories" twice, "New Articles" over the date line, "Main Points")
  and an office beside the date ("April 30th, 2024 | Governor's Office") were read as bylines
  (before: "Top Stories", "New Articles", "Governor's Office" as the author).
- A topic's label under the headline ("Deadly Northport Ferry Fire" / "Northport Ferry
  Disaster") was read as the byline (before: "Northport Ferry Disaster" as the author, and the
  page's "Accessibility links" as the title on one page). A bare name that opens on no first
  name and repeats the headline's words labels the story's subject; "Ada Lund" under "Ada Lund:
  why I quit …" and "Ada Ferry" under "Ferry strike …" open on a first name and still sign, and
  "Velmar Ostrand" repeats no word of the headline.

Every text here is invented.
"""

from __future__ import annotations

import datetime

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

_BODY = ("", LEAD, "", MORE, "", QUOTE, "", LAST)
_FARES = "Northport’s ferry fares rising; check the timetable before you travel – Harbour Master"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        (
            (
                "https://i0.wp.com/northport.example/wp-content/uploads/2024/03/ferry.png!",
                "",
                _FARES,
                "",
                "Last Updated on Tuesday, 23 April 2024, 21:50 by Writer",
            ),
            datetime.date(2024, 4, 23),
        ),
        ((HEADLINE, "", "Date Published on Tuesday, 23 April 2024"), datetime.date(2024, 4, 23)),
        (
            (
                "Velm Ferries Takes Over Northport Terminal - Harbour Trade Weekly",
                "New Articles",
                "  July 15th, 2016 | Written by",
                "",
                "Velm Ferries Takes Over Northport Terminal",
            ),
            datetime.date(2016, 7, 15),
        ),
        (
            (
                HEADLINE,
                "",
                HEADLINE,
                "Courtesy Tom Berg | Storm over the north side of Northport",
                "April 30th, 2024 | Governor's Office",
            ),
            datetime.date(2024, 4, 30),
        ),
        ((HEADLINE, "", "April 30th, 2024 | Mayor's Office"), datetime.date(2024, 4, 30)),
    ],
)
def test_a_date_label_a_listing_or_an_office_by_the_date_signs_nothing(
    header: tuple[str, ...], day: datetime.date
) -> None:
    cleaned = clean(saved_page(*header, *_BODY))
    assert cleaned.authors == ()
    assert cleaned.published is not None and cleaned.published.start == day
    assert cleaned.text.startswith(LEAD)


def test_a_listing_heading_printed_twice_after_the_story_signs_nothing() -> None:
    listing = ("", "Top Stories", "", "Top Stories", "", "Most Watched Today")
    cleaned = clean(saved_page(HEADLINE, *_BODY, *listing))
    assert cleaned.authors == ()
    assert "Top Stories" not in cleaned.text


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            ("Accessibility links", "", "Breaking News", "", "Deadly Northport Ferry Fire", ""),
            "Deadly Northport Ferry Fire",
        ),
        (("Deadly Northport Ferry Fire", ""), "Deadly Northport Ferry Fire"),
        (
            (
                "Local and regional election results: counting resumes in Velm",
                "",
                "Main Points",
            ),
            "Local and regional election results: counting resumes in Velm",
        ),
    ],
)
def test_a_topic_label_under_the_headline_is_no_byline(header: tuple[str, ...], title: str) -> None:
    label = "Local Election Count" if "election" in title else "Northport Ferry Disaster"
    cleaned = clean(saved_page(*header, label, *_BODY))
    assert cleaned.title == title
    assert cleaned.authors == ()
    assert label not in cleaned.text


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Ada Lund: why I quit the harbour board", "Ada Lund"),
        ("Ferry strike will end this week", "Ada Ferry"),
        ("Ferry strike will end this week", "Tom Berg"),
        # No first name the reader knows, and no word of the headline: a writer's name.
        ("Ferry strike will end this week", "Velmar Ostrand"),
    ],
)
def test_a_writers_name_under_the_headline_still_signs(headline: str, name: str) -> None:
    header = ("Accessibility links", "", "Breaking News", "", headline, "", name)
    cleaned = clean(saved_page(*header, *_BODY))
    assert cleaned.title == headline
    expected = () if headline.startswith(f"{name}:") else (name,)
    assert cleaned.authors == expected
