"""claimtrack's Excel exporter plugin: the analyst's evidence workbook.

Registered only through the ``claimtrack`` entry-point group (``xlsx = "claimtrack_xlsx"``), like
any third-party plugin. Importing this package does not import openpyxl; :meth:`XlsxExporter.write`
does.
"""

from __future__ import annotations

from claimtrack import hookimpl

from .exporter import XlsxExporter
from .options import SHEETS, SORT_ORDERS, XlsxOptions
from .safety import XlsxExportWarning

__all__ = [
    "SHEETS",
    "SORT_ORDERS",
    "XlsxExportWarning",
    "XlsxExporter",
    "XlsxOptions",
    "register_exporters",
]


@hookimpl
def register_exporters() -> list[XlsxExporter]:
    """Give the host the Excel exporter."""
    return [XlsxExporter()]
