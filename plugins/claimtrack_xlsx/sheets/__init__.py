"""What each sheet holds: columns and rows as plain Python values (no openpyxl here).

A sheet is a :class:`SheetData`: its columns (header, width, kind, drop-down choices) and a row
iterator. Values are ``str``, ``int``, ``datetime.date``/``datetime.datetime``, ``None`` or a
:class:`Link`. :mod:`claimtrack_xlsx.writer` turns them into cells, so layout and data stay apart.

The sheets are grouped by what a row is: :mod:`.claims` (a claim: Summary, Claims, Matrix),
:mod:`.evidence` (a quote or a pair of sides: Evidence, Contradictions) and :mod:`.reference`
(an article or a legend: Sources, About). :mod:`.data` holds the value types, :mod:`.context`
the facts the sheets share.
"""

from __future__ import annotations

from collections.abc import Callable

from .claims import MATRIX_MARKS, MAX_MATRIX_ARTICLES, claims, matrix, summary
from .context import Context
from .data import Column, Link, SheetData, cell_date, date_width, fit_width
from .evidence import contradictions, evidence
from .reference import about, sources

__all__ = [
    "BUILDERS",
    "MATRIX_MARKS",
    "MAX_MATRIX_ARTICLES",
    "Column",
    "Context",
    "Link",
    "SheetData",
    "about",
    "cell_date",
    "date_width",
    "fit_width",
]

#: Builders of every sheet except About (which needs the safety counts of the others).
BUILDERS: dict[str, Callable[[Context], SheetData]] = {
    "Summary": summary,
    "Claims": claims,
    "Evidence": evidence,
    "Matrix": matrix,
    "Contradictions": contradictions,
    "Sources": sources,
}
