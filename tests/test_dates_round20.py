"""Dates, round 20: an ordinal glued to its month, a place ending in a full stop, "today (…)"."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.model import PartialDate
from claimtrack.reading.page_dates import choose_published, page_date_line
from claimtrack.text.date_lines import lead_today_date
from claimtrack.text.dates import parse_date


def test_an_ordinal_glued_to_its_month_is_a_day() -> None:
    found = parse_date("Tuesday, 14thSeptember, 2021")
    assert found is not None and found.start == dt.date(2021, 9, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Northport. December 2, 2021. 4:15 p.m.",
        "Northport. December 2, 2021.",
        "Northport, 2 December 2021",
    ],
)
def test_a_place_then_its_date_is_a_date_line(line: str) -> None:
    found = page_date_line(line, header=True)
    assert found is not None and found.date.start == dt.date(2021, 12, 2)


def test_a_sentence_about_a_place_is_no_date_line() -> None:
    assert page_date_line("Northport. The council met on December 2, 2021.", header=True) is None


def test_today_in_brackets_dates_the_lead() -> None:
    lead = "The harbour board of Acme Quay, Limited today (14 May 2003) agreed:"
    found = lead_today_date(lead)
    assert found is not None and found.start == dt.date(2003, 5, 14)


def test_a_time_run_into_the_day_is_still_a_date() -> None:
    found = parse_date("13:2416 Oct, 2020")
    assert found is not None and found.start == dt.date(2020, 10, 16)


def test_a_page_s_day_within_its_labelled_month_wins() -> None:
    month = PartialDate.month(2017, 10)
    day = PartialDate.day(2017, 10, 16)
    other = PartialDate.day(2017, 11, 2)
    assert choose_published([(0, month), (3, other), (4, day)], None) == day
    assert choose_published([(0, month), (3, other)], None) == month


def test_a_release_s_kind_before_its_labelled_date() -> None:
    found = page_date_line("News Release Release Date: March 4, 2015 9:30 a.m.", header=True)
    assert found is not None and found.date.start == dt.date(2015, 3, 4)
