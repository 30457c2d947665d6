"""claimtrack's Excel exporter plugin: the analyst's evidence workbook.

Registered only through the ``claimtrack`` entry-point group (``xlsx = "claimtrack_xlsx"``), like
any third-party plugin. Importing this package does not import openpyxl; :meth:`XlsxExporter.write`
does. Use it as ``claimtrack.export(book, "case.xlsx", sort="grade")``.

What is in the workbook:

- **Summary**: one row per claim (counts by stance, articles, contested, likelihood, confidence)
  and a native stacked bar chart of stance counts (the first 40 claims).
- **Claims**, **Evidence** (one row per quote; the claim cell links to the claim's row, the URL
  cell to the article), **Matrix** (claims × articles; ``C`` supports, ``I`` refutes, ``N``
  neutral, ``C/I`` both ways, with green/red/grey/amber fills), **Contradictions**, **Sources**
  (one row per article, plus rated outlets without articles; the article text with
  ``include_article_text``), **About** (legends, claimtrack version, generation time in UTC, the
  casebook checksum and what the safety rules changed).
- Each sheet is an Excel table (``<Sheet>Table``) with filter buttons and banded rows, a bold
  frozen header, column widths (identifier and date columns sized to their content), wrapped long
  text in rows as tall as it needs (estimated from the text, see :mod:`claimtrack_xlsx.layout`:
  Excel does not measure rows of a generated file) and drop-down lists on controlled vocabularies.
  The Matrix's article ids stand upright above narrow columns.

Dates: a day-precision date is a real Excel date (``yyyy-mm-dd``); a month, a year or a range is
kept as ISO text (``2017-06``, ``2017``, ``2017-11-27/2017-12-03``) so no day is invented.

Checksum: sha256 of the canonical JSON, i.e. of the file ``claimtrack.export(book, "x.json")``
writes with default options; also stored in the document properties (identifier, custom property).

Review: with ``review=True`` (or ``suggestions=N``) the workbook is a review surface: a hidden
sheet keeps where it came from and each row as written, and :class:`XlsxReviewReader` reads the
analyst's edits back for ``claimtrack merge`` (docs/review.md).

Safety: see :mod:`claimtrack_xlsx.safety`. Text beginning with ``=``, ``+``, ``-``, ``@``, tab or
CR (and error literals such as ``#N/A``) is a string cell with Excel's quote prefix, never a
formula; links are only made for http(s)/mailto URLs; limits are enforced with warnings.
"""

from __future__ import annotations

from claimtrack import hookimpl

from .exporter import XlsxExporter
from .options import SHEETS, SORT_ORDERS, XlsxOptions
from .review_reader import XlsxReviewReader
from .safety import XlsxExportWarning

__all__ = [
    "SHEETS",
    "SORT_ORDERS",
    "XlsxExportWarning",
    "XlsxExporter",
    "XlsxOptions",
    "XlsxReviewReader",
    "register_exporters",
    "register_review_readers",
]


@hookimpl
def register_exporters() -> list[XlsxExporter]:
    """Give the host the Excel exporter."""
    return [XlsxExporter()]


@hookimpl
def register_review_readers() -> list[XlsxReviewReader]:
    """Give the host the reader of reviewed workbooks (``claimtrack merge``)."""
    return [XlsxReviewReader()]
