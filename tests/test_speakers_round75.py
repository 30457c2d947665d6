"""Round 75: a short interview run into its lead, turn after turn, in one paragraph.

- "… Host Tom Berg had a chance to talk with her about the harbour. Q: What comes first? A:
  “Dredging.” Q: …" gives each question (no speaker) and each answer (the guest's: the person
  whose full name opens the lead, as the host talked "with her"), the answers without the quote
  marks they stand in (before: the questions were missed and the answers had no speaker).
- Turns out of order, a single exchange, or a lead that does not say whom the host talked with
  are not read so.

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
