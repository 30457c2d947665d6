"""Paywall and subscription boxes: the offer a page prints instead of (or after) the story.

- a **prompt** is boilerplate wherever it stands (:func:`is_paywall_prompt`): ``To continue
  reading, please subscribe:``, ``Read unlimited articles for free today:``, ``Already have an
  account? Log in here »``, a price per period (``$4.75/week*``, ``$1 for the first 4 weeks*``),
  an offer's footnote (``*Billed as $19 plus GST every four weeks. Cancel any time.``), and the
  same in Spanish, French, German, Portuguese and Italian;
- a **box** (:func:`paywall_lines`): once a prompt stands among the kept lines, the lines packed
  with it that sell (a plan's name, a price, a line naming the subscription) go with it, and so
  do the short lines and list items between them (``or``, ``- Play interactive puzzles``).
  A line of prose, a quotation or a line after the box's last selling line stays: a body line
  is never taken for a box's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason, is_sentence_like, words
from claimtrack.reading.lines import Line
from claimtrack.reading.promos import PRICE, is_paywall_prompt

__all__ = ["paywall_lines"]

_SELLING = re.compile(rf"{PRICE}|subscri|suscri|abonn|assinatur|abbonament", re.IGNORECASE)
_QUOTE = re.compile('["“”„«»]')
_SHORT_WORDS = 4
_ITEM_WORDS = 15
_ITEM_MARKS = "-–•·*✓✔"
_SELLING_WORDS = 30


def _selling(text: str) -> bool:
    """A box's line that sells: a prompt, or no prose naming a price or the subscription."""
    if is_paywall_prompt(text):
        return True
    return (
        len(words(text)) <= _SELLING_WORDS
        and not is_sentence_like(text)
        and bool(_SELLING.search(text))
    )


def _filler(text: str) -> bool:
    """A box's short line or list item (``or``, ``- Play interactive puzzles``)."""
    n = len(words(text))
    return n <= _SHORT_WORDS or (text[:1] in _ITEM_MARKS and n <= _ITEM_WORDS)


def paywall_lines(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The kept lines of ``idx`` that belong to a paywall box (see the module's notes).

    A box is a run of selling and filler lines around a prompt; it spans from its first
    selling line to its last, so a short body line just before or after it stays. Only the
    lines around a prompt are looked at twice: linear in the page.
    """
    found: list[int] = []
    done = -1  # the last position in ``idx`` a box has reached
    for p, i in enumerate(idx):
        if p <= done or not is_paywall_prompt(lines[i].text):
            continue
        lo = p
        while lo > done + 1 and _in_box(lines, reason, idx[lo - 1]):
            lo -= 1
        hi = p
        while hi + 1 < len(idx) and _in_box(lines, reason, idx[hi + 1]):
            hi += 1
        run = idx[lo : hi + 1]
        sold = [j for j in run if j == i or _selling(lines[j].text)]
        found += [j for j in run if sold[0] <= j <= sold[-1] and reason[j] is None]
        done = hi
    return found


def _in_box(lines: Sequence[Line], reason: Sequence[DropReason | None], i: int) -> bool:
    """Line ``i`` may stand in a box: dropped already, a filler or a selling line, and no
    quotation (``Log in here »``: an arrow, no quotation mark)."""
    text = lines[i].text
    if _QUOTE.search(text.rstrip(" »›>")):
        return False
    return reason[i] is not None or _filler(text) or _selling(text)
