"""Header date lines -> PartialDate with precision; a day without a year is never a date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import PartialDate
from claimtrack.model import DatePrecision
from claimtrack.text.dates import looks_like_date, parse_date

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 19, 2017 12:17", "2017-06-19"),
        ("October 02, 2017 11:49", "2017-10-02"),
        ("19 June 2017", "2017-06-19"),
        ("2017-06-19", "2017-06-19"),
        ("2017-06-19T12:17:00+03:00", "2017-06-19"),
        ("Monday, June 19, 2017", "2017-06-19"),
        ("Published: 19 June 2017, 12:17", "2017-06-19"),
        ("June 13th, 2017", "2017-06-13"),
        ("19.06.2017", "2017-06-19"),
        ("19 июня 2017 г.", "2017-06-19"),
        ("November 27 – December 3, 2017", "2017-11-27/2017-12-03"),
        ("27–30 November 2017", "2017-11-27/2017-11-30"),
        ("November 27-30, 2017", "2017-11-27/2017-11-30"),
        ("December 28, 2017 – January 3, 2018", "2017-12-28/2018-01-03"),
        ("2017-06-19/2017-06-25", "2017-06-19/2017-06-25"),
        ("June 2017", "2017-06"),
        ("2017", "2017"),
    ],
)
def test_header_date_lines(line: str, expected: str) -> None:
    assert str(parse_date(line)) == expected


def test_precisions() -> None:
    assert parse_date("June 19, 2017 12:17").precision is DatePrecision.DAY
    assert parse_date("November 27 – December 3, 2017").precision is DatePrecision.RANGE
    assert parse_date("June 2017").precision is DatePrecision.MONTH
    assert parse_date("2017").precision is DatePrecision.YEAR


@pytest.mark.parametrize(
    "line",
    [
        "On 14 October",
        "14 October",
        "April 8 – April 14",
        "June 19",
        "February 30, 2017",  # no such day
        "06/07/2017",  # day/month or month/day: refuse to guess
        "Security issues",
        "by",
        "On 14 October, Belarus became the chair of the CSTO in 2016.",
        "",
        "27",
        "December 3 – November 27, 2017",  # ends before it starts
    ],
)
def test_not_a_publication_date(line: str) -> None:
    assert parse_date(line) is None


def test_undated_header_lines_still_look_like_dates() -> None:
    assert looks_like_date("April 8 – April 14")
    assert looks_like_date("14 October")
    assert not looks_like_date("Security issues")
    assert not looks_like_date("27")
    assert not looks_like_date("On 14 October, Belarus became the chair.")


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def _formats(d: dt.date) -> list[str]:
    m = MONTH_NAMES[d.month - 1]
    return [
        f"{m} {d.day}, {d.year}",
        f"{m} {d.day:02d}, {d.year} 11:49",
        f"{d.day} {m} {d.year}",
        f"{d.day} {m[:3]} {d.year}",
        d.isoformat(),
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d:%A}, {m} {d.day}, {d.year}",
    ]


@given(dates)
def test_every_day_format_round_trips(d: dt.date) -> None:
    for line in _formats(d):
        assert parse_date(line) == PartialDate(d, d, DatePrecision.DAY), line


@given(dates, st.integers(min_value=1, max_value=40))
def test_ranges_round_trip(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    if end.year > 2099:
        return
    a, b = MONTH_NAMES[start.month - 1], MONTH_NAMES[end.month - 1]
    if start.year == end.year:
        line = f"{a} {start.day} – {b} {end.day}, {end.year}"
    else:
        line = f"{a} {start.day}, {start.year} – {b} {end.day}, {end.year}"
    assert parse_date(line) == PartialDate.range(start, end)


@given(dates)
def test_a_day_without_a_year_is_never_a_date(d: dt.date) -> None:
    m = MONTH_NAMES[d.month - 1]
    for line in (f"{d.day} {m}", f"{m} {d.day}", f"On {d.day} {m}", f"{m} {d.day} – {m} {d.day}"):
        assert parse_date(line) is None


@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, PartialDate)
    looks_like_date(text)
