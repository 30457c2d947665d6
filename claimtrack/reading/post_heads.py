"""A forum post's heading: the thread's title, its poster and when it was posted, on one line.

Forums print each post under one line that holds all three: ``Politics / Ferry Strike Ends After
Talks by harbourfan: 11:05am On Dec 13, 2023``, ``Ferry strike ends by harbourfan » Wed Dec 13,
2023 11:05 am``, ``Ferry strike ends by harbourfan, December 13, 2023, 11:05:00 AM``. The poster
is a handle (``harbourfan``) or a name after ``by``; a mark (``:``, ``»``, ``,``) sets the date
apart, and the date names the day and the clock time, as a post's timestamp does. A headline that
names who did something (``Ferry strike called off by union: what it means``) has no timestamp
after it and is not read as a post's heading.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.text.date_lines import read_date_line

__all__ = ["PostHeading", "post_heading"]

_POST_HEAD = re.compile(
    r"(?:(?P<section>[A-ZÀ-Þ][\w&'’-]*(?: [A-ZÀ-Þ&][\w&'’-]*)?) / )?"
    r"(?P<title>\S.{4,200}?)\s+by\s+(?P<who>[\w.'’@-]{2,30}(?: [\w.'’-]{1,30}){0,2})"
    r"\s*[:»,]\s*(?P<when>\S.{5,60})"
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


class PostHeading(NamedTuple):
    """A forum post's heading, read."""

    title: str
    poster: str
    date: PartialDate


def post_heading(text: str) -> PostHeading | None:
    """The thread's title, the poster and the day of a forum post's heading, else None."""
    if len(text) > 320 or " by " not in text:
        return None
    m = _POST_HEAD.fullmatch(text.strip())
    if m is None or _CLOCK.search(m["when"]) is None:
        return None
    found = read_date_line(m["when"])
    if found is None or found.date is None or found.date.precision is not DatePrecision.DAY:
        return None
    return PostHeading(m["title"].strip(), m["who"].strip(), found.date)
