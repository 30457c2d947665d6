"""Statements set as ``Name: "…"`` (remarks after a match, a press conference): a labelled
turn wholly in quote marks is a quotation, its words read without the marks."""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import Label, is_question_label
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = ["after_note", "all_statements", "quoted_statement", "unquoted"]

# A transcript's editorial note opening a turn: "[Question in Hindi: Approximate translation]",
# "[Translation]", "(Interpretation)". Not the speaker's words.
_NOTE = re.compile(r"[\[(][^\[\]()\n]{1,80}[\])]\s+(?=\S)")
_NOTE_WORDS = re.compile(
    r"\b(?:[Tt]ranslat\w*|[Ii]nterpret\w*|in [A-Z]\w+|[Oo]riginal|[Ii]naudible)\b"
)


def after_note(text: str, start: int, end: int) -> int:
    """Where a turn's words start, an opening editorial note in brackets left out (a note that
    says it is a translation or an interpretation; "(laughs)" or "[the minister]" stay)."""
    m = _NOTE.match(text, start, end)
    if m is None or not _NOTE_WORDS.search(m.group()):
        return start
    return m.end()


def quoted_statement(text: str, label: Label) -> bool:
    """ "Tomas Berg: “…”": a full name whose words are set in marks speaks, even once (remarks
    after a match); it also ends the turn of the label before it."""
    body = text[label.body_start : label.para.end].lstrip()
    return len(label.text.split()) >= 2 and body[:1] in MARK_OPENERS


def all_statements(text: str, labels: list[Label]) -> bool:
    """Every turn is wholly in quote marks and none asks: statements set as ``Name: "…"``
    (remarks after a match, a press conference), quotations rather than an interview."""
    bodies = [text[lab.body_start : lab.para.end].strip() for lab in labels]
    return not any(is_question_label(lab.text) for lab in labels) and all(
        body[:1] in MARK_OPENERS and "?" not in body for body in bodies
    )


def unquoted(start: int, body: str, att: Attribution) -> Found:
    """The turn's words; a turn set wholly in marks ("JM: “We were …”") without them."""
    note = after_note(body, 0, len(body))
    start, body = start + note, body[note:]
    closer = body[-1:]
    inside = body[1:-1].strip()  # ('Q: " "': marks round nothing are no quotation's words)
    if inside and body[0] in MARK_OPENERS and closer in '”"»’“' and closer not in body[1:-1]:
        return (start + 1, start + len(body) - 1, att)
    if len(body) > 2 and body[0] in MARK_OPENERS[:4] and not any(m in body[1:] for m in _DOUBLE):
        # "Ada Lund: “We are …" with the quote going on into the next paragraph: the words
        # without the opening mark.
        return (start + 1, start + len(body), att)
    return (start, start + len(body), att)


_DOUBLE = '"“”„«»'
