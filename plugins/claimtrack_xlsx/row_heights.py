"""Row heights for write-only sheets: estimated from the wrapped text, shared per height.

Write-only openpyxl writes a row's attributes from ``ws.row_dimensions[row]`` at the moment the
row is appended, so the sheet writer puts a dimension there just before and removes it just after
(memory stays flat). The estimate itself is :mod:`claimtrack_xlsx.layout`'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.worksheet.dimensions import RowDimension

from .layout import chars_per_line, row_height, text_lines

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["RowHeights"]


class _SharedRowDimension(RowDimension):
    """A row dimension shared by every row of one height: openpyxl works out its XML attributes
    (``ht``, ``customHeight``) once, instead of once per row (a tenth of a second per 100k rows)."""

    def __init__(self, worksheet: WriteOnlyWorksheet, height: float) -> None:
        super().__init__(worksheet, ht=height)
        self._attributes = list(super().__iter__())

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._attributes)


class RowHeights:
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
