"""Quote anchoring: find a typed quote in an article's text and keep it anchored (DESIGN.md §3).

A quote is located in three steps, each tried only when the one before finds nothing:

1. **exact**: the typed characters occur in the text;
2. **normalised**: equal once typography is folded on both sides (whitespace runs including line
   breaks and NBSP, curly/straight double quotes, apostrophes, dashes and the spaces around them,
   ``…`` vs ``...``, soft hyphens and zero-width characters), mapped back to the text's own offsets;
3. **fuzzy** (rapidfuzz): a passage scoring at least :data:`FUZZY_THRESHOLD` that is the only one
   that good, and whose differences are typing slips, not edits: no quote marks added or removed, no
   digits changed, no word added or dropped (so a typed ``not`` never matches a text without it).

Whatever matches, the selector's ``exact`` is the article's own characters ``text[start:end]``,
never the typed ones. Quote marks are folded between their curly and straight forms but never
deleted or inserted: ``as "one whole" with`` typed against a source that does not quote those
words is a different text (a paraphrase dressed as a quote) and is refused with the nearest
passages. The one exception is a pair of marks wrapped around the *whole* typed quote, which is how
people write a quotation and says nothing about the source's own marks.

:func:`reanchor` moves a selector to a changed text using exact text and its stored context only;
it never follows a look-alike and returns ``None`` for an orphaned quote.
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from claimtrack.errors import AmbiguousQuote, QuoteNotFound
from claimtrack.model import TextQuoteSelector

__all__ = [
    "CONTEXT",
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "locate_quote",
    "normalize",
    "reanchor",
]

CONTEXT = 32
"""Characters of prefix and suffix stored around a quote for re-anchoring."""

FUZZY_THRESHOLD = 95.0
"""Lowest rapidfuzz ratio (0–100) at which a fuzzy passage may be anchored."""

FUZZY_MIN_LENGTH = 20
"""Shorter quotes (after normalising) are never matched fuzzily: too little text to be sure."""

_CLOSEST = 3  # passages shown in QuoteNotFound
_MAX_PLACES = 1000  # fuzzy places examined at most (a pathological text repeating one passage)

_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u275d\u275e\u301d\u301e\uff02'
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\u02bc\uff07`\u00b4"
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

# One pass over the text; every alternative rewrites a run into its normal form. Spaces around a
# dash go with it, so "Minsk—Moscow", "Minsk – Moscow" and "Minsk - Moscow" agree.
_SPECIAL = re.compile(
    rf"(?P<dash>[\s{_INVISIBLE}]*[{_DASHES}]+[\s{_INVISIBLE}]*)"
    rf"|(?P<space>[\s{_INVISIBLE}]+)"
    rf"|(?P<dq>[{_DOUBLE_QUOTES}])"
    rf"|(?P<sq>[{_SINGLE_QUOTES}])"
    r"|(?P<ellipsis>\u2026)"
)
_HAS_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = frozenset("\"'")


class _Normalized:
    """A normalised copy of a text and, per normalised character, the original span it came from."""

    __slots__ = ("ends", "original", "starts", "text")

    def __init__(self, original: str, text: str, starts: array[int], ends: array[int]) -> None:
        self.original = original
        self.text = text
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters ``[start:end]`` (end > start).

        A dash at either end carries the spaces folded into it; they are not part of the quote.
        """
        a, b = self.starts[start], self.ends[end - 1]
        while b - a > 1 and self.original[a].isspace():
            a += 1
        while b - a > 1 and self.original[b - 1].isspace():
            b -= 1
        return a, b


def _normalize(text: str) -> _Normalized:
    parts: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    pos = 0
    for m in _SPECIAL.finditer(text):
        a, b = m.span()
        if a > pos:  # unchanged run: one normalised character per original character
            parts.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        kind = m.lastgroup
        if kind == "dash":
            out = "-"
        elif kind == "space":
            out = " " if _HAS_SPACE.search(m.group()) else ""
        elif kind == "dq":
            out = '"'
        elif kind == "sq":
            out = "'"
        else:
            out = "..."
        if out:
            parts.append(out)
            starts.extend([a] * len(out))
            ends.extend([b] * len(out))
        pos = b
    if pos < len(text):
        parts.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return _Normalized(text, "".join(parts), starts, ends)


# Keyed by the text itself: str caches its hash and a hit on the same object compares by
# identity, so adding 100k quotes to one article normalises its text once, not 100k times.
_normalized_text = lru_cache(maxsize=16)(_normalize)


def normalize(text: str) -> str:
    """The normal form quotes are compared in (see the module docstring); not stripped."""
    return _normalize(text).text


# ------------------------------------------------------------------------------------ matching


def _find_all(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text``, overlapping ones included."""
    found = []
    i = text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _selector(text: str, start: int, end: int) -> TextQuoteSelector:
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def _context_fits(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    """Whether the typed prefix/suffix (compared normalised) sit right before/after the span."""
    if prefix.strip():
        want = normalize(prefix).strip()
        before = normalize(text[max(0, start - 3 * len(prefix) - 8) : start]).rstrip()
        if not before.endswith(want):
            return False
    if suffix.strip():
        want = normalize(suffix).strip()
        after = normalize(text[end : end + 3 * len(suffix) + 8]).lstrip()
        if not after.startswith(want):
            return False
    return True


def _unwrapped(quote: str) -> str | None:
    """The quote without one pair of marks around all of it, or None when it has no such pair."""
    q = normalize(quote).strip()
    if len(q) > 2 and q[0] == q[-1] and q[0] in _QUOTE_MARKS:
        inner = quote.strip()[1:-1]
        return inner if inner.strip() else None
    return None


def _exact_spans(text: str, quote: str) -> list[tuple[int, int]]:
    return [(s, s + len(quote)) for s in _find_all(text, quote)]


def _normalized_spans(text: str, quote: str) -> list[tuple[int, int]]:
    nq = normalize(quote).strip()
    if not nq:
        return []
    norm = _normalized_text(text)
    spans: list[tuple[int, int]] = []
    for s in _find_all(norm.text, nq):
        span = norm.span(s, s + len(nq))
        if not spans or spans[-1] != span:  # two normal starts inside one "…" are one place
            spans.append(span)
    return spans


def _pick(
    text: str,
    quote: str,
    spans: Sequence[tuple[int, int]],
    prefix: str,
    suffix: str,
    occurrence: int | None,
    article_id: str,
    how: str,
) -> TextQuoteSelector:
    """Choose one of the places a quote was found, by context and occurrence, or raise."""
    fitting = [sp for sp in spans if _context_fits(text, *sp, prefix, suffix)]
    if not fitting:
        shown = [(100.0, s, e, text[max(0, s - 20) : e + 20]) for s, e in spans[:_CLOSEST]]
        raise QuoteNotFound(
            article_id,
            quote,
            shown,
            reason=f"found {len(spans)} time(s) ({how}) but never with the given prefix/suffix; "
            f"the passages below show the text around it",
        )
    if occurrence is not None:
        if not 0 <= occurrence < len(fitting):
            raise QuoteNotFound(
                article_id,
                quote,
                [(100.0, s, e, text[s:e]) for s, e in fitting[:_CLOSEST]],
                reason=f"occurrence={occurrence} asked for, but it occurs {len(fitting)} time(s); "
                f"occurrence counts from 0",
            )
        return _selector(text, *fitting[occurrence])
    if len(fitting) > 1:
        raise AmbiguousQuote(article_id, quote, fitting)
    return _selector(text, *fitting[0])


# --------------------------------------------------------------------------------------- fuzzy


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


def _closest(nq: str, ntext: str, show: int, good: float) -> list[tuple[float, int, int]]:
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


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span shown to the analyst so it neither starts nor ends inside a word."""
    while start > 0 and _cuts_word(text, start):
        start -= 1
    while end < len(text) and _cuts_word(text, end):
        end += 1
    return start, end


def _slip_problem(nq: str, passage: str) -> str | None:
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


def _fuzzy(
    text: str, quote: str, prefix: str, suffix: str, occurrence: int | None, article_id: str
) -> TextQuoteSelector:
    """The fuzzy step; raises QuoteNotFound with the closest passages when nothing fits."""
    nq = normalize(quote).strip()
    norm = _normalized_text(text)
    # The rough alignment can score a little under the refined one: look a bit below the bar.
    closest = _closest(nq, norm.text, _CLOSEST, FUZZY_THRESHOLD - 5)
    shown = []
    for score, s, e in closest[:_CLOSEST]:
        start, end = _whole_words(text, *norm.span(s, e))
        shown.append((round(score, 1), start, end, text[start:end]))
    if len(nq) < FUZZY_MIN_LENGTH:
        raise QuoteNotFound(article_id, quote, shown)
    good: list[tuple[int, int]] = []
    refused = ""
    for score, s, e in closest:
        if score < FUZZY_THRESHOLD:
            break
        problem = _slip_problem(nq, norm.text[s:e])
        if problem:
            refused = refused or f"the closest passage scores {score:.1f} but {problem}"
            continue
        good.append(norm.span(s, e))
    if not good:
        raise QuoteNotFound(article_id, quote, shown, reason=refused)
    good.sort()
    return _pick(text, quote, good, prefix, suffix, occurrence, article_id, "fuzzy")


# ----------------------------------------------------------------------------------- public API


def locate_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    occurrence: int | None = None,
    article_id: str = "<text>",
) -> TextQuoteSelector:
    """Find a typed ``quote`` in ``text`` and return its selector, with the text's own characters.

    Tries an exact match, then a normalised one, then a fuzzy one (see the module docstring).
    When the quote is found at several places, ``prefix``/``suffix`` (text typed just before/after
    it, compared normalised) and then ``occurrence`` (0-based, among the places that fit) choose.

    Raises :class:`~claimtrack.AmbiguousQuote` (with every position) when several places remain,
    and :class:`~claimtrack.QuoteNotFound` (naming ``article_id`` and showing the closest passages
    with scores) when the quote is not there.
    """
    if not isinstance(quote, str) or not quote.strip():
        raise QuoteNotFound(
            article_id, str(quote), reason="the quote is empty; type the words to find"
        )
    if occurrence is not None and (
        isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 0
    ):
        raise QuoteNotFound(
            article_id,
            quote,
            reason=f"occurrence must be a whole number from 0, not {occurrence!r}",
        )
    # The exact step first and on its own: it is the common case and needs no normalising.
    spans = _exact_spans(text, quote)
    how = "exactly"
    if not spans:
        spans, how = _normalized_spans(text, quote), "normalised"
    inner = None if spans else _unwrapped(quote)
    if inner is not None:
        spans, how = _exact_spans(text, inner) or _normalized_spans(text, inner), "unwrapped"
    if spans:
        return _pick(text, quote, spans, prefix, suffix, occurrence, article_id, how)
    return _fuzzy(text, quote, prefix, suffix, occurrence, article_id)


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many stored context characters agree around ``text[start:end]``."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    n = 0
    while n < len(before) and before[-1 - n] == prefix[-1 - n]:
        n += 1
    m = 0
    while m < len(after) and after[m] == suffix[m]:
        m += 1
    return n + m


def reanchor(
    selector: TextQuoteSelector, new_text: str, *, article_id: str = "<text>"
) -> TextQuoteSelector | None:
    """Anchor ``selector`` in ``new_text`` (an article's changed text), or None when orphaned.

    Uses the exact text and its stored prefix/suffix only, never a look-alike: the quote stays put
    when its text and context are still there; else it moves to the unique place with the full
    context, else to the only place the exact text occurs, else to the one place whose context
    agrees best (at least half of it, and strictly better than any other). ``article_id`` is
    accepted for symmetry with :func:`locate_quote`.
    """
    del article_id  # nothing is raised: an orphan is a result, not an error
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    start, end = selector.start, selector.end
    context = len(prefix) + len(suffix)
    if (
        new_text[start:end] == exact
        and _context_score(new_text, start, end, prefix, suffix) == context
    ):
        return _selector(new_text, start, end)
    whole = _find_all(new_text, prefix + exact + suffix)
    if len(whole) == 1:
        s = whole[0] + len(prefix)
        return _selector(new_text, s, s + len(exact))
    starts = _find_all(new_text, exact)
    if len(starts) == 1:
        return _selector(new_text, starts[0], starts[0] + len(exact))
    if not starts:
        return None
    scored = sorted(
        ((_context_score(new_text, s, s + len(exact), prefix, suffix), s) for s in starts),
        reverse=True,
    )
    best, s = scored[0]
    if best * 2 >= context > 0 and best > scored[1][0]:
        return _selector(new_text, s, s + len(exact))
    return None
