"""Round 106: quoted words a sentence gives to someone other than its cue's speaker.

Forms (each failed before this round):
- "Tom Berg described the plan as “a disaster”, Ada Lund said.", "The board called the roof
  “beyond repair”, …", "a roof the board called “…”, Ada Lund said": a naming verb with a
  subject of its own quotes the words; the cue after the quote only reports them (before: the
  words were Lund's). "Ada Lund called for “a full review”, Tom Berg said", "Ada Lund walked
  out calling the plan “a disaster”, Tom Berg said": the same, the words Lund's (before: Berg's).
- "Ada Lund described the opening of the new dock as a “turning point”", "has dubbed the new
  ferry “the slow boat”": a phrase a naming verb gives past an object of three words or more
  (before: taken for a scare quote, and lost).
- "Ada Lund rejected claims that the plan was “a waste of money”", "Rejecting claims that …,
  Ada Lund said …", "denied the latest allegations that …", "resigned amid claims that …",
  "said claims that … were false": the words are the claim's, which no one here makes (before:
  Lund's, the one who denies them; at 0.95 after "Rejecting").
- "Ada Lund dismissed her rivals’ suggestions that …": a plural owner the rules name no one
  for (before: Lund).
- "rejected claims by Tom Berg that …": the claim's owner (before: Lund).

Guards: an owner written before the claim ("Tom Berg’s claims", "His claims that … are false,
Ada Lund said") keeps speaking its words; a claim the subject makes ("repeated her claims
that", "made claims that") stays hers; a judgment after the clause ("dismissed claims that …
as “nonsense”") is hers; a participle opening the sentence ("Calling the plan “…”, Ada Lund
said"), a passive ("was called") and an infinitive ("to call the roof") leave the words to
the cue after the quote; "is due to report that" is a verb, no claim; the quotes with no
speaker are still found, with their words.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

LEAD = "Dock repairs\n\nThe harbour board met on Monday to discuss the dock repairs.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Berg described the plan as “a disaster”, Ada Lund said.", "Tom Berg"),
        ("The board called the roof “beyond repair”, Ada Lund said on Monday.", "board"),
        ("The crew will mend a roof the board called “beyond repair”, Ada Lund said.", "board"),
        ("Tom Berg has dubbed the new ferry “the slow boat”, Ada Lund told reporters.", "Tom Berg"),
        ("Ada Lund called for “a full review”, Tom Berg said on Monday.", "Ada Lund"),
        ("Ada Lund walked out calling the plan “a disaster”, Tom Berg said.", "Ada Lund"),
    ],
)
def test_a_naming_verb_with_its_own_subject_quotes_the_words(text: str, speaker: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund described the opening of the new dock as a “turning point” for the town.",
        "Ada Lund has dubbed the new ferry “the slow boat” since the spring.",
    ],
)
def test_a_naming_verb_quotes_a_phrase_past_a_long_object(text: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == "Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund rejected claims that the plan was “a waste of money”.",
        "Rejecting claims that the plan was “a waste of money”, Ada Lund said the costs were fair.",
        "Ada Lund denied the latest allegations that she had “misled the board” in May.",
        "Ada Lund resigned on Friday amid claims that she had “misled the board”.",
        "Ada Lund said claims that the plan was “a waste of money” were false.",
        "Ada Lund dismissed her rivals’ suggestions that the plan was “a waste of money”.",
    ],
)
def test_words_of_a_claim_no_one_here_makes_have_no_speaker(text: str) -> None:
    found = only_quotation(text, LEAD)
    assert found.speaker_full is None
    assert found.text in ("a waste of money", "misled the board")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ada Lund rejected claims by Tom Berg that the plan was “a waste of money”.", "Tom Berg"),
        ("Ada Lund dismissed Tom Berg’s claims that the plan was “a waste of money”.", "Tom Berg"),
        (
            "Tom Berg spoke first. His claims that the plan was “a waste of money” are false, "
            "Ada Lund said.",
            "Tom Berg",
        ),
    ],
)
def test_a_claims_owner_speaks_its_words(text: str, speaker: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund repeated her claims that the plan was “a waste of money”.",
        "Ada Lund made claims that the plan was “a waste of money”.",
        "Ada Lund dismissed claims that the plan was a waste as “nonsense”.",
        "Calling the plan “a disaster”, Ada Lund said the costs were high.",
        "The roof was called “beyond repair”, Ada Lund said on Monday.",
        "It is fair to call the roof “beyond repair”, Ada Lund said on Monday.",
        "“The roof is beyond repair,” Ada Lund said on Monday.",
        "Ada Lund is due to report that the roof is “beyond repair”.",
    ],
)
def test_the_cues_speaker_keeps_her_own_words(text: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == "Ada Lund"
