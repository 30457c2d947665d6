"""Names, round 18: honours after a name, knights by first name, peers by one name, and a
particle capitalised at a sentence's start."""

from __future__ import annotations

import pytest

from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.quotations import extract_quotations

QUOTE = "“This funding represents our continued commitment to the region,”"


def _last_speaker(page: str) -> str | None:
    found = extract_quotations(page)
    assert found, "the quotation is found"
    return found[-1].speaker_full


@pytest.mark.parametrize("honour", ["CSC", "DSC", "KCB", "MLC", "MPP", "QSO"])
def test_an_honour_after_the_full_name_does_not_hide_it(honour: str) -> None:
    page = (
        f"Minister for Recovery Senator the Hon Ada Lund {honour} and Premier Bo Berg announced"
        f" a package.\n\n{QUOTE} Minister Lund said.\n"
    )
    assert _last_speaker(page) == "Ada Lund"


def test_a_first_name_grows_to_the_name_before_its_honours() -> None:
    index = NameIndex("Ada Lund FRS chaired the panel.\n\nAda spoke first.\n")
    assert index.full_name("Ada") == "Ada Lund"


def test_a_knight_named_by_first_name_is_the_knight_the_article_names() -> None:
    page = f"Professor Sir Ada Lund FRS chaired the panel.\n\n{QUOTE} Sir Ada said.\n"
    # A knighthood is a courtesy title, left out of the name like "Dr" (round 31: the labels
    # of real pages write "Alan Langlands" for "Sir Alan Langlands", nine times in ten).
    assert _last_speaker(page) == "Ada Lund"


def test_a_peer_known_by_one_name_keeps_the_peerage() -> None:
    page = (
        "Justice Minister Lord Lund said the website would make the system clearer.\n\n"
        f"{QUOTE} Lord Lund said.\n"
    )
    assert _last_speaker(page) == "Lord Lund"


def test_a_knights_one_name_is_not_a_peerage() -> None:
    page = f"Sir Ada opened the wing on Monday.\n\n{QUOTE} Sir Ada said.\n"
    assert _last_speaker(page) == "Ada"


@pytest.mark.parametrize(
    ("full", "short"),
    [("Ada van der Lund", "Van der Lund"), ("Ada de la Lund", "De la Lund")],
)
def test_a_particle_capitalised_at_a_sentences_start_is_the_same_surname(
    full: str, short: str
) -> None:
    page = f"{full} said the plan was ready.\n\n{QUOTE} {short} said.\n"
    assert _last_speaker(page) == full


def test_a_capitalised_particle_does_not_join_two_people() -> None:
    index = NameIndex("Ada van der Lund met Bo van der Lund.\n\nVan der Lund spoke.\n")
    assert index.full_name("Van der Lund") == "Van der Lund"  # two people: as written
