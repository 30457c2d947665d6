"""A list of other stories' headlines closing the page: never the story's last words.

Many pages print, after the story (and often after "No comments yet"), the headlines of their
other stories as plain lines: ``Morning Report``, ``Harbour Group Updates Outlook for FY26``,
``Council to issue notice on ferry application``. A story's paragraphs end their sentences; a
headline ends none. So a run of four lines or more at the very end of the kept text, each of two
to fifteen words, none ending in a sentence's mark, none opening in lower case or as a list's
item (a list of points closing a story stays, but a headline may open on a number and a capital:
``2 Cheap Cars Group Updates Outlook``), is such a listing.

A numbered listing (``1. Harbour Group Updates Outlook`` … ``5. …``) is one too when it stands
after the page's furniture (a share bar, a "Most read" label: lines already dropped), numbered
from one without a gap, each item a headline's length ending no sentence: a story's own list
follows its prose, not its share bar.

A media advisory's field (``Who:``, ``Where:``, ``What/When:``) is the story's own line, never
a headline: its list of guests may close the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason, words
from claimtrack.reading.lines import Line

__all__ = ["closing_listing"]

_LEAST = 4  # headlines in a row: fewer may be a story's own short closing lines
_ENDS = (".", "!", "?", "…", ":", ";", ",", "”", '"', "’", "»", ")")
_LIST_MARKS = "-–—•·*▪◦0123456789("
# A headline may open on a number and a capitalised word ("2 Cheap Cars Group Updates Outlook");
# a list's item opens on its number and a mark ("1. …") and an ingredient on a measure ("2 cups").
_NUMBERED_HEADLINE = re.compile(r"\d{1,4} [A-Z]")
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")
_LEAST_NUMBERED = 3
_FIELD_WORD = r"(?:who|what|when|where|why)"
_ADVISORY_FIELD = re.compile(rf"{_FIELD_WORD}(?:\s?/\s?{_FIELD_WORD}){{0,3}}:\s", re.IGNORECASE)
_HEADLINE_WORDS = 20  # a long headline ("Council agrees plan for school at former HQ as part of …")
_NUMBERED_WORDS = 24  # a listed headline may run on past its colon ("Update: … since Friday, …")


def closing_listing(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The kept lines among ``idx`` that close the page as a listing of headlines (or none)."""
    kept = [i for i in idx if reason[i] is None]
    if numbered := _numbered_listing(lines, reason, kept):
        return numbered
    run: list[int] = []
    for i in reversed(kept):
        if not _headline_like(lines[i].text):
            break
        run.append(i)
    # The story itself must stand before the listing: some prose that ends its sentences.
    if len(run) < _LEAST or len(run) == len(kept):
        return []
    return run


def _headline_like(text: str) -> bool:
    text = text.strip()
    n = len(words(text))
    return (
        2 <= n <= _HEADLINE_WORDS
        and not _ends_sentence(text)
        and (text[:1] not in _LIST_MARKS or bool(_NUMBERED_HEADLINE.match(text)))
        and not text[:1].islower()
        and not _ADVISORY_FIELD.match(text)
    )


_CLOSERS = (")", "”", '"', "’", "»")


def _ends_sentence(text: str) -> bool:
    """A sentence's mark ends the line; a bracket or a quote mark only after one ("… (2026)"
    and "… ‘Inappropriate Link’" close headlines, "… in May.)" a sentence)."""
    if text.endswith(_CLOSERS):
        return text[:-1].rstrip().endswith(_ENDS)
    return text.endswith(_ENDS)


def _numbered_listing(
    lines: Sequence[Line], reason: Sequence[DropReason | None], kept: list[int]
) -> list[int]:
    """The kept lines closing the page as a numbered listing after dropped furniture, or none."""
    run: list[int] = []
    expected: int | None = None  # the number the line above must carry
    for i in reversed(kept):
        m = _NUMBERED.fullmatch(lines[i].text.strip())
        if m is None or not _listed_headline(m[2]) or expected not in (None, int(m[1])):
            break
        run.append(i)
        expected = int(m[1]) - 1
        if expected == 0:
            break
    if expected != 0 or len(run) < _LEAST_NUMBERED or len(run) == len(kept):
        return []
    above = next((j for j in range(run[-1] - 1, -1, -1) if lines[j].text), None)
    return run if above is not None and reason[above] is not None else []


def _listed_headline(text: str) -> bool:
    return 2 <= len(words(text)) <= _NUMBERED_WORDS and not text.rstrip().endswith(_ENDS)
