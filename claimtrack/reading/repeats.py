"""Lines about other things than the article: copies of its own lines, other stories' lists.

A teaser or pull copy printed before the article's own line, and a sidebar's list of other
headlines. Every check is linear: a dictionary of the lines, a bounded look-up by a line's
first twenty characters, one pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import ELLIPSIS_END, is_sentence_like, words
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import is_sidebar

__all__ = ["repeated_lines", "restates", "sidebar_lines", "teaser_lines"]


def repeated_lines(lines: Sequence[Line], kept: list[int]) -> list[int]:
    """Lines (of four words or more) that come again later: the later one is the article's."""
    last: dict[str, int] = {}
    for i in kept:
        if len(words(lines[i].text)) >= 4:
            last[lines[i].text] = i
    return [i for i in kept if len(words(lines[i].text)) >= 4 and last.get(lines[i].text, i) != i]


def teaser_lines(lines: Sequence[Line], kept: list[int]) -> list[int]:
    """Lines ``Stem...`` (or ``Stem…``) where a later line starts with the stem."""
    by_prefix: dict[str, list[int]] = {}
    for i in kept:
        by_prefix.setdefault(lines[i].text[:20], []).append(i)
    found: list[int] = []
    for i in kept:
        text = lines[i].text
        m = ELLIPSIS_END.search(text)
        if not m:
            continue
        stem = text[: m.start()].rstrip()
        if len(stem) < 20:
            continue
        # Bounded look-up keeps this linear even on pathological input.
        for j in by_prefix.get(stem[:20], ())[:50]:
            if j > i and len(lines[j].text) > len(stem) and lines[j].text.startswith(stem):
                found.append(i)
                break
    return found


def sidebar_lines(lines: Sequence[Line], idx: list[int], dropped: set[int]) -> list[int]:
    """The headlines under a sidebar heading (``Top Stories``), up to the next line of prose.

    Not an end marker: a page saved as text may print a sidebar in the middle of the article,
    whose body goes on after the list. ``dropped`` lines are passed over.
    """
    found: list[int] = []
    in_sidebar = False
    for i in idx:
        text = lines[i].text
        if is_sidebar(text):
            in_sidebar = True
        elif i in dropped:
            continue
        elif in_sidebar and not is_sentence_like(text):
            found.append(i)
        else:
            in_sidebar = False
    return found


_WORD = re.compile(r"[^\W_]+")


def restates(paragraph: str, summary: str, share: float = 0.85) -> bool:
    """Nearly every word of ``summary`` (``share`` of them) occurs in ``paragraph``."""
    wanted = [w.casefold() for w in _WORD.findall(summary)]
    if not wanted:
        return False
    have = {w.casefold() for w in _WORD.findall(paragraph)}
    return sum(1 for w in wanted if w in have) >= share * len(wanted)
