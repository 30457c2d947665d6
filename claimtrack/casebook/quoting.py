"""Quotes into evidence: anchoring a typed quote in its article, and re-anchoring on a new text.

The casebook calls these and then files the result; they decide, it records.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

import attrs

from claimtrack.errors import CasebookError, QuoteDifferenceWarning
from claimtrack.model import Article, Evidence
from claimtrack.quotes.anchoring import normalize
from claimtrack.quotes.forms import TextForms
from claimtrack.quotes.reanchoring import reanchor_segments
from claimtrack.quotes.segments import match_segments, negation_near

__all__ = ["anchor_quote", "reanchor_all"]


def _comparable(quote: str) -> str:
    """A quote in the form two renderings are compared in: typography folded, marks around
    the whole quote and runs of spaces ignored."""
    folded = " ".join(normalize(quote).split())
    if len(folded) > 2 and folded[0] == folded[-1] and folded[0] in "\"'":
        folded = folded[1:-1].strip()
    return folded


def anchor_quote(
    article: Article,
    quote: object,
    *,
    prefix: object = "",
    suffix: object = "",
    occurrence: object = None,
    label: str,
    allow_typo: bool = False,
    forms: TextForms | None = None,
) -> dict[str, Any]:
    """Find ``quote`` in ``article`` (raising QuoteNotFound/AmbiguousQuote as anchoring does).

    Returns the evidence fields that say where the quote is and how it was rendered:
    ``segments``, ``rendering``, ``interpolations``, and ``typed`` (what was typed, when it
    differs from the rendering beyond typography) with the ``accepted`` differences. A quote
    accepted with differences (punctuation, a typo under ``allow_typo``) also raises a
    :class:`~claimtrack.errors.QuoteDifferenceWarning`.
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
    match = match_segments(
        article.text,
        quote,  # type: ignore[arg-type]
        prefix=prefix,  # type: ignore[arg-type]
        suffix=suffix,  # type: ignore[arg-type]
        occurrence=occurrence,  # type: ignore[arg-type]
        article_id=article.id,
        allow_typo=allow_typo,
        forms=forms,
    )
    typed = None if _comparable(match.typed) == _comparable(match.rendering) else match.typed
    if match.accepted:
        warnings.warn(
            QuoteDifferenceWarning(
                f"evidence {label!r}: quote typed as {match.typed!r}, accepted with: "
                f"{'; '.join(match.accepted)}; the source's text is stored"
            ),
            stacklevel=3,
        )
    return {
        "segments": match.segments,
        "rendering": match.rendering,
        "typed": typed,
        "accepted": match.accepted,
        "interpolations": match.interpolations,
    }


def _moved(ev: Evidence, new_text: str) -> Evidence | None:
    """``ev`` anchored in ``new_text`` (segments and insertions), or None when orphaned."""
    segments = reanchor_segments(ev.segments, new_text)
    if segments is None:
        return None
    for before, after in pairwise(segments):
        # Elided text of the same length may now hold a negation the quote would cut out.
        if negation_near(new_text[before.end : after.start]) is not None:
            return None
    shift = segments[0].start - ev.segments[0].start
    moved = []
    for x in ev.interpolations:
        start, end = x.start + shift, x.end + shift
        if start < 0 or new_text[start:end] != x.replaced:
            return None
        moved.append(attrs.evolve(x, start=start, end=end))
    return attrs.evolve(ev, segments=segments, interpolations=tuple(moved), orphaned=False)


def reanchor_all(evidence: Iterable[Evidence], article: Article) -> dict[str, Evidence]:
    """Each piece of ``evidence`` anchored in the new ``article`` text, by id.

    Never guesses (:mod:`claimtrack.quotes.reanchoring`): evidence whose quote is not found with
    its exact text and stored context is kept as it was and marked ``orphaned``; an orphan whose
    quote is back in place is verified again.
    """
    result: dict[str, Evidence] = {}
    for ev in evidence:
        moved = _moved(ev, article.text)
        result[ev.id] = moved if moved is not None else attrs.evolve(ev, orphaned=True)
    return result
