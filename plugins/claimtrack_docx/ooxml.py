"""The OOXML python-docx has no API for: footnotes, external hyperlinks, list restarts, styles.

Everything here works on python-docx's public objects (``Document``, ``Paragraph``, ``Run``,
``Part.relate_to``) and their lxml elements; nothing reaches into private attributes. The XML
shapes follow ECMA-376 Part 1 §17.11 (footnotes) and §17.16.22 (hyperlink), and were checked to
render in LibreOffice headless: footnotes at the page foot, links clickable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, nsmap, qn
from docx.shared import Pt, RGBColor

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

__all__ = ["Footnotes", "add_hyperlink", "ensure_styles", "restart_numbering"]

FOOTNOTE_TEXT = "Footnote Text"
FOOTNOTE_REFERENCE = "Footnote Reference"
HYPERLINK = "Hyperlink"

# Word's own files reserve ids -1 and 0 for the separator and continuation separator;
# real footnotes start at 1.
_EMPTY_FOOTNOTES = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


def ensure_styles(document: Document) -> None:
    """Add the built-in styles the memo needs when the template lacks them.

    python-docx's default template has no Footnote Text, Footnote Reference or Hyperlink style.
    They are Word built-ins, so a user's template that defines them restyles the memo; we only
    create them (with Word's usual look) when missing.
    """
    styles = document.styles
    names = {s.name for s in styles}
    if FOOTNOTE_TEXT not in names:
        style = styles.add_style(FOOTNOTE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
    if FOOTNOTE_REFERENCE not in names:
        style = styles.add_style(FOOTNOTE_REFERENCE, WD_STYLE_TYPE.CHARACTER)
        style.font.superscript = True
    if HYPERLINK not in names:
        style = styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True


def _style_id(document: Document, name: str) -> str:
    return document.styles[name].style_id


class Footnotes:
    """The document's footnotes part: created (or adopted from the template) on first use.

    ``add(run_parent_paragraph, parts)`` appends a footnote reference mark to a paragraph and the
    footnote's text to ``word/footnotes.xml``; ``parts`` is a list of plain strings and
    ``(text, url)`` pairs, the latter written as clickable links.
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._part = self._find_or_create_part(document)
        self._root = self._part.element
        # The memo's body is always new (a template's body is dropped), so a template's own
        # notes would be orphans; keep only the separators, which have a w:type.
        for note in self._root.xpath(
            "./w:footnote[not(@w:type) or @w:type='normal']", namespaces=nsmap
        ):
            self._root.remove(note)
        # The footnotes root is a plain lxml element (python-docx registers no class for it),
        # so its xpath needs the namespace map spelled out.
        ids = [int(v) for v in self._root.xpath("./w:footnote/@w:id", namespaces=nsmap)]
        self._next_id = max([0, *ids]) + 1
        self._ref_style = _style_id(document, FOOTNOTE_REFERENCE)
        self._text_style = _style_id(document, FOOTNOTE_TEXT)
        self._link_style = _style_id(document, HYPERLINK)
        self._rids: dict[str, str] = {}
        self.count = 0

    @staticmethod
    def _find_or_create_part(document: Document) -> XmlPart:
        doc_part = document.part
        for rel in list(doc_part.rels.values()):
            if rel.reltype != RT.FOOTNOTES or rel.is_external:
                continue
            existing = rel.target_part
            if isinstance(existing, XmlPart):
                return existing
            # A template's footnotes load as an opaque Part (python-docx has no footnotes class):
            # re-home its XML in an XmlPart we can edit, under the same name.
            element = parse_xml(existing.blob)
            doc_part.drop_rel(rel.rId)
            part = XmlPart(existing.partname, CT.WML_FOOTNOTES, element, doc_part.package)
            doc_part.relate_to(part, RT.FOOTNOTES)
            return part
        part = XmlPart(
            PackURI("/word/footnotes.xml"),
            CT.WML_FOOTNOTES,
            parse_xml(_EMPTY_FOOTNOTES),
            doc_part.package,
        )
        doc_part.relate_to(part, RT.FOOTNOTES)
        return part

    def add(self, paragraph: Paragraph, parts: list[str | tuple[str, str]]) -> int:
        """Put a footnote mark at the end of ``paragraph`` and write its note; returns the id."""
        note_id = self._next_id
        self._next_id += 1
        self.count += 1
        # The reference mark in the body: a run styled Footnote Reference holding the id.
        run = paragraph.add_run()
        run.style = self._document.styles[FOOTNOTE_REFERENCE]
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run.element.append(ref)
        self._root.append(self._note(note_id, parts))
        return note_id

    def add_to_run_list(self, run: Run, parts: list[str | tuple[str, str]]) -> int:
        """Like :meth:`add`, but the mark goes right after ``run`` (mid-paragraph citations)."""
        note_id = self._next_id
        self._next_id += 1
        self.count += 1
        mark = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), self._ref_style)
        rpr.append(rstyle)
        mark.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        mark.append(ref)
        run.element.addnext(mark)
        self._root.append(self._note(note_id, parts))
        return note_id

    def _note(self, note_id: int, parts: list[str | tuple[str, str]]) -> object:
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), self._text_style)
        ppr.append(pstyle)
        p.append(ppr)
        # The number at the foot: footnoteRef repeats the mark's number.
        p.append(self._run(None, self._ref_style, footnote_ref=True))
        p.append(self._run(" ", None))
        for part in parts:
            if isinstance(part, tuple):
                text, url = part
                rid = self._rids.get(url)
                if rid is None:
                    rid = self._part.relate_to(url, RT.HYPERLINK, is_external=True)
                    self._rids[url] = rid
                link = OxmlElement("w:hyperlink")
                link.set(qn("r:id"), rid)
                link.set(qn("w:history"), "1")
                link.append(self._run(text, self._link_style))
                p.append(link)
            else:
                p.append(self._run(part, None))
        note.append(p)
        return note

    @staticmethod
    def _run(text: str | None, style_id: str | None, footnote_ref: bool = False) -> object:
        r = OxmlElement("w:r")
        if style_id is not None:
            rpr = OxmlElement("w:rPr")
            rstyle = OxmlElement("w:rStyle")
            rstyle.set(qn("w:val"), style_id)
            rpr.append(rstyle)
            r.append(rpr)
        if footnote_ref:
            r.append(OxmlElement("w:footnoteRef"))
        if text is not None:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            # Footnotes are one paragraph: line breaks and tabs become spaces.
            t.text = text.replace("\n", " ").replace("\t", " ")
            r.append(t)
        return r


def add_hyperlink(paragraph: Paragraph, text: str, url: str) -> Run:
    """Append ``text`` to ``paragraph`` as a clickable external link to ``url``; returns its run.

    The run is created with python-docx (so its text handling applies), then wrapped in a
    ``w:hyperlink`` whose ``r:id`` points at an external relationship of the paragraph's part.
    """
    run = paragraph.add_run(text, style=HYPERLINK)
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link.set(qn("w:history"), "1")
    run.element.addprevious(link)
    link.append(run.element)
    return run


def restart_numbering(document: Document, paragraphs: list[Paragraph], style: str) -> None:
    """Make ``paragraphs`` (all in the numbered ``style``) a list that starts again at 1.

    Every paragraph of a numbered style shares one counter, so the memo's second numbered list
    would go on from the first. A new ``w:num`` over the style's abstract numbering, with a start
    override, gives these paragraphs their own counter. A style without numbering is left alone.
    """
    if not paragraphs:
        return
    style_el = document.styles[style].element
    num_ids = style_el.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    if not num_ids:
        return
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath(f'./w:num[@w:numId="{num_ids[0]}"]/w:abstractNumId/@w:val')
    if not abstract:
        return
    used = [int(v) for v in numbering.xpath("./w:num/@w:numId")]
    new_id = max([0, *used]) + 1
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract[0]}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    numbering.append(num)  # w:num elements come last in w:numbering, after w:abstractNum
    for paragraph in paragraphs:
        ppr = paragraph.paragraph_format.element.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = new_id
