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
_QUOTES = frozenset('"“”„«»')
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

    A box is a run of selling and filler lines holding a prompt; it spans from its first
    selling line to its last, so a short body line just before or after it stays.
    """
    found: list[int] = []
    run: list[tuple[int, bool]] = []  # (line, selling) of the current run
    prompted = False
    for i in [*idx, -1]:
        text = lines[i].text if i >= 0 else ""
        quoted = any(c in _QUOTES for c in text.rstrip(" »›>"))  # "Log in here »": an arrow
        if i >= 0 and not quoted and (reason[i] is not None or _filler(text) or _selling(text)):
            run.append((i, _selling(text)))
            prompted = prompted or is_paywall_prompt(text)
            continue
        sold = [n for n, (_, selling) in enumerate(run) if selling]
        if prompted and sold:
            found += [j for j, _ in run[sold[0] : sold[-1] + 1] if reason[j] is None]
        run, prompted = [], False
    return found
