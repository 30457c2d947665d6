"""Streaming the sheets into an openpyxl write-only workbook (imported only from ``write()``).

Write-only mode keeps memory flat for 100k rows, at a price: column widths and freeze panes must be
set before the first row, table columns must be listed by hand (openpyxl cannot read the header
back), a row's height must be in ``row_dimensions`` when the row is appended (its ``<row>`` element
is written then), and everything else (tables, validations, conditional formats, hyperlinks,
charts) is attached to the sheet and written when the sheet closes.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .layout import (
    chars_per_line,
    header_width,
    overflows,
    rotated_header_height,
    row_height,
    text_lines,
)
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

    from claimtrack.casebook.book import Casebook

__all__ = ["write_workbook"]

#: Summary's chart shows at most this many claims (a bar per claim stops being readable).
CHART_MAX_CLAIMS = 40
_GREEN, _RED, _GREY, _AMBER = "C6EFCE", "FFC7CE", "E7E6E6", "FFEB9C"
#: Marks a "flag" column (short centred text) where a wrapped column gives its characters per line.
_CENTRED = -1


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

        # Wrapped text sits at the bottom like every other cell (Excel's default), so a row's
        # one-line cells line up with its last line of text; text too long for the tallest row
        # is anchored at the top instead, so its beginning shows.
        wrap = Alignment(wrap_text=True)
        wrap_top = Alignment(wrap_text=True, vertical="top")
        # Fonts name the default font: a font without a name is drawn in a serif fallback by
        # LibreOffice.
        link = Font(name="Calibri", sz=11, color="0563C1", underline="single")
        # Bold headers: Excel's table style makes them bold anyway, LibreOffice ignores table
        # styles and would show the header like a data row.
        bold = Font(name="Calibri", sz=11, bold=True)
        self.header = array(font=bold, alignment=Alignment(vertical="bottom"))
        self.header_quoted = array(font=bold, quotePrefix=True)
        self.header_rotated = array(
            font=bold, alignment=Alignment(text_rotation=90, horizontal="center", vertical="bottom")
        )
        self.quoted = array(quotePrefix=True)
        self.centred = array(alignment=Alignment(horizontal="center"))
        self.wrap = array(alignment=wrap)
        self.wrap_quoted = array(alignment=wrap, quotePrefix=True)
        self.wrap_top = array(alignment=wrap_top)
        self.wrap_top_quoted = array(alignment=wrap_top, quotePrefix=True)
        self.link = array(font=link)


class _SharedRowDimension(RowDimension):
    """A row dimension shared by every row of one height: openpyxl works out its XML attributes
    (``ht``, ``customHeight``) once, instead of once per row (a tenth of a second per 100k rows)."""

    def __init__(self, worksheet: WriteOnlyWorksheet, height: float) -> None:
        super().__init__(worksheet, ht=height)
        self._attributes = list(super().__iter__())

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._attributes)


class _RowHeights:
    """Heights of rows with wrapped text, estimated from the text (see :mod:`.layout`).

    Write-only openpyxl writes a row's attributes from ``ws.row_dimensions[row]`` at the moment
    the row is appended, so the writer puts a dimension there just before and removes it just
    after (memory stays flat). One dimension per distinct height is shared: building one per row
    would cost several microseconds a row.
    """

    def __init__(self, ws: WriteOnlyWorksheet, wrapped: Sequence[tuple[int, float]]) -> None:
        self.ws = ws
        self.columns = [(i, chars_per_line(width)) for i, width in wrapped]
        self._dims: dict[float, _SharedRowDimension] = {}

    def dimension(self, height: float | None) -> RowDimension | None:
        """The shared dimension for ``height`` points (None: the default height)."""
        if height is None:
            return None
        dim = self._dims.get(height)
        if dim is None:
            dim = self._dims[height] = _SharedRowDimension(self.ws, height)
        return dim

    def of(self, row: Sequence[Any]) -> RowDimension | None:
        """The dimension ``row`` needs, or None when every wrapped cell fits on one line."""
        most = 1
        for i, per_line in self.columns:
            value = row[i]
            # Short single-line text (most cells) is decided without counting lines.
            if value.__class__ is str and (len(value) > per_line or "\n" in value):
                lines = text_lines(value, per_line)
                if lines > most:
                    most = lines
        return self.dimension(row_height(most)) if most > 1 else None


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

    def _text(self, value: str, per_line: int) -> Any:
        """A text cell; ``per_line`` is the wrapped column's characters per line (0: no wrap,
        :data:`_CENTRED`: a centred flag)."""
        text = self.sanitizer.clean(value, self.data.name)
        styles = self.styles
        if per_line == _CENTRED and not is_formula_like(text):
            return Cell(self.ws, 1, 1, value=text, style_array=styles.centred)
        per_line = max(per_line, 0)
        top = per_line > 0 and overflows(text, per_line)
        if is_formula_like(text):
            # Text that looks like a formula or an error literal: a string cell (never <f>),
            # with Excel's quote prefix so editing it keeps it text.
            self.sanitizer.guarded += 1
            style = (styles.wrap_top_quoted if top else styles.wrap_quoted) if per_line \
                else styles.quoted
            cell = Cell(self.ws, 1, 1, value=text, style_array=style)
            cell.data_type = "s"
            return cell
        if per_line:
            style = styles.wrap_top if top else styles.wrap
            return Cell(self.ws, 1, 1, value=text, style_array=style)
        return text

    def _link(self, value: Link) -> Any:
        target = safe_url(value.url) if value.url else None
        if value.location is None and target is None:
            return self._text(value.text, 0)
        if self.links_left <= 0:
            self.sanitizer.drop_link(self.data.name)
            return self._text(value.text, 0)
        text = self.sanitizer.clean(value.text, self.data.name)
        if is_formula_like(text):  # a link's text is data too
            return self._text(value.text, 0)
        self.links_left -= 1
        cell = Cell(self.ws, 1, 1, value=text, style_array=self.styles.link)
        if target is not None:
            cell.hyperlink = Hyperlink(ref="", target=target)
        else:
            cell.hyperlink = Hyperlink(ref="", location=value.location)
        return cell

    def _convert(self, value: Any, per_line: int) -> Any:
        if value is None or value.__class__ in (int, float):
            return value
        if isinstance(value, str):
            return self._text(value, per_line) if value else None
        if isinstance(value, Link):
            return self._link(value)
        return value  # dates and datetimes: openpyxl gives them a date format

    # ----------------------------------------------------------------- sheet

    def write(self) -> None:
        """Set up the sheet, stream every row, then attach table and drop-downs."""
        ws, columns = self.ws, self.data.columns
        headers = [self.sanitizer.clean(c.header, self.data.name) for c in columns]
        # A header must show whole beside its filter button (upright headers are short anyway).
        widths = [c.width if c.rotate else header_width(c.width, h)
                  for c, h in zip(columns, headers, strict=True)]
        # Write-only: widths and panes go into the sheet's head, before the first row.
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = self.data.freeze
        laid = list(zip(columns, headers, widths, strict=True))
        heights = _RowHeights(ws, [(i, w) for i, (c, _, w) in enumerate(laid) if c.kind == "wrap"])
        row_dims = ws.row_dimensions
        header_dim = heights.dimension(rotated_header_height([h for c, h, _ in laid if c.rotate]))
        if header_dim is not None:
            row_dims[1] = header_dim
        # Header cells are always text (a table needs string headers).
        ws.append([self._header_cell(h, c.rotate) for c, h, _ in laid])
        row_dims.pop(1, None)
        # Characters per line of each wrapped column, _CENTRED for flags, 0 for the others.
        wraps = [chars_per_line(w) if c.kind == "wrap" else _CENTRED if c.kind == "flag" else 0
                 for c, _, w in laid]
        convert = self._convert
        append = ws.append
        height_of = heights.of if heights.columns else None
        n = 0
        for row in self.data.rows:
            n += 1
            dim = height_of(row) if height_of is not None else None
            if dim is None:
                append([convert(v, w) for v, w in zip(row, wraps, strict=True)])
            else:
                row_dims[n + 1] = dim  # read when the row is written, i.e. inside append
                append([convert(v, w) for v, w in zip(row, wraps, strict=True)])
                del row_dims[n + 1]
        self.rows_written = n
        self._table(headers, n)
        self._validations(columns, n)

    def _header_cell(self, header: str, rotate: bool = False) -> Any:
        styles = self.styles
        if is_formula_like(header):
            cell = Cell(self.ws, 1, 1, value=header, style_array=styles.header_quoted)
            cell.data_type = "s"
            return cell
        style = styles.header_rotated if rotate else styles.header
        return Cell(self.ws, 1, 1, value=header, style_array=style)

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
    # The legend goes under the plot, so the bars get the chart's whole width; the height grows
    # with the bars (0.6 cm each) above room for the axis, its title and the legend.
    chart.legend.position = "b"
    chart.height = max(7.0, 0.6 * shown + 4)
    chart.width = 15
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
