"""Round 26: date lines opening with "on", a blog's section after the date, a credit after it."""

from __future__ import annotations

import pytest

from claimtrack.text.date_lines import read_date_line


@pytest.mark.parametrize(
    ("line", "header", "day"),
    [
        ("on June 02, 2009 at 3:01 PM, updated June 02, 2009 at 6:36 PM", False, "2009-06-02"),
        ("April 5th, 2011 in News", False, "2011-04-05"),
        ("07.11.2010 - Interview conducted by Ada Lund & Tom Berg", True, "2010-11-07"),
    ],
)
def test_date_lines_of_more_shapes(line: str, header: bool, day: str) -> None:
    found = read_date_line(line, header=header)
    assert found is not None and str(found.date) == day


@pytest.mark.parametrize(
    "line",
    [
        "on the council since 2009",  # a sentence's words, no date line
        "The vote in News",
        "07.11.2010 - Interview conducted by Ada Lund & Tom Berg",  # outside the header
    ],
)
def test_lines_that_still_are_no_date_line(line: str) -> None:
    assert read_date_line(line) is None
