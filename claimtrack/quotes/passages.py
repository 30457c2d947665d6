"""Fuzzy passages: where a typed quote comes closest in a normalised text, and whether the
differences are typing slips or edits (the fuzzy step of :mod:`claimtrack.quotes.anchoring`).

Everything here works on texts already folded by
:func:`claimtrack.text.typography.normalize_typography`.
"""

from __future__ import annotations

import heapq
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

__all__ = ["closest_passages", "slip_problem", "whole_words"]

_MAX_PLACES = 1000  # fuzzy places examined at most (a pathological text repeating one passage)
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = frozenset("\"'")


def _cuts_word(text: str, i: int) -> int:
    """1 when offset ``i`` falls inside a word, else 0."""
    return int(0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum())


def _refine(nq: str, ntext: str, start: int, end: int) -> tuple[float, int, int]:
    """Move a rough alignment's ends to where the passage is closest to the quote."""
    slack = max(3, min(16, len(nq) // 10))
    best: tuple[int, int, int, int, int] | None = None
    for s in range(max(0, start - slack), min(len(ntext), start + slack) + 1):
        for e in range(max(s + 1, end - slack), min(len(ntext), end + slack) + 1):
            dist = Indel.distance(nq, ntext[s:e])
            # Fewest edits; then whole words (for readable passages); then the span nearest
            # the rough one, so ties do not drift.
            cut = _cuts_word(ntext, s) + _cuts_word(ntext, e)
            key = (dist, cut, abs(s - start) + abs(e - end), s, e)
            if best is None or key < best:
                best = key
    assert best is not None
    dist, _, _, s, e = best
    return (1 - dist / (len(nq) + (e - s))) * 100, s, e


def closest_passages(nq: str, ntext: str, show: int, good: float) -> list[tuple[float, int, int]]:
    """Non-overlapping passages of ``ntext`` most like ``nq``, best first.

    At least ``show`` of them (when the text has that many), and every one whose rough score is
    ``good`` or more, so a quote found fuzzily at several places is reported at all of them.
    """
    found: list[tuple[float, int, int]] = []
    heap: list[tuple[float, int, int, int, int]] = []

    def push(lo: int, hi: int) -> None:
        if hi - lo < max(1, len(nq) // 2):
            return
        segment = ntext[lo:hi]
        if len(segment) <= len(nq):
            score, s, e = fuzz.ratio(nq, segment), 0, len(segment)
        else:
            al = fuzz.partial_ratio_alignment(nq, segment)
            if al is None:  # only with a score_cutoff, which is not passed
                return
            score, s, e = al.score, al.dest_start, al.dest_end
        if e > s:
            heapq.heappush(heap, (-score, lo + s, lo + e, lo, hi))

    push(0, len(ntext))
    while heap and len(found) < _MAX_PLACES and (len(found) < show or -heap[0][0] >= good):
        _, s, e, lo, hi = heapq.heappop(heap)
        score, s, e = _refine(nq, ntext, s, e)
        s, e = max(s, lo), min(e, hi)
        found.append((score, s, e))
        push(lo, s)
        push(e, hi)
    found.sort(key=lambda c: -c[0])
    return found


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span shown to the analyst so it neither starts nor ends inside a word."""
    while start > 0 and _cuts_word(text, start):
        start -= 1
    while end < len(text) and _cuts_word(text, end):
        end += 1
    return start, end


def slip_problem(nq: str, passage: str) -> str | None:
    """Why the differences between a typed quote and a passage are more than typing slips."""
    for op in Levenshtein.opcodes(nq, passage):
        if op.tag == "equal":
            continue
        changed = nq[op.src_start : op.src_end] + passage[op.dest_start : op.dest_end]
        if any(c in _QUOTE_MARKS for c in changed):
            return (
                "it differs in quote marks: marks typed around words the source does not "
                "quote make a different text"
            )
        if any(c.isdigit() for c in changed):
            return "it differs in a number"
    qw = [w.casefold() for w in _WORD.findall(nq)]
    pw = [w.casefold() for w in _WORD.findall(passage)]
    for op in Levenshtein.opcodes(qw, pw):
        if op.tag == "equal":
            continue
        typed, found = qw[op.src_start : op.src_end], pw[op.dest_start : op.dest_end]
        if "".join(typed) == "".join(found):  # "any more" vs "anymore", "organi- sation"
            continue
        if op.tag != "replace" or len(typed) != len(found):
            return f"words differ ({' '.join(typed) or '-'} / {' '.join(found) or '-'})"
        for a, b in zip(typed, found, strict=True):
            allowed = 0 if min(len(a), len(b)) <= 3 else max(1, min(len(a), len(b)) // 4)
            if Levenshtein.distance(a, b) > allowed:
                return f"words differ ({a} / {b})"
    return None
