"""Streaming one sheet's rows into a write-only worksheet, with its table and drop-downs.

Write-only mode keeps memory flat for 100k rows, at a price: column widths and freeze panes must be
set before the first row, table columns must be listed by hand (openpyxl cannot read the header
back), a row's height must be in ``row_dimensions`` when the row is appended (its ``<row>`` element
is written then), and everything else (tables, validations, conditional formats, hyperlinks,
charts) is attached to the sheet and written when the sheet closes.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .cell_values import CENTRED, CellMaker
from .layout import chars_per_line, header_width, rotated_header_height
from .row_heights import RowHeights
from .safety import MAX_LIST_VALIDATION_CHARS, Sanitizer, is_formula_like
from .sheets import Column, SheetData

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from .cell_styles import CellStyles

__all__ = ["SheetWriter"]

#: Column-width units (characters of the default font) printed on one landscape page.
PRINT_WIDTH_PER_PAGE = 240


class SheetWriter:
    """Writes one :class:`SheetData` into a write-only worksheet with all its features."""

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        data: SheetData,
        sanitizer: Sanitizer,
        styles: CellStyles,
        max_links: int,
    ) -> None:
        self.ws = ws
        self.data = data
        self.sanitizer = sanitizer
        self.styles = styles
        self.cells = CellMaker(ws, data.name, sanitizer, styles)
        self.cells.links_left = max_links
        self.rows_written = 0

    # ----------------------------------------------------------------- sheet

    def write(self) -> None:
        """Set up the sheet, stream every row, then attach table and drop-downs."""
        ws, columns = self.ws, self.data.columns
        headers = [self.sanitizer.clean(c.header, self.data.name) for c in columns]
        # A header must show whole beside its filter button (upright headers are short anyway).
        widths = [
            c.width if c.rotate else header_width(c.width, h)
            for c, h in zip(columns, headers, strict=True)
        ]
        # Write-only: widths and panes go into the sheet's head, before the first row.
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = self.data.freeze
        self._print_setup(sum(widths))
        laid = list(zip(columns, headers, widths, strict=True))
        heights = RowHeights(ws, [(i, w) for i, (c, _, w) in enumerate(laid) if c.kind == "wrap"])
        row_dims = ws.row_dimensions
        header_dim = heights.dimension(rotated_header_height([h for c, h, _ in laid if c.rotate]))
        if header_dim is not None:
            row_dims[1] = header_dim
        # Header cells are always text (a table needs string headers).
        ws.append([self._header_cell(h, c.rotate) for c, h, _ in laid])
        row_dims.pop(1, None)
        # One converter per column, given the wrapped column's characters per line, CENTRED for
        # flags, 0 for the others.
        converters = [
            self.cells.column(
                chars_per_line(w) if c.kind == "wrap" else CENTRED if c.kind == "flag" else 0
            )
            for c, _, w in laid
        ]
        append = ws.append
        height_of = heights.of if heights.columns else None
        n = 0
        for row in self.data.rows:
            n += 1
            # None (an empty cell) is the commonest value of wide sheets: no call for it.
            cells = [v if v is None else cell(v) for cell, v in zip(converters, row, strict=True)]
            dim = height_of(row) if height_of is not None else None
            if dim is None:
                append(cells)
            else:
                row_dims[n + 1] = dim  # read when the row is written, i.e. inside append
                append(cells)
                del row_dims[n + 1]
        self.rows_written = n
        self._table(headers, n)
        self._validations(columns, n)

    def _print_setup(self, total_width: float) -> None:
        """Landscape, the header row on every page, scaled so that text stays legible.

        Without it a spreadsheet application prints one column per page (59 pages for the seeds).
        A landscape page holds about ``PRINT_WIDTH_PER_PAGE`` width units at a legible scale
        (about 60 %); a wider sheet is printed that many pages across rather than shrunk further.
        """
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = max(1, math.ceil(total_width / PRINT_WIDTH_PER_PAGE))
        ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.gridLines = True

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
