"""Round 30: a relative clause's speaker ("… by MP Ada Lund, who said"), what a title owns
("Prime Minister's Questions") as no person, and a hyphenated surname as no longer form of the
surname it ends with."""

from __future__ import annotations

import claimtrack
from claimtrack.aids.name_index import NameIndex

_PMQS = (
    "The matter was raised during Prime Minister's Questions on Wednesday by Harbour Party MP "
    'for Northport Ada Lund, who said local farmers were "taking hit after hit".\n\n'
    '"Over 500 farms rely on summer trading," she said.\n\n'
    'Lund called on the government to "work with us on a scheme to compensate for losses".\n\n'
    "The rules were announced by Rural Affairs Secretary Tom Berg-Lund last month.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


def test_a_name_before_who_said_speaks_and_a_titles_questions_are_nobody() -> None:
    assert _speakers(_PMQS) == ["Ada Lund", "Ada Lund", "Ada Lund"]


def test_a_hyphenated_surname_is_no_longer_form_of_its_last_part() -> None:
    assert NameIndex(_PMQS).full_name("Lund") == "Ada Lund"
    assert NameIndex(_PMQS).full_name("Berg-Lund") == "Tom Berg-Lund"


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    text = (
        "Egypt and Sudan will meet Harbour Union officials if Northport’s “intransigence” over "
        "the dam continues, London-based Harbour Wire TV has reported on Wednesday.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == "Harbour Wire TV"
