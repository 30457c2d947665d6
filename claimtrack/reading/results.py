"""What cleaning produces: the body, its map back to raw, the metadata read, what was dropped."""

from __future__ import annotations

from attrs import field, frozen

from claimtrack.model import Article, PartialDate
from claimtrack.reading.line_rules import DropReason

__all__ = ["CleanResult", "Dropped"]


@frozen
class Dropped:
    """A stretch ``raw[start:end]`` left out of the body, and why."""

    start: int
    end: int
    reason: DropReason = field(converter=DropReason)

    def excerpt(self, raw: str, width: int = 70) -> str:
        """The dropped raw text, shortened to ``width`` characters for a report."""
        piece = " ".join(raw[self.start : min(self.end, self.start + width * 4)].split())
        return piece if len(piece) <= width else piece[: width - 1] + "…"


@frozen
class CleanResult:
    """The outcome of :func:`clean`: the body text, its map back to raw, and the metadata found.

    ``offset_map`` holds ``(text_start, raw_start, length)`` segments as :class:`Article` expects.
    ``paragraphs`` and ``headings`` are ``(start, end)`` spans of ``text``; every heading span is
    also a paragraph span. ``dropped`` lists what was left out, in raw order.
    """

    text: str
    offset_map: tuple[tuple[int, int, int], ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: PartialDate | None = None
    dropped: tuple[Dropped, ...] = ()
    url: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    headings: tuple[tuple[int, int], ...] = ()

    def counts(self) -> dict[str, int]:
        """How many items were dropped for each reason (for the ``ingest`` report)."""
        out: dict[str, int] = {}
        for item in self.dropped:
            out[item.reason.value] = out.get(item.reason.value, 0) + 1
        return out

    def to_article(self, id: str, raw: str, **metadata: object) -> Article:
        """Build the :class:`Article`; ``metadata`` may override title, authors, published…"""
        values: dict[str, object] = {
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "url": self.url,
        }
        values.update(metadata)
        return Article(id=id, text=self.text, raw=raw, offset_map=self.offset_map, **values)  # type: ignore[arg-type]
