"""Finding or adding a property element in schema order, without python-docx's per-call search.

python-docx's ``get_or_add_*`` looks for each tag the schema puts after the new element with
one search apiece (a dozen or more); over the memo's tables and numbered lists that was a
noticeable part of the export. These helpers walk the few children once. They assume the
children are already in schema order, which holds for everything python-docx and the memo write.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

__all__ = [
    "AFTER_KEEPNEXT",
    "AFTER_NUMPR",
    "AFTER_SPACING",
    "AFTER_SZ",
    "child_in_order",
    "first_child",
]

# What the schema puts after w:sz in w:rPr and after w:spacing in w:pPr (ECMA-376 CT_RPr,
# CT_PPrBase; python-docx's CT_RPr and CT_PPr use the same order).
AFTER_SZ = frozenset(
    qn(f"w:{tag}")
    for tag in (
        *("szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl"),
        *("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"),
    )
)
AFTER_SPACING = frozenset(
    qn(f"w:{tag}")
    for tag in (
        *("ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc"),
        *("textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId"),
        *("cnfStyle", "rPr", "sectPr", "pPrChange"),
    )
)
AFTER_NUMPR = (
    frozenset(
        qn(f"w:{tag}")
        for tag in (
            *("suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku"),
            *("wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi"),
            *("adjustRightInd", "snapToGrid", "spacing"),
        )
    )
    | AFTER_SPACING
)
AFTER_KEEPNEXT = (
    frozenset(
        qn(f"w:{tag}")
        for tag in ("keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr")
    )
    | AFTER_NUMPR
)


def first_child(parent: Any, tag: str) -> Any:
    """The properties element that schema puts first in ``parent`` (``w:pPr``, ``w:rPr``)."""
    if len(parent) and parent[0].tag == qn(tag):
        return parent[0]
    element = OxmlElement(tag)
    parent.insert(0, element)
    return element


def child_in_order(parent: Any, tag: str, successors: frozenset[str]) -> Any:
    """``parent``'s ``tag`` child, added before the first child the schema puts after it."""
    name = qn(tag)
    for at, child in enumerate(parent):
        if child.tag == name:
            return child
        if child.tag in successors:
            element = OxmlElement(tag)
            parent.insert(at, element)
            return element
    element = OxmlElement(tag)
    parent.append(element)
    return element
