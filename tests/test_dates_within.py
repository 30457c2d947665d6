"""Round 14: a page's date written inside a line that is more than a date (invented pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.page_dates import page_date_line
from claimtrack.text.dates_within import full_dates_in, labelled_date_ahead

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
PAGE = "Harbour board approves ferry channel plan\n\n{top}\n\n" + LEAD + "\n\nMore, it said.\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 4th Jun 2023, 13:20 BST- 1 min read", "2023-06-04"),
        ("20 Apr 2023 Jane Roe    Last updated: 20 Apr 2023", "2023-04-20"),
        ("Friday 19 June 2015 | Published in Regional", "2015-06-19"),
        ("By the Office of the Press Secretary     Date 19 September 2023", "2023-09-19"),
        ("Harbour news | Northport Daily | 29.04.2014", "2014-04-29"),
        ("el 12 de marzo de 2024 en Lima", "2024-03-12"),
        ("Sept. 5, 2021 by Tom Reed", "2021-09-05"),
        ("5. März 2024 um 10:15", "2024-03-05"),
    ],
)
def test_the_first_whole_day_in_a_line(line: str, day: str) -> None:
    assert str(full_dates_in(line)[0][2]) == day


@pytest.mark.parametrize(
    "line",
    [
        "On 14 October he said",  # no year: never invented
        "March 2024 edition",  # a month, not a day
        "02/03/2024 Jane Roe",  # day first or month first: nothing tells
        "February 30, 2023",  # no such day
    ],
)
def test_no_whole_day(line: str) -> None:
    assert full_dates_in(line) == []


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.text())
def test_an_iso_day_is_found_wherever_it_stands(day: dt.date, noise: str) -> None:
    noise = "".join(c for c in noise if not c.isdigit())  # digits could run into the day
    line = f"{noise} {day.isoformat()} {noise}"
    assert any(str(found) == day.isoformat() for _, _, found in full_dates_in(line))


def test_a_labelled_date_with_a_reading_time_after_it_is_a_date_line() -> None:
    found = page_date_line("Published 4th Jun 2023, 13:20 BST- 1 min read", header=False)
    assert found is not None and str(found.date) == "2023-06-04" and found.kind == "published"
    update = labelled_date_ahead("Updated: 3 March 2024 | Politics")
    assert update is not None and str(update[0]) == "2024-03-03"


@pytest.mark.parametrize(
    "line",
    [
        "Published on 3 May 2021, the report found that the ferry was late.",  # a sentence
        "Published on 3 May 2021 the report found many ferries late every week",  # too long
        "Le 3 mars 2024 à Paris",  # a bare "on" opens sentences; it is no label
    ],
)
def test_a_sentence_after_a_label_is_no_date_line(line: str) -> None:
    assert labelled_date_ahead(line) is None


def test_a_labelled_date_in_the_body_is_dropped_and_read() -> None:
    page = (
        "Harbour board approves ferry channel plan\n\nBy Jane Roe\n\n"
        "The board approved the ferry channel plan on Tuesday after two years of talks.\n\n"
        "Published 4th Jun 2023, 13:20 BST- 1 min read\n\n" + LEAD + "\n"
    )
    result = clean(page)
    assert str(result.published) == "2023-06-04"
    assert "1 min read" not in result.text and LEAD in result.text


@pytest.mark.parametrize(
    ("top", "day"),
    [
        ("20 Apr 2023 Jane Roe    Last updated: 20 Apr 2023", "2023-04-20"),
        ("By the Office of the Press Secretary     Date 19 September 2023", "2023-09-19"),
    ],
)
def test_a_header_line_of_furniture_dates_the_page_when_nothing_else_does(
    top: str, day: str
) -> None:
    assert str(clean(PAGE.format(top=top)).published) == day


def test_a_date_line_beats_a_day_inside_furniture() -> None:
    top = "Published: 2 May 2023\n\nFriday 19 June 2015 | Archive"
    assert str(clean(PAGE.format(top=top)).published) == "2023-05-02"


@pytest.mark.parametrize(
    "top",
    [
        "Photo: Jane Roe / Agency / 13 March 2020",  # dates the photo
        "The board said on 13 March 2020 that the channel would be widened next year.",  # prose
    ],
)
def test_a_photo_credit_or_prose_in_the_header_dates_nothing(top: str) -> None:
    assert clean(PAGE.format(top=top)).published is None
