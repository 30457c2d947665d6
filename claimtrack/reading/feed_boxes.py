"""A news-feed box printed above the page's story: one rule, used where the body starts.

A page saved as text may print a sidebar of other stories before its own: a heading (``News
Feed``, ``Latest news``), one-line items each under its time (``12:11 PM`` / ``Minister visits
…``), maybe a sign-up or an advert among them, and an end marker closing the box (``MORE NEWS``).
The page's story follows: its headline, its credit (``by …``, a date line) and its prose.

The box is the page's furniture, not the body, and its marker ends the box, not the article:
the body starts at the story's prose under its headline. Three things must agree, so that a
live blog's own timed entries are never taken for a box:

- a sidebar heading stands over the items (a live blog's entries follow its headline);
- nothing above the box credits a story (a live blog's byline or date line stands over them);
- the story's credit and its prose follow the marker within a few lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from attrs import frozen

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.line_rules import (
    DropReason,
    boilerplate_reason,
    is_end_marker,
    is_sentence_like,
    words,
)
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import is_sidebar
from claimtrack.text.dates import looks_like_date

__all__ = ["FeedBox", "feed_box", "is_clock"]

# A time of day alone on its line: "12:11 PM", "9:51 a.m.", "14:05".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
_HEADING_REACH = 12  # lines between the sidebar heading and the body's first line, at most
_BOX_LINES = 60  # nonblank lines from the heading to the marker, at most (a box is short)
_CREDIT_REACH = 8  # lines between the marker and the story's credit, at most
_ITEMS = 2
_SHORT_WORDS = 4


def is_clock(text: str) -> bool:
    """A clock time alone on its line (``12:11 PM``): a feed item's time."""
    return len(text) <= 12 and bool(_CLOCK.fullmatch(text))


@frozen
class FeedBox:
    """The box's lines (heading to marker), and the story's credit and first prose after it."""

    lines: tuple[int, ...]
    credit: int
    prose: int


def feed_box(
    lines: Sequence[Line], start: int, reason_of: Callable[[str], DropReason | None]
) -> FeedBox | None:
    """The news-feed box around the body's first line ``start``, with the story after it, or
    None (see the module's notes). ``reason_of`` judges a header line's boilerplate."""
    above = [j for j in range(start - 1, -1, -1) if lines[j].text][:_HEADING_REACH]
    heading = next((j for j in above if is_sidebar(lines[j].text)), None)
    if heading is None or _credited(lines, heading, reason_of):
        return None
    box = list(
        itertools.islice((j for j in range(heading + 1, len(lines)) if lines[j].text), _BOX_LINES)
    )
    marker = next((j for j in box if is_end_marker(lines[j].text)), None)
    if marker is None or not _items(lines, [j for j in box if j < marker]):
        return None
    after = list(
        itertools.islice(
            (j for j in range(marker + 1, len(lines)) if lines[j].text), _CREDIT_REACH + 3
        )
    )
    for n, j in enumerate(after[:_CREDIT_REACH]):
        text = lines[j].text
        if text[:3].casefold() == "by " or names_in_byline(text) or looks_like_date(text):
            prose = next((k for k in after[n + 1 : n + 4] if is_sentence_like(lines[k].text)), None)
            if prose is None:
                return None
            return FeedBox((heading, *(k for k in box if k <= marker)), j, prose)
    return None


def _items(lines: Sequence[Line], box: list[int]) -> bool:
    """Two timed items or more, every line of prose an item right under its time; past the
    items only short lines (a sign-up, an advert's link) and boilerplate."""
    items = 0
    timed = False  # the line above was a time
    for j in box:
        text = lines[j].text
        if is_clock(text):
            items, timed = items + 1, True
            continue
        if (
            not timed
            and (len(words(text)) > _SHORT_WORDS or is_sentence_like(text))
            and boilerplate_reason(text, header=False) is None
        ):
            return False
        timed = False
    return items >= _ITEMS


def _credited(
    lines: Sequence[Line], end: int, reason_of: Callable[[str], DropReason | None]
) -> bool:
    """A byline or a date line stands above line ``end``: the page credited a story there
    (a live blog's timed entries are its body)."""
    for j in range(end):
        text = lines[j].text
        if not text or is_clock(text):
            continue
        if reason_of(text) is DropReason.DATE or names_in_byline(text):
            return True
        if read_compound_line(text) is not None:
            return True
    return False
