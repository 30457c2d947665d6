"""Round 52: a role of two nouns before a name, and a participle whose clause names no subject.

"The club’s head coach Tom Berg condemned the decision, saying that …": the role runs to its
last noun ("head coach"), and the person named beside it speaks, not the description "club’s
head". "Local people met Ada Lund, complaining that …": the one met is an object, and the
clause names no subject; the quote is still speech, with no speaker, and is never dropped.
"…accused the council of “lying”, a charge it denies": the noun before "it denies" is that
verb's object, so the words after the quote name no speaker, and the cue before it stands.
"The council was accused by Ada Lund of “lying”": the agent named before the quote said it, not
the subject. Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct

_QUOTE = "that “the whole town will pay for this mistake”."


@pytest.mark.parametrize(
    "text",
    [
        f"The club’s head coach Tom Berg condemned the decision, saying {_QUOTE}",
        f"The union's general secretary Tom Berg wrote to members, warning {_QUOTE}",
        f"Norvale’s chief executive Tom Berg backed the plan, adding {_QUOTE}",
    ],
)
def test_the_person_after_a_two_noun_role_speaks(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert (found.speaker_full, found.resolution) == ("Tom Berg", "named")


def test_a_two_noun_role_with_no_name_is_described_whole() -> None:
    text = f"The club’s head coach condemned the decision, saying {_QUOTE}"
    (found,) = ct.extract_quotations(text)
    assert found.speaker is None
    assert (found.speaker_as_written, found.resolution) == ("club’s head coach", "description")


@pytest.mark.parametrize(
    "text",
    [
        # ("met" is also a Dutch preposition: the name after it is no subject either way)
        "Local people met Ada Lund, complaining that “the ferry has not run for a month”.",
        "Local people met Ada Lund, complaining that the ferry had “not run for a month”.",
    ],
)
def test_a_participle_with_no_named_subject_is_still_speech(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker is None
    assert found.confidence < 0.5
    assert found.text.endswith("run for a month")


_OPENER = st.sampled_from(["Local people", "Shoppers", "A group of locals", "Several residents"])
_VERB = st.sampled_from(["rang", "met", "told", "visited", "wrote to", "called", "thanked"])
_NAME = st.sampled_from(["the Northport Courier", "Ada Lund", "Mayor Ada Lund", "Tom Berg"])
_PARTICIPLE = st.sampled_from(["complaining", "saying", "warning", "adding", "noting"])
_SAID = st.sampled_from(
    ["that the timetable was ‘a total disgrace’.", "that “the timetable is a total disgrace”."]
)


@given(_OPENER, _VERB, _NAME, _PARTICIPLE, _SAID)
def test_a_participle_after_an_object_keeps_the_quote(
    opener: str, verb: str, name: str, participle: str, said: str
) -> None:
    (found,) = ct.extract_quotations(f"{opener} {verb} {name}, {participle} {said}")
    assert found.speaker is None or found.speaker in opener  # never the one rung or met


_OWNER = st.sampled_from(["The club’s", "The union's", "Norvale’s", "The"])
_ROLE = st.sampled_from(["head coach", "press officer", "deputy mayor", "coach", "senior adviser"])
_CUE = st.sampled_from(["condemned the decision, saying", "backed the plan, adding", "said"])


@given(_OWNER, _ROLE, st.sampled_from(["Tom Berg", "Ada Lund"]), _CUE)
def test_the_name_beside_a_role_speaks(owner: str, role: str, name: str, cue: str) -> None:
    (found,) = ct.extract_quotations(f"{owner} {role} {name} {cue} {_QUOTE}")
    assert found.speaker_full == name


_ACCUSED = "Tom Berg accused the council of “lying to the public for years”"


@pytest.mark.parametrize(
    "after",
    ["a charge it denies", "a claim it rejects", "an accusation the council disputes"],
)
def test_a_noun_the_council_denies_names_no_speaker(after: str) -> None:
    (found,) = ct.extract_quotations(f"{_ACCUSED}, {after}.")
    assert (found.speaker_full, found.cue) == ("Tom Berg", "accused")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # (two subjects joined, and a role "of" a body: the words after the quote still speak)
        ("“The berth is unsafe,” the president and the minister said.", "the president and"),
        ("“The berth is unsafe,” the head of the union said.", "head of the union"),
    ],
)
def test_a_subject_after_the_quote_still_speaks(text: str, written: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.resolution == "description"
    assert written in str(found.speaker_as_written)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Nous allons gagner », a déclaré le ministre Jean Dupont.", "Jean Dupont"),
        ("« Nous allons gagner », a dit Jean Dupont.", "Jean Dupont"),
        ("« Nous allons gagner », a averti Jean Dupont.", "Jean Dupont"),
        ("«Vinceremo», ha detto il ministro Mario Rossi.", "Mario Rossi"),
    ],
)
def test_an_auxiliary_before_a_participle_still_cues(text: str, speaker: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == speaker


_NOUN = st.sampled_from(["a charge", "an accusation", "a claim", "the allegation", "a comment"])
_DENIER = st.sampled_from(["it", "he", "she", "they", "the council", "the club"])
_DENIES = st.sampled_from(["denies", "rejects", "disputes", "denied", "rejected"])


@given(_NOUN, _DENIER, _DENIES)
def test_who_denies_the_words_never_said_them(noun: str, denier: str, denies: str) -> None:
    (found,) = ct.extract_quotations(f"{_ACCUSED}, {noun} {denier} {denies}.")
    assert found.speaker_full == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council was accused by opposition leader Tom Berg of “lying for years”.", "Tom Berg"),
        ("The plan was described by Ada Lund as a “total waste of public money”.", "Ada Lund"),
        ("The coach was praised by chairman Tom Berg for his “calm leadership”.", "Tom Berg"),
        (
            "The plan was described by Tom Berg, the union leader, as “a fantasy from the start”.",
            "Tom Berg",
        ),
        # (past the comma another clause has its own subject, who speaks)
        (
            "The plan was criticised by the mayor, and Tom Berg accused it of “lying to members”.",
            "Tom Berg",
        ),
    ],
)
def test_an_agent_named_before_the_quote_said_it(text: str, speaker: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == speaker


_PASSIVE = st.sampled_from(
    ["was accused by {} of", "was criticised by {} for", "was described by {} as a"]
)
_AGENT = st.sampled_from(
    ["Ada Lund", "union leader Tom Berg", "the Harbour Board’s Ada Lund", "Tom Berg, its leader,"]
)


@given(_PASSIVE, _AGENT)
def test_the_subject_of_a_passive_never_speaks(passive: str, agent: str) -> None:
    text = f"The Northport council {passive.format(agent)} “wasting public money on the berth”."
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full in ("Ada Lund", "Tom Berg")
