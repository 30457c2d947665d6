"""Row heights and column widths estimated from text, without a font engine (pure Python).

Excel does not re-measure rows when it opens a file written by openpyxl, and LibreOffice keeps the
stored heights too: a wrapped cell in a row without a height overflows into the rows below it. So
the exporter estimates each row's height from its wrapped text and writes it with the row.

The estimate counts characters, not pixels. A column width is measured in characters of the
default font's digit "0" (Calibri 11), so a column ``w`` wide holds about ``w`` characters of
prose; word wrapping wastes part of a line, which :data:`CHARS_PER_WIDTH` below allows for. An
overestimate leaves some white space under the text; an underestimate would hide its last line,
so the rules lean towards taller rows.
"""

from __future__ import annotations

__all__ = [
    "CHARS_PER_WIDTH",
    "FILTER_BUTTON_WIDTH",
    "LINE_HEIGHT_PT",
    "MAX_LINES",
    "MAX_ROW_HEIGHT_PT",
    "chars_per_line",
    "header_width",
    "overflows",
    "rotated_header_height",
    "row_height",
    "text_lines",
]

#: Height of one line of 11 pt text in points (Excel's default row height).
LINE_HEIGHT_PT = 15.0
#: Excel's largest row height in points.
MAX_ROW_HEIGHT_PT = 409.0
#: Lines of text in the tallest row.
MAX_LINES = int(MAX_ROW_HEIGHT_PT // LINE_HEIGHT_PT)
#: Characters of prose that fit in one unit of column width once words wrap (prose in Calibri
#: is about 15% narrower than "0", about what a wrapped line loses at its end).
CHARS_PER_WIDTH = 1.0
#: Room a table's filter button takes at the right of a header cell, in width units.
FILTER_BUTTON_WIDTH = 3.0
#: Points per character of a header turned 90 degrees (bold digits, with room for a wider
#: substitute font such as LibreOffice's DejaVu Sans), and the padding around it.
_ROTATED_PT_PER_CHAR = 8.0
_ROTATED_PADDING_PT = 10.0


def chars_per_line(width: float) -> int:
    """How many characters of prose one line of a ``width``-wide wrapped column holds (>= 1)."""
    return max(1, int(width * CHARS_PER_WIDTH) - 1)  # -1: the cell's own left/right padding


def text_lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes when wrapped at ``per_line`` characters: every explicit line break
    starts a line, and each piece needs ``ceil(len / per_line)`` lines (an empty one needs 1)."""
    if "\n" not in text:
        return -(-len(text) // per_line) or 1
    return sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))


def overflows(text: str, per_line: int) -> bool:
    """True when ``text`` needs more lines than the tallest row holds (it is then shown from its
    beginning, anchored at the top of the cell)."""
    if len(text) > per_line * MAX_LINES:
        return True
    return "\n" in text and text_lines(text, per_line) > MAX_LINES


def row_height(lines: int) -> float | None:
    """Height in points of a row whose tallest cell has ``lines`` lines; None for one line
    (the row keeps the default height, and the file stays smaller)."""
    if lines <= 1:
        return None
    return min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT)


def header_width(width: float, header: str) -> float:
    """A column's width, widened so its header shows whole beside the table's filter button."""
    return max(width, len(header) + FILTER_BUTTON_WIDTH)


def rotated_header_height(headers: list[str]) -> float | None:
    """Height in points of a header row whose ``headers`` are turned 90 degrees; None if none."""
    longest = max((len(h) for h in headers), default=0)
    if not longest:
        return None
    return min(MAX_ROW_HEIGHT_PT, longest * _ROTATED_PT_PER_CHAR + _ROTATED_PADDING_PT)
