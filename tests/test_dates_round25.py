"""Dates, round 25: a Polish publication label, a year-month-day date with the month's name,
a byline before a numeric date, and a header line whose date comes after a byline's or a
place's pieces."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.dates import parse_date


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publikacja: 23.09.2024 10:00", dt.date(2024, 9, 23)),
        ("Data publikacji: 23.09.2024", dt.date(2024, 9, 23)),
        ("2024-Nov-16 12:00", dt.date(2024, 11, 16)),
        ("by Kim Dalevik 17-09-2023 | 9:20 AM", dt.date(2023, 9, 17)),
    ],
)
def test_date_lines_read(line: str, day: dt.date) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert found.date.start == day


def test_a_byline_before_an_ambiguous_numeric_date_is_refused_not_guessed() -> None:
    found = read_date_line("by Kim Dalevik 01-09-2023 | 9:20 AM", header=True)
    assert found is None or found.date is None  # the 1st of September or the 9th of January


@pytest.mark.parametrize(
    "line",
    [
        "By: | Published: December 20, 2015 12:06 AM",
        "Press office – Councillor Ada Lund | Northport | Martes, 20 de diciembre de 2015",
    ],
)
def test_a_header_lines_date_after_words_only_pieces(line: str) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert found.date.start == dt.date(2015, 12, 20)
    assert read_date_line(line) is None  # in the body, such a line is no date line


@pytest.mark.parametrize("line", ["Home | News | Page 2", "by the 2024 deadline"])
def test_lines_that_are_no_dates(line: str) -> None:
    assert read_date_line(line, header=True) is None
    assert parse_date(line) is None


def test_the_page_date_comes_from_a_barred_header_line() -> None:
    page = (
        "Northport council approves harbour plan\n\n"
        "By: | Published: December 20, 2015 12:06 AM\n\n"
        "The Northport council approved the harbour plan on Friday after a long debate that"
        " ran late into the evening, with a vote of seven to four.\n\n"
        "The plan will now go to the regional assembly for a final decision in the spring.\n"
    )
    result = clean(page)
    assert result.published is not None and result.published.start == dt.date(2015, 12, 20)


def test_a_headline_before_bars_and_a_date_stays_the_title() -> None:
    line = "Ferry prices rise by a quarter, but outlook disappointing | Business | NPD | 29.04.2014"
    assert read_date_line(line, header=True) is None  # the headline is no byline's piece


def test_a_byline_run_into_its_date_before_a_bar_and_a_time() -> None:
    # (and a byline's words before a month's name are no part of a numeric date)
    page = (
        "Northport school expels pupils over fees\n\n"
        "By Kim Dalevik   July 4, 2020 | 12:06 am PT\n"
        "More than forty children have been expelled by the Northport International School after"
        " a dispute with their parents over fees during the closure.\n\n"
        "The school said the parents had broken the terms of their contract with it.\n"
    )
    result = clean(page)
    assert result.authors == ("Kim Dalevik",)
    assert result.published is not None and result.published.start == dt.date(2020, 7, 4)
