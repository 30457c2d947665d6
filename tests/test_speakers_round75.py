"""Round 75: a short interview run into its lead, an unnamed reporter's words, and "she" after
two people named together.

- "… Host Tom Berg had a chance to talk with her about the harbour. Q: What comes first? A:
  “Dredging.” Q: …" gives each question (no speaker) and each answer (the guest's: the person
  whose full name opens the lead, as the host talked "with her"), the answers without the quote
  marks they stand in (before: the questions were missed and the answers had no speaker).
- Turns out of order, a single exchange, or a lead that does not say whom the host talked with
  are not read so.
- "On many occasions, one of them said, the government had promised them incentives." reports
  what an unnamed nurse said: the government is in her words, not the one who speaks, so a
  quote after it with no cue, or "she said", does not go to the government (before: it did).
- "Ada Lund and Eva Berg told Harbour …" and then "She said …": "she" is one of the two, not
  the pair (before: "Ada Lund and Eva Berg"). After one woman named alone, "she" is still hers.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct

_HEADLINE = "Harbour host goes one on one with the new harbour master\n\n"
_LEAD = (
    "NORTHPORT -- It is a new era at the harbour. Ada Lund, who spent 20 years at sea, is now "
    "back in the harbour office after being appointed by mayor Piet Arvo to serve as harbour "
    "master. Harbour Radio host Tom Berg had a chance to {talk} about her plans. "
)
_TURNS = (
    "Q: What comes first for you over the next few months? "
    "A: “Dredging the north channel, and I will keep saying it until it is done.” "
    "Q: Do you want this job for good? "
    "A: “Absolutely not. I am keeping the seat warm for whoever comes next.” "
    "Q: Ferry crews say nobody listens to them. How do you change that? "
    "A: “I listen first, and I think that is where it starts.”"
)


def _quotations(talk: str = "talk with her", turns: str = _TURNS) -> tuple[ct.Quotation, ...]:
    return ct.extract_quotations(_HEADLINE + _LEAD.format(talk=talk) + turns + "\n")


def test_run_in_interview_gives_each_question_and_answer() -> None:
    found = _quotations()
    assert [q.text for q in found] == [
        "What comes first for you over the next few months?",
        "Dredging the north channel, and I will keep saying it until it is done.",
        "Do you want this job for good?",
        "Absolutely not. I am keeping the seat warm for whoever comes next.",
        "Ferry crews say nobody listens to them. How do you change that?",
        "I listen first, and I think that is where it starts.",
    ]
    assert [q.speaker_full for q in found] == [None, "Ada Lund"] * 3
    assert all(q.confidence < 0.8 for q in found)  # no label names the guest: a guess
    assert all(q.speaker_as_written is None for q in found)  # no words here name her


def test_the_host_spoke_to_her_names_the_guest_too() -> None:
    found = _quotations(talk="speak to her")
    assert [q.speaker_full for q in found] == [None, "Ada Lund"] * 3


def test_a_lead_that_does_not_say_whom_the_host_talked_with_names_nobody() -> None:
    found = _quotations(talk="look back")
    assert len(found) == 6  # still the turns
    assert [q.speaker_full for q in found] == [None] * 6


@pytest.mark.parametrize(
    "turns",
    [
        # one exchange: a lead that quotes a single question and answer
        "Q: What comes first? A: “Dredging the north channel, and soon.”",
        # answers before questions: not an interview's turns
        "A: “Dredging the north channel.” Q: Why that? A: “It silts up.” Q: And then?",
    ],
)
def test_turns_that_do_not_alternate_from_a_question_are_not_read_as_an_interview(
    turns: str,
) -> None:
    found = _quotations(turns=turns)
    assert not any(q.text.endswith("?") for q in found)  # no question taken for a turn


_NURSES = "Nurses strike at Velm hospital\n\n{named}\n\n{middle}{quotes}"
_PAIR = (
    "Two of the striking nurses, Ada Lund and Eva Berg, told Harbour that they were on strike "
    "because “the board has failed to provide us with gear”."
)
_ONE = (
    "Ada Lund, a nurse at the hospital, told Harbour that she was on strike because “the board "
    "has failed to provide us with gear”."
)
_UNNAMED_REPORTER = (
    "On many occasions, one of them said, the government had promised them incentives, but the "
    "authorities had failed to keep to their promise.\n\n"
)
_AFTER = (
    "“We are tired of the situation at the hospital.”\n\n"
    "She said they were faced with “huge stigma”, adding more.\n"
)


@pytest.mark.parametrize("named", [_ONE, _PAIR])
def test_a_body_in_an_unnamed_reporters_words_does_not_speak_after(named: str) -> None:
    found = ct.extract_quotations(
        _NURSES.format(named=named, middle=_UNNAMED_REPORTER, quotes=_AFTER)
    )
    assert [q.text for q in found][1:] == [
        "We are tired of the situation at the hospital.",
        "huge stigma",
    ]
    assert all(q.speaker_full != "government" for q in found)


def test_she_after_two_people_named_together_is_one_of_them() -> None:
    found = ct.extract_quotations(_NURSES.format(named=_PAIR, middle="", quotes=_AFTER))
    assert found[-1].text == "huge stigma"
    assert found[-1].speaker_full in ("Ada Lund", "Eva Berg")


def test_she_after_one_woman_named_alone_is_still_hers() -> None:
    found = ct.extract_quotations(_NURSES.format(named=_ONE, middle="", quotes=_AFTER))
    assert [q.speaker_full for q in found] == ["Ada Lund"] * 3
