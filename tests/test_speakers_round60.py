"""Round 60: verbs of courts and orders, the past tense of verbs that double their last
consonant, a body's initials before "spokesman", someone's words before a colon,
and a statement from two.

- "“…,” the court ruled", "“…,” Judge Ada Lund ruled", "“Get out,” she ordered": a short quote
  before these verbs is speech (before: no quotation).
- "“…,” she regretted", "he averred", "she demurred", "he rebutted", "she sobbed": the past
  tense doubles the last consonant (before: "regreted" was the only form known, so no cue).
- "“…,” a UN spokesman said", "said a NATO spokeswoman": a body's initials before the role
  are the body's, even named once (before: no one, since "Un" is a first name, or "NATO
  spokeswoman"); a country's initials stay a description ("a US spokesman").
- "Ada Lund’s verdict was simple: “…”", "Lund’s message to voters: “…”": a clause before a
  colon that opens with someone's words names the speaker (before: no one, or no quotation);
  "Monday’s verdict" and "The President’s message" name no one.
- "“…,” said a joint statement from Velmcorp and Arvo Bank": the two issued it together
  (before: "Arvo Bank" alone, or the second of two people at 0.95).

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.speech_cases import only_quotation, speaker_of

_LEAD = "The hearing ended on Friday.\n\n"


_quote = partial(only_quotation, lead=_LEAD)
_speaker = partial(speaker_of, lead=_LEAD)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The claim fails,” Judge Ada Lund ruled.", "Ada Lund"),
        ("“The claim fails,” ruled Judge Ada Lund.", "Ada Lund"),
        ("“Get out,” Ada Lund ordered.", "Ada Lund"),
        ("“Sit down,” Ada Lund commanded.", "Ada Lund"),
        ("“We were wrong,” Ada Lund allowed.", "Ada Lund"),
        ("“It was a fraud,” Ada Lund charged.", "Ada Lund"),
        ("“Not bad,” Ada Lund deadpanned.", "Ada Lund"),
        ("“We lost,” Ada Lund regretted.", "Ada Lund"),
        ("“I disagree,” Ada Lund demurred.", "Ada Lund"),
        ("“That is false,” Ada Lund rebutted.", "Ada Lund"),
        ("“I was robbed,” Ada Lund sobbed.", "Ada Lund"),
        ("“He lied,” Ada Lund averred.", "Ada Lund"),
        ("“I dissent,” Ada Lund dissented.", "Ada Lund"),
    ],
)
def test_a_short_quote_before_these_verbs_is_speech(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_court_that_rules_is_the_speaker_as_written() -> None:
    found = _quote("“The claim fails,” the court ruled.")
    assert (found.text, found.speaker) == ("The claim fails", "court")


def test_protesters_who_chant_a_slogan_speak_it() -> None:
    found = _quote("“Down with the regime,” the crowd chanted.")
    assert found.text == "Down with the regime"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We regret the outcome,” a UN spokesman said.", "UN"),
        ("“We regret the outcome,” said a NATO spokeswoman.", "NATO"),
        ("A NATO spokeswoman said: “We regret the outcome.”", "NATO"),
    ],
)
def test_a_bodys_initials_before_the_role_name_the_body(text: str, speaker: str) -> None:
    found = _quote(text)
    assert (found.speaker_full, found.resolution) == (speaker, "organisation")


def test_a_countrys_initials_before_the_role_stay_a_description() -> None:
    found = _quote("“We regret the outcome,” a US spokesman said.")
    assert (found.speaker_full, found.resolution) == ("US spokesman", "description")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund’s verdict was simple: “It will work.”",
        "Ada Lund’s response was blunt: “No, we will not go.”",
        "Ada Lund’s message to voters: “Stay calm and carry on.”",
        "Ada Lund met voters. Lund’s advice: “Stay calm and carry on.”",
    ],
)
def test_someones_words_before_a_colon_are_theirs(text: str) -> None:
    assert _speaker(text) == "Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Monday’s verdict was simple: “It will work and we are glad.”",
        "The President’s message was short: “We will work and we are glad.”",
    ],
)
def test_a_day_or_a_bare_title_owns_no_words(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Velmcorp and Arvo Bank agreed to merge. “This is a good day for both firms,” said "
            "a joint statement from Velmcorp and Arvo Bank.",
            "Velmcorp and Arvo Bank",
        ),
        (
            "“This is a good day for both firms,” said a joint statement from Ada Lund and "
            "Piet Arvo.",
            "Ada Lund and Piet Arvo",
        ),
    ],
)
def test_a_statement_from_two_is_theirs_together(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_the_ministers_of_two_places_are_no_pair() -> None:
    # "from" before two names issued a document; "of" before them names places
    assert _speaker("“This is a good day,” said the ministers of Velm and Tarvo.") != (
        "Velm and Tarvo"
    )
