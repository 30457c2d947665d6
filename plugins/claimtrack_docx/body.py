"""Putting paragraphs, headings and tables into the memo's body, fast and in built-in styles.

python-docx's ``Document.add_paragraph`` finds the body's closing ``w:sectPr`` by scanning every
paragraph written so far, and resolves a style given by name by scanning every style for the
type's default (about 1 ms a paragraph): both quadratic or slow over a long memo (10,000 quotes).
:class:`Body` keeps the closing element and the memo's style ids, and inserts right before it;
the XML it writes is what ``add_paragraph``/``add_heading``/``add_table`` would write.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Inches, Length
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from .runs import add_run
from .xmltree import AFTER_KEEPNEXT, child_in_order, first_child

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell

__all__ = ["STYLES", "Body", "keep_with_next", "merge_across", "row_element", "row_property"]

_VAL = qn("w:val")

#: The paragraph styles the memo writes, all Word built-ins (a user's template restyles them).
STYLES = (
    "Title",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Quote",
    "List Number",
    "List Bullet",
    "Caption",
)


class Body:
    """The document body the memo's sections write into, with the page's text width."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.style_ids = {name: document.styles[name].style_id for name in STYLES}
        self.body_end = document.element.body.sectPr
        section = document.sections[-1]
        # A template may leave the page size unset (Word then uses its default, Letter).
        page = section.page_width or Inches(8.5)
        margins = (section.left_margin or Inches(1)) + (section.right_margin or Inches(1))
        self.text_width = Emu(page - margins)
        self._empty_rows: dict[int, tuple[Table, Any, Any]] = {}  # id(table): (table, tbl, w:tr)

    def para(self, text: str = "", style: str | None = None) -> Paragraph:
        """A body paragraph with ``text`` in one of :data:`STYLES` (same as ``add_paragraph``)."""
        p = OxmlElement("w:p")
        if style is not None:  # what p.style = id writes, without its child-by-child lookups
            p_pr = OxmlElement("w:pPr")
            p_pr.append(OxmlElement("w:pStyle", {_VAL: self.style_ids[style]}))
            p.append(p_pr)
        if self.body_end is not None:
            self.body_end.addprevious(p)
        else:
            self.doc.element.body.append(p)
        paragraph = Paragraph(p, self.doc)
        if text:
            add_run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """A Heading 1–3 paragraph (same result as ``Document.add_heading``)."""
        return self.para(text, f"Heading {level}")

    def table(self, headers: tuple[str, ...], fractions: tuple[float, ...]) -> Table:
        """A Table Grid table with a bold header row repeated on every page.

        ``fractions`` are the columns' shares of the text width. Rows are added by the caller
        with ``table.add_row().cells`` (``table.cell(r, c)`` in a loop is quadratic).
        """
        # What Document.add_table writes, without its width lookup: that lists the sections
        # with an XPath over the whole body (about 20 ms a table in a long memo).
        tbl = CT_Tbl.new_tbl(1, len(headers), self.text_width)
        if self.body_end is not None:
            self.body_end.addprevious(tbl)
        else:
            self.doc.element.body.append(tbl)
        table = Table(tbl, self.doc)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # Column widths go on the grid before rows are added: add_row() copies them to cells.
        for column, fraction in zip(table.columns, fractions, strict=True):
            column.width = Emu(int(self.text_width * fraction))
        for cell, header, fraction in zip(table.rows[0].cells, headers, fractions, strict=True):
            cell.width = Emu(int(self.text_width * fraction))
            add_run(cell.paragraphs[0], header, bold=True)
        row_property(table.rows[0].cells[0].paragraphs[0], "w:tblHeader")
        return table

    def add_row(self, table: Table) -> tuple[_Cell, ...]:
        """``table.add_row().cells``: a new empty last row of ``table`` and its cells.

        python-docx's ``add_row`` builds the row cell by cell, copying each column's width from
        the grid with a schema-order search per cell (a third of a millisecond a row); the grid
        does not change once rows are added, so every new row is the same: the first is made by
        ``add_row`` and kept as a copy, the others are copies of it.
        """
        kept = self._empty_rows.get(id(table))
        if kept is None or kept[0] is not table:
            cells = table.add_row().cells
            tr = row_element(cells[0])
            self._empty_rows[id(table)] = (table, tr.getparent(), copy.deepcopy(tr))
            return tuple(cells)
        _, tbl, empty = kept
        tr = copy.deepcopy(empty)
        tbl.append(tr)  # where add_row puts it: w:tr is the last kind of child of w:tbl
        return tuple(_Row(tr, table).cells)


def row_element(cell: _Cell) -> Any:
    """The ``w:tr`` holding ``cell``, through public API (a cell's paragraph is a ``w:p`` in a
    ``w:tc`` in a ``w:tr``)."""
    return cell.paragraphs[0].paragraph_format.element.getparent().getparent()


def merge_across(first: _Cell, second: _Cell) -> _Cell:
    """``first.merge(second)`` for a new row's two neighbouring cells, ``second`` still empty.

    python-docx's ``merge`` works out the span by listing every row of the table (quadratic over
    a table that grows a merged row at a time); here the result is written directly, as
    ``merge`` writes it: the widths added, ``w:gridSpan`` set, the second ``w:tc`` removed.
    """
    tc = first.paragraphs[0].paragraph_format.element.getparent()
    other = second.paragraphs[0].paragraph_format.element.getparent()
    if len(second.paragraphs) != 1 or second.paragraphs[0].text or len(other) != 2:
        return first.merge(second)  # content to move: python-docx's way
    if tc.width and other.width:
        tc.width = Length(tc.width + other.width)
    tc.grid_span = tc.grid_span + other.grid_span
    other.getparent().remove(other)
    return first


def row_property(first_paragraph: Paragraph, tag: str) -> None:
    """Add a row property (``w:tblHeader``, ``w:cantSplit``) to the row holding the paragraph."""
    tr = first_paragraph.paragraph_format.element.getparent().getparent()
    trpr = tr.get_or_add_trPr()
    trpr.append(OxmlElement(tag))


def keep_with_next(paragraph: Paragraph) -> None:
    """``paragraph.paragraph_format.keep_with_next = True``, without the schema-order search."""
    element = paragraph.paragraph_format.element
    keep = child_in_order(first_child(element, "w:pPr"), "w:keepNext", AFTER_KEEPNEXT)
    keep.attrib.pop(_VAL, None)  # no w:val is "on", as python-docx writes True
