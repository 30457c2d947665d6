"""Interviews, round 21: a page that says an interview follows needs fewer signs of one.

Copies are often cut after the first exchange, and a paper's questions do not always say
"you". Where the headline or the lead announces the interview and names the guest, one
question (a short paragraph that asks) answered in the first person makes the page an
interview, whether the answers are plain paragraphs (half of them speaking as "I" or "we") or
paragraphs in quote marks. Without the announcement, or with answers that speak about others
only, nothing changes: a report's rhetorical question is never an interviewer's turn.
"""

from __future__ import annotations

import claimtrack as ct

_PLAIN = (
    "In the third of our interviews about the port this winter, we talk to Ada Lundqvist about "
    "the harbour reform.\n\n"
    "Ada Lundqvist is the director of the Northport Tenants Institute.\n\n"
    "The council closed two ferry lines last month and raised the fares on the others. Is "
    "this the end of the public harbour?\n\n"
    "The closures are a budget matter, and the fares are a political choice, so they are "
    "separate questions.\n\n"
    "We warned the council about both in spring, and we will keep warning it."
)

_QUOTED = (
    "Interview with Tom Bergholm, deputy minister of transport, on the ferry strike.\n\n"
    "The strike has lasted three weeks, and the islands are running short of supplies.\n\n"
    "Did the ministry not see the strike coming?\n\n"
    "“We saw it coming, and we offered talks twice. The union said no both times.”\n\n"
    "“We are ready to meet again tomorrow, with any mediator the union wants.”"
)

_REPORT = (
    "In an interview with Radio Nord on Monday, Ada Lundqvist said the harbour reform would "
    "go ahead.\n\n"
    "Is the reform the end of the public harbour?\n\n"
    "The council closed two ferry lines last month and raised the fares on the others.\n\n"
    "The islanders have protested every week since the closures were announced."
)


def test_announced_interview_with_one_plain_question_reads_the_answers() -> None:
    found = ct.extract_quotations(_PLAIN)
    answers = [q for q in found if q.speaker_full == "Ada Lundqvist"]
    assert [q.text[:22] for q in answers] == [
        "The closures are a bud",
        "We warned the council ",
    ]
    question = next(q for q in found if q.text.startswith("The council closed"))
    assert question.speaker_full != "Ada Lundqvist"
    assert all(q.confidence < 0.8 for q in found)  # no label names the speaker


def test_announced_interview_with_one_question_and_quoted_answers() -> None:
    found = ct.extract_quotations(_QUOTED)
    answers = [q for q in found if q.text.startswith(("We saw it", "We are ready"))]
    assert len(answers) == 2
    assert all(q.speaker_full == "Tom Bergholm" for q in answers)


def test_a_report_that_mentions_an_interview_reads_no_turns() -> None:
    assert ct.extract_quotations(_REPORT) == ()


def test_one_question_without_an_announcement_is_no_interview() -> None:
    text = _QUOTED.replace("Interview with Tom Bergholm", "A profile of Tom Bergholm")
    found = ct.extract_quotations(text)
    assert not any(q.resolution == "interviewee" for q in found)


_ONE_LABEL = (
    "Interview with Ada Lundqvist, director of the Northport Tenants Institute.\n\n"
    "Ms Lundqvist, what did the council decide about the ferries?\n\n"
    "Lundqvist: It closed two lines and raised the fares on the others. We warned it in spring "
    "that the islands would pay for it."
)


def test_announced_interview_cut_after_one_labelled_answer() -> None:
    (answer,) = [q for q in ct.extract_quotations(_ONE_LABEL) if q.text.startswith("It closed")]
    assert (answer.speaker_full, answer.resolution) == ("Ada Lundqvist", "interview-label")


def test_one_label_without_an_announcement_or_a_question_is_no_turn() -> None:
    assert ct.extract_quotations(_ONE_LABEL.replace("Interview with", "A profile of")) == ()
    unasked = _ONE_LABEL.replace("what did the council decide about the ferries?", "hello.")
    assert ct.extract_quotations(unasked) == ()
