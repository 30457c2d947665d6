"""Lists of links and credits a page prints after (or among) the story's lines, told by their form.

- a **run of links set off by a trailing mark**: three lines or more in a row, each a headline
  (no sentence) ending in a separator the list printed between its items (``Ferry Fares To Rise
  In Spring -``, ``… |``, ``… •``); with it a separator alone on its line right above or below
  the run (``-``), and the page's last line right under the run when it is no sentence (the
  next item, cut off by the copy's end: ``Keto Diet E``);
- a **separator alone** on its line (``-``, ``—``, ``•``) anywhere in the body: no text;
- an **agency's closing credit**: a dash and a name of one to three capitalised words on the
  body's last line (``-Newswire``, ``— Harbour Press``), not under another item of a dashed
  list (``- France`` / ``- Spain`` stay).

Each check is one pass over the body's lines, looking at most at a line's neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason, is_sentence_like
from claimtrack.reading.lines import Line

__all__ = ["closing_credit", "link_runs"]

_SEPARATORS = "-–—|•·"
_ALONE = re.compile(r"[-–—|•·*]{1,3}")
_RUN = 3  # items in a row, at least
_CREDIT = re.compile(r"[-–—]\s?(?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,2}")
_CREDIT_CHARS = 40


def _item(text: str) -> bool:
    """A headline ending in a separator set apart by a space (``Ferry Fares To Rise -``)."""
    return (
        len(text) >= 3
        and text[-1] in _SEPARATORS
        and text[-2] == " "
        and not is_sentence_like(text[:-2].rstrip())
    )


def link_runs(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The kept lines of ``idx`` (nonblank, in order) that are a run of links or a separator
    alone (see the module's notes)."""
    kept = [i for i in idx if reason[i] is None]
    found = [i for i in kept if _ALONE.fullmatch(lines[i].text)]
    n = 0
    while n < len(kept):
        end = n
        while end < len(kept) and _item(lines[kept[end]].text):
            end += 1
        if end - n >= _RUN:
            found += kept[n:end]
            if end == len(kept) - 1 and not is_sentence_like(lines[kept[end]].text):
                found.append(kept[end])  # the last item, cut off by the copy's end
        n = max(end, n + 1)
    return sorted(set(found))


def closing_credit(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> int | None:
    """The body's last kept line when it is an agency's closing credit (``-Newswire``)."""
    kept = [i for i in idx if reason[i] is None]
    if len(kept) < 2:
        return None
    last = lines[kept[-1]].text
    if len(last) > _CREDIT_CHARS or not _CREDIT.fullmatch(last):
        return None
    above = lines[kept[-2]].text
    return None if above[:1] == last[:1] else kept[-1]
