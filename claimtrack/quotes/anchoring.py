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
3. **words**: the closest passages compared word by word (:mod:`claimtrack.quotes.word_step`):
   accepted only when every word has the same letters and digits (the case of the quote's first
   letter forgiven) and the rest differs in punctuation only; those differences are recorded on
   the :class:`QuoteMatch`. Anything else is refused with
   :class:`~claimtrack.errors.QuoteNotFound`. ``allow_typo=True`` accepts one-letter slips under
   strict rules.

Whatever matches, the selector's ``exact`` is the article's own characters ``text[start:end]``,
never the typed ones. This module anchors one run of words; :mod:`claimtrack.quotes.segments`
anchors a quote with elisions and bracketed insertions, run by run.
:func:`~claimtrack.quotes.reanchoring.reanchor` moves a selector to a changed text.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from claimtrack.errors import AmbiguousQuote, QuoteNotFound
from claimtrack.model import TextQuoteSelector
from claimtrack.quotes.forms import TextForms, forms_of
from claimtrack.quotes.passages import MAX_QUOTE_LENGTH
from claimtrack.quotes.reanchoring import reanchor
from claimtrack.quotes.spans import CONTEXT, find_all, selector_at
from claimtrack.quotes.word_step import CLOSEST, word_matches
from claimtrack.text.typography import fold_typography

__all__ = [
    "CONTEXT",
    "MAX_QUOTE_LENGTH",
    "Found",
    "QuoteMatch",
    "check_quote_arguments",
    "context_fits",
    "find_spans",
    "locate_quote",
    "match_quote",
    "normalize",
    "pick_place",
    "reanchor",
]

_QUOTE_MARKS = frozenset("\"'")


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


@frozen
class Found:
    """Every place a run of typed words was found, by one step (``how``), with what it recorded."""

    spans: tuple[tuple[int, int], ...]
    how: str  # "exact", "typography" or "words"
    recorded: tuple[tuple[str, ...], ...]  # per span


def normalize(text: str) -> str:
    """The normal form quotes are compared in (see the module docstring); not stripped."""
    return fold_typography(text)


# ------------------------------------------------------------------------------------ matching


def context_fits(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
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
    return [(s, s + len(quote)) for s in find_all(text, quote)]


def _normalized_spans(forms: TextForms, quote: str) -> list[tuple[int, int]]:
    nq = normalize(quote).strip()
    if not nq:
        return []
    norm = forms.normalized
    spans: list[tuple[int, int]] = []
    for s in find_all(norm.text, nq):
        span = norm.span(s, s + len(nq))
        if not spans or spans[-1] != span:  # two normal starts inside one "…" are one place
            spans.append(span)
    return spans


def find_spans(
    forms: TextForms, quote: str, *, allow_typo: bool, article_id: str, words: bool = True
) -> Found:
    """Every place ``quote`` stands in ``forms.text``, by the first step that finds it.

    Raises :class:`~claimtrack.errors.QuoteNotFound` when no step does; with ``words=False`` the
    word step is not tried and nothing found is an empty :class:`Found`.
    """
    text = forms.text
    # The exact step first and on its own: it is the common case and needs no normalising.
    spans, how = _exact_spans(text, quote), "exact"
    if not spans:
        spans, how = _normalized_spans(forms, quote), "typography"
    inner = None if spans else _unwrapped(quote)
    if inner is not None:
        spans = _exact_spans(text, inner) or _normalized_spans(forms, inner)
    if spans:
        return Found(tuple(spans), how, ((),) * len(spans))
    if not words:
        return Found((), "none", ())
    # Marks around the whole quote are how it was quoted, not words to compare.
    typed = quote if inner is None else inner
    matches = word_matches(forms, typed, allow_typo=allow_typo, article_id=article_id)
    return Found(tuple(s for s, _ in matches), "words", tuple(r for _, r in matches))


def pick_place(
    text: str,
    quote: str,
    spans: Sequence[tuple[int, ...]],
    prefix: str,
    suffix: str,
    occurrence: int | None,
    article_id: str,
    how: str,
) -> tuple[int, ...]:
    """Choose one of the places a quote was found, by context and occurrence, or raise.

    A place is a tuple of offsets whose first and last are the passage's start and end.
    """
    fitting = [sp for sp in spans if context_fits(text, sp[0], sp[-1], prefix, suffix)]
    if not fitting:
        shown = [(100.0, sp[0], sp[-1], text[max(0, sp[0] - 20) : sp[-1] + 20]) for sp in spans]
        raise QuoteNotFound(
            article_id,
            quote,
            shown[:CLOSEST],
            reason=f"found {len(spans)} time(s) ({how}) but never with the given prefix/suffix; "
            f"the passages below show the text around it",
        )
    if occurrence is not None:
        if not 0 <= occurrence < len(fitting):
            raise QuoteNotFound(
                article_id,
                quote,
                [(100.0, sp[0], sp[-1], text[sp[0] : sp[-1]]) for sp in fitting[:CLOSEST]],
                reason=f"occurrence={occurrence} asked for, but it occurs {len(fitting)} time(s); "
                f"occurrence counts from 0",
            )
        return fitting[occurrence]
    if len(fitting) > 1:
        raise AmbiguousQuote(article_id, quote, [(sp[0], sp[-1]) for sp in fitting])
    return fitting[0]


def check_quote_arguments(quote: object, occurrence: object, article_id: str) -> str:
    """The quote, once it is known to be non-empty text and ``occurrence`` a count from 0."""
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
    return quote


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
    forms: TextForms | None = None,
) -> QuoteMatch:
    """Find a typed ``quote`` in ``text``: its selector and what was accepted on the way.

    See :func:`locate_quote`, which returns only the selector. ``forms``: the text's normalised
    forms kept by the caller (a casebook keeps one per article); else a small shared cache.
    """
    check_quote_arguments(quote, occurrence, article_id)
    known = forms if forms is not None and forms.text is text else forms_of(text)
    found = find_spans(known, quote, allow_typo=allow_typo, article_id=article_id)
    span = pick_place(text, quote, found.spans, prefix, suffix, occurrence, article_id, found.how)
    recorded = found.recorded[found.spans.index(span)]  # type: ignore[arg-type]
    return QuoteMatch(selector_at(text, span[0], span[-1]), found.how, quote, recorded)


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
    not there. A quote with elisions or ``[insertions]``: :func:`claimtrack.quotes.segments.
    match_segments`.
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
