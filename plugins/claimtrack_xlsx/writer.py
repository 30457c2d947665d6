"""The workbook as a whole: sheets in order, the About sheet last, document properties.

Imported only from ``XlsxExporter.write()``, so openpyxl loads when a workbook is written, not
when claimtrack loads its plugins. Each sheet's rows come from :mod:`claimtrack_xlsx.sheets`,
are streamed by :mod:`claimtrack_xlsx.sheet_writer`, and get their fills and chart from
:mod:`claimtrack_xlsx.extras`.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from .cell_styles import CellStyles
from .extras import EXTRAS
from .options import XlsxOptions
from .progress import RowProgress
from .review_sheets import finish_review_sheet, review_builder, sheet_names
from .safety import MAX_HYPERLINKS_PER_SHEET, Sanitizer
from .sheet_writer import SheetWriter
from .sheets import BUILDERS, Context, about

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

__all__ = ["write_workbook"]


def write_workbook(
    book: Casebook,
    stream: IO[bytes],
    options: XlsxOptions,
    *,
    version: str = "",
    max_links: int = MAX_HYPERLINKS_PER_SHEET,
    sanitizer: Sanitizer | None = None,
) -> Sanitizer:
    """Write ``book`` as an evidence workbook to ``stream``; return what safety changed.

    ``max_links`` (hyperlinks per sheet) and ``sanitizer`` (cell length limit) are for tests.
    """
    sanitizer = sanitizer or Sanitizer()
    ctx = Context(book, options, version)
    # The checksum serializes the whole casebook: do it before any sheet holds its hyperlink
    # records, so the two never add up in the peak memory.
    checksum = ctx.checksum
    wb = Workbook(write_only=True)
    # Create every sheet first so they appear in order; each streams to its own temp file.
    sheets = {name: wb.create_sheet(name) for name in sheet_names(options)}
    styles = CellStyles(next(iter(sheets.values())))
    progress = RowProgress(book, sheets)
    for name, ws in sheets.items():
        if name == "About":
            continue
        build = BUILDERS.get(name) or review_builder(name, sanitizer.max_cell_chars)
        sw = SheetWriter(ws, progress.rows_of(name, build(ctx)), sanitizer, styles, max_links)
        sw.write()
        if name in EXTRAS:
            EXTRAS[name](sw)
        if options.reviewable:
            finish_review_sheet(sw)
    if "About" in sheets:
        notes = _safety_notes(sanitizer, ctx)
        SheetWriter(sheets["About"], about(ctx, notes), sanitizer, styles, max_links).write()
    _properties(wb, book, ctx, checksum, sanitizer)
    wb.save(stream)
    return sanitizer


def _safety_notes(sanitizer: Sanitizer, ctx: Context) -> list[tuple[str, str, Any]]:
    notes: list[tuple[str, str, Any]] = [
        ("Safety", "formula-like text kept as text", sanitizer.guarded),
        ("Safety", "forbidden characters replaced", sanitizer.replaced),
        ("Safety", "cells cut at 32,767 characters", sanitizer.cut),
    ]
    for sheet, n in sanitizer.links_dropped.items():
        notes.append(("Safety", f"links written as text on {sheet}", n))
    left_out = ctx.stats.get("matrix_articles_left_out", 0)
    if left_out:
        notes.append(("Safety", "articles left out of the Matrix (column limit)", left_out))
    return notes


def _properties(
    wb: Workbook, book: Casebook, ctx: Context, checksum: str, sanitizer: Sanitizer
) -> None:
    props = wb.properties
    # The casebook's title and author are user data too: XML-forbidden characters would break
    # docProps/core.xml just as they would a sheet.
    props.title = sanitizer.clean(book.title, "title")[:1000] or "Evidence workbook"
    props.subject = "Claims, the evidence quoted for and against them, and contradictions"
    props.creator = sanitizer.clean(book.author, "author")[:1000] or "claimtrack"
    props.lastModifiedBy = f"claimtrack {ctx.version}".strip()
    props.description = sanitizer.clean(book.bottom_line, "bottom line")[:1000] or None
    props.keywords = "claimtrack; evidence; claims; contradictions"
    props.category = "Evidence workbook"
    props.identifier = f"sha256:{checksum}"
    props.created = props.modified = ctx.generated_at
    wb.custom_doc_props.append(StringProperty(name="claimtrack version", value=ctx.version))
    wb.custom_doc_props.append(StringProperty(name="casebook checksum", value=checksum))
