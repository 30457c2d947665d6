"""Speaker resolution, round 11: invented paragraphs, one per class of sentence or page.

Arabic subjects: a preposition with a pronoun written on to it ("فيه", "لها") is never the
subject of the speech verb before it.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.arabic_subjects import _subject, _words


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


# ------------------------------------------------ Arabic: a preposition with a pronoun is no subject


@pytest.mark.parametrize("prep", ["فيه", "فيها", "لها", "عنه", "عليه", "إليهم", "لديه", "معنا"])
def test_arabic_preposition_with_a_pronoun_ends_the_subject(prep: str) -> None:
    words = _words(f"الذي قال {prep}: ")
    assert _subject(words, 1) == []


@pytest.mark.parametrize("prep", ["فيه", "لها", "عنه"])
def test_arabic_relative_clause_verb_never_names_the_preposition(prep: str) -> None:
    text = f"وتحدث سالم الهادي عن تصريحه السابق الذي قال {prep}: «سنبني ثلاثة سدود قبل الصيف»."
    q = _quote(text, "سنبني")
    assert q.speaker != prep
    assert q.speaker in (None, "سالم الهادي")


def test_arabic_name_after_verb_still_read() -> None:
    q = _quote("وقال سالم الهادي لها: «سنبني ثلاثة سدود قبل الصيف».", "سنبني")
    assert q.speaker == "سالم الهادي"
