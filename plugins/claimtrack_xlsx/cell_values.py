"""A sheet's plain values turned into what a write-only worksheet appends, under the safety rules.

Every string goes through :class:`~claimtrack_xlsx.safety.Sanitizer` (XML-forbidden characters,
Excel's cell length) and :func:`~claimtrack_xlsx.safety.is_formula_like` (a formula-like string is
a quote-prefixed string cell, never a formula). Most strings of a workbook repeat: a claim's
statement on each of its evidence rows, an article's title, publisher and link on each quote from
it. So each column remembers which strings needed no change and which style their cell wears
(:meth:`CellMaker.column`): a repeated string costs one dictionary look-up instead of the scans. A
string that needs a change is never remembered, so it takes the full path every time and the
sanitizer counts every cell it changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.hyperlink import Hyperlink

from .layout import overflows
from .safety import Sanitizer, is_formula_like, needs_no_change, safe_url
from .sheets import Link

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from .cell_styles import CellStyles

__all__ = ["CENTRED", "MEMO_SIZE", "CellMaker"]

#: Marks a "flag" column (short centred text) where a wrapped column gives its characters per line.
CENTRED = -1
#: Strings remembered per column (and URLs per sheet): enough for every claim's statement and
#: every article's title of a large casebook, small enough that memory stays flat.
MEMO_SIZE = 8192
#: Values written as they are (openpyxl gives dates a date format); anything else goes through
#: :meth:`CellMaker.convert`, which also passes them as they are.
_AS_THEY_ARE = frozenset((int, float, dt.date, dt.datetime))
#: The remembered verdict of a string written as a plain value (no style, no cell object).
_PLAIN = object()
#: A URL not checked yet (its remembered target may be None: not a link).
_UNSEEN = object()


class CellMaker:
    """Makes the cells of one sheet: text under the safety rules, links, plain values."""

    def __init__(
        self, ws: WriteOnlyWorksheet, sheet: str, sanitizer: Sanitizer, styles: CellStyles
    ) -> None:
        self.ws = ws
        self.sheet = sheet
        self.sanitizer = sanitizer
        self.styles = styles
        self.links_left = 0
        self._urls: dict[str, str | None] = {}
        self._plain: dict[str, Any] = {}  # link texts written as plain text, as a column's memo
        self._link_texts: set[str] = set()  # link texts that need no change and are no formula

    def convert(self, value: Any, per_line: int, memo: dict[str, Any] | None = None) -> Any:
        """The cell for ``value``; ``per_line`` is the wrapped column's characters per line (0: no
        wrap, :data:`CENTRED`: a centred flag); ``memo`` remembers strings that needed no change."""
        if value is None or value.__class__ in (int, float):
            return value
        if isinstance(value, str):
            return self.text(value, per_line, memo) if value else None
        if isinstance(value, Link):
            return self.link(value)
        return value  # dates and datetimes: openpyxl gives them a date format

    def text(self, value: str, per_line: int, memo: dict[str, Any] | None = None) -> Any:
        """A text cell (see :meth:`convert`)."""
        styles = self.styles
        if needs_no_change(value, self.sanitizer.max_cell_chars):
            if per_line == CENTRED:
                style = styles.centred
            elif per_line > 0:
                style = styles.wrap_top if overflows(value, per_line) else styles.wrap
            else:
                style = _PLAIN
            if memo is not None and len(memo) < MEMO_SIZE and value.__class__ is str:
                memo[value] = style
            return value if style is _PLAIN else Cell(self.ws, 1, 1, value=value, style_array=style)
        text = self.sanitizer.clean(value, self.sheet)
        if per_line == CENTRED and not is_formula_like(text):
            return Cell(self.ws, 1, 1, value=text, style_array=styles.centred)
        per_line = max(per_line, 0)
        top = per_line > 0 and overflows(text, per_line)
        if is_formula_like(text):
            # Text that looks like a formula or an error literal: a string cell (never <f>),
            # with Excel's quote prefix so editing it keeps it text.
            self.sanitizer.guarded += 1
            style = (
                (styles.wrap_top_quoted if top else styles.wrap_quoted)
                if per_line
                else styles.quoted
            )
            cell = Cell(self.ws, 1, 1, value=text, style_array=style)
            cell.data_type = "s"
            return cell
        if per_line:
            style = styles.wrap_top if top else styles.wrap
            return Cell(self.ws, 1, 1, value=text, style_array=style)
        return text

    def link(self, value: Link) -> Any:
        """A hyperlink cell, or the link's text when it may not (or can no longer) link."""
        url = value.url
        target = None
        if url:
            target = self._urls.get(url, _UNSEEN)
            if target is _UNSEEN:
                target = safe_url(url)
                if len(self._urls) < MEMO_SIZE:
                    self._urls[url] = target
        if value.location is None and target is None:
            return self.text(value.text, 0, self._plain)
        if self.links_left <= 0:
            self.sanitizer.drop_link(self.sheet)
            return self.text(value.text, 0, self._plain)
        text = value.text
        if text not in self._link_texts:
            text = self.sanitizer.clean(text, self.sheet)
            if is_formula_like(text):  # a link's text is data too
                return self.text(value.text, 0)
            if text is value.text and len(self._link_texts) < MEMO_SIZE:
                self._link_texts.add(text)
        self.links_left -= 1
        cell = Cell(self.ws, 1, 1, value=text, style_array=self.styles.link)
        if target is not None:
            cell.hyperlink = Hyperlink(ref="", target=target)
        else:
            cell.hyperlink = Hyperlink(ref="", location=value.location)
        return cell

    def column(self, per_line: int) -> Callable[[Any], Any]:
        """The converter of one column: the same cell as :meth:`convert` for every value, but a
        string is scanned once (:func:`needs_no_change`) and, when it needed no change, its style
        is remembered, so the column's repeated strings cost one look-up each."""
        memo: dict[str, Any] = {}
        remembered = memo.get
        convert, link, ws = self.convert, self.link, self.ws
        limit = self.sanitizer.max_cell_chars
        wrap, wrap_top = self.styles.wrap, self.styles.wrap_top
        # What an unchanged string wears here (as in :meth:`text`); None: wrapped, it depends.
        fixed = self.styles.centred if per_line == CENTRED else _PLAIN if per_line <= 0 else None

        def cell(value: Any) -> Any:
            kind = value.__class__
            if kind is str:
                style = remembered(value)
                if style is None:
                    if not value or not needs_no_change(value, limit):
                        return convert(value, per_line, memo)  # empty, or the full path
                    if fixed is not None:
                        style = fixed
                    else:
                        style = wrap_top if overflows(value, per_line) else wrap
                    if len(memo) < MEMO_SIZE:
                        memo[value] = style
                if style is _PLAIN:
                    return value
                return Cell(ws, 1, 1, value=value, style_array=style)
            if kind in _AS_THEY_ARE:
                return value
            if kind is Link:
                return link(value)
            return convert(value, per_line, memo)

        return cell
