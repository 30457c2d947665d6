"""Dates as sources state them: a day, a month, a year, or a range of days."""

from __future__ import annotations

import datetime as dt
import re

from attrs import field, frozen

from claimtrack.model.vocabulary import _Vocabulary

__all__ = ["DatePrecision", "PartialDate"]


class DatePrecision(_Vocabulary):
    """How much of a date the source actually states."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


_ISO_DATE = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:/(\d{4}-\d{2}-\d{2}))?)?)?$", re.ASCII
)


def _bounds(start: dt.date, precision: DatePrecision) -> tuple[dt.date, dt.date] | None:
    """First and last day a date of ``precision`` starting on ``start`` covers (None: a range)."""
    if precision is DatePrecision.DAY:
        return start, start
    if precision is DatePrecision.MONTH:
        first = start.replace(day=1)
        if start.year == 9999 and start.month == 12:
            return first, dt.date(9999, 12, 31)
        nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if precision is DatePrecision.YEAR:
        return dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    return None


@frozen(order=True)
class PartialDate:
    """A date with its precision: a day, a month, a year, or a range of days.

    ``start`` and ``end`` are the first and last day covered, so dates of any precision sort and
    compare. ``str()`` gives ISO-style text: ``2017-06-19``, ``2017-06``, ``2017``,
    ``2017-11-27/2017-12-03``; :meth:`parse` reads it back.
    """

    start: dt.date
    end: dt.date
    precision: DatePrecision = field(converter=DatePrecision)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")
        # start/end must be what the precision says, or str() and parse() would not round-trip.
        want = _bounds(self.start, self.precision)
        if want is not None and want != (self.start, self.end):
            raise ValueError(
                f"a {self.precision.value} date must span {want[0]}..{want[1]}, "
                f"not {self.start}..{self.end}; use PartialDate.range() for other spans"
            )

    @classmethod
    def day(cls, year: int, month: int, day: int) -> PartialDate:
        """A single known day."""
        d = dt.date(year, month, day)
        return cls(d, d, DatePrecision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> PartialDate:
        """A known month of a known year."""
        first, last = _bounds(dt.date(year, month, 1), DatePrecision.MONTH)  # type: ignore[misc]
        return cls(first, last, DatePrecision.MONTH)

    @classmethod
    def year(cls, year: int) -> PartialDate:
        """A known year only."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR)

    @classmethod
    def range(cls, start: dt.date, end: dt.date) -> PartialDate:
        """A span of days, e.g. a weekly digest's ``November 27 – December 3, 2017``."""
        return cls(start, end, DatePrecision.RANGE)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the ``str()`` form back; raises ValueError naming the expected forms."""
        text = text.strip()
        forms = "use YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DD/YYYY-MM-DD"
        m = _ISO_DATE.match(text)
        if m is None:
            raise ValueError(f"{text!r} is not a date; {forms}")
        year, month, day, end = m.groups()
        try:
            if end is not None:
                start = dt.date(int(year), int(month), int(day))
                return cls.range(start, dt.date.fromisoformat(end))
            if day is not None:
                return cls.day(int(year), int(month), int(day))
            if month is not None:
                return cls.month(int(year), int(month))
            return cls.year(int(year))
        except ValueError as exc:  # month 13, February 30th and the like
            raise ValueError(f"{text!r} is not a valid date ({exc}); {forms}") from None

    @classmethod
    def coerce(cls, value: object) -> PartialDate | None:
        """Accept a PartialDate, a ``datetime.date``, an ISO string, or None."""
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value, value, DatePrecision.DAY)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls.year(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise TypeError(f"cannot read a date from {value!r}")

    def __str__(self) -> str:
        if self.precision is DatePrecision.DAY:
            return self.start.isoformat()
        if self.precision is DatePrecision.MONTH:
            return self.start.isoformat()[:7]
        if self.precision is DatePrecision.YEAR:
            return f"{self.start.year:04d}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"
