"""Cell styles built once per workbook and shared by every cell that wears them.

Setting ``alignment`` or ``font`` on each new cell looks the style up in the workbook's
registries every time; building each combination once as a style array and handing that array to
new cells (``Cell(..., style_array=...)`` copies it) costs nothing per cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["CellStyles"]


class CellStyles:
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
