"""The memo's page look: a compact default for python-docx's own template, and compact tables.

A briefing memo is read on two to five pages. python-docx's default template is set for long
letters (1.25-inch side margins, 10 pt after every paragraph, 1.15 line spacing, 24 pt before
each top heading, a 26 pt title), which more than doubles the memo's length. Without a user
template the memo tightens those *built-in* styles (Normal, Title, Heading 1–3) and the page
margins; a user template is left exactly as it is, so its styles restyle the whole memo.

Tables (contradictions, sources, legends) always use Table Grid, whose style already sets single
spacing with no space after; their text is set a size smaller on the runs, which both Word and
LibreOffice honour (a table style's own font size loses to the Normal style in Word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from .xmltree import AFTER_SPACING, AFTER_SZ, child_in_order, first_child

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

__all__ = ["TABLE_FONT_PT", "compact_default_look", "compact_table"]

_P, _R, _HYPERLINK = qn("w:p"), qn("w:r"), qn("w:hyperlink")
_VAL, _AFTER = qn("w:val"), qn("w:after")

#: Font size of table text (body text stays at the template's 11 pt).
TABLE_FONT_PT = 9

# style name -> (space before, space after) in points; None leaves the template's value.
_SPACING: dict[str, tuple[float | None, float | None]] = {
    "Normal": (None, 5),
    "Title": (0, 6),
    "Heading 1": (12, 3),
    "Heading 2": (8, 2),
    "Heading 3": (4, 0),
}


def compact_default_look(document: Document) -> None:
    """Tighten python-docx's default template to a memo's page: margins, spacing, title size.

    Only called when the user gave no template. Everything set here is on built-in styles or
    the section, so the document still restyles like any other in Word.
    """
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(1)
    styles = document.styles
    for name, (before, after) in _SPACING.items():
        fmt = styles[name].paragraph_format
        if before is not None:
            fmt.space_before = Pt(before)
        if after is not None:
            fmt.space_after = Pt(after)
    # Single spacing: the default 1.15 adds a line in every seven.
    styles["Normal"].paragraph_format.line_spacing = 1.0
    styles["Title"].font.size = Pt(20)
    styles["Heading 1"].font.size = Pt(13)
    styles["Heading 2"].font.size = Pt(11.5)


def compact_table(table: Table, size_pt: float = TABLE_FONT_PT) -> None:
    """Set every run of ``table`` (links included) to ``size_pt``, no space after paragraphs.

    Call once the table is full. Writes what ``paragraph_format.space_after = 0`` and
    ``run.font.size`` write (same elements, same schema order; a property test compares them),
    without a python-docx proxy and a schema-order search per cell, paragraph, run and font:
    over a large memo's tables those cost a quarter of a second.
    """
    half_points = str(round(size_pt * 2))
    # The w:tbl through public API: a cell paragraph's element is a w:p in a w:tc in a w:tr.
    tbl = table.rows[0].cells[0].paragraphs[0].paragraph_format.element.getparent()
    for p in tbl.getparent().getparent().iter(_P):
        # The Normal style's space after would beat Table Grid's none (style order).
        child_in_order(first_child(p, "w:pPr"), "w:spacing", AFTER_SPACING).set(_AFTER, "0")
        for child in p:
            if child.tag == _HYPERLINK:
                runs = child.iterchildren(_R)
            elif child.tag == _R:
                runs = iter((child,))
            else:
                continue
            for r in runs:
                child_in_order(first_child(r, "w:rPr"), "w:sz", AFTER_SZ).set(_VAL, half_points)
