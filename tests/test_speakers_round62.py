"""Round 62: an answer after a question, a document's owner, words sent to someone, when an
aside was said, a spokesperson for a titled person, and an owner's reply.

- "Ada Lund asked if it was safe. “Of course it is,” came the answer.": the answer is not the
  asker's (before: Ada Lund, going on from her question).
- "The party’s statement read: “…”", "“…,” the ministry’s statement said", "Her statement
  read: “…”": the owner of the document speaks (before: a speaker called "statement", or
  no one).
- "A letter from the mayor to Ada Lund and Piet Arvo said: “…”": the names after "to" are
  whom it was sent to (before: Piet Arvo, at 0.95).
- "The plan, said Ada Lund on Monday, “…”": when she said it may stand inside the commas
  (before: no one).
- "said the spokesman of President Ada Lund": a titled person is no body (before: a body
  called "President Ada Lund").
- "Ada Lund’s reply to Piet Arvo was blunt: “…”": a noun for words after an owner is no verb
  (before: no one).

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from claimtrack.aids.spokespeople import names_a_body
from tests.speech_cases import only_quotation, speaker_of

_LEAD = "The council met on Monday to discuss the new bridge over the river Velm.\n\n"


_quote = partial(only_quotation, lead=_LEAD)
_speaker = partial(speaker_of, lead=_LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund asked if the bridge was safe. “Of course it is,” came the answer.",
        "Ada Lund asked whether the bridge would open in May. “Not before June,” came the reply.",
        "Piet Arvo wanted to know the cost. “Nobody knows yet,” was the response.",
    ],
)
def test_an_answer_is_not_the_askers(text: str) -> None:
    found = _quote(text)
    assert (found.speaker_full, found.resolution) == (None, "none")


def test_an_answer_credited_to_someone_still_names_them() -> None:
    text = (
        "Ada Lund asked if the bridge was safe. “Of course it is,” came the answer from Piet Arvo."
    )
    assert _speaker(text) == "Piet Arvo"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Green Party met on Sunday. The party’s statement read: “We oppose the bridge.”",
            "Green Party",
        ),
        (
            "Ada Lund spoke for the Green Party. The party’s statement read: “We oppose it.”",
            "Green Party",
        ),
        (
            "The Velm Ministry of Transport met on Sunday. “We oppose the bridge,” the ministry’s "
            "statement said.",
            "Velm Ministry of Transport",
        ),
        (
            "The Velm Ministry of Transport met on Sunday. The ministry’s statement said: “We "
            "oppose the bridge.”",
            "Velm Ministry of Transport",
        ),
        ("Ada Lund met voters on Sunday. Her statement read: “We oppose the bridge.”", "Ada Lund"),
        (
            "Piet Arvo and Ada Lund met on Sunday. Lund’s letter said: “We oppose the bridge.”",
            "Ada Lund",
        ),
    ],
)
def test_the_owner_of_a_document_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party met on Sunday. Monday’s statement read: “We oppose the bridge.”",
        "The Green Party met on Sunday. The statement read: “We oppose the bridge.”",
        "The Green Party met on Sunday. Its statement read: “We oppose the bridge.”",
    ],
)
def test_a_document_is_never_the_speaker(text: str) -> None:
    # (a day owns no words; "the statement" alone names no one; "its" is the party's)
    assert _speaker(text) not in ("statement", "Monday", "Monday’s statement")


def test_a_letter_of_no_one_found_is_left_to_its_issuer() -> None:
    # ("their" with no one before it: the document rules, which find no issuer here)
    found = _quote("“This cannot go on,” states their letter.")
    assert (found.speaker_full, found.resolution) == (None, "none")


def test_its_statement_is_the_bodys() -> None:
    text = "The Green Party met on Sunday. Its statement read: “We oppose the bridge.”"
    assert _speaker(text) == "Green Party"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A letter from the mayor to Ada Lund and Piet Arvo said: “The bridge will close.”", None),
        (
            "A letter from Piet Arvo to Ada Lund said: “The bridge will close for a year.”",
            "Piet Arvo",
        ),
        ("The mayor’s letter to Ada Lund said: “The bridge will close for a year.”", None),
        ("In a message to Ada Lund, the mayor wrote: “The bridge will close for a year.”", None),
    ],
)
def test_whom_words_were_sent_to_did_not_say_them(text: str, speaker: str | None) -> None:
    found = _quote(text)
    assert found.speaker_full == speaker
    assert "Ada Lund" not in (found.speaker_full or "")


def test_a_title_with_to_still_names_its_holder() -> None:
    text = "Velm Ambassador to Korvia Tomas Brandt said: “The bridge will close for a year.”"
    assert _speaker(text) == "Tomas Brandt"


@pytest.mark.parametrize(
    "when", ["on Monday", "yesterday", "on Monday night", "last week", "this morning"]
)
def test_an_aside_may_say_when(when: str) -> None:
    text = f"The plan, said Ada Lund {when}, “will work if the money comes in time.”"
    assert _speaker(text) == "Ada Lund"


def test_a_spokesperson_for_a_titled_person_speaks_for_no_body() -> None:
    found = _quote("“We will not build it,” said the spokesman of President Ada Lund.")
    assert found.resolution != "organisation"
    assert found.speaker_full != "President Ada Lund"


@pytest.mark.parametrize(
    ("names", "body"),
    [
        (["President", "Ada", "Lund"], False),
        (["Mr", "Lund"], False),
        (["Dr.", "Piet", "Arvo"], False),
        (["Health", "Velmia"], True),
        (["Velm", "Ministry", "of", "Transport"], True),
        (["Velmcorp"], True),
    ],
)
def test_a_titled_person_is_no_body(names: list[str], body: bool) -> None:
    assert names_a_body(names) is body


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund’s reply to Piet Arvo was blunt: “The bridge is a waste of money.”",
        "Ada Lund’s answer to the council was short: “The bridge is a waste of money.”",
    ],
)
def test_an_owned_noun_for_words_is_no_verb(text: str) -> None:
    # ("reply" after "Lund’s" is her words, not a verb whose subject is missing)
    assert _speaker(text) == "Ada Lund"


def test_a_contracted_is_is_no_owner() -> None:
    # ("She’s warning" is "she is warning": a verb, her cue)
    text = "Ada Lund spoke on Monday. She’s warning voters: “The bridge is a waste of money.”"
    assert _speaker(text) == "Ada Lund"


def test_a_verb_after_a_name_still_cues() -> None:
    text = (
        "Piet Arvo met Ada Lund on Monday. Lund replied to him: “The bridge is a waste of money.”"
    )
    assert _speaker(text) == "Ada Lund"
