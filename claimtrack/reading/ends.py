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

The same heading, or a bare ``MORE NEWS``, ends nothing either when the first paragraph of
prose under its box (past links and captions, before any byline or date) names someone or
something the story above named (``Mr Lund said: …``): another story's blurb names its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading import neighbours
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.line_rules import ELLIPSIS_END, is_end_marker, is_sentence_like
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import original_address
from claimtrack.reading.sidebars import is_read_also
from claimtrack.reading.site_chrome import inbox_blurb
from claimtrack.text.dates import looks_like_date

__all__ = ["article_end", "story_goes_on"]

_BOX_LINES = 8  # a read-also box's links, at most
# A newsletter's sign-up box set into the story ("Sign up for our daily newsletter"): the
# story goes on under it as it does under a read-also box.
_SIGN_UP = re.compile(r"(?i)(?:subscribe|sign up|register)(?:\s+now)?\s+(?:to|for)\s+(?:our|the)\b")
# A press office's contact block, which a release may print above its text as well as below,
# and a counter of reads or comments, which a page prints by its headline as well as at its end.
_CONTACT = re.compile(
    r"(?i)(?:for )?(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\b"
    r"|\d[\d,.\s]*\s*(?:reads?|views?|comments?|shares?|likes?)$"
)
_PROSE_RUN = 2  # lines of prose in a row that show the story going on
_HEAD_LINES = 3  # the page's first lines: a contact line among them heads the release
# "MORE NEWS", "More stories": a box of other stories' links, set into the story or ending it.
_MORE = re.compile(r"(?i)more (?:news|stories|articles)\s*[:.]?")
_NAMED = re.compile(r"\b[A-ZÀ-ÞА-ЯЁ][\w’'-]{3,}")
_OPENS = (".", "!", "?", ":", "“", '"')  # what a capital after them may open: a sentence
# Capitalised words every story may use (days, months, bodies): no sign of the same story.
_COMMON_CAPITALS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "This", "That", "There", "They", "Their", "When", "What", "With", "While",
    "State", "Government", "Police", "Court", "President", "Minister", "Council", "City",
    "Federal", "National", "Ministry", "Department", "Party", "Country", "World", "News",
}  # fmt: skip


def article_end(lines: Sequence[Line], start: int) -> tuple[int, str | None] | None:
    """The line the article's tail starts at and the page's own address printed in the tail
    (``Original article link: …``), or ``None`` when nothing ends it."""
    nonblank = [i for i in range(start, len(lines)) if lines[i].text]
    for n, i in enumerate(nonblank):
        text = lines[i].text
        if not is_end_marker(text):
            continue
        if n and inbox_blurb(text) and _SIGN_UP.match(lines[nonblank[n - 1]].text):
            continue  # the blurb of a sign-up box the story went on past
        if _CONTACT.match(text) and not any(_ended_sentence(lines[j].text) for j in nonblank[:n]):
            continue  # "Contact: …", "1809 Reads" above the story's first sentence: its header
        after = [lines[j].text for j in nonblank[n + 1 : n + 2 + _BOX_LINES + _PROSE_RUN]]
        after = [t for t in after if not inbox_blurb(t)]  # the sign-up box's own blurb
        if _CONTACT.match(text) and n < _HEAD_LINES and story_goes_on(after):
            continue  # a release's contact line under its headline, the story after it
        if _box_heading(text) and story_goes_on(after):
            continue  # a read-also box: its links, then the story's prose
        if (_box_heading(text) or _MORE.fullmatch(text)) and _same_story(
            lines, nonblank[:n], after
        ):
            continue  # "MORE NEWS", a caption, then the story's people again
        i = neighbours.comment_subject(lines, i, start)  # from its subject
        found = (original_address(lines[j].text) for j in nonblank[n:])
        return i, next((url for url in found if url is not None), None)
    return None


def _ended_sentence(text: str) -> bool:
    """A line of the story's prose: a sentence ended (a headline has no full stop)."""
    return is_sentence_like(text) and text.rstrip(" ”’\"'").endswith((".", "!", "?"))


def _box_heading(text: str) -> bool:
    """A heading of a box set into a story: read also, a related story, sign up."""
    return is_read_also(text) or bool(_SIGN_UP.match(text))


def _same_story(lines: Sequence[Line], before: Sequence[int], after: Sequence[str]) -> bool:
    """Under a box's heading, past a few short lines (its links, a caption), a paragraph of prose
    names someone or something the story above named (``Mr Lund said: …``): the story goes on.
    Another story's blurb names its own people; a byline, a date or a marker ends the search."""
    named: set[str] = set()
    for i in before:
        named.update(_named_words(lines[i].text))
    for text in after[: _BOX_LINES + 1]:
        if is_end_marker(text) or names_in_byline(text) or looks_like_date(text):
            return False
        if _prose(text) and not ELLIPSIS_END.search(text) and _named_words(text) & named:
            return True  # (a blurb cut off with "…" is another story's teaser)
    return False


def _named_words(text: str) -> set[str]:
    """The capitalised words of four letters or more a line uses, but where a sentence opens."""
    words = {
        m.group()
        for m in _NAMED.finditer(text)
        # (only the few characters before it: a long line stays linear)
        if m.start() > 0 and not text[max(0, m.start() - 4) : m.start()].rstrip().endswith(_OPENS)
    }
    return {w for w in words if not w.isupper()} - _COMMON_CAPITALS


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
