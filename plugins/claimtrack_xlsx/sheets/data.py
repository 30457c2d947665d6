"""The plain values a sheet is made of: columns, links, rows, and how dates and widths are set.

No openpyxl here: :mod:`claimtrack_xlsx.writer` turns these values into cells, so what a sheet
holds and how it is drawn stay apart.

Dates: a day-precision :class:`~claimtrack.PartialDate` becomes a real Excel date; a month, year or
range stays text in its ISO form (``2017-06``, ``2017``, ``2017-11-27/2017-12-03``), so nothing is
invented (a year is not "1 January").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from attrs import field, frozen

from claimtrack.model import DatePrecision, PartialDate

__all__ = ["Column", "Link", "SheetData", "cell_date", "choices", "date_width", "fit_width"]


@frozen
class Column:
    """One column: ``kind`` is ``text``, ``wrap`` (long text, wrapped), ``flag`` (a short word
    such as yes/no, centred), ``date``, ``number`` or ``link``; ``choices`` makes a drop-down
    list (data validation); ``rotate`` turns the header 90 degrees (the Matrix's many narrow
    article columns)."""

    header: str
    width: float
    kind: str = "text"
    choices: tuple[str, ...] = ()
    rotate: bool = False


@frozen
class Link:
    """A cell value that links: ``location`` inside the workbook, or an external ``url``."""

    text: str
    location: str | None = None
    url: str | None = None


@frozen
class SheetData:
    """A sheet's columns and its rows (an iterator, consumed once)."""

    name: str
    columns: tuple[Column, ...]
    rows: Iterator[Sequence[Any]] = field(eq=False)
    freeze: str = "A2"


def choices(enum_cls: Any) -> tuple[str, ...]:
    """The values of a vocabulary enum, as a drop-down list's choices."""
    return tuple(str(m.value) for m in enum_cls)


def fit_width(values: Iterable[str | None], least: float, most: float = 40) -> float:
    """A width (in characters) for a column of identifiers: the longest one plus room for the
    cell's padding, between ``least`` and ``most`` (ids longer than that are cut off on screen)."""
    longest = max((len(v) for v in values if v), default=0)
    return float(min(most, max(least, longest + 2)))


def date_width(values: Iterable[PartialDate | None]) -> float:
    """A date column's width: 12 for real dates, wider when a month, year or range is kept as
    ISO text (``2017-11-27/2017-12-03`` needs 23)."""
    longest = max(
        (len(str(v)) for v in values if v is not None and v.precision is not DatePrecision.DAY),
        default=0,
    )
    return float(max(12, min(24, longest + 2)))


def cell_date(value: PartialDate | None) -> dt.date | str | None:
    """A real date for day precision; the ISO text for a month, year or range; None if unknown."""
    if value is None:
        return None
    if value.precision is DatePrecision.DAY:
        return value.start
    return str(value)
