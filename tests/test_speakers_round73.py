"""Round 73: people named as a group at a body, before or after the cue.

"Analysts at Velm Capital said: “…”" gave the speaker "Analysts" (before: the group's word,
capitalised to open the sentence, was read as a name before the preposition), while "“…,” said
analysts at Velm Capital." gave the firm. "Economists at the Northport Bank said: “…”" gave no
one. A firm's analysts or economists, a ministry's officials, speak for the body: it is the
speaker, whichever side of the quote the cue stands. Other groups at a body do not speak for
it: "students at Velm University said" is the students' words (before: the university's, at
0.75).

A noun for the words after the quote credits them to its owner: "“…,” was Lund’s answer" named
Lund, but "statement" was no such noun, and an owner of two words or more ("was Ada Lund’s
reply", "is Velm Bank’s assessment") was not read (before: a guess by the speaker model, the
wrong person where the page names two).

A cue that names someone the rules will not name ("“…,” said Berg’s rival.", "said students at
Velm University") refuses a speaker, and the words stay theirs (before: the speaker quoted in
the paragraph before took them as a continuation). Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from tests.speech_cases import only_quotation

_WORDS = "The harbour will not reopen this year."
_STAFF = ["Analysts", "Economists", "Strategists", "Officials", "Executives"]
_BODIES = ["Velm Capital", "the Northport Bank", "Harbour Holdings"]


def _named(body: str) -> str:
    return body.removeprefix("the ")


@pytest.mark.parametrize("group", _STAFF)
@pytest.mark.parametrize("body", _BODIES)
def test_a_bodys_staff_before_a_colon_cue_give_the_body(group: str, body: str) -> None:
    found = only_quotation(f"{group} at {body} said: “{_WORDS}”")
    assert found.speaker_full == _named(body)


@pytest.mark.parametrize("group", _STAFF)
def test_the_staff_after_the_quote_give_the_same_body(group: str) -> None:
    before = only_quotation(f"{group} at Velm Capital said: “{_WORDS}”")
    after = only_quotation(f"“{_WORDS[:-1]},” said {group.lower()} at Velm Capital.")
    assert before.speaker_full == after.speaker_full == "Velm Capital"


@pytest.mark.parametrize("group", ["Students", "Fans", "Workers", "Parents"])
def test_other_groups_at_a_body_do_not_speak_for_it(group: str) -> None:
    for text in (
        f"{group} at Velm University said: “{_WORDS}”",
        f"“{_WORDS[:-1]},” said {group.lower()} at Velm University.",
    ):
        found = only_quotation(text)
        assert found.speaker_full != "Velm University", text
        assert found.confidence < 0.5, text


def test_a_person_named_among_the_staff_is_the_speaker() -> None:
    # (the guard: the group rule must not take over a named person)
    found = only_quotation(f"Analysts at Velm Capital including Ada Lund said: “{_WORDS}”")
    assert found.speaker_full == "Ada Lund"


def test_a_named_person_at_a_body_is_still_the_person() -> None:
    found = only_quotation(f"Ada Lund at Velm Capital said: “{_WORDS}”")
    assert found.speaker_full == "Ada Lund"


def test_a_spokesman_for_the_body_still_gives_the_body() -> None:
    found = only_quotation(f"A spokesman for the Northport Bank said: “{_WORDS}”")
    assert found.speaker_full == "Northport Bank"


_LOWER = st.sampled_from(["harbour", "ferry", "plan", "winter", "board", "fleet"])


@given(
    group=st.sampled_from(_STAFF),
    place=st.sampled_from(_BODIES),
    words=st.lists(_LOWER, min_size=2, max_size=6),
)
def test_any_staff_group_and_body_speak_for_the_body(
    group: str, place: str, words: list[str]
) -> None:
    quote = "The " + " ".join(words) + " will wait."
    found = only_quotation(f"{group} at {place} said: “{quote}”")
    assert found.speaker_full == _named(place)
    assert found.speaker_as_written is not None


_LEAD = "Piet Arvo coached the Velm crew on Friday.\n\n"  # someone else to guess
_QUOTE = "“I am not taking this race lightly,”"


@pytest.mark.parametrize(
    ("owner", "noun", "speaker"),
    [
        ("Ada Lund’s", "reply", "Ada Lund"),
        ("Tom Berg's", "promise", "Tom Berg"),
        ("Ada Lund’s", "statement", "Ada Lund"),
        ("Velm Bank’s", "assessment", "Velm Bank"),
    ],
)
def test_a_noun_for_the_words_after_the_quote_credits_its_owner(
    owner: str, noun: str, speaker: str
) -> None:
    found = only_quotation(f"{_QUOTE} was {owner} {noun} before the race.", _LEAD)
    assert found.speaker_full == speaker
    assert found.resolution in ("named", "surname")  # the cue names them: no guess
    assert found.speaker_as_written is not None


def test_the_owner_is_read_where_another_person_is_named_nearby() -> None:
    text = (
        "Ada Lund (C) with coach Tom Berg during Friday's weigh-in.\n\n"
        f"{_QUOTE} was Lund’s statement before another outing tomorrow.\n\n"
        "Excited is the least to describe Piet Arvo, who was filled with emotion."
    )
    found = only_quotation(text, _LEAD)
    assert found.speaker_full == "Ada Lund"
    assert found.speaker_as_written == "Lund’s"


def test_a_surname_alone_is_still_its_owner_not_the_person_beside_it() -> None:
    text = (
        "Lund (C) with coach Tom Berg during Friday's weigh-in.\n\n"
        f"{_QUOTE} was Lund’s statement before another outing tomorrow."
    )
    assert only_quotation(text, _LEAD).speaker == "Lund"


@pytest.mark.parametrize(
    "after",
    [
        "was Monday’s statement.",  # a day owns no words
        "was the President’s message.",  # a bare title names no one
        "was Ada Lund’s house, Tom Berg said.",  # not a noun for words: the cue is later
    ],
)
def test_an_owner_that_names_no_speaker_is_not_credited(after: str) -> None:
    found = only_quotation(f"{_QUOTE} {after}", _LEAD)
    assert found.speaker_full in (None, "Tom Berg")


_QUOTED_BEFORE = "Analysts at Velm Capital said: “The harbour will not reopen this year.”\n\n"


@pytest.mark.parametrize(
    "cue",
    [
        "said Berg’s rival",
        "said students at Velm University",
        "said fans of Velm United",
        "said workers at the Northport docks",
    ],
)
def test_a_cue_naming_someone_unnamed_does_not_continue_the_speaker_before(cue: str) -> None:
    found = ct.extract_quotations(f"{_LEAD}{_QUOTED_BEFORE}“The fleet will wait,” {cue}.")
    assert [q.speaker_full for q in found] == ["Velm Capital", None]
    assert found[-1].resolution != "continuation"


def test_a_quote_with_no_cue_still_continues_the_speaker_before() -> None:
    # (the guard: only a cue that names someone stops the speaker going on)
    found = ct.extract_quotations(f"{_LEAD}{_QUOTED_BEFORE}“The fleet will wait for spring.”")
    assert [q.speaker_full for q in found] == ["Velm Capital", "Velm Capital"]
    assert found[-1].resolution == "continuation"
