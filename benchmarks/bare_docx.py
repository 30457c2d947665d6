"""The Word benchmark's baseline: the memo's content written with bare python-docx and lxml.

Used by ``bench_docx.py``. :func:`read_memo` reads the exporter's file, before timing, into plain
data (as the JSON benchmark prepares plain dicts): each body paragraph's style id, runs (text,
bold, italic) and the footnotes it references (text and linked parts), and each table's cell
texts. :func:`write_bare` writes that content the way a skilled engineer would with python-docx,
avoiding its known traps:

- each ``w:p`` is built with the low-level API and put before the body's ``w:sectPr`` with one
  ``addprevious`` (``Document.add_paragraph`` rescans the body on every insert: quadratic);
- runs are built as ``w:r``/``w:rPr``/``w:t`` elements (``Paragraph.add_run`` and ``run.bold``
  walk the text character by character and look children up one by one), style ids set directly;
- footnotes (python-docx has no API for them): a reference run copied from one template element
  per mark, the notes composed as XML text and parsed 500 at a time into a ``word/footnotes.xml``
  part, one relationship per distinct link;
- table cells written as one 9-point run each, no space after, as the memo sets its tables.

What the baseline does not do is the exporter's extra work, in its time: composing the wording
from the casebook, sanitizing untrusted text, numbering restarts, the hyperlinks inside table
cells, the styles the memo adds to the template, the core properties.
"""

from __future__ import annotations

import copy
import os
import zipfile
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

__all__ = ["Block", "Note", "note_texts", "read_memo", "write_bare"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = {"w": W, "r": R}
#: Notes composed as XML text and parsed together (all at once held their text three times over).
_NOTES_PER_PARSE = 500

Note = list[Any]  # a footnote's parts: plain text, or a (text, url) pair for a link
Block = tuple[str, Any]  # ("p", (style id, text, runs, notes)) or ("tbl", rows of cell texts)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _note_parts(note: etree._Element, links: dict[str, str]) -> Note:
    """A note's parts after its number mark and the space that follows it."""
    parts: Note = []
    for child in note.iterfind("w:p/*", _NS):
        text = "".join(child.itertext())
        if child.tag == _w("hyperlink"):
            parts.append((text, links[child.get(f"{{{R}}}id")]))
        elif child.tag == _w("r") and child.find("w:footnoteRef", _NS) is None:
            parts.append(text)
    return parts[1:] if parts and parts[0] == " " else parts


def _footnotes(archive: zipfile.ZipFile) -> tuple[dict[str, Note], dict[str, str]]:
    """Each normal note's parts by id, and the style ids the notes use."""
    if "word/footnotes.xml" not in archive.namelist():
        return {}, {}
    rels = etree.fromstring(archive.read("word/_rels/footnotes.xml.rels"))
    links = {rel.get("Id"): rel.get("Target") for rel in rels}
    root = etree.fromstring(archive.read("word/footnotes.xml"))
    notes, styles = {}, {}
    for note in root.iterfind("w:footnote", _NS):
        if note.get(_w("type")) not in (None, "normal"):
            continue
        notes[note.get(_w("id"))] = _note_parts(note, links)
        styles.setdefault("text", note.find("w:p/w:pPr/w:pStyle", _NS).get(_w("val")))
        styles.setdefault("ref", note.find("w:p/w:r/w:rPr/w:rStyle", _NS).get(_w("val")))
        link = note.find("w:p/w:hyperlink/w:r/w:rPr/w:rStyle", _NS)
        if link is not None:
            styles.setdefault("link", link.get(_w("val")))
    return notes, styles


def read_memo(path: str) -> tuple[list[Block], dict[str, str]]:
    """The memo's content as plain data, and the footnote style ids (see the module)."""
    with zipfile.ZipFile(path) as archive:
        notes, styles = _footnotes(archive)
        body = etree.fromstring(archive.read("word/document.xml")).find("w:body", _NS)
    blocks: list[Block] = []
    for child in body:
        if child.tag == _w("p"):
            style = child.find("w:pPr/w:pStyle", _NS)
            runs = []
            for item in child.iterfind("*"):
                if item.tag == _w("hyperlink"):
                    runs.append(("".join(item.itertext()), None, None))
                elif item.tag == _w("r") and item.find("w:footnoteReference", _NS) is None:
                    runs.append((_run_text(item), _flag(item, "b"), _flag(item, "i")))
            cited = [
                notes[ref.get(_w("id"))] for ref in child.iterfind(".//w:footnoteReference", _NS)
            ]
            text = "".join(t for t, _, _ in runs)
            blocks.append(
                ("p", (None if style is None else style.get(_w("val")), text, runs, cited))
            )
        elif child.tag == _w("tbl"):
            rows = [
                [_cell_of(tc) for tc in tr.iterfind("w:tc", _NS)]
                for tr in child.iterfind("w:tr", _NS)
            ]
            blocks.append(("tbl", rows))
    return blocks, styles


def _cell_of(tc: etree._Element) -> tuple[str, int]:
    """A table cell's text (one line per paragraph) and how many grid columns it spans."""
    span = tc.find("w:tcPr/w:gridSpan", _NS)
    text = "\n".join(_para_text(p) for p in tc.iterfind("w:p", _NS))
    return text, 1 if span is None else int(span.get(_w("val")))


def _run_text(run: etree._Element) -> str:
    pieces = []
    for item in run:
        if item.tag == _w("t"):
            pieces.append(item.text or "")
        elif item.tag == _w("tab"):
            pieces.append("\t")
        elif item.tag == _w("br"):
            pieces.append("\n")
    return "".join(pieces)


def _para_text(p: etree._Element) -> str:
    return "".join(
        _run_text(r)
        for r in p.iterfind(".//w:r", _NS)
        if r.find("w:footnoteReference", _NS) is None
    )


def _flag(run: etree._Element, name: str) -> bool | None:
    element = run.find(f"w:rPr/w:{name}", _NS)
    if element is None:
        return None
    return element.get(_w("val")) not in ("0", "false")


def note_texts(path: str) -> list[str]:
    """Every footnote's text, in the order the body cites them (for the content check)."""
    blocks, _ = read_memo(path)
    return [
        "".join(p if isinstance(p, str) else p[0] for p in note)
        for kind, content in blocks
        if kind == "p"
        for note in content[3]
    ]


def write_bare(blocks: list[Block], styles: dict[str, str], out: str) -> int:
    """Write the content with bare python-docx (see the module); returns the file's size."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    d = docx.Document()
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    val, space, ident = qn("w:val"), qn("xml:space"), qn("w:id")
    separators = (
        f'<w:footnotes {nsdecls("w", "r")}><w:footnote w:type="separator" w:id="-1"><w:p>'
        '<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator"'
        ' w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>'
    )
    part = XmlPart(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(separators), d.part.package
    )
    d.part.relate_to(part, RT.FOOTNOTES)
    ref_style = quoteattr(styles.get("ref", "FootnoteReference"))
    text_style = quoteattr(styles.get("text", "FootnoteText"))
    link_style = quoteattr(styles.get("link", "Hyperlink"))
    mark = parse_xml(
        f"<w:r {nsdecls('w')}><w:rPr><w:rStyle w:val={ref_style}/></w:rPr>"
        '<w:footnoteReference w:id="0"/></w:r>'
    )
    rids: dict[str, str] = {}
    notes: list[str] = []
    number = 0
    for kind, content in blocks:
        if kind == "p":
            style, _, runs, cited = content
            p = OxmlElement("w:p")
            if style:
                p.append(OxmlElement("w:pPr"))
                p[0].append(OxmlElement("w:pStyle", {val: style}))
            sect.addprevious(p)
            for text, bold, italic in runs:
                if text:
                    p.append(_run(OxmlElement, text, bold, italic, val, space))
            for note in cited:
                number += 1
                ref = copy.deepcopy(mark)
                ref[-1].set(ident, str(number))
                p.append(ref)
                notes.append(
                    _note_xml(
                        number, note, part, rids, RT.HYPERLINK, text_style, ref_style, link_style
                    )
                )
                if len(notes) == _NOTES_PER_PARSE:
                    _flush(notes, part, parse_xml, nsdecls)
        else:
            size = str(int(Pt(9).pt * 2))
            columns = sum(span for _, span in content[0])
            table = d.add_table(rows=len(content), cols=columns)  # a few tables: cheap
            for row, cells in zip(table.rows, content, strict=True):
                tcs = list(row._tr.tc_lst)
                for text, span in cells:
                    tc = tcs.pop(0)
                    if span > 1:  # a merged cell: one w:tc spanning the grid columns
                        tc.get_or_add_tcPr().append(OxmlElement("w:gridSpan", {val: str(span)}))
                        for _ in range(span - 1):
                            row._tr.remove(tcs.pop(0))
                    _cell(OxmlElement, tc, text, size, val, space)
    _flush(notes, part, parse_xml, nsdecls)
    path = os.path.join(out, "baseline.docx")
    d.save(path)
    return os.path.getsize(path)


def _flush(notes: list[str], part: Any, parse_xml: Any, nsdecls: Any) -> None:
    """Parse the queued notes into the footnotes part (a batch at a time keeps memory flat)."""
    wrapper = parse_xml(f"<w:footnotes {nsdecls('w', 'r')}>{''.join(notes)}</w:footnotes>")
    part.element.extend(list(wrapper))
    notes.clear()


def _run(make: Any, text: str, bold: bool | None, italic: bool | None, val: str, space: str) -> Any:
    r = make("w:r")
    if bold is not None or italic is not None:  # only explicit emphasis
        r.append(make("w:rPr"))
        for tag, on in (("w:b", bold), ("w:i", italic)):
            if on is not None:
                r[0].append(make(tag, None if on else {val: "0"}))
    for n, line in enumerate(text.split("\n")):
        if n:
            r.append(make("w:br"))
        t = make("w:t")
        t.text = line
        if line.strip() != line:
            t.set(space, "preserve")
        r.append(t)
    return r


def _cell(make: Any, tc: Any, text: str, size: str, val: str, space: str) -> None:
    """A table cell's paragraphs: one 9-point run each, no space after."""
    first = tc.find(f"{{{W}}}p")
    for n, line in enumerate(text.split("\n")):
        p = first if n == 0 else make("w:p")
        if n:
            tc.append(p)
        ppr = make("w:pPr")
        ppr.append(make("w:spacing", {f"{{{W}}}after": "0"}))
        p.append(ppr)
        if line:
            r = make("w:r")
            rpr = make("w:rPr")
            rpr.append(make("w:sz", {val: size}))
            r.append(rpr)
            t = make("w:t")
            t.text = line
            if line.strip() != line:
                t.set(space, "preserve")
            r.append(t)
            p.append(r)


def _note_xml(
    number: int, note: Note, part: Any, rids: dict[str, str], hyperlink: str, *styles: str
) -> str:
    text_style, ref_style, link_style = styles
    runs = []
    for piece in note:
        if isinstance(piece, tuple):
            text, url = piece
            if url not in rids:
                rids[url] = part.relate_to(url, hyperlink, is_external=True)
            runs.append(
                f'<w:hyperlink r:id="{rids[url]}"><w:r><w:rPr><w:rStyle w:val={link_style}/>'
                f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'
            )
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return (
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val={text_style}/></w:pPr>'
        f"<w:r><w:rPr><w:rStyle w:val={ref_style}/></w:rPr><w:footnoteRef/></w:r>"
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{"".join(runs)}</w:p></w:footnote>'
    )
