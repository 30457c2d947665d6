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

from docx.shared import Inches, Pt
from docx.text.hyperlink import Hyperlink

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

__all__ = ["TABLE_FONT_PT", "compact_default_look", "compact_table"]

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

    Call once the table is full.
    """
    size = Pt(size_pt)
    for row in table.rows:
        # A merged cell is listed once per grid column it spans; setting it twice is harmless.
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                # The Normal style's space after would beat Table Grid's none (style order).
                paragraph.paragraph_format.space_after = 0
                for item in paragraph.iter_inner_content():
                    for run in item.runs if isinstance(item, Hyperlink) else (item,):
                        run.font.size = size
