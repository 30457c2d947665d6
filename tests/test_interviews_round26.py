"""Round 26: numbered questions that bid rather than ask, and one stray label among them."""

from __future__ import annotations

import claimtrack
from claimtrack.model import Article

_QA = """Ada Lund's plan for the harbour festival sounds a little bit illegal to us.

1. Tell us about your career so far. Are you happy with where you are?

Woah, that is a strong word. I won the harbour prize last year, and I am about to perform again.

2. Describe your show in exactly ten words.

A bittersweet musical comedy journey through my life and its tunes.

3. Why are you putting yourself through this stressful experience?

I have such a deep-seated need for public validation that I would risk it all. Obviously.

4. What other shows are you hoping to see?

Tom Berg, Kim Dalevik: Out Of Order and many, many others.

5. Name the one person you would rather not meet at the festival.

Someone whose name I cannot remember but who remembers mine.
"""


def _found() -> list[tuple[str, str | None]]:
    article = Article(id="qa", text=_QA, title="Ada Lund answers 5 Harbour Festival Questions")
    return [(q.text[:12], q.speaker) for q in claimtrack.extract_quotations(article)]


def test_numbered_questions_that_bid_are_questions_too() -> None:
    found = _found()
    assert ("Describe you", None) in found  # "2. Describe …": the interviewer's
    assert ("A bitterswee", "Ada Lund") in found


def test_one_label_inside_an_answer_does_not_make_the_page_a_labelled_interview() -> None:
    found = _found()
    assert ("Tom Berg, Ki", "Ada Lund") in found  # the guest's answer, names and all
    assert len(found) == 10
