"""Round 31: a labelled date run into a three-word line ("date 2021-07-27 Daily Business
Live") and a byline whose time is set off by "@" ("By Ada Lund - October 12, 2020 @ 3:05pm")."""

from __future__ import annotations

import datetime

from claimtrack.reading.cleaning import clean
from claimtrack.text.date_lines import read_date_line


def test_a_date_run_into_a_three_word_line_is_read() -> None:
    raw = (
        " date 2021-07-27 Harbour Business Live\n\n"
        "8am: Shares open lower\n\n"
        "The Northport index has opened sharply lower, down 87 points, as traders weighed the "
        "results of the harbour authority.\n\n"
        "Ada Lund, the authority's chief, said the results were in line with forecasts.\n"
    )
    art = clean(raw)
    assert art.published is not None
    assert art.published.start == datetime.date(2021, 7, 27)


def test_a_time_set_off_by_an_at_sign_is_a_clock_time() -> None:
    found = read_date_line("October 12, 2020 @ 3:05pm")
    assert found is not None and found.date is not None
    assert found.date.start == datetime.date(2020, 10, 12)
    assert read_date_line("October 12, 2020 at3:05pm") is None  # "at" is a word: a space after


def test_a_byline_with_its_date_and_an_at_time_gives_author_and_date() -> None:
    raw = (
        "By Ada Lund - October 12, 2020 @ 3:05pm\n"
        "NORTHPORT: Farmers and vendors here usually reap healthy incomes during the harvest, "
        "but not this time.\n"
        "Due to the movement order, sellers have no one to sell their produce to, except "
        "wholesalers.\n"
    )
    art = clean(raw)
    assert art.authors == ("Ada Lund",)
    assert art.published is not None and art.published.start == datetime.date(2020, 10, 12)
    assert art.title != raw.splitlines()[0]
