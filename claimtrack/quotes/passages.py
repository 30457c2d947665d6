"""Closest passages: where a typed quote comes closest in a normalised text, word by word.

Everything here works on texts already folded by
:func:`claimtrack.text.typography.normalize_typography`. A text is cut into words (runs of
letters and digits); each word of the typed quote votes for the place in the text where the
quote would start if that word were in its right place (a diagonal), and the best-voted places
are aligned word by word with the quote. The cost is linear in the lengths of the quote and the
text plus the alignment of a few windows the size of the quote, instead of the square of the
quote's length that a character-level partial match costs.

A :class:`Passage` keeps the word alignment, so the caller can say exactly which words differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from attrs import frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from claimtrack.text.combining import COMBINING_MARKS

__all__ = ["MAX_QUOTE_LENGTH", "Passage", "Words", "closest_passages", "words_of"]

MAX_QUOTE_LENGTH = 100_000
"""Longest quote (in characters) searched for a closest passage when it is not found as typed.

A quote that is in the text (exactly or with typography forgiven) anchors at any length; a longer
one that is not is refused with a clear error instead of being searched.
"""

# Letters and digits with their combining marks (a Devanagari vowel sign, a decomposed accent):
# what a quote must never get wrong. Letters and marks are disjoint classes, so this is linear.
_WORD = re.compile(rf"[{COMBINING_MARKS}]*(?:[^\W_][{COMBINING_MARKS}]*)+")
_RARE = 64  # a word occurring more often than this votes only when the quote has no rarer word
_VOTE_BUDGET = 2_000_000  # votes cast at most: bounds the search on a text of one word repeated
_TIED = 1000  # places tied for the most votes examined at most (all of them are candidates)
_EXTRA = 5  # places with fewer votes examined beyond the tied ones
_HINT = 16  # words expected to differ in an alignment: rapidfuzz then takes a banded path


@frozen
class Words:
    """The words of a normalised text: as written, case-folded, and their offsets."""

    text: str
    written: tuple[str, ...]
    folded: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    where: dict[str, list[int]]  # folded word -> its indexes, ascending


def words_of(ntext: str) -> Words:
    """Cut a normalised text into words (see the module docstring)."""
    written, starts, ends = [], [], []
    for m in _WORD.finditer(ntext):
        written.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    folded = tuple(w.casefold() for w in written)
    where: dict[str, list[int]] = {}
    for i, w in enumerate(folded):
        where.setdefault(w, []).append(i)
    return Words(ntext, tuple(written), folded, tuple(starts), tuple(ends), where)


@frozen
class Passage:
    """A place in the text aligned with the typed quote, word by word.

    ``first``/``last`` are word indexes into the text's :class:`Words` (``last`` exclusive);
    ``ops`` the alignment as ``(tag, typed_from, typed_to, text_from, text_to)`` with word
    indexes (text ones absolute), tags as in :meth:`rapidfuzz.distance.Levenshtein.opcodes`.
    """

    score: float
    matched: int  # words of the quote found in order in the passage
    first: int
    last: int
    ops: tuple[tuple[str, int, int, int, int], ...]


def _votes(quote: Words, text: Words) -> Counter[int]:
    """Per diagonal (text word index minus quote word index), the quote words agreeing there."""
    voters = [(i, w) for i, w in enumerate(quote.folded) if len(text.where.get(w, ())) <= _RARE]
    if not voters:
        voters = list(enumerate(quote.folded))
    votes: Counter[int] = Counter()
    budget = _VOTE_BUDGET
    for i, w in voters:
        places = text.where.get(w, ())
        for p in places[:budget]:
            votes[p - i] += 1
        budget -= len(places)
        if budget <= 0:
            break
    return votes


def _align(quote: Words, text: Words, diagonal: int) -> Passage | None:
    """The better of two alignments at ``diagonal``: a window the quote's size (words changed)
    and one with slack (words added or dropped), each trimmed of unmatched text at its ends."""
    m = len(quote.folded)
    slack = 2 + m // 8
    tries = (
        _align_in(quote, text, diagonal, diagonal + m),
        _align_in(quote, text, diagonal - slack, diagonal + m + slack),
    )
    found = [p for p in tries if p is not None]
    return max(found, key=lambda p: (p.matched, p.score)) if found else None


def _align_in(quote: Words, text: Words, lo: int, hi: int) -> Passage | None:
    lo, hi = max(0, lo), min(len(text.folded), hi)
    if hi <= lo:
        return None
    ops = [
        (op.tag, op.src_start, op.src_end, op.dest_start + lo, op.dest_end + lo)
        for op in Levenshtein.opcodes(quote.folded, text.folded[lo:hi], score_hint=_HINT)
    ]
    while ops and ops[0][0] == "insert":  # text words before the quote's first word
        ops.pop(0)
    while ops and ops[-1][0] == "insert":
        ops.pop()
    if not ops:
        return None
    # Levenshtein ties a word replaced at an end with a word dropped there; a passage that does
    # not reach over unrelated text reads better and scores better, so try dropping each end.
    variants = [ops]
    if ops[-1][0] == "replace" and _unlike(quote, text, ops[-1]):
        _, q0, q1, t0, _ = ops[-1]
        variants.append([*ops[:-1], ("delete", q0, q1, t0, t0)])
    if ops[0][0] == "replace" and _unlike(quote, text, ops[0]):
        _, q0, q1, _, t1 = ops[0]
        variants += [[("delete", q0, q1, t1, t1), *v[1:]] for v in list(variants)]
    scored = [p for p in (_scored(quote, text, tuple(v)) for v in variants) if p is not None]
    return max(scored, key=lambda p: (p.matched, p.score)) if scored else None


def _unlike(quote: Words, text: Words, op: tuple[str, int, int, int, int]) -> bool:
    """Whether replaced words share too little to be the same words mistyped."""
    _, q0, q1, t0, t1 = op
    typed, source = " ".join(quote.folded[q0:q1]), " ".join(text.folded[t0:t1])
    return fuzz.ratio(typed, source) < 50


def _scored(
    quote: Words, text: Words, ops: tuple[tuple[str, int, int, int, int], ...]
) -> Passage | None:
    kept = [op for op in ops if op[0] != "delete"]
    if not kept:
        return None
    first, last = kept[0][3], kept[-1][4]
    m = len(quote.folded)
    dist = Indel.distance(quote.folded, text.folded[first:last])
    score = (1 - dist / (m + last - first)) * 100
    matched = (m + last - first - dist) // 2
    return Passage(round(score, 1), matched, first, last, ops)


def closest_passages(quote: Words, text: Words, show: int) -> list[Passage]:
    """Places of the text most like the quote, best first, none overlapping.

    Every place tied for the most votes is returned (a quote found at two places is reported at
    both), and at least ``show`` places when the text has that many words in common with it.
    """
    if not quote.folded:
        return []
    votes = _votes(quote, text)
    ranked = sorted(votes.items(), key=lambda dv: (-dv[1], dv[0]))
    top = ranked[0][1] if ranked else 0
    found: list[Passage] = []
    seen: list[tuple[int, int]] = []
    extra = 0
    slack = 2 + len(quote.folded) // 8
    examined: list[int] = []
    for diagonal, n in ranked[: _TIED + _EXTRA * 4]:
        if n < top and (extra >= _EXTRA or len(found) >= max(show, _tied(found))):
            break
        if any(abs(diagonal - d) <= slack for d in examined) and n < top:
            continue
        examined.append(diagonal)
        passage = _align(quote, text, diagonal)
        if passage is None or _overlaps(seen, passage.first, passage.last):
            continue
        seen.append((passage.first, passage.last))
        found.append(passage)
        extra += n < top
    found.sort(key=lambda p: (-p.score, p.first))
    return found


def _tied(found: Sequence[Passage]) -> int:
    return sum(p.score == found[0].score for p in found) if found else 0


def _overlaps(seen: list[tuple[int, int]], first: int, last: int) -> bool:
    return any(first < b and a < last for a, b in seen)
