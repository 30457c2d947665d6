"""Numeric dates, round 22: spaces round the separators, and two-digit years with slashes.

"25 - 11 - 2014 12:45 PM" is one day, not a range of "25" to "11 - 2014"; "Posted on: 6/17/05"
is 17 June 2005. A two-digit year is this century's up to this year, else the last century's;
only slashes take one ("1.2.10" is more often a version than a day). A date that reads both ways
is still refused.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.text.date_lines import read_date_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("25 - 11 - 2014 12:45 PM", dt.date(2014, 11, 25)),
        ("Posted on 25 - 11 - 2014", dt.date(2014, 11, 25)),
        ("Posted on: 6/17/05", dt.date(2005, 6, 17)),
        ("Published: 17/06/05", dt.date(2005, 6, 17)),
        ("12/25/98", dt.date(1998, 12, 25)),
    ],
)
def test_a_numeric_date_line(line: str, day: dt.date) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None and found.date.start == day


def test_slashes_with_spaces_parse_too() -> None:
    parsed = ct.parse_date("25 / 11 / 2014")
    assert parsed is not None and parsed.start == dt.date(2014, 11, 25)


@pytest.mark.parametrize(
    "text", ["05/06/07", "10 - 12 - 2020", "1.2.10", "17.06.05", "Rovers 3 - 1 Millbrook", "2-1"]
)
def test_no_day_is_guessed(text: str) -> None:
    assert ct.parse_date(text) is None


@given(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2025, 12, 31)))
def test_an_unambiguous_two_digit_year_reads_back(day: dt.date) -> None:
    text = f"{day.month}/{day.day}/{day.year % 100:02d}"
    parsed = ct.parse_date(text)
    if day.day <= 12 and day.day != day.month:
        assert parsed is None  # both readings possible: refused
    else:
        want = day.year if day.year > dt.date.today().year - 100 else day.year + 100
        assert parsed is not None and parsed.start == day.replace(year=want)


def test_a_page_with_a_spaced_numeric_date_gets_its_day() -> None:
    page = (
        "Harbour club wins the final\n\n25 - 11 - 2014 12:45 PM\n\n"
        "Northport beat Millbrook 2-1 on Saturday with a goal in the last minute.\n"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "final.txt"
        path.write_text(page, "utf-8")
        article = ct.load_article(path)
    assert str(article.published) == "2014-11-25"
    assert "12:45" not in article.text
