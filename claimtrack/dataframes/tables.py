"""The four DataFrames of :func:`claimtrack.dataframes.frames`, column by column (imports pandas).

Each vocabulary becomes a categorical whose categories are the whole vocabulary in its own order,
so a column keeps every category (an empty ``refutes`` group still shows up in a groupby or a
pivot) and sorts in the vocabulary's order rather than alphabetically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from claimtrack.model import (
    Confidence,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    Likelihood,
    PartialDate,
    Reliability,
    Stance,
)
from claimtrack.model.dates import DatePrecision

if TYPE_CHECKING:
    import enum

    from claimtrack.casebook.book import Casebook

__all__ = ["articles_frame", "claims_frame", "contradictions_frame", "evidence_frame"]

#: Vocabularies with a real order (least to most likely; low to high confidence).
ORDERED = (Likelihood, Confidence)


def categorical(values: Iterable[Any], vocabulary: type[enum.Enum]) -> pd.Categorical:
    """``values`` (members or None) as a categorical over the whole ``vocabulary``."""
    return pd.Categorical(
        [None if v is None else v.value for v in values],
        categories=[m.value for m in vocabulary],
        ordered=vocabulary in ORDERED,
    )


def date_columns(name: str, dates: Sequence[PartialDate | None]) -> dict[str, Any]:
    """``name`` (first day, datetime64), ``name_end`` (last day), ``name_precision``."""
    return {
        name: pd.to_datetime([d.start if d else None for d in dates]).as_unit("s"),
        f"{name}_end": pd.to_datetime([d.end if d else None for d in dates]).as_unit("s"),
        f"{name}_precision": categorical([d.precision if d else None for d in dates],
                                         DatePrecision),
    }  # fmt: skip


def _frame(ids: list[str], columns: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(columns, index=pd.Index(ids, name="id", dtype="string"))


def _text(values: Iterable[str | None]) -> pd.Series:
    return pd.Series(list(values), dtype="string")


def articles_frame(book: Casebook) -> pd.DataFrame:
    """One row per article: what was read off it, its outlet's reliability, its size."""
    items = list(book.articles.values())
    sources = book.sources

    def reliability(publisher: str | None) -> Reliability | None:
        source = sources.get(publisher) if publisher else None
        return source.reliability if source is not None else None

    columns = {
        "title": _text(a.title for a in items).array,
        "publisher": _text(a.publisher for a in items).array,
        "url": _text(a.url for a in items).array,
        "authors": _text("; ".join(a.authors) for a in items).array,
        **date_columns("published", [a.published for a in items]),
        "language": _text(a.language for a in items).array,
        "reliability": categorical((reliability(a.publisher) for a in items), Reliability),
        "chars": pd.array([len(a.text) for a in items], dtype="int64"),
        "checksum": _text(a.checksum for a in items).array,
    }
    return _frame([a.id for a in items], columns)


def claims_frame(book: Casebook) -> pd.DataFrame:
    """One row per claim: the statement, the assessment, and how much evidence says what."""
    items = list(book.claims.values())
    counts = Counter((ev.claim, ev.stance) for ev in book.evidence.values())

    def count(stance: Stance) -> Any:
        return pd.array([counts[(c.id, stance)] for c in items], dtype="int64")

    columns = {
        "statement": _text(c.statement for c in items).array,
        "claimant": _text(c.claimant for c in items).array,
        "tags": _text("; ".join(c.tags) for c in items).array,
        "likelihood": categorical((c.likelihood for c in items), Likelihood),
        "confidence": categorical((c.confidence for c in items), Confidence),
        "supports": count(Stance.SUPPORTS),
        "refutes": count(Stance.REFUTES),
        "neutral": count(Stance.NEUTRAL),
        "contested": pd.array([book.is_contested(c.id) for c in items], dtype="bool"),
        "notes": _text(c.notes for c in items).array,
    }
    return _frame([c.id for c in items], columns)


def evidence_frame(book: Casebook) -> pd.DataFrame:
    """One row per quote: claim, article, the quote, stance, grades, who said it and when.

    ``date`` is the date the evidence speaks for (said, else published) and ``date_source``
    says which.
    """
    items = list(book.evidence.values())
    dated = [book.date_of(ev) for ev in items]
    columns = {
        "claim": _text(ev.claim for ev in items).array,
        "article": _text(ev.article for ev in items).array,
        "quote": _text(ev.quote for ev in items).array,
        "stance": categorical((ev.stance for ev in items), Stance),
        "speaker": _text(ev.speaker for ev in items).array,
        **date_columns("said_on", [ev.said_on for ev in items]),
        **date_columns("date", [date for date, _ in dated]),
        "date_source": pd.Categorical([source for _, source in dated],
                                      categories=["said", "published", "unknown"]),
        "reliability": categorical((book.reliability_of(ev) for ev in items), Reliability),
        "credibility": pd.Categorical([int(ev.credibility) for ev in items],
                                      categories=[int(c) for c in Credibility]),
        "grade": _text(book.grade(ev) for ev in items).array,
        "notes": _text(ev.notes for ev in items).array,
    }  # fmt: skip
    return _frame([ev.id for ev in items], columns)


def contradictions_frame(book: Casebook) -> pd.DataFrame:
    """One row per contradiction: the two sides, its kind, the analyst's status and why."""
    items = list(book.contradictions.values())
    columns = {
        "level": categorical((x.level for x in items), ContradictionLevel),
        "left": _text(x.left for x in items).array,
        "right": _text(x.right for x in items).array,
        "kind": categorical((x.kind for x in items), ContradictionKind),
        "status": categorical((x.status for x in items), ContradictionStatus),
        "rationale": _text(x.rationale for x in items).array,
        "resolution": _text(x.resolution for x in items).array,
        "detected_by": _text(x.detected_by for x in items).array,
        "reasons": _text("; ".join(x.reasons) for x in items).array,
    }
    return _frame([x.id for x in items], columns)
