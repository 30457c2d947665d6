"""Streaming the sheets into an openpyxl write-only workbook (imported only from ``write()``).

Write-only mode keeps memory flat for 100k rows, at a price: column widths and freeze panes must be
set before the first row, table columns must be listed by hand (openpyxl cannot read the header
back), and everything else (tables, validations, conditional formats, hyperlinks, charts) is
attached to the sheet and written when the sheet closes.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .options import XlsxOptions
from .safety import (
    MAX_HYPERLINKS_PER_SHEET,
    MAX_LIST_VALIDATION_CHARS,
    Sanitizer,
    is_formula_like,
    safe_url,
)
from .sheets import BUILDERS, Column, Context, Link, SheetData, about

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from claimtrack.casebook import Casebook

__all__ = ["write_workbook"]

#: Summary's chart shows at most this many claims (a bar per claim stops being readable).
CHART_MAX_CLAIMS = 40
_GREEN, _RED, _GREY, _AMBER = "C6EFCE", "FFC7CE", "E7E6E6", "FFEB9C"


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb, bgColor=rgb)


class _Styles:
    """Style arrays built once per workbook and given to each new cell (cheaper than setting
    alignment/font on every cell, which looks the style up in the workbook's registries)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        def array(**attrs: Any) -> Any:
            cell = Cell(ws, 1, 1)
            for key, value in attrs.items():
                setattr(cell, key, value)
            return cell._style  # the StyleArray; Cell(..., style_array=) copies it

        wrap = Alignment(wrap_text=True, vertical="top")
        link = Font(color="0563C1", underline="single")
        self.quoted = array(quotePrefix=True)
        self.wrap = array(alignment=wrap)
        self.wrap_quoted = array(alignment=wrap, quotePrefix=True)
        self.link = array(font=link)


class _SheetWriter:
    """Writes one :class:`SheetData` into a write-only worksheet with all its features."""

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        data: SheetData,
        sanitizer: Sanitizer,
        styles: _Styles,
        max_links: int,
    ) -> None:
        self.ws = ws
        self.data = data
        self.sanitizer = sanitizer
        self.styles = styles
        self.links_left = max_links
        self.rows_written = 0

    # ----------------------------------------------------------------- cells

    def _text(self, value: str, wrap: bool) -> Any:
        text = self.sanitizer.clean(value, self.data.name)
        if is_formula_like(text):
            # Text that looks like a formula or an error literal: a string cell (never <f>),
            # with Excel's quote prefix so editing it keeps it text.
            self.sanitizer.guarded += 1
            cell = Cell(self.ws, 1, 1, value=text,
                        style_array=self.styles.wrap_quoted if wrap else self.styles.quoted)
            cell.data_type = "s"
            return cell
        if wrap:
            return Cell(self.ws, 1, 1, value=text, style_array=self.styles.wrap)
        return text

    def _link(self, value: Link) -> Any:
        target = safe_url(value.url) if value.url else None
        if value.location is None and target is None:
            return self._text(value.text, False)
        if self.links_left <= 0:
            self.sanitizer.drop_link(self.data.name)
            return self._text(value.text, False)
        text = self.sanitizer.clean(value.text, self.data.name)
        if is_formula_like(text):  # a link's text is data too
            return self._text(value.text, False)
        self.links_left -= 1
        cell = Cell(self.ws, 1, 1, value=text, style_array=self.styles.link)
        if target is not None:
            cell.hyperlink = Hyperlink(ref="", target=target)
        else:
            cell.hyperlink = Hyperlink(ref="", location=value.location)
        return cell

    def _convert(self, value: Any, wrap: bool) -> Any:
        if value is None or value.__class__ in (int, float):
            return value
        if isinstance(value, str):
            return self._text(value, wrap) if value else None
        if isinstance(value, Link):
            return self._link(value)
        return value  # dates and datetimes: openpyxl gives them a date format

    # ----------------------------------------------------------------- sheet

    def write(self) -> None:
        """Set up the sheet, stream every row, then attach table and drop-downs."""
        ws, columns = self.ws, self.data.columns
        # Write-only: widths and panes go into the sheet's head, before the first row.
        for i, col in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = self.data.freeze
        headers = [self.sanitizer.clean(c.header, self.data.name) for c in columns]
        # Header cells are always text (a table needs string headers).
        ws.append([self._header_cell(h) for h in headers])
        wraps = [c.kind == "wrap" for c in columns]
        convert = self._convert
        append = ws.append
        n = 0
        for row in self.data.rows:
            append([convert(v, w) for v, w in zip(row, wraps, strict=True)])
            n += 1
        self.rows_written = n
        self._table(headers, n)
        self._validations(columns, n)

    def _header_cell(self, header: str) -> Any:
        if is_formula_like(header):
            cell = Cell(self.ws, 1, 1, value=header, style_array=self.styles.quoted)
            cell.data_type = "s"
            return cell
        return header

    def last_row(self) -> int:
        """The table's last row; a table needs at least one (empty) body row."""
        return max(self.rows_written, 1) + 1

    def _table(self, headers: Sequence[str], n: int) -> None:
        ref = f"A1:{get_column_letter(len(headers))}{self.last_row()}"
        table = Table(
            # Table names share the workbook's name space; a suffix keeps them off sheet names.
            displayName=f"{self.data.name}Table",
            ref=ref,
            autoFilter=AutoFilter(ref=ref),
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
        )
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
        with warnings.catch_warnings():  # "you must add table columns manually": we did
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)

    def _validations(self, columns: Sequence[Column], n: int) -> None:
        for i, col in enumerate(columns, 1):
            if not col.choices:
                continue
            listed = ",".join(col.choices)
            if len(listed) > MAX_LIST_VALIDATION_CHARS:  # Excel's literal-list limit
                raise ValueError(f"{self.data.name}.{col.header}: drop-down list too long")
            letter = get_column_letter(i)
            dv = DataValidation(
                type="list",
                formula1=f'"{listed}"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=f"{col.header}",
                error=f"Choose one of: {', '.join(col.choices)}",
                sqref=f"{letter}2:{letter}{self.last_row()}",
            )
            self.ws.data_validations.append(dv)

    def column_range(self, header: str) -> str:
        """``"D2:D101"``: the body of the column with this header."""
        i = next(k for k, c in enumerate(self.data.columns, 1) if c.header == header)
        letter = get_column_letter(i)
        return f"{letter}2:{letter}{self.last_row()}"


# ------------------------------------------------------------ sheet extras


def _summary_extras(sw: _SheetWriter) -> None:
    ws = sw.ws
    ws.conditional_formatting.add(
        sw.column_range("Contested"),
        CellIsRule(operator="equal", formula=['"yes"'], fill=_fill(_AMBER)),
    )
    shown = min(sw.rows_written, CHART_MAX_CLAIMS)
    if shown == 0:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Evidence by stance" + (
        f" (first {shown} of {sw.rows_written} claims)" if shown < sw.rows_written else ""
    )
    chart.y_axis.title = "pieces of evidence"
    chart.x_axis.title = "claim"
    # Columns D:F are Supports, Refutes, Neutral; A holds the claim ids.
    chart.add_data(Reference(ws, min_col=4, max_col=6, min_row=1, max_row=shown + 1),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
    for series, rgb in zip(chart.series, ("4CAF50", "E53935", "9E9E9E"), strict=True):
        series.graphicalProperties.solidFill = rgb
    chart.height = max(7.5, 0.6 * shown + 3)
    chart.width = 18
    ws.add_chart(chart, "M2")


def _evidence_extras(sw: _SheetWriter) -> None:
    rng = sw.column_range("Stance")
    first = rng.split(":")[0]
    for word, rgb in (("supports", _GREEN), ("refutes", _RED), ("neutral", _GREY)):
        sw.ws.conditional_formatting.add(
            rng, FormulaRule(formula=[f'{first}="{word}"'], fill=_fill(rgb))
        )


def _matrix_extras(sw: _SheetWriter) -> None:
    ncols = len(sw.data.columns)
    if ncols <= 2:
        return
    rng = f"C2:{get_column_letter(ncols)}{sw.last_row()}"
    cf = sw.ws.conditional_formatting
    # Mixed first (stopIfTrue), then the pure marks.
    cf.add(rng, FormulaRule(formula=['ISNUMBER(SEARCH("/",C2))'], fill=_fill(_AMBER),
                            stopIfTrue=True))
    for mark, rgb in (("C", _GREEN), ("I", _RED), ("N", _GREY)):
        cf.add(rng, CellIsRule(operator="equal", formula=[f'"{mark}"'], fill=_fill(rgb)))


_EXTRAS: dict[str, Callable[[_SheetWriter], None]] = {
    "Summary": _summary_extras,
    "Evidence": _evidence_extras,
    "Matrix": _matrix_extras,
}


# ----------------------------------------------------------------- workbook


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
    sheets = {name: wb.create_sheet(name) for name in options.sheets}
    styles = _Styles(next(iter(sheets.values())))
    for name, ws in sheets.items():
        if name == "About":
            continue
        sw = _SheetWriter(ws, BUILDERS[name](ctx), sanitizer, styles, max_links)
        sw.write()
        if name in _EXTRAS:
            _EXTRAS[name](sw)
    if "About" in sheets:
        notes = _safety_notes(sanitizer, ctx)
        _SheetWriter(sheets["About"], about(ctx, notes), sanitizer, styles, max_links).write()
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
