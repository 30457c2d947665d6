"""Round 87: "said a trader at a Velm brokerage" is someone the article does not name, not a
person called Velm.

Forms, as market and business copy writes them (each written anew here):

- "“…,” said a trader at a Velm brokerage", "said one trader at a Velm brokerage", "said an
  economist at a Northport investment firm", "another dealer at a Velm bank said": a place's
  name inside a body the article does not name (the body opens with "a" or "an") is where
  the unnamed speaker works; no one named speaks (before: "Velm" or "Northport" as a surname,
  resolved to any longer name the article gives that word, such as "Velm Civil Protection");
- guards: a named employer still speaks for its person ("said a trader at Velm Bank": round
  84's test), a named person described so is that person ("said Ada Lund, a trader at a Velm
  brokerage", "Ada Lund of a Velm brokerage said"), and a name described by its role after
  it is read as before ("one Harbour Bank economist said" → "Harbour Bank economist").

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

_MARKET = (
    "Velm shares slip\n\nThe Velm Civil Protection office said roads were open. "
    "Shares ended down on the day. “Demand has not been high,” "
)


@pytest.mark.parametrize(
    "cue",
    [
        "said a trader at a Velm brokerage",
        "said one trader at a Velm brokerage",
        "said an economist at a Northport investment firm",
        "another dealer at a Velm bank said",
        "a trader with a Northport brokerage said",
    ],
)
def test_a_place_in_an_unnamed_body_is_not_the_speaker(cue: str) -> None:
    found = only_quotation(f"{_MARKET}{cue}.")
    assert found.speaker_full is None
    assert found.speaker not in ("Velm", "Northport")


def test_the_unnamed_speaker_is_written_as_the_article_writes_them() -> None:
    found = only_quotation(f"{_MARKET}said a trader at a Velm brokerage.")
    assert (found.speaker_as_written or "").startswith("a trader at a Velm")


def test_a_named_person_described_so_is_that_person() -> None:
    found = only_quotation(f"{_MARKET}said Ada Lund, a trader at a Velm brokerage.")
    assert found.speaker_full == "Ada Lund"


def test_a_name_described_by_its_role_after_it_is_read_as_before() -> None:
    found = only_quotation(f"{_MARKET}one Harbour Bank economist said.")
    assert found.speaker_full == "Harbour Bank economist"


def test_a_named_person_of_an_unnamed_body_is_that_person() -> None:
    found = only_quotation(f"{_MARKET}Ada Lund of a Velm brokerage said.")
    assert found.speaker_full == "Ada Lund"
