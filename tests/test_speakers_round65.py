"""Round 65: whose view a clause before a colon gives, and "unlike", "like", "besides".

- "For Ada Lund, the answer is clear: “…”" and "To Ada Lund, the answer is obvious: “…”":
  Lund (before: no one, because the clause's subject is "the answer").
- "Unlike Ada Lund, Piet Holt is calm: “…”": Holt (before: Lund, because "unlike" was not read
  as a preposition); "like" likewise.

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.speech_cases import speaker_of

_LEAD = "The council met on Monday to discuss the new bridge over the river Velm.\n\n"
_speaker = partial(speaker_of, lead=_LEAD)
_SAID = "“The bridge will fall before the winter is out.”"


@pytest.mark.parametrize(
    "opening",
    [
        "For Ada Lund, the answer is clear:",
        "To Ada Lund, the answer is obvious:",
        "For Ada Lund, the mayor, the cracks are nothing new:",
        "For Ada Lund, it is simple:",
    ],
)
def test_the_person_a_view_is_given_for_speaks(opening: str) -> None:
    assert _speaker(f"{opening} {_SAID}") == "Ada Lund"


@pytest.mark.parametrize(
    "opening",
    [
        "For many residents, the answer is clear:",  # nobody named
        "For years, the answer has been clear:",
    ],
)
def test_a_clause_for_no_named_person_gives_no_speaker(opening: str) -> None:
    assert _speaker(f"{opening} {_SAID}") is None


@pytest.mark.parametrize(
    "opening",
    [
        "For now, Piet Holt is calm:",
        "For Ada Lund’s sake, Piet Holt is calm:",
        "Unlike Ada Lund, Piet Holt is calm:",
        "Like Ada Lund, Piet Holt is calm:",
    ],
)
def test_the_clause_s_own_subject_speaks(opening: str) -> None:
    assert _speaker(f"{opening} {_SAID}") == "Piet Holt"
