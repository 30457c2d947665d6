"""Round 64: a place's name is nobody "she" stands for, adverbs of time in a "who" clause, a
first name set beside a relation, and a short quoted sentence with no cue.

- "She said: “…”" with only "the river Velm" named before: nobody (before: "Velm").
- "Ada Lund met Piet Arvo, who has since said that “…”": Arvo (before: Lund); likewise
  "long", "often", "frequently", "consistently", "privately", "separately".
- "“…,” said Lund’s husband, Tomas." and "Lund’s husband, Tomas, said": Tomas (before: no
  one, because a first name alone was no apposition).
- "Ada Lund and Piet Arvo both said “…”": both of them (before: Lund alone); "each" and
  "all" likewise.
- "“It will work.” – Ada Lund, chief engineer": a short quoted sentence signed on its own
  line is a quotation, not a heading (before: twenty letters were needed).
- "Ada Lund is not convinced. “The bridge will fall.”": a quoted sentence of four words
  opening a sentence is speech (before: not a quotation; five words were needed).

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation, speaker_of

_LEAD = "The council met on Monday to discuss the new bridge over the river Velm.\n\n"
_quote = partial(only_quotation, lead=_LEAD)
_speaker = partial(speaker_of, lead=_LEAD)

# ---------------------------------------------------------------- a place is no "she"


def test_she_is_not_the_river_named_before() -> None:
    assert _speaker("She said: “The bridge will fall.”") is None


@pytest.mark.parametrize(
    "place", ["the town of Korvia", "the city of Korvia", "the lake Korvia", "the port of Korvia"]
)
def test_she_is_not_a_place_named_after_its_kind(place: str) -> None:
    text = f"The mayor went to {place} on Monday.\n\nShe said: “The bridge will fall.”"
    assert _speaker(text) != "Korvia"


def test_she_still_finds_the_woman_named_before() -> None:
    text = "Ada Lund went to the town of Korvia on Monday. She said: “The bridge will fall.”"
    assert _speaker(text) == "Ada Lund"


# ---------------------------------------------------------------- "who has since said"


@pytest.mark.parametrize(
    "adverb", ["since", "long", "often", "frequently", "consistently", "privately", "separately"]
)
def test_an_adverb_in_a_who_clause_keeps_its_antecedent(adverb: str) -> None:
    text = f"Ada Lund met Piet Arvo, who has {adverb} said that “the bridge is a mistake”."
    assert _speaker(text) == "Piet Arvo"


def test_the_adverb_before_a_subjects_verb_is_passed_over() -> None:
    assert _speaker("Piet Arvo has long said that “the bridge is a mistake”.") == "Piet Arvo"


# ---------------------------------------------------------------- a first name set beside


@pytest.mark.parametrize(
    "text",
    [
        "“It will work,” said Lund’s husband, Tomas.",
        "“It will work,” Lund’s husband, Tomas, said.",
        "Lund’s husband, Tomas, said: “It will work.”",
    ],
)
def test_a_first_name_beside_a_relation_speaks(text: str) -> None:
    assert _speaker(text) == "Tomas"


def test_a_full_name_beside_an_owners_noun_speaks() -> None:
    assert _speaker("“It will work,” Lund’s rival, Tomas Berg, said.") == "Tomas Berg"


@pytest.mark.parametrize(
    "text",
    [
        "“It will work,” said Lund’s husband, Korvia.",  # no first name
        "“It will work,” Lund’s husband, Korvia, said.",
    ],
)
def test_a_word_that_is_no_first_name_is_no_apposition(text: str) -> None:
    assert _speaker(text) != "Korvia"


# ---------------------------------------------------------------- a short quoted sentence


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund is not convinced. “The bridge will fall.”",
        "“The bridge will fall.” That was the verdict of Ada Lund.",
        "Ada Lund is not convinced. “The bridge will fall!” She left.",
    ],
)
def test_a_four_word_sentence_quoted_with_no_cue_is_speech(text: str) -> None:
    assert _quote(text).text.startswith("The bridge will fall")


@pytest.mark.parametrize(
    "text",
    [
        "Friends and neighbours, “you give us hope!” That line stayed with her.",  # lower case
        "Friends and neighbours, “You give us hope!” That line stayed with her.",  # mid-sentence
        "The sign read “Build The Bridge Now.” It stood for a week.",  # Title Case
        "Ada Lund is not convinced. “The bridge, again.”",  # three words
    ],
)
def test_a_short_quote_that_is_no_sentence_of_speech_is_not_kept(text: str) -> None:
    assert ct.extract_quotations(_LEAD + text) == ()


# ---------------------------------------------------------------- "both said"


@pytest.mark.parametrize("word", ["both", "each", "all"])
def test_two_people_who_both_said_speak_together(word: str) -> None:
    text = f"Ada Lund and Piet Arvo {word} said “the bridge is safe”."
    assert _speaker(text) == "Ada Lund and Piet Arvo"


def test_two_people_who_both_said_after_the_quote_speak_together() -> None:
    assert _speaker("“The bridge is safe,” Lund and Arvo both said.") == "Lund and Arvo"


# ---------------------------------------------------------------- a short quote, signed


@pytest.mark.parametrize(
    "line", ["“It will work.” – Ada Lund, chief engineer", "“It will work!” — Ada Lund"]
)
def test_a_short_quote_signed_on_its_own_line_is_speech(line: str) -> None:
    assert _speaker(line) == "Ada Lund"


def test_a_few_letters_signed_on_a_line_stay_a_heading() -> None:
    assert ct.extract_quotations(_LEAD + "“No way.” – Ada Lund") == ()
