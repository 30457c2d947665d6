"""Where the article ends: at its first end marker.

An **end marker** (``Related articles``, ``Leave a Reply``, ``MORE NEWS``; see
:func:`~claimtrack.reading.line_rules.is_end_marker`) cuts everything after it. A news-feed
box printed above the article ends with such a marker too: that box is found where the body
starts (:mod:`~claimtrack.reading.feed_boxes`), so the body begins past its marker and the
first marker in the body is the article's own end.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.reading import neighbours
from claimtrack.reading.line_rules import is_end_marker
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import original_address

__all__ = ["article_end"]


def article_end(lines: Sequence[Line], start: int) -> tuple[int, str | None] | None:
    """The line the article's tail starts at and the page's own address printed in the tail
    (``Original article link: …``), or ``None`` when nothing ends it."""
    nonblank = [i for i in range(start, len(lines)) if lines[i].text]
    for n, i in enumerate(nonblank):
        if not is_end_marker(lines[i].text):
            continue
        i = neighbours.comment_subject(lines, i, start)  # from its subject
        found = (original_address(lines[j].text) for j in nonblank[n:])
        return i, next((url for url in found if url is not None), None)
    return None
