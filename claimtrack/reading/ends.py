"""Where the article ends: at its first end marker.

An **end marker** (``Related articles``, ``Leave a Reply``, ``MORE NEWS``; see
:func:`~claimtrack.reading.line_rules.is_end_marker`) cuts everything after it. A news-feed
box printed above the article ends with such a marker too: that box is found where the body
starts (:mod:`~claimtrack.reading.feed_boxes`), so the body begins past its marker and the
first marker in the body is the article's own end.

A **read-also heading** (``Also Read``, ``Leia também``, ``Lire aussi``) ends the article only
when the story does not go on under it. Pages print it mid-article over a short box of links
(or over nothing, once a copy lost the links), and then the story's prose goes on: two lines
of prose in a row after at most a few short lines, none of them a byline or a date line (that
would credit another story). Then it is a sidebar's heading (its box is dropped, the body kept)
and the next marker ends the article. So does a newsletter's sign-up box. A list of teasers
(a headline, its one-line blurb, the next headline) or a lone paragraph after the heading is
no story going on: it ends there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading import neighbours
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.line_rules import is_end_marker, is_sentence_like
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import original_address
from claimtrack.reading.sidebars import is_read_also
from claimtrack.text.dates import looks_like_date

__all__ = ["article_end", "story_goes_on"]

_BOX_LINES = 8  # a read-also box's links, at most
# A newsletter's sign-up box set into the story ("Sign up for our daily newsletter"): the
# story goes on under it as it does under a read-also box.
_SIGN_UP = re.compile(r"(?i)(?:subscribe|sign up|register)(?:\s+now)?\s+(?:to|for)\s+(?:our|the)\b")
_PROSE_RUN = 2  # lines of prose in a row that show the story going on


def article_end(lines: Sequence[Line], start: int) -> tuple[int, str | None] | None:
    """The line the article's tail starts at and the page's own address printed in the tail
    (``Original article link: …``), or ``None`` when nothing ends it."""
    nonblank = [i for i in range(start, len(lines)) if lines[i].text]
    for n, i in enumerate(nonblank):
        text = lines[i].text
        if not is_end_marker(text):
            continue
        if (is_read_also(text) or _SIGN_UP.match(text)) and story_goes_on(
            [lines[j].text for j in nonblank[n + 1 : n + 2 + _BOX_LINES + _PROSE_RUN]]
        ):
            continue
        i = neighbours.comment_subject(lines, i, start)  # from its subject
        found = (original_address(lines[j].text) for j in nonblank[n:])
        return i, next((url for url in found if url is not None), None)
    return None


def story_goes_on(after: Sequence[str]) -> bool:
    """The nonblank lines ``after`` a read-also heading go on with the story (see the notes):
    a few short lines at most (the box's links), then two lines of prose in a row."""
    for n, text in enumerate(after[: _BOX_LINES + 1]):
        if is_sentence_like(text):
            run = after[n : n + _PROSE_RUN]
            return len(run) == _PROSE_RUN and all(_prose(t) for t in run)
        if is_end_marker(text) or names_in_byline(text) or looks_like_date(text):
            return False
    return False


def _prose(text: str) -> bool:
    return is_sentence_like(text) and not is_end_marker(text)
