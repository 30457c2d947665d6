"""Quote anchoring: find a typed quote in an article's text and keep it anchored (DESIGN.md §3).

A quote is located in three steps, each tried only when the one before finds nothing:

1. **exact**: the typed characters occur in the text;
2. **normalised**: equal once typography is folded on both sides by
   :func:`claimtrack.text.typography.normalize_typography` (whitespace runs including line breaks
   and NBSP, curly/straight double quotes, apostrophes, dashes and the spaces around them, ``…``
   vs ``...``, soft hyphens, zero-width characters, composed vs decomposed accents), mapped back
   to the text's own offsets;
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

from collections.abc import Sequence
from functools import lru_cache

from claimtrack.errors import AmbiguousQuote, QuoteNotFound
from claimtrack.model import TextQuoteSelector
from claimtrack.quotes.passages import closest_passages, slip_problem, whole_words
from claimtrack.text.typography import normalize_typography

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

_QUOTE_MARKS = frozenset("\"'")


# Keyed by the text itself: str caches its hash and a hit on the same object compares by
# identity, so adding 100k quotes to one article normalises its text once, not 100k times.
_normalized_text = lru_cache(maxsize=16)(normalize_typography)


def normalize(text: str) -> str:
    """The normal form quotes are compared in (see the module docstring); not stripped."""
    return normalize_typography(text).text


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


def _fuzzy(
    text: str, quote: str, prefix: str, suffix: str, occurrence: int | None, article_id: str
) -> TextQuoteSelector:
    """The fuzzy step; raises QuoteNotFound with the closest passages when nothing fits."""
    nq = normalize(quote).strip()
    norm = _normalized_text(text)
    # The rough alignment can score a little under the refined one: look a bit below the bar.
    closest = closest_passages(nq, norm.text, _CLOSEST, FUZZY_THRESHOLD - 5)
    shown = []
    for score, s, e in closest[:_CLOSEST]:
        start, end = whole_words(text, *norm.span(s, e))
        shown.append((round(score, 1), start, end, text[start:end]))
    if len(nq) < FUZZY_MIN_LENGTH:
        raise QuoteNotFound(article_id, quote, shown)
    good: list[tuple[int, int]] = []
    refused = ""
    for score, s, e in closest:
        if score < FUZZY_THRESHOLD:
            break
        problem = slip_problem(nq, norm.text[s:e])
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

    Raises :class:`~claimtrack.errors.AmbiguousQuote` (with every position) when several places
    remain, and :class:`~claimtrack.errors.QuoteNotFound` (naming ``article_id`` and showing the
    closest passages with scores) when the quote is not there.
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
