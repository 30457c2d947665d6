"""Round 12: date lines the header rules missed on unseen pages (invented pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import page_date_line

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
PAGE = (
    "Harbour board approves ferry channel plan\n\n{top}\n\n" + LEAD + "\n\nMore, the board said.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, December 8, 2022, 8 h 20",  # Quebec's clock: hours, "h", minutes
        "jeudi 8 décembre 2022, 8 h 20",
        "Thursday, December 8, 2022, 8h20",
    ],
)
def test_a_date_with_its_clock_time_in_hours_and_minutes(line: str) -> None:
    found = page_date_line(line, header=True)
    assert found is not None and str(found.date) == "2022-12-08"
    assert str(clean(PAGE.format(top=line)).published) == "2022-12-08"


def test_a_time_alone_is_no_date() -> None:
    assert page_date_line("Meeting at 8 h 20", header=True) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Last updated : 04 April 2007 By Jane Roe", "2007-04-04"),
        ("Published 3 May 2021 by Jane Roe and Tom Reed", "2021-05-03"),
    ],
)
def test_a_date_before_the_byline_is_read_with_it(line: str, day: str) -> None:
    result = clean(PAGE.format(top=line))
    assert str(result.published) == day
    assert "Jane Roe" in result.authors
    assert result.title == "Harbour board approves ferry channel plan"


def test_a_byline_without_a_date_dates_nothing() -> None:
    result = clean(PAGE.format(top="By Jane Roe"))
    assert result.published is None and result.authors == ("Jane Roe",)
