"""The OOXML python-docx has no API for: footnotes, external hyperlinks, list restarts, styles.

Everything here works on python-docx's public objects (``Document``, ``Paragraph``, ``Run``,
``Part.relate_to``) and their lxml elements; nothing reaches into private attributes. The XML
shapes follow ECMA-376 Part 1 §17.11 (footnotes) and §17.16.22 (hyperlink), and were checked to
render in LibreOffice headless: footnotes at the page foot, links clickable.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, nsmap, qn
from docx.shared import Pt, RGBColor

from .links import ExternalLinks
from .runs import add_run
from .wording import safe
from .xmltree import AFTER_NUMPR, child_in_order, first_child

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

__all__ = ["Footnotes", "add_hyperlink", "ensure_styles", "restart_numbering"]

FOOTNOTE_TEXT = "Footnote Text"
FOOTNOTE_REFERENCE = "Footnote Reference"
HYPERLINK = "Hyperlink"

# Footnotes parsed per batch: large enough that parsing stays cheap, small enough that the
# queued XML text stays small.
_NOTES_PER_PARSE = 500
_VAL = qn("w:val")

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

    ``add(paragraph, parts)`` appends a footnote reference mark to a paragraph and queues the
    footnote's text for ``word/footnotes.xml``; ``parts`` is a list of plain strings and
    ``(text, url)`` pairs, the latter written as clickable links. :meth:`finish` writes the queued
    notes; call it before saving.
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
        self._ref_attr = quoteattr(self._ref_style)
        self._text_attr = quoteattr(self._text_style)
        self._link_attr = quoteattr(self._link_style)
        self._links = ExternalLinks(self._part)
        self._pending: list[str] = []
        self._mark = parse_xml(
            f"<w:r {nsdecls('w')}><w:rPr><w:rStyle w:val={self._ref_attr}/></w:rPr>"
            '<w:footnoteReference w:id="0"/></w:r>'
        )
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
        """Put a footnote mark at the end of ``paragraph`` and queue its note; returns the id.

        Notes are kept as XML text and parsed a batch at a time (building them element by
        element was a third of a 10,000-quote memo's time; parsing all at the end held every
        note's text three times over at once).
        """
        note_id = self._next_id
        self._next_id += 1
        self.count += 1
        # The reference mark in the body: a run styled Footnote Reference holding the id.
        mark = copy.deepcopy(self._mark)
        mark[-1].set(qn("w:id"), str(note_id))
        paragraph.paragraph_format.element.append(mark)
        self._pending.append(self._note(note_id, parts))
        if len(self._pending) >= _NOTES_PER_PARSE:
            self.finish()
        return note_id

    def finish(self) -> None:
        """Write the queued notes into the footnotes part (call before saving)."""
        if not self._pending:
            return
        wrapper = parse_xml(
            f"<w:footnotes {nsdecls('w', 'r')}>{''.join(self._pending)}</w:footnotes>"
        )
        self._root.extend(list(wrapper))
        self._pending.clear()

    def _note(self, note_id: int, parts: list[str | tuple[str, str]]) -> str:
        runs = []
        for part in parts:
            if isinstance(part, tuple):
                text, url = part
                rid = self._links.rid(url)
                runs.append(
                    f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle '
                    f"w:val={self._link_attr}/></w:rPr>{_t(text)}</w:r></w:hyperlink>"
                )
            else:
                runs.append(f"<w:r>{_t(part)}</w:r>")
        # footnoteRef prints the note's number at the foot, in the reference style.
        return (
            f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val={self._text_attr}/>'
            f"</w:pPr><w:r><w:rPr><w:rStyle w:val={self._ref_attr}/></w:rPr><w:footnoteRef/>"
            f'</w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>{"".join(runs)}</w:p></w:footnote>'
        )


# Everything _t changes: characters XML forbids, line breaks and tabs, and what XML escapes.
_CHANGED_IN_T = re.compile("[&<>\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _t(text: str) -> str:
    """A ``w:t`` holding ``text``: XML-safe, escaped, one line (a footnote is one paragraph).

    Most note text has nothing to change: one scan says so, instead of the seven passes."""
    if _CHANGED_IN_T.search(text) is None:
        return f'<w:t xml:space="preserve">{text}</w:t>'
    clean = safe(text).replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return f'<w:t xml:space="preserve">{escape(clean)}</w:t>'


def add_hyperlink(
    paragraph: Paragraph, text: str, url: str, style_id: str | None, links: ExternalLinks
) -> Run:
    """Append ``text`` to ``paragraph`` as a clickable external link to ``url``; returns its run.

    The run (in the character style ``style_id``: resolve ``HYPERLINK`` once per document with
    :func:`~claimtrack_docx.runs.character_style_id`) is wrapped in a ``w:hyperlink`` whose
    ``r:id`` points at an external relationship of the paragraph's part (``links``: that
    part's :class:`~claimtrack_docx.links.ExternalLinks`).
    """
    run = add_run(paragraph, text, style_id=style_id)
    rid = links.rid(url)
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
        numpr = child_in_order(
            first_child(paragraph.paragraph_format.element, "w:pPr"), "w:numPr", AFTER_NUMPR
        )
        if len(numpr):  # numbering already there (a template's): python-docx sets it in order
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = new_id
        else:
            numpr.append(OxmlElement("w:ilvl", {_VAL: "0"}))
            numpr.append(OxmlElement("w:numId", {_VAL: str(new_id)}))
