"""Labels that speak because the page's lead announces who speaks: a copy cut after its first
exchange, a transcript cut after each speaker's first turn, a briefing with one presenter.

Elsewhere one label, or labels never repeated, are too little to read a page as an interview
("Note: …", "NORTHPORT: …" over news items): these are the cases where the lead makes up for it.
"""

from __future__ import annotations

from claimtrack.aids.interview_labels import Label
from claimtrack.aids.interview_plain import asks
from claimtrack.aids.interview_prose import announces_interview
from claimtrack.aids.label_words import is_title_word
from claimtrack.aids.lead_people import people_before
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.transcript_pages import in_capitals
from claimtrack.aids.unmarked import MARK_OPENERS

__all__ = ["announced_labels"]

_QUESTION_WORDS = 60


def announced_labels(
    reader: ArticleReader, labels: list[Label], keys: dict[str, str]
) -> list[Label]:
    """The labels that speak on a page whose lead announces an interview or a briefing (none
    when it does not)."""
    return (
        _answered_once(reader, labels)
        or _announced_voices(reader, labels, keys)
        or _announced_presenter(reader, labels)
    )


def _answered_once(reader: ArticleReader, labels: list[Label]) -> list[Label]:
    """A copy cut after its first exchange, on a page whose lead announces an interview: its
    one label speaks when it answers the question right above it ("How do you see the
    strike?" / "Lund: …"); one label elsewhere is too little ("Note: …")."""
    if len(labels) != 1 or labels[0].para.index == 0:
        return []
    above = reader.paragraphs[labels[0].para.index - 1]
    body = reader.text[above.start : above.end].strip()
    if not asks(body) or len(body.split()) > _QUESTION_WORDS or body[:1] in MARK_OPENERS:
        return []
    return labels if announces_interview(reader, above.index) else []


def _announced_voices(
    reader: ArticleReader, labels: list[Label], keys: dict[str, str]
) -> list[Label]:
    """A transcript cut after each speaker's first turn, on a page whose lead announces a
    conversation or a briefing ("A Conversation with Ada Lund" / "TOM BERG: …" / "MINISTER
    ADA LUND: …"): two speakers or more, each labelled by a full name in capitals, speak; a
    dateline ("NORTHPORT: …") is one word, and the lead announces no interview over news items."""
    if len({keys[lab.text.lower()] for lab in labels}) < 2:
        return []
    if not all(in_capitals(lab) and len(lab.text.split()) >= 2 for lab in labels):
        return []
    # A briefing's or a hearing's labels hold a title ("USEC. LUND"); a news round-up's places
    # in capitals ("SOUTH BAY: …") do not.
    titled = all(any(is_title_word(w) for w in lab.text.split()) for lab in labels)
    at = labels[0].para.index
    return labels if announces_interview(reader, at, transcript=titled) else []


def _announced_presenter(reader: ArticleReader, labels: list[Label]) -> list[Label]:
    """A briefing cut after its presenter's opening remarks ("News Briefing with Ada Lund" /
    "MR. LUND: Good afternoon. …"): one label in capitals, a title and a surname, the surname
    of a person the lead names, on a page whose lead announces a briefing or a transcript."""
    if len(labels) != 1 or not in_capitals(labels[0]):
        return []
    words = labels[0].text.split()
    if len(words) != 2 or not is_title_word(words[0]):
        return []
    at = labels[0].para.index
    # (the headline may name the presenter alone: "News Briefing with Ada Lund from …")
    if not any(name.split()[-1] == words[1].title() for name in people_before(reader, at)):
        return []  # "MR. SPEAKER: …" or a surname the lead never gave
    return labels if announces_interview(reader, at, transcript=True) else []
