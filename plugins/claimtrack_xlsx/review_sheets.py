"""The openpyxl side of a reviewable workbook: which sheets, the hidden review sheet, and
drop-downs for the rows an analyst adds below the Evidence table.

Imported only while a workbook is written (from :mod:`claimtrack_xlsx.writer`).
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .options import XlsxOptions
from .review_cells import REVIEW_SHEET, SUGGESTIONS_SHEET
from .sheet_writer import SheetWriter
from .sheets import Context, SheetData
from .sheets.review import review_data
from .sheets.suggestions import suggestions

__all__ = ["NEW_ROWS", "finish_review_sheet", "review_builder", "sheet_names"]

#: Rows below the Evidence table that get the drop-downs, for quotes typed by the analyst.
NEW_ROWS = 1000


def sheet_names(options: XlsxOptions) -> list[str]:
    """The sheets to write, in order: Suggestions before About, the review sheet last."""
    names = list(options.sheets)
    if options.suggestions:
        at = names.index("About") if "About" in names else len(names)
        names.insert(at, SUGGESTIONS_SHEET)
    if options.reviewable:
        names.append(REVIEW_SHEET)
    return names


def review_builder(name: str, max_cell_chars: int) -> Callable[[Context], SheetData]:
    """The builder of a review sheet (Suggestions, the review data)."""
    if name == SUGGESTIONS_SHEET:
        return suggestions
    if name == REVIEW_SHEET:
        return lambda ctx: review_data(ctx, max_cell_chars)
    raise KeyError(name)


def finish_review_sheet(sw: SheetWriter) -> None:
    """Hide the review sheet; give the rows below the Evidence table the same drop-downs."""
    name = sw.data.name
    if name == REVIEW_SHEET:
        sw.ws.sheet_state = "hidden"
        return
    if name != "Evidence":
        return
    first = sw.last_row() + 1
    for i, col in enumerate(sw.data.columns, 1):
        if not col.choices:
            continue
        letter = get_column_letter(i)
        sw.ws.data_validations.append(
            DataValidation(
                type="list",
                formula1=f'"{",".join(col.choices)}"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=col.header,
                error=f"Choose one of: {', '.join(col.choices)}",
                sqref=f"{letter}{first}:{letter}{first + NEW_ROWS - 1}",
            )
        )
