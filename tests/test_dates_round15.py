"""Dates, round 15 (invented pages): a date line left over above the first prose is read."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

STANDFIRST = "Harbour City lost 2-1 to Northport in the sixth week of the league on Saturday."
LEAD = (
    "Harbour City's coach said after the match that his team had not managed to get into "
    "the game, and that the result was fair."
)


@pytest.mark.parametrize(
    "date_line",
    # (an update's label in Turkish, German, Polish with its time alone after the date)
    [
        "24.10.2020 22:39  Güncelleme: 00:26",
        "24.10.2020 22:39  Aktualisiert: 00:26",
        "24.10.2020 22:39  Aktualizacja: 00:26",
        "24 October 2020, 22:39",
    ],
)
def test_a_date_line_under_the_standfirst_dates_the_page(date_line: str) -> None:
    # the standfirst repeats the lead's first sentence, so the date line is left over alone
    # between the header and the first prose
    page = (
        "After the Northport match - Sport Daily\nSport\n\nAfter the Northport match\n\n"
        f"After the Northport match\n\n{STANDFIRST}\n\n{date_line}\n"
        f"Share on Twitter Share on Facebook\n\n{STANDFIRST} {LEAD}\n\nMore to follow.\n"
    )
    result = clean(page)
    assert str(result.published) == "2020-10-24"
    assert date_line not in result.text
    assert LEAD in result.text


def test_a_leftover_line_that_is_no_date_is_still_dropped_undated() -> None:
    page = (
        "After the Northport match\n\n"
        f"{STANDFIRST}\n\nGallery of the match\n\n{STANDFIRST} {LEAD}\n\nMore to follow.\n"
    )
    result = clean(page)
    assert result.published is None
    assert "Gallery of the match" not in result.text
