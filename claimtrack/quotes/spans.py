"""Small shared pieces of anchoring: every place of a needle, and a selector at a span."""

from __future__ import annotations

from claimtrack.model import TextQuoteSelector

__all__ = ["CONTEXT", "find_all", "selector_at"]

CONTEXT = 32
"""Characters of prefix and suffix stored around a quote segment for re-anchoring."""


def find_all(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every start of ``needle`` in ``text[start:end]``, overlapping ones included."""
    stop = len(text) if end is None else end
    found = []
    i = text.find(needle, start, stop)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1, stop)
    return found


def selector_at(text: str, start: int, end: int) -> TextQuoteSelector:
    """The selector of ``text[start:end]``, with up to :data:`CONTEXT` characters either side."""
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )
