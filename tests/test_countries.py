"""Countries and regions that no "he" or "she" stands for (claimtrack.aids.countries)."""

from __future__ import annotations

import pytest

from claimtrack.aids.countries import is_country_or_region


@pytest.mark.parametrize(
    "name", ["Morocco", "Russia", "the Middle East", "Africa", "Ivory Coast", "Latin America"]
)
def test_countries_and_regions_are_known(name: str) -> None:
    assert is_country_or_region(name)


@pytest.mark.parametrize("name", ["Jordan", "Chad", "Georgia", "Ivo Marrak", "Great", "Coast", ""])
def test_first_names_people_and_words_are_not_countries(name: str) -> None:
    assert not is_country_or_region(name)
