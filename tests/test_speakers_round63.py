"""Round 63: where an aside was said, a pronoun with its verb run into it, and the words of a
letter or an email that "it" stands for.

- "The plan, said Ada Lund in Velm, “…”": where she said it may stand inside the commas, as
  when could (before: no one).
- "She’s warning that “…”", "She’d said that “…”": the pronoun in a contraction is the
  subject (before: no one).
- "Ada Lund wrote a letter to the mayor. “…,” it read.": "it" is the letter, and whoever
  wrote it speaks (before: "it", unresolved); "the email said", "the note read" likewise
  (before: no one for an email).

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

import claimtrack as ct
from claimtrack.aids.circumstances import only_circumstance
from claimtrack.aids.pronouns import pronoun_in
from claimtrack.text.tokens import Token, tokenize
from tests.speech_cases import only_quotation, speaker_of

_LEAD = "The council met on Monday to discuss the new bridge over the river Velm.\n\n"
_quote = partial(only_quotation, lead=_LEAD)
_speaker = partial(speaker_of, lead=_LEAD)

# ---------------------------------------------------------------- where, in an aside


@pytest.mark.parametrize(
    "where", ["in Velm", "in New York on Monday", "at the meeting", "in a statement"]
)
def test_where_an_aside_was_said_keeps_its_speaker(where: str) -> None:
    text = f"The plan, said Ada Lund {where}, “will work if the money comes in time.”"
    assert _speaker(text) == "Ada Lund"


@pytest.mark.parametrize(
    ("words", "only"),
    [
        ("", True),
        ("yesterday", True),
        ("in Velm", True),
        ("yesterday in Velm", True),
        ("in New York on Monday night", True),
        ("at the meeting", True),
        ("in", False),  # a preposition with nothing after it
        ("at the", False),
        ("in Velm in Korvia", False),  # one place only
        ("and Piet Arvo", False),
        ("who chairs the board", False),
        ("on the bridge", False),
    ],
)
def test_only_when_and_where_count_as_circumstance(words: str, only: bool) -> None:
    assert only_circumstance(tokenize(words)) is only


# ---------------------------------------------------------------- a pronoun run into its verb


@pytest.mark.parametrize(
    "line",
    [
        "She’s warning that “the bridge will fall”.",
        "She’d said that “the bridge will fall”.",
        "She's said: “The bridge will fall.”",
    ],
)
def test_a_pronoun_contracted_with_its_verb_is_the_subject(line: str) -> None:
    text = f"Ada Lund spoke to the council on Monday. {line}"
    assert _speaker(text) == "Ada Lund"


@pytest.mark.parametrize(
    ("word", "pronoun"),
    [("she", "she"), ("She’s", "She"), ("They're", "They"), ("I’m", "I"), ("we’ll", "we")],
)
def test_the_pronoun_in_a_contraction_keeps_its_offsets(word: str, pronoun: str) -> None:
    found = pronoun_in(Token(word, 10, 10 + len(word)))
    assert found == Token(pronoun, 10, 10 + len(pronoun))


@pytest.mark.parametrize("word", ["Lund’s", "That’s", "Arvo's", "spoke", "he’"])
def test_no_pronoun_in_an_owner_or_another_word(word: str) -> None:
    assert pronoun_in(Token(word, 0, len(word))) is None


# ---------------------------------------------------------------- a letter's or an email's words


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund wrote a letter to the mayor. “The bridge must close,” it read.",
        "Ada Lund wrote a letter to the mayor. “The bridge must close,” it said.",
        "Ada Lund sent an email to staff on Monday. “The bridge must close,” the email said.",
        "Ada Lund sent a note to staff. The note read: “The bridge must close.”",
    ],
)
def test_whoever_wrote_the_letter_speaks_its_words(text: str) -> None:
    assert _speaker(text) == "Ada Lund"


def test_an_it_no_issuer_stands_for_is_not_the_current_speaker() -> None:
    # (someone unnamed handed the leaflet out: Piet Arvo, quoted before, did not write it)
    text = (
        "“We need the bridge,” said Piet Arvo, a farmer.\n\n"
        "Another farmer handed out a leaflet. “The bridge is a waste of money,” it read."
    )
    first, leaflet = ct.extract_quotations(_LEAD + text)
    assert first.speaker_full == "Piet Arvo"
    assert leaflet.text.startswith("The bridge is a waste") and leaflet.speaker_full is None


# ---------------------------------------------------------------- a place's officer, a native


def test_a_places_officer_is_the_one_named_with_that_office() -> None:
    text = (
        "Velm’s mayor, Piet Arvo, spoke on Monday. "
        "“Nothing will change,” Velm’s mayor told reporters."
    )
    assert _speaker(text) == "Piet Arvo"


def test_a_places_native_is_a_person_not_the_place() -> None:
    found = _quote("Mayor Piet Arvo spoke on Monday. “Nothing will change,” the Velm native said.")
    assert found.speaker_full != "Velm" and found.resolution != "named"


# ---------------------------------------------------------------- a noun, not a verb


def test_a_post_after_a_and_a_word_is_no_verb() -> None:
    text = "Ada Lund said in a Facebook post that “the bridge must close”."
    assert _speaker(text) == "Ada Lund"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Piet Arvo dismissed Ada Lund’s claims as “nonsense”.", "Piet Arvo"),
        ("Lund dismissed Berg’s claims as “nonsense”.", "Lund"),
    ],
)
def test_whoever_dismisses_someones_claims_says_the_word(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_pledge_is_still_the_cue_of_the_words_it_promises() -> None:
    # (guard: only "post" and the speech nouns after "a" and a word are read as nouns)
    text = (
        "The Lund Government was elected in May on a pledge to build a new bridge and to "
        "“fix the traffic crisis”."
    )
    assert _speaker(text) == "Lund Government"


def test_who_had_called_it_is_the_one_before_who() -> None:
    text = "Piet Arvo said he disagreed with Ada Lund, who had called the bridge “a disaster”."
    assert _speaker(text) == "Ada Lund"
