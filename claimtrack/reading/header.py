"""The header zone's title: which of the lines above the body is the headline.

Pages put several short lines above the body: navigation, a section label (``Politics``), the
headline, a standfirst (a longer sentence-case line under the headline), the byline and date.
The rules, in order:

1. a line repeated in the header (pages often print the headline twice) is the title;
2. otherwise the last line standing alone between blank lines (two words or more), else the
   line directly above the body (three words or more), else the longest line;
3. a standfirst is not the title: when a headline-like line of five words or more stands right
   above the line chosen, and is Title Case where the line chosen is not, or the line chosen is
   a longer sentence-case line, the line above is the title.

Section labels (one word, or breadcrumbs such as ``MARKETS | Business``) never stand alone as
titles: they have too few words or are separated by bars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import Line, line_key, words

__all__ = ["choose_title"]

_BREADCRUMB = re.compile(r"\S\s+[|>»/›]\s+\S")
_SIGNIFICANT = re.compile(r"[^\W\d_][\w'’-]{3,}")


def choose_title(lines: Sequence[Line], candidates: list[int], body_start: int) -> int | None:
    """The index (into ``lines``) of the title among ``candidates``, or None."""
    usable = [i for i in candidates if not _BREADCRUMB.search(lines[i].text)] or candidates
    if not usable:
        return None
    seen: dict[str, int] = {}
    for i in usable:
        k = line_key(lines[i].text)
        if k in seen and len(words(k)) >= 2:
            return seen[k]
        seen[k] = i
    standalone = [i for i in usable if _standalone(lines, i) and len(words(lines[i].text)) >= 2]
    if standalone:
        return _not_a_standfirst(lines, standalone, standalone[-1])
    above = [i for i in usable if i == body_start - 1 and len(words(lines[i].text)) >= 3]
    if above:
        return _not_a_standfirst(lines, usable, above[0])
    return max(usable, key=lambda i: len(lines[i].text))


def _standalone(lines: Sequence[Line], i: int) -> bool:
    before = i == 0 or not lines[i - 1].text
    after = i + 1 >= len(lines) or not lines[i + 1].text
    return before and after


def _not_a_standfirst(lines: Sequence[Line], pool: list[int], chosen: int) -> int:
    """The headline above ``chosen`` when ``chosen`` reads as its standfirst."""
    position = pool.index(chosen)
    if position == 0:
        return chosen
    previous = pool[position - 1]
    if any(lines[k].text for k in range(previous + 1, chosen)):
        return chosen  # something else stands between them: not a headline and its standfirst
    text, above = lines[chosen].text, lines[previous].text
    if len(words(above)) < 5 or above.endswith((".", ":")):
        return chosen  # a short line above is an outlet's name or a section label
    if _title_case(above) and not _title_case(text):
        return previous
    if _sentence_case(text) and len(words(text)) >= 1.3 * len(words(above)):
        return previous
    return chosen


def _title_case(text: str) -> bool:
    """Nearly every longer word capitalised: "3 Stocks Slide on Disappointing Earnings"."""
    significant = _SIGNIFICANT.findall(text)[1:]
    if len(significant) < 2:
        return False
    return sum(1 for w in significant if w[0].isupper()) >= 0.75 * len(significant)


def _sentence_case(text: str) -> bool:
    """Most longer words after the first are lower case (a sentence, not a Title Case line)."""
    significant = _SIGNIFICANT.findall(text)[1:]
    if len(significant) < 3:
        return False
    capitals = sum(1 for w in significant if w[0].isupper())
    return capitals < 0.3 * len(significant)
