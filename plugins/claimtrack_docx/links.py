"""External links (``r:id`` relationships) added in constant time per link.

``Part.relate_to(url, RT.HYPERLINK, is_external=True)`` looks for an existing relationship by
comparing every one the part has, then picks the next free ``rIdN`` by trying ``rId1``, ``rId2``
… in turn: two scans per link, quadratic over a memo citing thousands of articles. A part's
:class:`ExternalLinks` keeps the url → id map and the last id tried, and adds relationships
through the public ``Relationships.add_relationship``; the ids are the ones ``relate_to`` picks
(the smallest free), since relationships are only added while the memo is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT

if TYPE_CHECKING:
    from docx.opc.part import Part

__all__ = ["ExternalLinks"]


class ExternalLinks:
    """The external hyperlink relationships of one part, by url."""

    def __init__(self, part: Part) -> None:
        self._rels = part.rels
        self._ids = {
            rel.target_ref: rid
            for rid, rel in self._rels.items()
            if rel.is_external and rel.reltype == RT.HYPERLINK
        }
        self._tried = 0

    def rid(self, url: str) -> str:
        """The relationship id of ``url``, added on first use."""
        rid = self._ids.get(url)
        if rid is None:
            self._tried += 1
            while f"rId{self._tried}" in self._rels:
                self._tried += 1
            rid = f"rId{self._tried}"
            self._rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            self._ids[url] = rid
        return rid
