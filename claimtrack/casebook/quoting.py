"""Quotes into evidence: anchoring a typed quote in its article, and re-anchoring on a new text.

The casebook calls these and then files the result; they decide, it records.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import attrs

from claimtrack.errors import CasebookError, QuoteDifferenceWarning
from claimtrack.model import Article, Evidence, TextQuoteSelector
from claimtrack.quotes.anchoring import match_quote, reanchor

__all__ = ["anchor_quote", "reanchor_all"]

RECORDED = "[claimtrack] quote typed as {typed!r}, accepted with: {differences}"
"""How a quote accepted with differences is recorded in its evidence's notes (memo, workbook)."""


def anchor_quote(
    article: Article,
    quote: object,
    *,
    prefix: object = "",
    suffix: object = "",
    occurrence: object = None,
    label: str,
    notes: str = "",
    allow_typo: bool = False,
) -> tuple[TextQuoteSelector, str]:
    """Find ``quote`` in ``article`` (raising QuoteNotFound/AmbiguousQuote as anchoring does).

    Returns the selector and the evidence's notes: ``notes`` as given, plus a line recording
    what was typed and which differences were accepted (punctuation, a typo under
    ``allow_typo``) when the quote was not found as typed or up to typography; such a quote
    also raises a :class:`~claimtrack.errors.QuoteDifferenceWarning`.
    """
    for name, value in (("quote", quote), ("prefix", prefix), ("suffix", suffix)):
        if not isinstance(value, str):
            raise CasebookError(
                f"evidence {label!r}: {name} must be a string, not {type(value).__name__}"
            )
    if occurrence is not None and (type(occurrence) is not int or occurrence < 0):
        raise CasebookError(
            f"evidence {label!r}: occurrence must be a whole number from 0, not {occurrence!r}"
        )
    if type(allow_typo) is not bool:
        raise CasebookError(f"evidence {label!r}: allow_typo must be True or False")
    match = match_quote(
        article.text,
        quote,  # type: ignore[arg-type]
        prefix=prefix,  # type: ignore[arg-type]
        suffix=suffix,  # type: ignore[arg-type]
        occurrence=occurrence,  # type: ignore[arg-type]
        article_id=article.id,
        allow_typo=allow_typo,
    )
    if not match.recorded:
        return match.selector, notes
    line = RECORDED.format(typed=match.typed, differences="; ".join(match.recorded))
    warnings.warn(
        QuoteDifferenceWarning(f"evidence {label!r}: {line}; the source's text is stored"),
        stacklevel=3,
    )
    return match.selector, f"{notes}\n{line}" if notes else line


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
