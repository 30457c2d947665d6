"""A wire story's dateline: the place, the day and the agency that open the story's first line.

``MADRID, 17 Ene. (EUROPA PRESS) -``, ``LONDON, March 3 (Reuters) —``, ``Baku/03.07.21/Turan:``,
``(AGENCY) – mer 12 ottobre 2022`` (a reprint's agency first).
Agencies print the dateline at the very start of the story, so it tells where the body starts;
its day (with its year, or without: ``17 Ene.``) tells which of the page's dates is the story's.
A day without a year never becomes a date: it only confirms a date the page prints in full.
"""

from __future__ import annotations

import re

from attrs import frozen

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.text.dates import parse_date
from claimtrack.text.month_names import month_number

__all__ = ["StoryDateline", "dateline_end", "story_dateline"]


@frozen
class StoryDateline:
    """A dateline's day: ``month`` and ``day``, and ``date`` when it states the year too.

    ``end`` is where the dateline ends in the line (the story runs on after it, or nothing).
    """

    month: int
    day: int
    date: PartialDate | None
    end: int


# The place in capitals (maybe two: "FRANKLIN LAKES, N.J."), the day and month (year maybe),
# the agency in brackets, then the dash or colon that joins the dateline to its story.
_BRACKETED = re.compile(
    r"(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}),\s+"
    r"(?P<date>\d{1,2}\.?\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2})(?P<year>,?\s+\d{4})?"
    r"\s*\((?P<agency>[^()]{2,40})\)\s*(?:[-–—:]+|$)"
)
# "Baku/03.07.21/Turan:": place, day.month.year (two digits or four), agency, between slashes.
_SLASHED = re.compile(
    r"(?P<place>[A-ZÀ-ÞА-ЯЁ][^\W\d_]{1,30}(?: [A-ZÀ-ÞА-ЯЁ][^\W\d_]{1,30})?)\s?/\s?"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})\s?/\s?"
    r"(?P<agency>[A-ZÀ-ÞА-ЯЁ][\w.&' -]{1,30}?)\s?[:.–—-]"
)
# "(AGENCY) – mer 12 ottobre 2022": a reprinting agency first, then its day (a weekday maybe),
# always with the year.
_AGENCY_FIRST = re.compile(
    r"\((?P<agency>[A-Z][A-Z.&' -]{1,30})\)\s*[-–—]\s*(?:[^\W\d_]{2,12}\.?,?\s+)?"
    r"(?P<date>\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4})\b\s*[-–—:]?\s*"
)
# A two-digit year belongs to this century up to here, to the last one after.
_CENTURY_PIVOT = 70


def story_dateline(line: str) -> StoryDateline | None:
    """The wire dateline opening ``line``, or None."""
    head = line[:120]
    m = _SLASHED.match(head)
    if m is not None:
        day, month, year = (int(m.group(k)) for k in ("day", "month", "year"))
        if year < 100:
            year += 2000 if year < _CENTURY_PIVOT else 1900
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        try:
            date = PartialDate.day(year, month, day)
        except ValueError:
            return None
        return StoryDateline(month, day, date, m.end())
    m = _AGENCY_FIRST.match(head)
    if m is not None:
        found = parse_date(m.group("date").replace(",", " "))
        if found is None or found.precision is not DatePrecision.DAY:
            return None
        return StoryDateline(found.start.month, found.start.day, found, m.end())
    m = _BRACKETED.match(head)
    if m is None:
        return None
    # Read the day with a stand-in year: the dateline names its year or it names none.
    found = parse_date(f"{m.group('date')} {m.group('year') or '2000'}".replace(",", " "))
    if found is None or found.precision is not DatePrecision.DAY:
        return None
    stated = parse_date(m.group("date") + m.group("year")) if m.group("year") else None
    return StoryDateline(found.start.month, found.start.day, stated, m.end())


# A dateline as a story's first words may also write its place in ordinary case, its agency left
# out or its colon missing: "Dhaka, Dec 3 (UNI) The …", "New Delhi, Feb 05: The …".
_PLACE_AND_DAY = re.compile(
    r"[A-ZÀ-Þ][^\W\d_]{1,30}(?:[ -][A-ZÀ-Þ][^\W\d_]{1,30}){0,2},\s+"
    r"(?:(?P<month>[^\W\d_]{3,9})\.?\s*:?\s*\d{1,2}|\d{1,2}\s+(?P<after>[^\W\d_]{3,9})\.?)"
    r"(?:,?\s+\d{4})?\s*(?:\([^()\n]{2,40}\))?\s*[-–—:]*\s*"
)


def dateline_end(line: str) -> int | None:
    """Where the dateline opening ``line`` ends, read loosely (the place in any case, the agency
    and the dash optional, the month a month's name; or a place in capitals and a dash with no
    day), or None. Enough to tell that the place names no one; too loose to date the story by
    (:func:`story_dateline` does that)."""
    found = story_dateline(line)
    if found is not None:
        return found.end
    m = _PLACE_AND_DAY.match(line[:120])
    if m is None or month_number(m.group("month") or m.group("after")) is None:
        caps = _PLACE_IN_CAPITALS.match(line[:80])
        return caps.end() if caps is not None else None
    return m.end()


# A place in capitals and a dash, no day: "QUEENS PARK – Premier Ada Lund issued …".
_PLACE_IN_CAPITALS = re.compile(
    r"[A-ZÀ-Þ]{3,}(?:[ -][A-ZÀ-Þ.'’]{2,}){0,3}(?:, [A-Z][\w.]+)?\s+[–—-]{1,2}\s+(?=[A-Z])"
)
