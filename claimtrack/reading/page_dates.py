"""Header date lines as page copies print them: run into a control, or in a bar of fields.

``date 2024-04-29 Theme`` and ``Agency, January 16, 2015 Adjust font size:`` join the date to
the button beside it; ``Source: Agency | 2018-01-17 00:45:28 | Editor: Jane Roe`` sets it among
labelled fields. The dates themselves are read by :mod:`claimtrack.text.date_lines`.
"""

from __future__ import annotations

import re

from claimtrack.reading.controls import is_ui
from claimtrack.reading.notices import is_furniture
from claimtrack.text.date_lines import DateLine, read_date_line, repost_date

__all__ = ["fielded_date", "page_date_line"]


_DIGIT = re.compile(r"\d")
_CONTROL_WORDS = 4  # the most words of a page control run into a date line


def page_date_line(text: str, *, header: bool) -> DateLine | None:
    """A date line, perhaps with a page control run into it in the header.

    ``date 2024-04-29 Theme``, ``Agency, January 16, 2015 Adjust font size:``: the copy joins
    the date to the button beside it; the date is read, the button is not.
    """
    found = read_date_line(text, header=header) or repost_date(text)
    if found is not None or not header or len(text) > 160:
        return found
    if (found := fielded_date(text)) is not None:
        return found
    if not _DIGIT.search(text):
        return None  # every date line states a day or a year
    tokens = text.split()
    for n in range(1, min(_CONTROL_WORDS, len(tokens) - 1) + 1):
        tail = " ".join(tokens[-n:])
        if is_ui(tail) or is_furniture(tail):
            found = read_date_line(" ".join(tokens[:-n]), header=True)
            if found is not None and found.date is not None:
                return found
    return None


_FIELD_BAR = re.compile(r"\s*[|¦]\s*")
_FIELD = re.compile(r"[^\W\d_][\w .'’-]{0,20}\s*:\s*\S.{0,40}")


def fielded_date(text: str) -> DateLine | None:
    """A wire page's header bar: ``Source: Agency | 2018-01-17 00:45:28 | Editor: Jane Roe``.

    Labelled fields and one date, set apart by bars: the date is read.
    """
    if "|" not in text and "¦" not in text:
        return None
    pieces = [p for p in _FIELD_BAR.split(text) if p]
    if not 2 <= len(pieces) <= 5:
        return None
    dates = [d for p in pieces if (d := read_date_line(p, header=True)) and d.date]
    others = [p for p in pieces if read_date_line(p, header=True) is None]
    if len(dates) != 1 or len(others) != len(pieces) - 1:
        return None
    return dates[0] if all(_FIELD.fullmatch(p) for p in others) else None
