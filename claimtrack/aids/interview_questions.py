"""Questions with no label, each right before a labelled answer.

Many interviews label only the guest ("Ada Lund: “…”", "LUND: …") and set the questions as
plain paragraphs, once in bold ("Minister, what did you see in Kyiv?" / "Lund: “It was …”").
Such a paragraph is the interviewer's turn: it asks (its last sentence ends with "?"), it is
short, it has no quote marks, and a labelled answer follows it. Two such pairs at least make
the page an interview, so a rhetorical question before a "Name: …" statement stays narration;
one does where the guest is labelled twice in unquoted answers (an interview already).
The interviewer is the one the lead names, else nobody; unlabelled turns stay below 0.8.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import Label
from claimtrack.aids.interview_plain import PLAIN_CONFIDENCE, asks, lead_interviewer
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import Found

__all__ = ["questions_before"]

_MAX_WORDS = 60
_MIN_PAIRS = 2
_MARKS = '"“”„«»'


def questions_before(
    reader: ArticleReader,
    answers: dict[int, Label],
    turns: dict[int, Found],
    min_pairs: int = _MIN_PAIRS,
) -> dict[int, Found]:
    """The unlabelled question paragraphs right before the labelled turns ``answers`` (by
    paragraph); ``turns`` are the turns found already (their speakers named). ``min_pairs``
    question-and-answer pairs make the page an interview (one, where the labels already do)."""
    text = reader.text
    found: list[int] = []
    for index in sorted(answers):
        ask = index - 1
        if ask < 0 or ask in answers or (ask in turns and not _relabelled(turns, ask, index)):
            continue
        para = reader.paragraphs[ask]
        body = text[para.start : para.end].strip()
        if not body.endswith("?") or not asks(body) or len(body.split()) > _MAX_WORDS:
            continue
        if any(m in body for m in _MARKS) or body[:1] in "'‘’":
            continue
        found.append(ask)
    if len(found) < min_pairs:
        return {}
    first = found[0]
    guest = turns[first + 1][2].speaker_full if first + 1 in turns else None
    asker = lead_interviewer(reader, first, guest)
    att = (
        Attribution(asker, asker, None, PLAIN_CONFIDENCE, None, "interview-label")
        if asker
        else Attribution(None, None, "?", 0.5, None, "none")
    )
    out: dict[int, Found] = {}
    for ask in found:
        para = reader.paragraphs[ask]
        body = text[para.start : para.end].rstrip()
        number = _NUMBERED.match(body)  # "1) Why …?": the question's number is no word of it
        out[ask] = (para.start + (number.end() if number else 0), para.start + len(body), att)
    return out


def _relabelled(turns: dict[int, Found], ask: int, index: int) -> bool:
    """Paragraph ``ask``, read as the turn before it carried on, is followed by a label for
    that same speaker: a transcript labels a turn again only after someone else spoke, so the
    paragraph is another's (the question the label answers)."""
    carried, answer = turns[ask][2], turns.get(index)
    if carried.how != "continuation" or answer is None or carried.speaker_full is None:
        return False
    return answer[2].speaker_full == carried.speaker_full


_NUMBERED = re.compile(r"(?:Q\s?)?\d{1,2}[.)]\s+(?=\S)")
