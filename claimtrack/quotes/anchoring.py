"""Quote anchoring: find a typed quote in an article's text and keep it anchored (DESIGN.md §3).

Typography is forgiven, words are never guessed. A quote is located in steps, each tried only when
the one before finds nothing:

1. **exact**: the typed characters occur in the text;
2. **typography**: equal once typography is folded on both sides by
   :func:`claimtrack.text.typography.normalize_typography` (whitespace runs including line breaks
   and NBSP, curly/straight quotes, apostrophes, dashes and the spaces around them, ``…`` vs
   ``...``, soft hyphens, zero-width characters, composed vs decomposed accents), mapped back to
   the text's own offsets; a pair of marks around the *whole* quote is how people write a
   quotation and is looked past;
3. **words**: the closest passages (:mod:`claimtrack.quotes.passages`) compared word by word
   (:mod:`claimtrack.quotes.differences`): accepted only when every word has the same letters and
   digits (the case of the quote's first letter forgiven) and the rest differs in punctuation
   only; those differences are recorded on the :class:`QuoteMatch`. Anything else is refused with
   :class:`~claimtrack.errors.QuoteNotFound` naming the differing words and carrying the source's
   own passage as ``suggestion``. ``allow_typo=True`` accepts one-letter slips under strict rules.

Whatever matches, the selector's ``exact`` is the article's own characters ``text[start:end]``,
never the typed ones.

:func:`reanchor` moves a selector to a changed text using exact text and its stored context only;
it never follows a look-alike and returns ``None`` for an orphaned quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from attrs import frozen

from claimtrack.errors import AmbiguousQuote, QuoteNotFound
from claimtrack.model import TextQuoteSelector
from claimtrack.quotes.differences import Comparison, compare
from claimtrack.quotes.passages import MAX_QUOTE_LENGTH, Words, closest_passages, words_of
from claimtrack.text.typography import Normalized, normalize_typography

__all__ = [
    "CONTEXT",
    "MAX_QUOTE_LENGTH",
    "QuoteMatch",
    "locate_quote",
    "match_quote",
    "normalize",
    "reanchor",
]

CONTEXT = 32
"""Characters of prefix and suffix stored around a quote for re-anchoring."""

_CLOSEST = 3  # passages shown in QuoteNotFound

_QUOTE_MARKS = frozenset("\"'")


# Keyed by the text itself: str caches its hash and a hit on the same object compares by
# identity, so adding 100k quotes to one article normalises its text once, not 100k times. 512
# articles' normal forms are kept, so anchoring stays flat well past the 16 of an earlier cache.
_normalized_text = lru_cache(maxsize=512)(normalize_typography)


@lru_cache(maxsize=64)
def _text_words(text: str) -> Words:
    return words_of(_normalized_text(text).text)


@frozen
class QuoteMatch:
    """A located quote: its selector, the step that found it, and what was accepted on the way.

    ``recorded`` lists the differences accepted (punctuation, typos under ``allow_typo``), one
    readable line each; it is empty when the quote matched exactly or up to typography.
    """

    selector: TextQuoteSelector
    method: str  # "exact", "typography" or "words"
    typed: str
    recorded: tuple[str, ...] = ()


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
    # The common case (context copied from the text) needs no normalising.
    if (not prefix or text.endswith(prefix, 0, start)) and text.startswith(suffix, end):
        return True
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


# --------------------------------------------------------------------------------------- words


def _by_words(
    text: str,
    quote: str,
    prefix: str,
    suffix: str,
    occurrence: int | None,
    article_id: str,
    allow_typo: bool,
) -> QuoteMatch:
    """The word step; raises QuoteNotFound naming the differences when no passage is the quote."""
    nq = normalize(quote).strip()
    if len(nq) > MAX_QUOTE_LENGTH:
        raise QuoteNotFound(
            article_id,
            quote,
            reason=f"the quote is {len(nq):,} characters and is not in the text as typed (nor "
            f"with typography forgiven); quotes longer than {MAX_QUOTE_LENGTH:,} characters are "
            f"not searched for a closest passage: quote a shorter passage",
        )
    norm = _normalized_text(text)
    vocabulary = _text_words(text)
    typed = words_of(nq)
    compared = [
        (p.score, compare(nq, typed, vocabulary, p))
        for p in closest_passages(typed, vocabulary, _CLOSEST)
    ]
    good = [c for _, c in compared if not c.problems(vocabulary, allow_typo)]
    if good:
        by_span = {norm.span(c.start, c.end): c for c in reversed(good)}
        selector = _pick(
            text, quote, sorted(by_span), prefix, suffix, occurrence, article_id, "word by word"
        )
        chosen = by_span[selector.start, selector.end]
        return QuoteMatch(selector, "words", quote, chosen.recorded(allow_typo))
    raise _refusal(text, norm, quote, compared, vocabulary, allow_typo, article_id)


def _refusal(
    text: str,
    norm: Normalized,
    quote: str,
    compared: list[tuple[float, Comparison]],
    vocabulary: Words,
    allow_typo: bool,
    article_id: str,
) -> QuoteNotFound:
    """The QuoteNotFound for a quote no passage matches: the real differences, and the fix."""
    if not compared:
        return QuoteNotFound(
            article_id, quote, reason="no passage of the article shares a word with it"
        )
    shown = []
    for score, c in compared[:_CLOSEST]:
        start, end = norm.span(c.start, c.end)
        shown.append((score, start, end, text[start:end]))
    best = compared[0][1]
    differences = best.problems(vocabulary, allow_typo)
    typos_only = not allow_typo and best.words and not best.refused_marks and not best.case
    if typos_only and not best.problems(vocabulary, True):
        differences.append(
            "each differing word is a one-letter slip: pass allow_typo=True to accept it "
            "(the typed form is kept)"
        )
    return QuoteNotFound(
        article_id,
        quote,
        shown,
        reason=f"the closest passage differs: {differences[0]}" if differences else "",
        differences=differences,
        suggestion=shown[0][3],
    )


# ----------------------------------------------------------------------------------- public API


def match_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    occurrence: int | None = None,
    article_id: str = "<text>",
    allow_typo: bool = False,
) -> QuoteMatch:
    """Find a typed ``quote`` in ``text``: its selector and what was accepted on the way.

    See :func:`locate_quote`, which returns only the selector.
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
    how = "exact"
    if not spans:
        spans, how = _normalized_spans(text, quote), "typography"
    inner = None if spans else _unwrapped(quote)
    if inner is not None:
        spans = _exact_spans(text, inner) or _normalized_spans(text, inner)
    if spans:
        selector = _pick(text, quote, spans, prefix, suffix, occurrence, article_id, how)
        return QuoteMatch(selector, how, quote)
    return _by_words(text, quote, prefix, suffix, occurrence, article_id, allow_typo)


def locate_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    occurrence: int | None = None,
    article_id: str = "<text>",
    allow_typo: bool = False,
) -> TextQuoteSelector:
    """Find a typed ``quote`` in ``text`` and return its selector, with the text's own characters.

    Tries an exact match, then one with typography forgiven, then a word-by-word comparison with
    the closest passages (see the module docstring): letters and digits must agree (the first
    letter's case aside); punctuation may differ. When the quote is found at several places,
    ``prefix``/``suffix`` (text typed just before/after it, compared normalised) and then
    ``occurrence`` (0-based, among the places that fit) choose. ``allow_typo=True`` accepts
    one-letter slips in long ordinary words (:func:`~claimtrack.quotes.differences.typo_problem`).

    Raises :class:`~claimtrack.errors.AmbiguousQuote` (with every position) when several places
    remain, and :class:`~claimtrack.errors.QuoteNotFound` (naming ``article_id``, the differing
    words, the closest passages and the source's own text as ``suggestion``) when the quote is
    not there.
    """
    return match_quote(
        text,
        quote,
        prefix=prefix,
        suffix=suffix,
        occurrence=occurrence,
        article_id=article_id,
        allow_typo=allow_typo,
    ).selector


def _side_fits(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    """Whether the whole stored prefix, or the whole stored suffix, is still around the span.

    An empty stored side fits only at the text's edge it was at.
    """
    before = text.endswith(prefix, 0, start) and (bool(prefix) or start == 0)
    after = text.startswith(suffix, end) and (bool(suffix) or end == len(text))
    return before or after


def reanchor(
    selector: TextQuoteSelector, new_text: str, *, article_id: str = "<text>"
) -> TextQuoteSelector | None:
    """Anchor ``selector`` in ``new_text`` (an article's changed text), or None when orphaned.

    Never guesses: the quote stays put when its text and whole context are still there; else it
    moves to the one place with its exact text and its whole stored prefix and suffix; else to
    the one place with its exact text and one whole side of its context (text inserted or
    changed right beside the quote on the other side). Anything else, including a copy of the
    same words in another sentence, leaves it orphaned. ``article_id`` is accepted for symmetry
    with :func:`locate_quote`.
    """
    del article_id  # nothing is raised: an orphan is a result, not an error
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    start, end = selector.start, selector.end
    if (
        new_text[start:end] == exact
        and new_text.endswith(prefix, 0, start)
        and new_text.startswith(suffix, end)
    ):
        return _selector(new_text, start, end)
    whole = _find_all(new_text, prefix + exact + suffix)
    if len(whole) == 1:
        s = whole[0] + len(prefix)
        return _selector(new_text, s, s + len(exact))
    if whole:
        return None
    fitting = [
        s
        for s in _find_all(new_text, exact)
        if _side_fits(new_text, s, s + len(exact), prefix, suffix)
    ]
    if len(fitting) == 1:
        return _selector(new_text, fitting[0], fitting[0] + len(exact))
    return None
