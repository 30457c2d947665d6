"""Round 14: a Q&A whose questions are numbered, and whose answers may ask back (invented)."""

from __future__ import annotations

import claimtrack as ct

PAGE = """Five questions for Ada Lund

Ada Lund is a harbour pilot who now trains the crews of the northern ferries.

We had a few questions for her and this is what she had to say.

1. Your first boat?

A small dinghy. I got it from my uncle when I was nine and I sailed it every summer.

2. Which do you prefer, the night crossing or the day one? Why?

I love the night crossing. The harbour is quiet and you can hear the engines.

3. Where do you see yourself in five years?

Depends on who is asking, and only ministers set five-year plans.

I just want to keep the crossings safe for everyone. That is what people call experience, right?
"""


def test_numbered_questions_and_their_answers_are_turns() -> None:
    quotes = ct.extract_quotations(PAGE)
    texts = [q.text for q in quotes]
    assert texts[0] == "Your first boat?"  # the number is no part of the question
    questions = [q for q in quotes if q.text.endswith("?") and q.speaker_full is None]
    assert [q.text[:5] for q in questions] == ["Your ", "Which", "Where"]
    answers = [q for q in quotes if q.speaker_full == "Ada Lund"]
    assert len(answers) == 4  # the last answer asks back, "right?", and is still hers
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in quotes)
