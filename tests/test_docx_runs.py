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


# Properties a run or paragraph may already hold, in schema order, around the ones compaction sets.
RUN_PROPERTIES = ["rStyle", "b", "i", "color", "position", "sz", "szCs", "u", "vertAlign", "lang"]
PARAGRAPH_PROPERTIES = ["pStyle", "keepNext", "numPr", "spacing", "ind", "jc", "rPr"]


def _table_with(document, run_props: list[str], para_props: list[str], link: bool):  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    table = document.add_table(rows=1, cols=2)
    for cell in table.rows[0].cells:
        p = cell.paragraphs[0]
        ppr = "".join(
            f'<w:{t} w:val="1"/>' if t in ("pStyle", "jc") else f"<w:{t}/>" for t in para_props
        )
        rpr = "".join(f'<w:{t} w:val="2"/>' for t in run_props)
        run = (
            f"<w:r><w:rPr>{rpr}</w:rPr><w:t>x</w:t></w:r>"
            if run_props
            else "<w:r><w:t>x</w:t></w:r>"
        )
        xml = f"<w:p {nsdecls('w', 'r')}>" + (f"<w:pPr>{ppr}</w:pPr>" if para_props else "")
        xml += f'<w:hyperlink r:id="rId9">{run}</w:hyperlink>' if link else run
        p._p.addnext(parse_xml(xml + run + "</w:p>"))
        p._p.getparent().remove(p._p)
    return table


@settings(max_examples=200, deadline=None)
@given(
    run_props=st.lists(st.sampled_from(RUN_PROPERTIES), unique=True).map(
        lambda xs: sorted(xs, key=RUN_PROPERTIES.index)
    ),
    para_props=st.lists(st.sampled_from(PARAGRAPH_PROPERTIES), unique=True).map(
        lambda xs: sorted(xs, key=PARAGRAPH_PROPERTIES.index)
    ),
    link=st.booleans(),
)
def test_compact_table_writes_what_python_docx_writes(
    run_props: list[str], para_props: list[str], link: bool
) -> None:
    from claimtrack_docx.layout import compact_table
    from docx.shared import Pt
    from docx.text.hyperlink import Hyperlink

    document = docx.Document()
    fast = _table_with(document, run_props, para_props, link)
    slow = _table_with(document, run_props, para_props, link)
    compact_table(fast)
    for row in slow.rows:  # what compact_table did before, through python-docx's proxies
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = 0
                for item in paragraph.iter_inner_content():
                    for run in item.runs if isinstance(item, Hyperlink) else (item,):
                        run.font.size = Pt(9)
    assert etree.tostring(fast._tbl) == etree.tostring(slow._tbl)
    assert etree.tostring(fast._tbl).count(b'<w:sz w:val="18"/>') == 4  # two cells, two runs each


@settings(max_examples=60, deadline=None)
@given(
    para_props=st.lists(st.sampled_from(["keepNext", "spacing", "ind", "jc"]), unique=True).map(
        lambda xs: sorted(xs, key=["keepNext", "spacing", "ind", "jc"].index)
    )
)
def test_restart_numbering_writes_what_python_docx_writes(para_props: list[str]) -> None:
    from claimtrack_docx.ooxml import restart_numbering
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    props = "".join(f'<w:{t} w:val="1"/>' if t == "jc" else f"<w:{t}/>" for t in para_props)
    results = []
    for fast in (True, False):
        document = docx.Document()
        paragraphs = [document.add_paragraph("one", "List Number") for _ in range(2)]
        for paragraph in paragraphs:
            paragraph._p.pPr.extend(list(parse_xml(f"<w:pPr {nsdecls('w')}>{props}</w:pPr>")))
        if fast:
            restart_numbering(document, paragraphs, "List Number")
        else:  # python-docx's own calls, with the new numbering id restart_numbering picks
            numbering = document.part.numbering_part.element
            new_id = max(int(v) for v in numbering.xpath("./w:num/@w:numId")) + 1
            for paragraph in paragraphs:
                numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = new_id
        results.append([etree.tostring(p._p) for p in paragraphs])
    assert results[0] == results[1] and b"<w:numPr>" in results[0][0]


@settings(max_examples=60, deadline=None)
@given(urls=st.lists(st.sampled_from([f"https://e.example/{n}" for n in range(8)]), max_size=20))
def test_external_links_pick_the_ids_relate_to_picks(urls: list[str]) -> None:
    from claimtrack_docx.links import ExternalLinks
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    ids = []
    for fast in (True, False):
        part = docx.Document().part
        part.relate_to("https://already.example/", RT.HYPERLINK, is_external=True)
        links = ExternalLinks(part)
        ids.append(
            [
                links.rid(url) if fast else part.relate_to(url, RT.HYPERLINK, is_external=True)
                for url in [*urls, "https://already.example/"]
            ]
        )
        ids.append(sorted((rid, rel.target_ref) for rid, rel in part.rels.items()))
    assert ids[0] == ids[2] and ids[1] == ids[3]
