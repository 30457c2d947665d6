"""A list of other stories' headlines closing the page: never the story's last words.

Many pages print, after the story (and often after "No comments yet"), the headlines of their
other stories as plain lines: ``Morning Report``, ``Harbour Group Updates Outlook for FY26``,
``Council to issue notice on ferry application``. A story's paragraphs end their sentences; a
headline ends none. So a run of four lines or more at the very end of the kept text, each of two
to fifteen words, none ending in a sentence's mark, none opening in lower case or as a list's
item (a list of points closing a story stays), is such a listing.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason, words
from claimtrack.reading.lines import Line

__all__ = ["closing_listing"]

_LEAST = 4  # headlines in a row: fewer may be a story's own short closing lines
_ENDS = (".", "!", "?", "…", ":", ";", ",", "”", '"', "’", "»", ")")
_LIST_MARKS = "-–—•·*▪◦0123456789("


def closing_listing(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The kept lines among ``idx`` that close the page as a listing of headlines (or none)."""
    kept = [i for i in idx if reason[i] is None]
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
        2 <= n <= 15
        and not text.endswith(_ENDS)
        and text[:1] not in _LIST_MARKS
        and not text[:1].islower()
    )
