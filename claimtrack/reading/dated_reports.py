"""A report's headline that is its name and its day: ``Cabinet report – 22 June 2021``, ``City
Council Recap | September 11, 2024``, ``News Analysis – May 2018``.

The date rules read such a first line as the page's date line (a label, then the day), and the
page then had no title, or a subheading under it ("General News Summary") or a line of the
page's bar for one. When the page's first line is read as its date and the words before the day
name a kind of report (a recap, minutes, a bulletin), the whole line is the headline: a date
line's label says when ("Published", "Updated") or who ("By Ada Lund"), never what the page is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason
from claimtrack.reading.lines import Line

__all__ = ["dated_report", "names_a_report"]

_REPORT_WORDS = frozenset({
    "report", "reports", "recap", "minutes", "update", "briefing", "bulletin", "newsletter",
    "digest", "summary", "roundup", "round-up", "review", "analysis", "diary", "notes",
})  # fmt: skip
_FIRST_NUMBER = re.compile(r"\d")
_NAME_WORDS = 6  # "Harbour Board monthly meeting report" at most before the day


def names_a_report(text: str) -> bool:
    """Whether ``text`` ends in a kind of report: "Rugby Reports", "Council Recap" name no one,
    though they are cased like a name in a byline's place ("Rugby Reports - 7th September")."""
    words = text.split()
    return bool(words) and words[-1].strip("|–—-:,.").casefold() in _REPORT_WORDS


def dated_report(
    lines: Sequence[Line], reason: Sequence[DropReason | None], stop: int, chosen: int | None
) -> int | None:
    """The page's first line when it is read as the date and names a report before its day,
    else ``chosen`` (the line the other header rules took for the headline)."""
    first = next((i for i in range(stop) if lines[i].text), None)
    if first is None or reason[first] is not DropReason.DATE:
        return chosen
    text = lines[first].text
    number = _FIRST_NUMBER.search(text)
    named = text[: number.start()] if number else ""
    names = [w.strip("|–—-:,.").casefold() for w in named.split()]
    names = [w for w in names if w]
    if not names or len(names) > _NAME_WORDS:
        return chosen
    return first if any(w in _REPORT_WORDS for w in names) else chosen
