"""Round 80, cleaning: a department's letterhead and its press contact are no headline.

Forms, each found on a real page and written anew here:

- "Ada M. Lund, Governor | Tom Berg, Commissioner" over "Eva Berg, Piet Arvo 518-555-0100",
  a date and the release's headline: the headline is the title (before: the letterhead was);
- guards: a Title Case headline with a comma and a site's name after a bar ("Ferry Strike
  Ends, Council Says | Harbour Times"), a single official ("Ada Lund, Mayor") and a headline
  with a number in it stay headline-shaped.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.headline_shapes import shaped_as_no_headline

_RELEASE = (
    "Ada M. Lund, Governor | Tom Berg, Commissioner\n"
    "{contact}\n\n"
    "September 09, 2016\n\n"
    "Harbour Commissioner Tours Piers Hit by Storm in Velm and Kessel Counties\n\n"
    "Harbour Commissioner Tom Berg today joined local leaders to tour several piers in the "
    "Velm region hit by this winter's storms. The group visited the piers to assess the "
    "damage.\n\n"
    "“The piers across the region are facing serious damage,” Berg said.\n"
)
_HEADLINE = "Harbour Commissioner Tours Piers Hit by Storm in Velm and Kessel Counties"


@pytest.mark.parametrize("contact", ["Eva Berg, Piet Arvo 518-555-0100", "Eva Berg 518-555-0100"])
def test_a_letterhead_and_press_contact_over_a_release(contact: str) -> None:
    page = clean(_RELEASE.format(contact=contact))
    assert page.title == _HEADLINE
    assert page.text.startswith("Harbour Commissioner Tom Berg today joined")
    assert "Governor" not in page.text
    assert "555-0100" not in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Ada M. Lund, Governor | Tom Berg, Commissioner",
        "Ada Lund, Mayor | Tom Berg, Port Director | Eva Berg, Harbour Master",
        "Eva Berg, Piet Arvo 518-555-0100",
        "Eva Berg and Piet Arvo (518) 555-0100",
    ],
)
def test_letterheads_and_contacts_are_no_headlines(line: str) -> None:
    assert shaped_as_no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ferry Strike Ends, Council Says | Harbour Times",
        "Ada Lund, Mayor",
        "Storm Hits, Ports Close | Ferries Stop, Crews Wait",
        "Harbour Board Approves 518 New Berths for 2016",
    ],
)
def test_headlines_with_commas_bars_and_numbers_stay(line: str) -> None:
    assert not shaped_as_no_headline(line)
