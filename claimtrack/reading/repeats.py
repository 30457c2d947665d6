"""Lines an article page prints twice: a teaser or pull copy before the article's own line.

Both checks are linear: a dictionary of the lines, and a bounded look-up by a line's first
twenty characters.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.reading.line_rules import ELLIPSIS_END, Line, words

__all__ = ["repeated_lines", "teaser_lines"]


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
