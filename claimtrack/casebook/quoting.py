"""Quotes into evidence: anchoring a typed quote in its article, and re-anchoring on a new text.

The casebook calls these and then files the result; they decide, it records.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from claimtrack.errors import CasebookError
from claimtrack.model import Article, Evidence, TextQuoteSelector
from claimtrack.quotes.anchoring import locate_quote, reanchor

__all__ = ["anchor_quote", "reanchor_all"]


def anchor_quote(
    article: Article,
    quote: object,
    *,
    prefix: object = "",
    suffix: object = "",
    occurrence: object = None,
    label: str,
) -> TextQuoteSelector:
    """Find ``quote`` in ``article`` (raising QuoteNotFound/AmbiguousQuote as anchoring does)."""
    for name, value in (("quote", quote), ("prefix", prefix), ("suffix", suffix)):
        if not isinstance(value, str):
            raise CasebookError(
                f"evidence {label!r}: {name} must be a string, not {type(value).__name__}"
            )
    if occurrence is not None and (type(occurrence) is not int or occurrence < 0):
        raise CasebookError(
            f"evidence {label!r}: occurrence must be a whole number from 0, not {occurrence!r}"
        )
    return locate_quote(
        article.text,
        quote,  # type: ignore[arg-type]
        prefix=prefix,  # type: ignore[arg-type]
        suffix=suffix,  # type: ignore[arg-type]
        occurrence=occurrence,  # type: ignore[arg-type]
        article_id=article.id,
    )


def reanchor_all(evidence: Iterable[Evidence], article: Article) -> dict[str, Evidence]:
    """Each piece of ``evidence`` re-anchored in the new ``article`` text, by id.

    Raises CasebookError naming every orphaned quote (its text gone or no longer told apart);
    the caller then changes nothing.
    """
    moved: dict[str, Evidence] = {}
    orphans: list[str] = []
    for ev in evidence:
        selector = reanchor(ev.selector, article.text, article_id=article.id)
        if selector is None:
            orphans.append(f"{ev.id} ({ev.selector.exact[:40]!r})")
        else:
            moved[ev.id] = attrs.evolve(ev, selector=selector)
    if orphans:
        raise CasebookError(
            f"the new text of article {article.id!r} orphans evidence {', '.join(orphans)}; "
            f"nothing was changed: remove_evidence() those or fix the article text"
        )
    return moved
