"""Round 114: a reprinting agency's dateline over a government's subscription notice.

Forms:
- an agency's reprint dateline, the agency first and its day after it ("(HARBOURWIRE) – mer 12
  ottobre 2022"), read as a dateline with its date (before: not read as a dateline);
- that dateline over a mailing service's notice ("… You are subscribed to Harbour Briefings for
  the Northland Harbour Board. This information has recently been updated, and is now
  available."): the line is dropped, the briefing starts at its first turn and the page is
  dated by the dateline (before: the line was the body's first paragraph and the page got no
  date);
- the notice alone on its line, under the story: dropped (before: kept in the body);
- a briefing's clock line with its time zone ("2:39 p.m. EDT", "11:02 a.m. ET"): dropped
  (before: kept in the body).

Guards: an agency's dateline whose story runs on after it opens the body with the story's
words; a day with no year, or an agency in lower case, is no such dateline; a clock line that
goes on in words ("2:39 p.m. EDT the ferry left Northport.") stays in the body.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.model import PartialDate
from claimtrack.reading.cleaning import clean
from claimtrack.text.story_datelines import story_dateline

_NOTICE = (
    "You are subscribed to Harbour Briefings for the Northland Harbour Board. This information"
    " has recently been updated, and is now available."
)
_TURNS = (
    "MS LUND: Good afternoon, everyone. We have two items at the top today.",
    "QUESTION: Thank you. Can you tell us when the ferry to Velm will run again?",
    "MS LUND: The board expects the service to resume on Monday, once the quay is repaired.",
)


def test_an_agency_first_dateline_is_read_with_its_date() -> None:
    found = story_dateline(f"(HARBOURWIRE) – mer 12 ottobre 2022 {_NOTICE}")
    assert found is not None
    assert found.date == PartialDate.day(2022, 10, 12)


@pytest.mark.parametrize(
    "line",
    [
        "(HARBOURWIRE) – mer 12 ottobre Il porto di Northport riapre lunedì.",
        "(photo) – 12 October 2022 The ferry leaves the quay at Velm.",
    ],
)
def test_a_day_without_its_year_or_a_lower_case_agency_is_no_such_dateline(line: str) -> None:
    assert story_dateline(line) is None


def test_a_reprints_dateline_over_a_notice_is_dropped_and_dates_the_page() -> None:
    page = "\n".join(
        [f"(HARBOURWIRE) – mer 12 ottobre 2022 {_NOTICE}", "Washington, D.C.", "", *_TURNS]
    )
    result = clean(page)
    assert result.text.startswith(_TURNS[0])
    assert "subscribed" not in result.text
    assert result.published == PartialDate.day(2022, 10, 12)


def test_an_agency_dateline_whose_story_runs_on_opens_the_body() -> None:
    story = (
        "(HARBOURWIRE) – 12 ottobre 2022 – Il porto di Northport riapre lunedì dopo la"
        " tempesta, ha detto il consiglio del porto."
    )
    result = clean("\n\n".join([story, "Il traghetto per Velm partirà alle otto, ha aggiunto."]))
    assert "Il porto di Northport riapre lunedì dopo la tempesta" in result.text
    assert result.published == PartialDate.day(2022, 10, 12)


def test_the_notice_under_a_story_is_dropped() -> None:
    page = "\n\n".join(["Harbour board reopens the Velm ferry", *_TURNS, _NOTICE])
    result = clean(page)
    assert _NOTICE not in result.text
    assert result.text.endswith(_TURNS[-1])


@pytest.mark.parametrize("clock", ["2:39 p.m. EDT", "11:02 a.m. ET", "10:15 GMT"])
def test_a_briefings_clock_line_with_its_time_zone_is_dropped(clock: str) -> None:
    page = "\n\n".join(["Harbour board briefing", *_TURNS[:2], clock, _TURNS[2]])
    text = clean(page).text
    assert clock not in text
    assert _TURNS[2] in text


def test_a_clock_line_that_goes_on_in_words_stays() -> None:
    line = "2:39 p.m. EDT the ferry left Northport."
    page = "\n\n".join(["Harbour board briefing", *_TURNS, line])
    assert line in clean(page).text
