"""Round 12: header lines that are never the title (invented pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)


@pytest.mark.parametrize("trail", ["Home | News | Sport", "Home » World » Europe", "A / B / C / D"])
def test_a_navigation_trail_alone_is_no_title(trail: str) -> None:
    result = clean(f"{trail}\n\n{LEAD}\n\nMore, the board said.\n")
    assert result.title is None
    assert result.text.startswith(LEAD)


def test_a_headline_with_the_site_after_a_bar_is_still_a_title() -> None:
    result = clean(f"Storm closes ports | Harbour Daily\n\n{LEAD}\n\nMore, the board said.\n")
    assert result.title is not None and result.title.startswith("Storm closes ports")
