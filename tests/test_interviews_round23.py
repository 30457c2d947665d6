"""Interviews, round 23: one place in capitals over each of a page's news items is a dateline.

South Asian and Gulf outlets open every item with its city and a colon ("NORTHPORT: The
minister …"); on a page of several items the same "label" comes back with nobody between and
nothing asked. A speaker labelled again with no other voice and no question is no dialogue.
"""

from __future__ import annotations

import claimtrack as ct

_ITEMS = (
    "Minister in home quarantine\n\n"
    "NORTHPORT: The Minister for Harbours Ada Lund has gone into home quarantine after an "
    "official of her ministry tested positive, ministry sources said on Sunday.\n\n"
    "NORTHPORT: The family of a missing fisherman has demanded a new search of the bay.\n\n"
    "NORTHPORT: Work on the new ferry terminal is progressing rapidly, the contractor said.\n\n"
    "NORTHPORT: Dockers staged a protest at the port gate on Monday over unpaid wages."
)


def test_a_dateline_repeated_over_news_items_is_no_interview() -> None:
    found = ct.extract_quotations(_ITEMS)
    assert found == ()


def test_one_voice_in_capitals_answering_questions_is_still_an_interview() -> None:
    text = (
        "Ten questions for the harbour master\n\n"
        "Why did you take the job?\n\n"
        "LUND: Because the port needed someone who knows the boats and the people on them.\n\n"
        "What comes first?\n\n"
        "LUND: The new berths, and then the cranes, which are older than I am."
    )
    answers = [q.text for q in ct.extract_quotations(text) if q.kind == "interview" and q.speaker]
    assert answers == [
        "Because the port needed someone who knows the boats and the people on them.",
        "The new berths, and then the cranes, which are older than I am.",
    ]
