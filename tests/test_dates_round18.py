"""Dates, round 18: month names and weekdays in some thirty more languages, in every script."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import parse_date
from claimtrack.reading.cleaning import clean
from claimtrack.text.month_names import MONTHS, month_number, month_phrases

BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n"
)

# Invented date lines, each 14 November 2023, as pages in these languages print them.
NOVEMBER_14 = [
    "14 noiembrie 2023",  # Romanian
    "Publicat: 14 noiembrie 2023, 10:15",
    "2023. november 14., kedd 10:15",  # Hungarian, the weekday after the date
    "14 Νοεμβρίου 2023",  # Greek
    "14 Νοε 2023",
    "14 नवंबर 2023",  # Hindi: the vowel signs stay in the word
    "14 नवम्बर, 2023",
    "14 नवंबर 2023, 10:15 AM IST",
    "14 নভেম্বর ২০২৩",  # Bengali, with Bengali digits
    "14 நவம்பர் 2023",  # Tamil
    "14 ноември 2023",  # Bulgarian
    "14. новембар 2023.",  # Serbian
    "14. novembar 2023.",
    "14. studenoga 2023.",  # Croatian
    "14 novembra 2023",  # Slovak
    "2023 m. lapkričio 14 d.",  # Lithuanian
    "2023. gada 14. novembris",  # Latvian
    "14. marraskuuta 2023",  # Finnish
    "14.11.2023 klo 10.15",
    "14. november 2023 kl. 10.15",  # Danish
    "ngày 14 tháng 11 năm 2023",  # Vietnamese
    "Thứ ba, 14/11/2023, 10:15 (GMT+7)",
    "14 בנובמבר 2023",  # Hebrew, "in" glued to the month
    "14 نوامبر 2023",  # Persian, the Gregorian month
    "14 تشرين الثاني 2023",  # the Levant's two-word month
    "14 نوفمبر/تشرين الثاني 2023",  # one month in two calendars' names
    "14. 11. 2023",  # Czech and Slovak space their numeric dates
    "14. 11. 2023 10:15",
    "2023. 11. 14.",  # Korean and Hungarian
    "2023年11月14日（火）",  # Japanese, the weekday in brackets
    "2023년 11월 14일 (화)",
    "2023年11月14日 星期二",
    "14 Kasım 2023 Salı",  # Turkish, the weekday after the date
    "14 Nopember 2023",  # Indonesian spelling
    "Di., 14.11.2023",  # German weekday abbreviation
    "14 Samhain 2023",  # Irish
    "14 Tachwedd 2023",  # Welsh
    "14 Novemba 2023",  # Swahili
    "Nobyembre 14, 2023",  # Filipino
    "14 de novembre de 2023",  # Catalan
]


@pytest.mark.parametrize("line", NOVEMBER_14)
def test_a_date_line_in_another_language_reads(line: str) -> None:
    assert str(parse_date(line)) == "2023-11-14"


@pytest.mark.parametrize(
    "line", ["1er mars 2022", "Publié le 1er mars 2022 à 10h15", "1º de março de 2022"]
)
def test_an_ordinal_day_in_french_or_portuguese_reads(line: str) -> None:
    assert str(parse_date(line)) == "2022-03-01"


@pytest.mark.parametrize(
    "line",
    [
        "14 พฤศจิกายน 2566",  # Thai: a Buddhist-era year would read as a Gregorian one
        "23 آبان 1402",  # Solar Hijri
        "14. listopada 2023.",  # Croatian October or Polish November: not told apart
        "Meeting on 14 November 2023 about the harbour",
        "14 Kasım 2023 Salı günü toplantı yapıldı",
    ],
)
def test_a_line_that_cannot_be_read_for_sure_is_refused(line: str) -> None:
    assert parse_date(line) is None


def test_polish_listopad_without_a_dotted_day_is_november() -> None:
    assert str(parse_date("14 listopada 2023")) == "2023-11-14"


@pytest.mark.parametrize(
    "line", ["2023. november 14., kedd 10:15", "14 नवंबर 2023", "14 Νοεμβρίου 2023"]
)
def test_a_date_line_under_the_title_dates_the_page_and_leaves_the_text(line: str) -> None:
    result = clean(f"Council approves the harbour flood plan\n\n{line}\n\n{BODY}")
    assert str(result.published) == "2023-11-14"
    assert line not in result.text


def test_a_month_reads_with_or_without_its_accents_in_any_case() -> None:
    assert month_number("ΝΟΕΜΒΡΙΟΥ") == month_number("Νοεμβρίου") == 11
    assert month_number("fevrier") == month_number("Février") == 2
    assert month_number("harbour") is None


def test_month_phrases_leave_other_text_alone() -> None:
    assert month_phrases("14 تشرين الثاني 2023") == "14 november 2023"
    assert month_phrases("tháng 13 năm 2023") == "tháng 13 năm 2023"
    assert month_phrases("Lund/Berg 2023") == "Lund/Berg 2023"


@given(
    form=st.sampled_from(sorted(MONTHS)),
    date=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    upper=st.booleans(),
)
def test_every_month_form_reads_in_a_day_month_year_line(
    form: str, date: dt.date, upper: bool
) -> None:
    month = MONTHS[form]
    day = min(date.day, 28)
    written = form.upper() if upper else form
    got = parse_date(f"{day} {written} {date.year}")
    assert str(got) == f"{date.year:04d}-{month:02d}-{day:02d}"


def test_a_dotted_date_that_reads_only_month_first_is_read_so() -> None:
    assert str(parse_date("11.14.2023")) == "2023-11-14"
    assert str(parse_date("11.12.2023")) == "2023-12-11"  # day first where both could be
