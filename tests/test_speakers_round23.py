"""Speakers, round 23: a body's initials and one more word are the body's arm, not a person."""

from __future__ import annotations

import pytest

import claimtrack as ct

_LEAD = "Farm plan\n\nFarmers met on Monday to discuss the plan for the northern valley.\n\n"
_QUOTE = "“It is damaging to every farm in the valley,” "


@pytest.mark.parametrize("body", ["NFU Northland", "UNICEF Northland", "BBC Northland"])
def test_initials_and_a_place_name_the_body(body: str) -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}{body} said.")
    assert (quote.speaker, quote.speaker_full) == (body, body)
    assert quote.confidence < 0.8  # a body as written may not be its full name


@pytest.mark.parametrize("office", ["MLA", "SSP", "MP", "CEO"])
def test_an_office_in_initials_before_a_surname_is_still_a_title(office: str) -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}{office} Dalevik said.")
    assert quote.speaker == "Dalevik"


def test_initials_before_a_surname_the_article_gives_a_first_name_name_the_person() -> None:
    text = f"{_LEAD}KIM Tom Dalevik met the farmers.\n\n{_QUOTE}KIM Dalevik said."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tom Dalevik"


def test_initials_before_a_first_name_are_no_body() -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}NFU Ada said.")
    assert quote.speaker == "Ada"
