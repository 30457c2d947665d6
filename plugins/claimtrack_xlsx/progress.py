"""Progress of a workbook export, in rows written (:mod:`claimtrack.host.progress`).

Each sheet's rows pass through :func:`claimtrack.host.progress.counted` on their way to the
sheet writer, so the writer itself is untouched. The total is the rows the sheets are expected
to hold: one a claim (Summary, Claims, Matrix), one a quote (Evidence), one a contradiction, one
an article (Sources).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from claimtrack.host.progress import counted

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

    from .sheets import SheetData

__all__ = ["RowProgress"]


class RowProgress:
    """Counts the rows of the sheets as they are written, against the rows expected."""

    def __init__(self, book: Casebook, sheets: Iterable[str]) -> None:
        per_sheet = {
            "Summary": len(book.claims),
            "Claims": len(book.claims),
            "Matrix": len(book.claims),
            "Evidence": len(book.evidence),
            "Contradictions": len(book.contradictions),
            "Sources": len(book.articles),
        }
        self.expected = {name: per_sheet.get(name, 0) for name in sheets}
        self.total = max(1, sum(self.expected.values()))
        self.done = 0

    def rows_of(self, name: str, data: SheetData) -> SheetData:
        """``data`` whose rows report progress as the sheet writer takes them."""
        start, expected = self.done, self.expected.get(name, 0)
        self.done += expected
        rows = counted(data.rows, max(1, expected), start=start, grand_total=self.total)
        return attrs.evolve(data, rows=rows)
