"""Interviews, round 19: two one-word labels, a question then its answer."""

from __future__ import annotations

from claimtrack.aids.quotations import extract_quotations

QUESTION = (
    "Kim: Our first question is about the new harbour. You fought very hard for it. "
    "What is your vision for the town and its people?\n\n"
)
ANSWER = (
    "Lund: Well, the new harbour should be better than the last plan. We have to respect "
    "the wishes of the people.\n\nBut it is clear that the town has changed in ten years.\n"
)


def _turns(page: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_full, q.kind) for q in extract_quotations(page)]


def test_a_question_to_you_answered_as_we_is_two_turns() -> None:
    assert _turns(QUESTION + ANSWER) == [
        ("Kim", "interview"),
        ("Lund", "interview"),
        ("Lund", "interview"),
    ]


def test_the_guest_the_lead_names_in_full_answers() -> None:
    lead = "Transcript of our interview with Prime Minister Ada Lund.\n\n"
    answer = ANSWER.replace("We have", "The people have")  # no "we": the lead decides
    assert [s for s, _ in _turns(lead + QUESTION + answer)] == ["Kim", "Ada Lund", "Ada Lund"]


def test_datelines_over_a_question_and_a_report_are_no_turns() -> None:
    page = (
        "Kyiv: Where are the shells falling tonight?\n\n"
        "Moscow: The city was shelled at night. Officials said six buildings burned.\n"
    )
    assert _turns(page) == []
