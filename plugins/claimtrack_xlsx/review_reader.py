"""Reading a reviewed evidence workbook back: the xlsx plugin's review reader.

Registered through the ``register_review_readers`` hook; ``claimtrack merge`` and
:func:`claimtrack.review.merge_workbook` call it for ``.xlsx`` files. openpyxl is imported in
:meth:`XlsxReviewReader.read`, in read-only mode (memory stays flat for a big workbook), with
formulas kept as formulas (``data_only=False``) so that a formula a reviewer typed is refused
rather than its last computed value taken for text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.errors import ReviewError
from claimtrack.host.contracts import ReviewReader

if TYPE_CHECKING:
    from claimtrack.review import WorkbookReview

    from .review_rows import SheetRows

__all__ = ["XlsxReviewReader", "read_review_workbook"]


class XlsxReviewReader(ReviewReader):
    """Reads an evidence workbook exported with ``review=True`` and edited by an analyst."""

    name = "xlsx"
    suffixes = (".xlsx",)
    description = "a reviewed evidence workbook (exported with review=true)"

    def read(self, path: Path) -> WorkbookReview:
        """The workbook's edits, new quotes and accepted suggestions (ReviewError on bad cells)."""
        return read_review_workbook(path)


def _sheet_rows(ws: Any, name: str) -> SheetRows:
    from .review_rows import ReadCell, SheetRows

    # A file saved by another application may carry a wrong <dimension>: read every row.
    ws.reset_dimensions()
    rows = []
    for number, row in enumerate(ws.iter_rows(), 1):
        cells = [ReadCell(c.value, getattr(c, "data_type", "") == "f") for c in row]
        # An empty cell has no row number; the row's first filled cell has it.
        found = next((c.row for c in row if getattr(c, "row", None)), number)
        rows.append((found, cells))
    return SheetRows(name, rows)


def read_review_workbook(path: Path) -> WorkbookReview:
    """Read ``path`` (openpyxl, read-only) into a :class:`claimtrack.review.WorkbookReview`."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from .review_cells import REVIEW_SHEET, SUGGESTIONS_SHEET, TRACKED
    from .review_rows import build_review

    source = Path(path).name
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ReviewError(
            f"{source}: cannot open it as an xlsx workbook ({type(exc).__name__}: {exc}); "
            f"merge the .xlsx file claimtrack exported and the analyst saved"
        ) from None
    try:
        if REVIEW_SHEET not in wb.sheetnames:
            raise ReviewError(
                f"{source}: has no review data (its hidden {REVIEW_SHEET!r} sheet); export the "
                f"workbook with review=true (claimtrack export … -O review=true), review that one"
            )
        data = _sheet_rows(wb[REVIEW_SHEET], REVIEW_SHEET)
        wanted = [*TRACKED, SUGGESTIONS_SHEET]
        sheets = [_sheet_rows(wb[n], n) for n in wanted if n in wb.sheetnames]
    finally:
        wb.close()
    return build_review(source, data, sheets)
