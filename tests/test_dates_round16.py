"""Dates, round 16: Chinese, Japanese and Korean date lines, with their labels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import parse_date
from claimtrack.reading.cleaning import clean

BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "2024年3月12日",
        "2024年3月12日 10:32",
        "发布时间：2024年3月12日 10:32",
        "發布日期：2024年3月12日",
        "公開日 2024年3月12日",
        "2024년 3월 12일",
        "입력 2024.03.12 10:32",
        "기사입력 2024.03.12",
    ],
)
def test_an_east_asian_date_line_dates_the_page(line: str) -> None:
    result = clean(f"Council approves the harbour flood plan\n\n{line}\n\n{BODY}")
    assert str(result.published) == "2024-03-12"
    assert line not in result.text


@given(year=st.integers(1990, 2030), month=st.integers(1, 12), day=st.integers(1, 28))
def test_east_asian_dates_read_year_month_day(year: int, month: int, day: int) -> None:
    assert str(parse_date(f"{year}年{month}月{day}日")) == f"{year:04d}-{month:02d}-{day:02d}"
    assert str(parse_date(f"{year}년 {month}월 {day}일")) == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize("text", ["2024年13月12日", "2024年2月30日", "3月12日", "2024年"])
def test_an_east_asian_date_that_is_not_a_whole_date_is_refused(text: str) -> None:
    assert parse_date(text) is None
