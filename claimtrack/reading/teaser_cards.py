"""Teaser cards closing the page: other stories, each a headline over its date or its cut blurb.

Many pages print, under the story, a box of other stories from a section (``Opinion`` /
``Editorial``, ``More in Business``): each card is a headline, its date alone on the next line
(``30 Apr, 2025``), maybe the headline again (the card's link), and a blurb cut off by an
ellipsis (``Is the harbour ready for winter? At least that is what…``). A blog's ``Recent
Posts`` print each card as its section (``• Economy``), its headline, the cut blurb and its age
(``3 days ago``). The story's own lines never take that form: a paragraph is prose, not a
headline over a bare date or over a cut blurb.

Read from the page's last line upwards while the lines are card lines (headlines and labels: no
sentence, a dozen words at most; date lines; cut blurbs; lines already dropped), the run is a
box of cards when at least two headlines stand over a date or a blurb, and one blurb is cut off.
The first line of prose above ends the look; so does a bound on the lines looked at (linear).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import ELLIPSIS_END, DropReason, is_sentence_like, words
from claimtrack.reading.lines import Line
from claimtrack.text.dates import looks_like_date

__all__ = ["tail_cards"]

_TAIL_LINES = 40  # lines of a box of cards, at most
_TITLE_WORDS = 12
_CARD_TITLE_WORDS = 25  # a headline right over its card's date or blurb may run longer
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’»)]*$")
_BLURB_WORDS = 60
_CARDS = 2  # headlines over a date or a blurb, at least


def tail_cards(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The kept lines of a box of teaser cards closing the page (see the notes), or none."""
    tail: list[int] = []
    cards = cut = 0
    under_card = False  # the line below (read upwards) is a date line or a cut blurb
    for i in reversed(idx[-_TAIL_LINES:]):
        text = lines[i].text
        if _dated(text, reason[i]):
            under_card = True
        elif ELLIPSIS_END.search(text) and len(words(text)) <= _BLURB_WORDS:
            cut += 1
            under_card = True
        elif reason[i] is None and not (under_card and _card_headline(text)):
            if is_sentence_like(text) or len(words(text)) > _TITLE_WORDS:
                break
        else:
            if under_card and reason[i] in (None, DropReason.RELATED_LINK):
                cards += 1  # a headline over its date or its blurb (maybe read as a link)
            under_card = False
        tail.append(i)
    if cards < _CARDS or cut < 1:
        return []
    return [i for i in tail if reason[i] is None]


def _dated(text: str, reason: DropReason | None) -> bool:
    """A card's date: a date line, or its age ("3 days ago", dropped as a control word)."""
    return (
        reason is DropReason.DATE
        or looks_like_date(text)
        or (reason is DropReason.UI_WORD and text.endswith(" ago"))
    )


def _card_headline(text: str) -> bool:
    """A long headline right over its date or blurb ("Surprised by what's happening in Velm:
    this is what makes us stand out"): no full stop closes it."""
    return len(words(text)) <= _CARD_TITLE_WORDS and not _SENTENCE_END.search(text)
