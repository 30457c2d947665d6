"""Round 103: forms met on a studied batch, written anew.

Forms (each written anew here):

- a cue-less quote after a paragraph of several sentences that names one newcomer more than
  anyone else, twice at least, once with a possessive ("Raskas’ first fight"): the quote is the
  newcomer's, below 0.5, when a first name or a "his" after the name shows a person (before:
  the speaker quoted before it went on);
- guards: a paragraph naming two people as often, or the newcomer once, or a group the
  article never shows as a person, leaves the speaker before going on; a paragraph about the
  speaker before keeps them.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct

_FIRST = (
    "Tom Berg and Ovar Raskas meet in Kessel on Saturday for the harbour title.\n\n"
    "“I am not taking this fight lightly. I want the fans to be happy tomorrow night,” was "
    "Berg’s message at the weigh-in on Friday.\n\n"
)
_LAST = "“I am very excited about this chance. Whoever wants my belt has to take it from me.”\n"


def _last_speaker(between: str) -> tuple[str | None, float]:
    *_, last = ct.extract_quotations(_FIRST + between + "\n\n" + _LAST)
    return last.speaker_full, last.confidence


@pytest.mark.parametrize(
    "between",
    [
        "Raskas had waited six years for this night, and his hands shook at the scales. He took "
        "the bout three weeks ago, when Berg’s first opponent was hurt: Raskas’ first title fight.",
        "Raskas was quiet all week. The champion trained alone, and Raskas ate with nobody "
        "but his coach.",
    ],
)
def test_a_paragraph_about_a_newcomer_gives_them_the_quote_after_it(between: str) -> None:
    speaker, confidence = _last_speaker(between)
    assert speaker == "Ovar Raskas"
    assert confidence < 0.5


@pytest.mark.parametrize(
    "between",
    [
        # the newcomer named once
        "Raskas looked close to tears before his big night. The crowd cheered for the champion.",
        # two people named as often
        "Raskas, in his first big fight, beat Berg in May. Berg beat Raskas in June.",
        # a group, never shown as a person
        "Kessel Rovers marched past the hall. Kessel Rovers want the fight moved to Velm.",
        # the speaker before is who the paragraph is about
        "Berg smiled at Raskas. Berg has not lost in four years and wants a fifth.",
    ],
)
def test_a_paragraph_not_about_one_newcomer_keeps_the_speaker(between: str) -> None:
    speaker, _ = _last_speaker(between)
    assert speaker == "Tom Berg"
