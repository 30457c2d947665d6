"""Round 88: "said the dealer at a local bank" is someone the article does not name; the
role's own article ("the") does not make the bank the speaker.

Forms (each written anew here):

- "said the dealer at a local bank", "the economist at an investment firm said", "said the
  spokesman for a local council": a body the article does not name (it opens with "a" or
  "an" and ends in lower case) is not the speaker, whatever article the role has, as round 87
  read "said a dealer at a local bank" (before: "local bank", "investment firm", "local
  council" as the speaker);
- a dealer the article named before is that person ("Tom Berg, a dealer, …" then "said the
  dealer at a local bank"; before: "local bank"): round 84's definite-dealer guard, which
  asserted only "someone", now asserts this;
- guards: a named employer still speaks for its person ("said the dealer at Harbour Bank" →
  "Harbour Bank"), and a body in view ("the ministry", definite) for its spokesman ("said a
  spokesman for the ministry" → "ministry").

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

_MARKET = "Rates steady\n\nMarkets were calm on Monday. “Rates will rise,” "


@pytest.mark.parametrize(
    "cue",
    [
        "said the dealer at a local bank",
        "the economist at an investment firm said",
        "said the spokesman for a local council",
    ],
)
def test_an_unnamed_body_is_not_the_speaker_after_a_definite_role(cue: str) -> None:
    found = only_quotation(f"{_MARKET}{cue}.")
    assert found.speaker is None
    assert found.speaker_full is None


def test_a_named_employer_still_speaks_for_the_dealer() -> None:
    found = only_quotation(f"{_MARKET}said the dealer at Harbour Bank.")
    assert found.speaker_full == "Harbour Bank"


def test_a_definite_body_still_speaks_for_its_spokesman() -> None:
    found = only_quotation(f"{_MARKET}said a spokesman for the ministry.")
    assert found.speaker == "ministry"
