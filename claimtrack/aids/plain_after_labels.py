"""Plain turns after the last label: a page that labels its first turns and then stops.

Split out of :mod:`claimtrack.aids.interview_plain`. The labelled turns show which side asks;
after the last label the turns are told apart by their question marks. A guest's labelled
answer runs on over plain paragraphs, but a paragraph in that run that only asks ("Was the
move your own decision? And how were the first months?") is the interviewer's next turn, not
the guest's: the answer ends before it.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import Label
from claimtrack.aids.interview_plain import CLOSERS, asks, plain_turns
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import Found

__all__ = ["read_on"]

_SENTENCE_END = re.compile(rf"(?<=[.!?…])[{re.escape(CLOSERS)}]*\s+")  # (the closers after it)
_QUESTION_WORDS = 40  # a question that only asks is short; a longer paragraph is an answer


def read_on(
    reader: ArticleReader,
    labels: list[Label],
    keys: dict[str, str],
    speakers: dict[int, Attribution],
    out: dict[int, Found],
) -> None:
    """Two sides, one asking and one answering: after the last label, plain paragraphs are
    turns told apart by their question marks, if a question shows the interview goes on."""
    sides = {keys[lab.text.lower()] for lab in labels}
    if len(sides) != 2 or any(lab.bare for lab in labels):
        return
    asks_first = labels[0]
    asker = keys[asks_first.text.lower()]
    turns = [(keys[lab.text.lower()], reader.text[lab.body_start : lab.para.end]) for lab in labels]
    if any("?" not in body for side, body in turns if side == asker):
        return  # the side that opens does not always ask
    if any(asks(body) for side, body in turns if side != asker):
        return  # the other side asks too: who is who is not clear
    guest = next(lab for lab in labels if keys[lab.text.lower()] != asker)
    last = max(out, default=labels[-1].para.index)
    after_question = keys[next(lab.text for lab in reversed(labels)).lower()] == asker
    if after_question and last != labels[-1].para.index:
        return
    if not after_question:
        last = _asked_in_answer(reader, labels[-1].para.index, last, out)
    pair = (speakers[asks_first.para.index], speakers[guest.para.index])
    more: dict[int, Found] = {}
    plain_turns(reader, last + 1, pair, after_question, more)
    if any(asks(reader.text[start:end]) for start, end, _ in more.values()):
        out.update(more)  # from the question on, the turns read by their question marks


def _asked_in_answer(reader: ArticleReader, label: int, last: int, out: dict[int, Found]) -> int:
    """The last paragraph of the guest's labelled answer: the paragraph before the first one in
    its run that only asks, or ``last`` if none does."""
    paras = reader.paragraphs
    for index in range(label + 1, last + 1):
        if index not in out:
            return last  # the run is broken: not one answer
        body = reader.text[paras[index].start : paras[index].end].strip()
        if _only_asks(body):
            return index - 1
    return last


def _only_asks(body: str) -> bool:
    """Every sentence of ``body`` is a question, and there are few words."""
    if len(body.split()) > _QUESTION_WORDS:
        return False
    sentences = [s for s in _SENTENCE_END.split(body) if s]
    return bool(sentences) and all(s.rstrip(CLOSERS).endswith("?") for s in sentences)
