"""Header date lines as page copies print them: run into a control, or in a bar of fields.

``date 2024-04-29 Theme`` and ``Agency, January 16, 2015 Adjust font size:`` join the date to
the button beside it; ``Source: Agency | 2018-01-17 00:45:28 | Editor: Jane Roe`` sets it among
labelled fields. The dates themselves are read by :mod:`claimtrack.text.date_lines`.
"""

from __future__ import annotations

import re

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.reading.controls import is_ui
from claimtrack.reading.notices import is_furniture
from claimtrack.text.date_lines import DateLine, read_date_line, repost_date
from claimtrack.text.dates import CLOCK_TIME
from claimtrack.text.dates_within import is_update_label, labelled_date_ahead
from claimtrack.text.story_datelines import StoryDateline

__all__ = [
    "choose_published",
    "fielded_date",
    "is_placeholder",
    "page_date_line",
    "timed_venue",
]


_DIGIT = re.compile(r"\d")
_CONTROL_WORDS = 4  # the most words of a page control run into a date line


def page_date_line(text: str, *, header: bool) -> DateLine | None:
    """A date line, perhaps with a page control run into it in the header.

    ``date 2024-04-29 Theme``, ``Agency, January 16, 2015 Adjust font size:``: the copy joins
    the date to the button beside it; the date is read, the button is not.
    """
    found = read_date_line(text, header=header) or repost_date(text)
    if found is None and not header:
        # In the header every line is dropped anyway, and date_in_header reads its dates.
        found = _labelled_ahead(text)
    if found is not None or not header or len(text) > 160:
        return found
    if (found := fielded_date(text)) is not None:
        return found
    if not _DIGIT.search(text):
        return None  # every date line states a day or a year
    tokens = text.split()
    for n in range(1, min(_CONTROL_WORDS, len(tokens) - 1) + 1):
        tail = " ".join(tokens[-n:])
        control = is_ui(tail) or is_furniture(tail)
        if control or (n <= _SECTION_WORDS and _SECTION.fullmatch(tail)):
            found = read_date_line(" ".join(tokens[:-n]), header=True)
            # A section's name after the date counts only after a labelled date ("date
            # 2024-04-29 Politics"): "March 3, 2024 Minister" may start a headline.
            if found is not None and found.date is not None and (control or found.labelled):
                return found
    return timed_venue(text)


def _labelled_ahead(text: str) -> DateLine | None:
    """A labelled date with more after it than a date line holds (``Published 4th Jun 2023,
    13:20 BST- 1 min read``): :func:`~claimtrack.text.dates_within.labelled_date_ahead`."""
    found = labelled_date_ahead(text)
    if found is None:
        return None
    date, label = found
    return DateLine(date, "updated" if is_update_label(label) else "published", labelled=True)


# A section's name run into a labelled date: "date 2026-01-26 Noticias", "Published 2024-03-03
# World News". One or two capitalised words, maybe a small word between ("Trial in Graz").
_SECTION_WORDS = 3
_SECTION = re.compile(r"[A-ZÀ-ÞА-ЯЁ][^\W\d_]+(?:(?: in| of| and| de| la)? [A-ZÀ-ÞА-ЯЁ&][^\W\d_]*)?")
# A date and its clock time, then where it took place: "Monday, March 6, 2017, 12:20 p.m.
# Front Entrance Hall, Prime Minister's Office" (a press conference's header).
_TIMED = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[ap]m\b|h\b)?", re.IGNORECASE)
_VENUE_WORDS = 10


def timed_venue(text: str) -> DateLine | None:
    """A whole date and its clock time, then a short place (``…, 12:20 p.m. Front Entrance Hall,
    Prime Minister's Office``): the date is read; the place, capitalised and without a sentence's
    end, goes with it. None otherwise."""
    for m in _TIMED.finditer(text, 0, 80):
        found = read_date_line(text[: m.end()], header=True)
        if found is None or found.date is None or found.date.precision is not DatePrecision.DAY:
            continue
        place = text[m.end() :].strip(" ,|–—-")
        tokens = place.split()
        if (
            0 < len(tokens) <= _VENUE_WORDS
            and place[:1].isupper()
            and not place.endswith((".", "!", "?", ":"))
            and sum(1 for t in tokens if t[:1].isupper()) >= 0.5 * len(tokens)
        ):
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
    # The date's clock time may stand in a piece of its own: "… | 19:19 WIB | Reporter: …".
    others = [
        p
        for p in pieces
        if read_date_line(p, header=True) is None and not CLOCK_TIME.fullmatch(" " + p)
    ]
    timed = len(pieces) - len(others) - len(dates)
    if len(dates) != 1 or timed > 1 or not others:
        return None
    return dates[0] if all(_FIELD.fullmatch(p) for p in others) else None


# A content system's empty date field: 1 January 1970 (the Unix epoch, 31 December 1969 west of
# Greenwich), 1900 or 2000.
_PLACEHOLDERS = frozenset({(1970, 1, 1), (1969, 12, 31), (1900, 1, 1), (2000, 1, 1)})


def is_placeholder(date: PartialDate) -> bool:
    """A day a content system prints for a date never set (``date 2000-01-01``)."""
    start = date.start
    return date.precision is DatePrecision.DAY and (start.year, start.month, start.day) in (
        _PLACEHOLDERS
    )


def choose_published(
    dates: list[tuple[int, PartialDate]], dateline: StoryDateline | None
) -> PartialDate | None:
    """The page's date among ``(rank, date)`` pairs: the lowest rank wins (a ``Published`` line
    over a bare date, over an ``Updated`` line, …), the first printed among equals, unless the
    story's dateline names the day of another of them (``MADRID, 17 Ene. (AGENCY)`` under
    ``26 de febrero de 2020`` / ``17 de enero de 2020``): the story's own day.

    A placeholder (:func:`is_placeholder`) never beats another date; alone, 1 January 2000 is
    kept (a real day too) and the epoch or 1900 is no date at all.
    """
    real = [(rank, date) for rank, date in dates if not is_placeholder(date)]
    if not real:
        # Alone, only 1 January 2000 may be a real day; the epoch and 1900 predate the web.
        real = [
            (r, d) for r, d in dates if d.precision is DatePrecision.DAY and d.start.year >= 2000
        ]
    dates = real
    if not dates:
        return None
    best = min(rank for rank, _ in dates)
    tied = [date for rank, date in dates if rank == best]
    if dateline is not None:
        for date in tied:
            start = date.start
            if date.precision is DatePrecision.DAY and (start.month, start.day) == (
                dateline.month,
                dateline.day,
            ):
                return date
    chosen = tied[0]
    if chosen.precision is not DatePrecision.DAY:
        # "date 2017-10" over "Martes, 17 octubre 2017": the page's day within that month.
        days = [
            d
            for _, d in dates
            if d.precision is DatePrecision.DAY and chosen.start <= d.start <= chosen.end
        ]
        return days[0] if days else chosen
    return chosen
