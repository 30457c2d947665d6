"""Quote anchoring: find a typed quote in an article's text and keep it anchored (DESIGN.md §3).

Preliminary version: exact matching only; normalised and fuzzy matching follow.
"""

from __future__ import annotations

from .errors import AmbiguousQuote, QuoteNotFound
from .model import TextQuoteSelector

__all__ = ["CONTEXT", "locate_quote", "reanchor"]

CONTEXT = 32


def _find_all(text: str, needle: str) -> list[int]:
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


def locate_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    occurrence: int | None = None,
    article_id: str = "<text>",
) -> TextQuoteSelector:
    """Find ``quote`` in ``text`` and return its selector (exact match only for now)."""
    if not quote or not quote.strip():
        raise QuoteNotFound(article_id, quote, reason="the quote is empty")
    starts = _find_all(text, quote)
    spans = [(s, s + len(quote)) for s in starts]
    if prefix or suffix:
        spans = [
            (s, e) for s, e in spans if text[:s].endswith(prefix) and text[e:].startswith(suffix)
        ]
    if not spans:
        raise QuoteNotFound(article_id, quote)
    if occurrence is not None:
        if not 0 <= occurrence < len(spans):
            raise AmbiguousQuote(article_id, quote, spans)
        return _selector(text, *spans[occurrence])
    if len(spans) > 1:
        raise AmbiguousQuote(article_id, quote, spans)
    return _selector(text, *spans[0])


def reanchor(
    selector: TextQuoteSelector, new_text: str, *, article_id: str = "<text>"
) -> TextQuoteSelector | None:
    """Re-anchor ``selector`` in ``new_text``; None when it is orphaned."""
    if new_text[selector.start : selector.end] == selector.exact:
        return _selector(new_text, selector.start, selector.end)
    with_context = selector.prefix + selector.exact + selector.suffix
    hits = _find_all(new_text, with_context)
    if len(hits) == 1:
        start = hits[0] + len(selector.prefix)
        return _selector(new_text, start, start + len(selector.exact))
    hits = _find_all(new_text, selector.exact)
    if len(hits) == 1:
        return _selector(new_text, hits[0], hits[0] + len(selector.exact))
    return None
