"""Text runs written as the XML python-docx would write, without its per-character work.

``Paragraph.add_run(text)`` feeds the text through a character-by-character state machine and
clears the new run's content with an XPath query first; setting ``run.bold``/``run.italic``
then looks up ``w:rPr`` and its children one by one; ``add_run(text, style=name)`` resolves the
style name by scanning every style (about 10 ms each on python-docx's template). Over a memo of
10,000 quotes that was most of the export. :func:`add_run` builds the same ``w:r`` directly:
``w:rPr`` (``w:rStyle``, ``w:b``, ``w:i`` in schema order) first, then one ``w:t`` per stretch of
text, a ``w:tab`` per tab and a ``w:br`` per line break or carriage return, ``xml:space=
"preserve"`` where the text has leading or trailing white space — exactly python-docx's output
(tests/test_docx.py compares them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

__all__ = ["add_run", "character_style_id"]

_BREAKS = re.compile(r"([\t\r\n])")
_VAL = qn("w:val")
_SPACE = qn("xml:space")


def character_style_id(document: Document, name: str) -> str | None:
    """The id ``run.style = name`` would write (``None`` for the default character style).

    Resolve it once per document and pass it to :func:`add_run`, not once per run.
    """
    return document.part.get_style_id(name, WD_STYLE_TYPE.CHARACTER)


def add_run(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    style_id: str | None = None,
) -> Run:
    """Append a run of ``text`` to ``paragraph``, as ``paragraph.add_run(text)`` and then
    ``run.style``/``run.bold``/``run.italic`` would (``None``: not set)."""
    r = OxmlElement("w:r")
    if style_id is not None or bold is not None or italic is not None:
        rpr = OxmlElement("w:rPr")
        if style_id is not None:
            rpr.append(OxmlElement("w:rStyle", {_VAL: style_id}))
        for tag, value in (("w:b", bold), ("w:i", italic)):
            if value is not None:
                rpr.append(OxmlElement(tag, None if value else {_VAL: "0"}))
        r.append(rpr)
    if text and _BREAKS.search(text) is None:  # the common case: one w:t, no split
        r.append(_text_element(text))
    elif text:
        for piece in _BREAKS.split(text):
            if piece == "\t":
                r.append(OxmlElement("w:tab"))
            elif piece in ("\r", "\n"):
                r.append(OxmlElement("w:br"))
            elif piece:
                r.append(_text_element(piece))
    paragraph.paragraph_format.element.append(r)
    return Run(r, paragraph)


def _text_element(text: str) -> Any:
    """A ``w:t`` holding ``text``, space-preserving when it starts or ends with white space."""
    t = OxmlElement("w:t")
    t.text = text
    if text[0].isspace() or text[-1].isspace():
        t.set(_SPACE, "preserve")
    return t
