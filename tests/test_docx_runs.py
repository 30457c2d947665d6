"""The memo's fast runs and merges are exactly the XML python-docx's own calls write."""

from __future__ import annotations

import docx
import lxml.etree as etree
from claimtrack_docx.body import Body, merge_across
from claimtrack_docx.ooxml import HYPERLINK, ensure_styles
from claimtrack_docx.runs import add_run, character_style_id
from hypothesis import given, settings
from hypothesis import strategies as st

DOCUMENT = docx.Document()
ensure_styles(DOCUMENT)
LINK_STYLE = character_style_id(DOCUMENT, HYPERLINK)

# Tabs, line breaks and carriage returns become elements; edge spaces need xml:space.
texts = st.text(st.sampled_from(["a", "é", " ", "\t", "\n", "\r", "—", "“"]), max_size=12)
flags = st.sampled_from([None, True, False])


@settings(max_examples=300, deadline=None)
@given(text=texts, bold=flags, italic=flags, styled=st.booleans())
def test_add_run_writes_what_python_docx_writes(
    text: str, bold: bool | None, italic: bool | None, styled: bool
) -> None:
    expected = DOCUMENT.add_paragraph()
    run = expected.add_run(text, style=HYPERLINK if styled else None)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    fast = DOCUMENT.add_paragraph()
    made = add_run(fast, text, bold=bold, italic=italic, style_id=LINK_STYLE if styled else None)
    assert etree.tostring(fast._p) == etree.tostring(expected._p)
    assert (made.text, made.bold, made.italic) == (run.text, run.bold, run.italic)


def test_the_default_character_style_has_no_id() -> None:
    assert character_style_id(DOCUMENT, "Default Paragraph Font") is None
    assert LINK_STYLE == "Hyperlink"


def test_merge_across_writes_what_python_docx_merge_writes() -> None:
    tables = []
    for merge in (lambda a, b: a.merge(b), merge_across):
        document = docx.Document()
        table = Body(document).table(("A", "B"), (0.3, 0.7))
        for n in range(3):
            table.add_row()
            cells = table.add_row().cells
            merged = merge(cells[0], cells[1])
            merged.paragraphs[0].add_run(f"verdict {n}")
        tables.append(etree.tostring(table._tbl))
    assert tables[0] == tables[1] and tables[0].count(b'w:gridSpan w:val="2"') == 3
