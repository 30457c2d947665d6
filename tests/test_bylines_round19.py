"""Bylines, round 19: a count of views after the byline's date, a document's kind before its
date, and the name under a headline that quotes that person."""

from __future__ import annotations

import pytest

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.cleaning import clean

BODY = (
    "MANILA – The council approved the new flood plan on Monday after a long debate, officials "
    "said.\n\nMembers voted by a wide margin to fund new defences along the river next year.\n"
)


def test_a_count_of_views_after_the_date_is_passed_over() -> None:
    found = read_compound_line("Ada Lund   •   October 26, 2021   •   314")
    assert found is not None and found[0] == ["Ada Lund"]
    assert str(found[1]) == "2021-10-26"


@pytest.mark.parametrize(
    "line",
    ["Press Release Date:  Tuesday, March 5, 2019", "Media Statement, 5 March 2019"],
)
def test_a_documents_kind_before_its_date_signs_nothing(line: str) -> None:
    result = clean(f"Council approves harbour flood plan\n\n{line}\n\n{BODY}")
    assert result.authors == ()
    assert str(result.published) == "2019-03-05"


def test_the_name_a_headline_quotes_is_no_author() -> None:
    page = f"I don’t believe the harbour will flood again – Ada Lund\n\nAda Lund\n\n{BODY}"
    result = clean(page)
    assert result.authors == ()
    assert result.title == "I don’t believe the harbour will flood again – Ada Lund"


def test_a_name_under_another_headline_is_its_author() -> None:
    result = clean(f"Council approves harbour flood plan\n\nAda Lund\n\n{BODY}")
    assert result.authors == ("Ada Lund",)


STATEMENT = (
    "STATE HOUSE PRESS RELEASE\nThe President affirms the country's determination to play its "
    "part in the global effort against terrorism.\nShe urges all citizens to go about their "
    "affairs with full assurance that the agencies will protect them.\n"
)


@pytest.mark.parametrize("name", ["Ada Lund, Ph.D", "Ada Lund MBE", "Ada Lund"])
def test_a_signature_with_a_degree_after_the_name(name: str) -> None:
    page = f"{STATEMENT}{name}\nSpecial Adviser to the President\n(Media & Publicity)\n"
    result = clean(page)
    assert result.authors == ("Ada Lund",)
    assert "Adviser" not in result.text and "Publicity" not in result.text
