"""Round 70: a place, a picture's caption and a possessive read as the author's name.

- A letter's or a release's place before its day, as Portuguese and Spanish pages print it
  ("Velm de Ostrand, 01 de julho de 2014"), was read as a name run into its date (before:
  "Velm de Ostrand" as the author). A bare name before a day written "1 de julho de 2014" or
  "le 3 mai 2019" is a place; "Por Ana Lima, 1 de julho de 2014" still signs, and so does
  "Ada Lund, 3 May 2019".
- A caption that titles the person it shows ("Velm MP Tom Berg", printed twice, as alt text
  and as caption) was read as a byline (before: "Velm MP Tom Berg" as the author). The story
  writes "Tom Berg", then "Berg" alone: it tells of him, and a story never calls its writer by
  surname. A writer's name printed twice that the story never writes still signs.
- A name with a possessive ("Velm’s Media Winter Games", "Ada Lund's Column") over the date
  was read as a byline (before: either as the author). A possessive names what one owns, an
  office like "Staff Writer": the line goes with the date line and signs nothing. A name with an
  apostrophe ("Ada O’Neill") still signs.

Every text here is invented.
"""

from __future__ import annotations

import datetime

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

_BODY = ("", LEAD, "", MORE, "", QUOTE, "", LAST)


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Velm de Ostrand, 01 de julho de 2014", datetime.date(2014, 7, 1)),
        ("Velm, 1º de julho de 2014", datetime.date(2014, 7, 1)),
        ("Ostrand de la Sierra, 3 de mayo de 2019", datetime.date(2019, 5, 3)),
    ],
)
def test_a_place_before_a_romance_day_signs_nothing(dateline: str, day: datetime.date) -> None:
    cleaned = clean(saved_page(dateline, "", HEADLINE, *_BODY))
    assert cleaned.authors == ()
    assert cleaned.title == HEADLINE
    assert cleaned.published is not None and cleaned.published.start == day
    assert cleaned.text.startswith(LEAD)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Por Ana Lima, 1 de julho de 2014", "Ana Lima"),
        ("Ada Lund, 3 May 2019", "Ada Lund"),
    ],
)
def test_a_writer_before_the_day_still_signs(byline: str, author: str) -> None:
    cleaned = clean(saved_page(HEADLINE, "", byline, *_BODY))
    assert cleaned.authors == (author,)
    assert cleaned.published is not None and cleaned.published.start.year in (2014, 2019)


_ABOUT_BERG = (
    "",
    "Velm's member of parliament asked on Tuesday for a vote on the harbour's new timetable.",
    "",
    "Tom Berg, the party's harbour spokesman, led a debate on the plans on Tuesday.",
    "",
    "Berg told members that the ferry crews had not been asked about the changes.",
    "",
    LAST,
)


def test_a_caption_titling_the_storys_subject_signs_nothing() -> None:
    caption = "Velm MP Tom Berg"
    cleaned = clean(saved_page(HEADLINE, "", "By Ada Lund", "", caption, caption, *_ABOUT_BERG))
    assert cleaned.authors == ("Ada Lund",)
    assert cleaned.text.startswith("Velm's member of parliament asked")
    assert caption not in cleaned.text


def test_a_writer_printed_twice_whom_the_story_never_names_still_signs() -> None:
    cleaned = clean(saved_page(HEADLINE, "", "Ada Lund", "Ada Lund", *_ABOUT_BERG))
    assert cleaned.authors == ("Ada Lund",)
    assert cleaned.title == HEADLINE


@pytest.mark.parametrize(
    "label", ["Velm’s Media Winter Games", "Ada Lund's Column", "Northport's Harbour Desk"]
)
@pytest.mark.parametrize("label_first", [False, True])
def test_a_name_with_a_possessive_by_the_date_signs_nothing(label: str, label_first: bool) -> None:
    day = "February 13, 2018"
    header = (HEADLINE, "", *((label, day) if label_first else (day, label)), "", "Tom Berg")
    cleaned = clean(saved_page(*header, *_BODY))
    assert cleaned.authors == ("Tom Berg",)
    assert cleaned.title == HEADLINE  # the label goes with the date line, not to the title
    assert cleaned.published is not None
    assert cleaned.published.start == datetime.date(2018, 2, 13)
    assert cleaned.text.startswith(LEAD)


def test_a_name_with_an_apostrophe_still_signs() -> None:
    cleaned = clean(saved_page(HEADLINE, "", "February 13, 2018", "Ada O’Neill", *_BODY))
    assert cleaned.authors == ("Ada O’Neill",)
