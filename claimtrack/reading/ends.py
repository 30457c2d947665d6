"""Where the article ends: at its first end marker, unless that marker closes a news-feed box.

An **end marker** (``Related articles``, ``Leave a Reply``, ``MORE NEWS``; see
:func:`~claimtrack.reading.line_rules.is_end_marker`) cuts everything after it. A page saved as
text may print a **news-feed box** above the article instead: a sidebar heading (``News Feed``,
``Latest news``), one-line items each under its time (``12:11 PM`` / ``Minister visits …``),
and a ``More news`` link closing the box. That link ends the box, not the article: when the
article's credit (a ``by …`` line or a date line) and its prose follow it, the box's lines are
dropped and the cut is looked for further down. Without such a credit below, the marker cuts
as ever (a live blog's own entries are never taken for a box).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from claimtrack.reading import neighbours
from claimtrack.reading.line_rules import (
    DropReason,
    boilerplate_reason,
    is_end_marker,
    is_sentence_like,
    words,
)
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import is_sidebar, original_address
from claimtrack.text.dates import looks_like_date

__all__ = ["article_end"]

# A time of day alone on its line: "12:11 PM", "9:51 a.m.", "14:05".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
_HEADING_REACH = 12  # lines between the sidebar heading and the body's first line, at most
_CREDIT_REACH = 8  # lines between the marker and the article's credit, at most
_ITEMS = 2
_BOX_LINES = 200  # a box is short: a longer stretch is looked at no further (linear time)
_SHORT_WORDS = 4


def article_end(
    lines: Sequence[Line], reason: list[DropReason | None], start: int
) -> tuple[int, str | None] | None:
    """The line the article's tail starts at and the page's own address printed in the tail
    (``Original article link: …``), or ``None`` when nothing ends it. A news-feed box's lines
    get their ``reason`` on the way (see the module's notes)."""
    nonblank = [i for i in range(start, len(lines)) if lines[i].text]
    for n, i in enumerate(nonblank):
        if not is_end_marker(lines[i].text):
            continue
        box = _feed_box(lines, start, i)
        if box is not None and _credit_below(lines, nonblank[n + 1 :]):
            for j in [*box, i]:
                reason[j] = reason[j] or DropReason.RELATED_LINK
            continue
        i = neighbours.comment_subject(lines, i, start)  # from its subject
        found = (original_address(lines[j].text) for j in nonblank[n:])
        return i, next((url for url in found if url is not None), None)
    return None


def _feed_box(lines: Sequence[Line], start: int, marker: int) -> list[int] | None:
    """The lines from a sidebar heading above ``start`` to ``marker``, when they are a news
    feed: two timed items or more, every line of prose an item right under its time."""
    above = [j for j in range(start - 1, -1, -1) if lines[j].text][:_HEADING_REACH]
    heading = next((j for j in above if is_sidebar(lines[j].text)), None)
    if heading is None or marker - heading > _BOX_LINES:
        return None
    box = [j for j in range(heading + 1, marker) if lines[j].text]
    items = 0
    timed = False  # the line above was a time
    for j in box:
        text = lines[j].text
        if _CLOCK.fullmatch(text):
            items, timed = items + 1, True
            continue
        # Past the items, only short lines (a box's sign-up) and boilerplate stand in a box.
        if (
            not timed
            and (len(words(text)) > _SHORT_WORDS or is_sentence_like(text))
            and boilerplate_reason(text, header=False) is None
        ):
            return None
        timed = False
    return box if items >= _ITEMS else None


def _credit_below(lines: Sequence[Line], after: list[int]) -> bool:
    """A ``by …`` line or a date line, then a line of prose, soon after the marker."""
    near = after[:_CREDIT_REACH]
    for n, j in enumerate(near):
        text = lines[j].text
        if text[:3].casefold() == "by " or looks_like_date(text):
            rest = itertools.islice(after[n + 1 :], 3)
            return any(is_sentence_like(lines[k].text) for k in rest)
    return False
