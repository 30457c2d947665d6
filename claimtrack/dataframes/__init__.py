"""A casebook as pandas DataFrames: articles, claims, evidence, contradictions.

:func:`frames` is the one entry point (``claimtrack.frames(book)``). pandas is optional (the
``pandas`` extra) and imported only when it is called, so ``import claimtrack`` stays light.
The columns and their dtypes are built in :mod:`claimtrack.dataframes.tables`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from claimtrack.errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas as pd

    from claimtrack.casebook.book import Casebook

__all__ = ["CasebookFrames", "frames"]


class CasebookFrames(NamedTuple):
    """The four tables of a casebook, each indexed by record id (index name ``id``)."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    evidence: pd.DataFrame
    contradictions: pd.DataFrame


def frames(book: Casebook) -> CasebookFrames:
    """The casebook's articles, claims, evidence and contradictions as pandas DataFrames.

    Dtypes say what the values are: categoricals for the vocabularies (ordered for ICD 203
    likelihood and confidence; unordered for stance, status, kind and the Admiralty grades,
    whose F and 6 mean "cannot be judged", not "worst"); dates as ``datetime64`` (the first day
    a date covers) with ``*_end`` (the last) and ``*_precision`` (day, month, year or range);
    counts as integers; ids as the index. Needs pandas: ``pip install 'claimtrack[pandas]'``.
    """
    tables = _tables_module()
    with book.lock:  # one consistent state even while other threads write to the book
        return CasebookFrames(
            articles=tables.articles_frame(book),
            claims=tables.claims_frame(book),
            evidence=tables.evidence_frame(book),
            contradictions=tables.contradictions_frame(book),
        )


def _tables_module() -> Any:
    try:
        import pandas  # noqa: F401  # why: only to say clearly that it is missing
    except ImportError:
        raise MissingDependencyError(
            "claimtrack.frames() needs pandas, which is not installed; install it with "
            "pip install 'claimtrack[pandas]' (or pip install pandas)"
        ) from None
    from claimtrack.dataframes import tables

    return tables
