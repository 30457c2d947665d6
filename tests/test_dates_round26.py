"""Round 26: date lines opening with "on", a blog's section after the date, a credit after it."""

from __future__ import annotations

import pytest

from claimtrack.reading.header import dated_headline
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.lead_dates import lead_date


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


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "(Northport) – June 11, 2025 – Nurses of the harbour hospital voted to strike.",
            "2025-06-11",
        ),
        ("Northport, Freedonia (February 2, 2023) –This past year was a landmark.", "2023-02-02"),
        ("#Northland, June 28, 2022 – During the press briefing, the mayor spoke.", "2022-06-28"),
        (
            "NORTHPORT, Freedonia (April 24, 2002 – Harbour Post)---The hospital is short.",
            "2002-04-24",
        ),
    ],
)
def test_a_press_releases_dateline_in_more_shapes(lead: str, day: str) -> None:
    assert str(lead_date(lead)) == day


def test_a_lead_with_a_date_in_its_sentence_has_no_dateline() -> None:
    assert lead_date("On Tuesday, March 3, 2024, the board met in Northport.") is None


@pytest.mark.parametrize(
    ("title", "day"),
    [("Cabinet Communiqué of 14.12.2020", "2020-12-14"), ("Debates of 28 Oct 2022", "2022-10-28")],
)
def test_a_communique_or_a_houses_debates_name_their_day(title: str, day: str) -> None:
    assert str(dated_headline(title)) == day


def test_a_briefing_ahead_names_no_day_of_the_page() -> None:
    assert dated_headline("Minister to hold briefing on June 28, 2016") is None
