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


# ------------------------------------------------------------------ date lines of news pages

from claimtrack.text.date_lines import read_date_line  # noqa: E402
from claimtrack.text.lead_dates import dateline_date  # noqa: E402


@pytest.mark.parametrize(
    ("line", "expected", "kind"),
    [
        ("Published 12 March 2024", "2024-03-12", "published"),
        ("Updated 13 March 2024 10:15 GMT", "2024-03-13", "updated"),
        ("date 2023-11-24", "2023-11-24", "published"),
        ("Posted: 18 October 2021", "2021-10-18", "published"),
        ("Posted by riverwatcher on 4 June 2022, 18:42", "2022-06-04", "published"),
        ("March 12, 2024 / 9:41 AM / Updated 2 hours ago", "2024-03-12", "published"),
        ("Tue 12 Mar 2024 09.41 GMT", "2024-03-12", "published"),
        ("Last modified on Tue 12 Mar 2024 10.02 GMT", "2024-03-12", "updated"),
        ("Updated: 12:41 PM EDT, Tue March 12, 2024", "2024-03-12", "updated"),
        ("12 Mar 2024 · 4 min read", "2024-03-12", "published"),
        ("lundi 26 septembre 2016", "2016-09-26", "published"),
        ("tisdag 17 juni 2003", "2003-06-17", "published"),
        ("15. März 2024", "2024-03-15", "published"),
        ("15 de marzo de 2024", "2024-03-15", "published"),
        ("تاريخ النشر: 4th, November 2023 GMT", "2023-11-04", "published"),
        ("Publié le 12 mars 2024 à 14h05", "2024-03-12", "published"),
        ("Mis à jour le 13 mars 2024", "2024-03-13", "updated"),
        ("Опубликовано: 23.11.2023 14:05", "2023-11-23", "published"),
        ("12.03.2024 | 14:05 Uhr", "2024-03-12", "published"),
        ("2023/11/23", "2023-11-23", "published"),
        ("الخميس 23 نوفمبر 2023", "2023-11-23", "published"),
        ("Margao, November 28", None, "published"),
        ("Published 14 October", None, "published"),
    ],
)
def test_date_lines_of_news_pages(line: str, expected: str | None, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (str(found.date) if found.date else None) == expected
    assert found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "The summit ended on 12 March 2024.",
        "Prices rose 12% in March 2024, the ministry said",
        "Minsk, Moscow and Astana",
        "The minister spoke by phone",
    ],
)
def test_sentences_that_mention_a_date_are_not_date_lines(line: str) -> None:
    assert read_date_line(line) is None


def test_an_ambiguous_numeric_date_is_not_guessed() -> None:
    found = read_date_line("05-06-2023")  # day-month or month-day
    assert found is None or found.date is None


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["Published", "Posted:", "date", "Updated"]),
    st.booleans(),
)
def test_labelled_date_lines_read_back_and_never_invent_a_year(
    day: dt.date, label: str, with_year: bool
) -> None:
    month = MONTH_NAMES[day.month - 1]
    line = f"{label} {day.day} {month} {day.year}" if with_year else f"{label} {day.day} {month}"
    found = read_date_line(line)
    assert found is not None
    assert found.date == (PartialDate.day(day.year, day.month, day.day) if with_year else None)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["NORTHPORT", "SAN MARCO", "OSLO (Newswire)"]),
    st.booleans(),
)
def test_a_dateline_gives_a_date_only_with_its_year(
    day: dt.date, place: str, with_year: bool
) -> None:
    month = MONTH_NAMES[day.month - 1]
    when = f"{month} {day.day}, {day.year}" if with_year else f"{month} {day.day}"
    found = dateline_date(f"{place}, {when} /NEWSWIRE/. The council met on Monday.")
    assert found == (PartialDate.day(day.year, day.month, day.day) if with_year else None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A section name of one or two words run into a timed date with a bracketed zone.
        ("Economy Reports 15 March 2011 09:12 (UTC +04:00)", "2011-03-15"),
        ("Politics 15 March 2011 09:12 (GMT)", "2011-03-15"),
        ("15 March 2011 09:12 (+04:00)", "2011-03-15"),
        ("2011-03-15 09:12:44", "2011-03-15"),
        ("Local News March 2011", None),  # a month is no day under a section name
    ],
)
def test_header_date_lines_with_sections_and_zones(line: str, expected: str | None) -> None:
    found = read_date_line(line, header=True)
    assert (str(found.date) if found is not None and found.date else None) == expected


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["", " (UTC +04:00)", " (GMT)", " UTC+2", " (+05:30)"]),
)
def test_a_timed_date_with_any_zone_reads_its_day(
    day: dt.date, hh: int, mm: int, zone: str
) -> None:
    line = (
        f"Business News {day.day} {MONTH_NAMES[day.month - 1]} {day.year} {hh:02d}:{mm:02d}{zone}"
    )
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert found.date.start == day and found.date.precision is DatePrecision.DAY
