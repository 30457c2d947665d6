"""Round 68: a closing listing of headlines with one opening on a number.

- A page closing with other stories' headlines, one of them opening on a number ("2 Velm Cars
  Group Updates Outlook for FY26"), kept every headline above that one (before: the run of
  headlines stopped at the number, as if it were a list's item). A number and a capitalised word
  open a headline; "1. …" and "2 cups of flour" still open a list's item.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

_STORY = (HEADLINE, "", LEAD, "", MORE, "", QUOTE, "", LAST)
_LISTING = (
    "July 29th Morning Report",
    "Velm Capital Annual Shareholders Meeting Results",
    "Receivers appointed to Arden Honey",
    "2 Velm Cars Group Updates Performance Outlook for FY26",
    "Northport Telecom announces Director changes",
    "July 28th Morning Report",
    "Harbour Board names new Chief Financial Officer",
)


@pytest.mark.parametrize("number", ["2 Velm Cars", "10 Things", "2024 Harbour"])
def test_a_closing_listing_with_a_headline_opening_on_a_number_is_dropped(number: str) -> None:
    listing = [line.replace("2 Velm Cars", number) for line in _LISTING]
    cleaned = clean(saved_page(*_STORY, "No comments yet", *listing))
    assert cleaned.text.rstrip().endswith(LAST)
    for headline in listing:
        assert headline not in cleaned.text


@pytest.mark.parametrize(
    "items",
    [
        ("2 cups of flour", "3 eggs", "1 teaspoon of salt", "200 g of butter"),
        ("1. Harbour fees", "2. Ferry times", "3. Berth rules", "4. Pilot charges"),
    ],
)
def test_a_list_closing_the_story_stays(items: tuple[str, ...]) -> None:
    cleaned = clean(saved_page(*_STORY, "", "She listed what the bakery needs:", "", *items))
    for item in items:
        assert item in cleaned.text
