"""The data model: frozen attrs value objects and the vocabularies they use.

Serialization lives in :mod:`claimtrack.serialization.codec`, not here. Offsets are code points into
``Article.text``; the ``offset_map`` of an article maps them back to ``Article.raw``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from bisect import bisect_right

import attrs
from attrs import field, frozen

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "Confidence",
    "Contradiction",
    "ContradictionKind",
    "ContradictionLevel",
    "ContradictionStatus",
    "Credibility",
    "DatePrecision",
    "Evidence",
    "Likelihood",
    "PartialDate",
    "Reliability",
    "Role",
    "Source",
    "Stance",
    "TextQuoteSelector",
    "sha256",
]


def sha256(text: str) -> str:
    """Hex sha256 of ``text`` encoded as UTF-8 (the checksum of an article's ``raw``)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Vocabulary(enum.StrEnum):
    """A string enum whose bad values raise a ValueError listing the allowed ones."""

    @classmethod
    def _missing_(cls, value: object) -> _Vocabulary:
        if isinstance(value, str):
            wanted = value.strip().lower().replace("_", " ")
            for member in cls:
                if member.value == wanted or member.name.lower() == value.strip().lower():
                    return member
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__.lower()}; use one of {allowed}")


class Stance(_Vocabulary):
    """What a piece of evidence does to its claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"

    @classmethod
    def _missing_(cls, value: object) -> Stance:
        # The verb forms analysts type without thinking ("support", "refute").
        if isinstance(value, str) and value.strip().lower() in ("support", "refute"):
            return cls(value.strip().lower() + "s")
        return super()._missing_(value)  # type: ignore[return-value]


class Reliability(_Vocabulary):
    """Admiralty (NATO AJP-2.1) source reliability, A–F. F means *cannot be judged*, not *worst*."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        """The standard wording, e.g. ``"usually reliable"`` for B."""
        return _RELIABILITY_LABELS[self]

    @classmethod
    def _missing_(cls, value: object) -> Reliability:
        if isinstance(value, str) and value.strip().upper() in cls.__members__:
            return cls[value.strip().upper()]
        return super()._missing_(value)  # type: ignore[return-value]


_RELIABILITY_LABELS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


class Credibility(enum.IntEnum):
    """Admiralty information credibility, 1–6. 6 means *cannot be judged*, not *worst*."""

    CONFIRMED = 1
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    @property
    def label(self) -> str:
        """The standard wording, e.g. ``"probably true"`` for 2."""
        return self.name.lower().replace("_", " ")

    @classmethod
    def _missing_(cls, value: object) -> Credibility:
        if isinstance(value, str) and value.strip().isdigit():
            return cls(int(value.strip()))
        raise ValueError(
            f"{value!r} is not a valid credibility; use 1 (confirmed) to 6 (cannot be judged)"
        )


class Likelihood(_Vocabulary):
    """ICD 203 estimative terms, from least to most likely."""

    ALMOST_NO_CHANCE = "almost no chance"
    VERY_UNLIKELY = "very unlikely"
    UNLIKELY = "unlikely"
    ROUGHLY_EVEN_CHANCE = "roughly even chance"
    LIKELY = "likely"
    VERY_LIKELY = "very likely"
    ALMOST_CERTAIN = "almost certain"

    @property
    def percent_range(self) -> tuple[int, int]:
        """The probability band ICD 203 gives the term, in percent."""
        return _LIKELIHOOD_RANGES[self]


_LIKELIHOOD_RANGES = {
    Likelihood.ALMOST_NO_CHANCE: (1, 5),
    Likelihood.VERY_UNLIKELY: (5, 20),
    Likelihood.UNLIKELY: (20, 45),
    Likelihood.ROUGHLY_EVEN_CHANCE: (45, 55),
    Likelihood.LIKELY: (55, 80),
    Likelihood.VERY_LIKELY: (80, 95),
    Likelihood.ALMOST_CERTAIN: (95, 99),
}


class Confidence(_Vocabulary):
    """Analytic confidence, kept apart from likelihood as ICD 203 asks."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class ContradictionKind(_Vocabulary):
    """How two statements disagree."""

    CONTRADICTORY = "contradictory"
    CONTRARY = "contrary"
    TEMPORAL_CHANGE = "temporal change"
    NUMERIC = "numeric"
    OTHER = "other"


class ContradictionStatus(_Vocabulary):
    """Where an analyst stands on a contradiction. Detectors only ever propose candidates."""

    CANDIDATE = "candidate"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    EXPLAINED = "explained"


class ContradictionLevel(_Vocabulary):
    """Whether a contradiction is between two claims or two pieces of evidence."""

    CLAIMS = "claims"
    EVIDENCE = "evidence"


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


def _optional_date(value: object) -> PartialDate | None:
    return PartialDate.coerce(value)


def _tuple_of_str(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


def _optional_reliability(value: str | None) -> Reliability | None:
    return None if value is None else Reliability(value)


def _optional_likelihood(value: str | None) -> Likelihood | None:
    return None if value is None else Likelihood(value)


def _optional_confidence(value: str | None) -> Confidence | None:
    return None if value is None else Confidence(value)


def _nonempty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be a non-empty string")


@frozen
class Role:
    """A role an actor held, optionally bounded in time ("foreign minister" when he said it)."""

    title: str = field(validator=_nonempty)
    start: PartialDate | None = field(default=None, converter=_optional_date)
    end: PartialDate | None = field(default=None, converter=_optional_date)

    def held_on(self, when: PartialDate | None) -> bool:
        """True when the role is known to cover ``when`` (or has no bounds)."""
        if when is None:
            return self.start is None and self.end is None
        if self.start is not None and when.end < self.start.start:
            return False
        return not (self.end is not None and when.start > self.end.end)


@frozen
class Actor:
    """A person or body who says things: a speaker, a claimant, an author."""

    name: str = field(validator=_nonempty)
    aliases: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    roles: tuple[Role, ...] = field(default=(), converter=tuple)
    affiliation: str | None = None
    reliability: Reliability | None = field(default=None, converter=_optional_reliability)

    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def role_on(self, when: PartialDate | None) -> str | None:
        """The title of the role held on ``when``, or the only role when no date is known."""
        for role in self.roles:
            if when is not None and role.held_on(when):
                return role.title
        if len(self.roles) == 1 and (when is None or self.roles[0].held_on(when)):
            return self.roles[0].title
        return None


@frozen
class Source:
    """A publisher (outlet) and its Admiralty reliability grade."""

    name: str = field(validator=_nonempty)
    reliability: Reliability = field(default=Reliability.F, converter=Reliability)
    url: str | None = None
    notes: str = ""


def _offset_map(value: object) -> tuple[tuple[int, int, int], ...]:
    return tuple((int(a), int(b), int(c)) for a, b, c in value)  # type: ignore[attr-defined]


@frozen
class Article:
    """One article: its cleaned ``text``, the ``raw`` file it came from, and what was read off it.

    ``offset_map`` is a tuple of ``(text_start, raw_start, length)`` segments, sorted by
    ``text_start``: each says ``text[text_start:text_start+length]`` equals
    ``raw[raw_start:raw_start+length]``. Characters of ``text`` outside every segment (such as the
    blank line that joins two kept paragraphs) map to the nearest raw position before them.
    """

    id: str = field(validator=_nonempty)
    text: str
    raw: str = field()
    title: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    publisher: str | None = None
    url: str | None = None
    published: PartialDate | None = field(default=None, converter=_optional_date)
    language: str | None = None
    checksum: str = field()
    offset_map: tuple[tuple[int, int, int], ...] = field(converter=_offset_map)
    path: str | None = field(default=None, eq=False)

    @raw.default
    def _raw_default(self) -> str:
        return self.text

    @checksum.default
    def _checksum_default(self) -> str:
        return sha256(self.raw)

    @offset_map.default
    def _offset_map_default(self) -> tuple[tuple[int, int, int], ...]:
        if self.raw == self.text:
            return ((0, 0, len(self.text)),) if self.text else ()
        return ()

    def raw_offset(self, offset: int) -> int:
        """Map a code-point offset in ``text`` to the matching offset in ``raw``."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside article {self.id!r} (0..{len(self.text)})")
        segments = self.offset_map
        if not segments:
            return offset if self.raw == self.text else 0
        i = bisect_right(segments, (offset, float("inf"), 0)) - 1
        if i < 0:
            return segments[0][1]
        text_start, raw_start, length = segments[i]
        return raw_start + min(offset - text_start, length)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``text`` span to ``raw``; for an empty span both ends are the same point."""
        raw_start = self.raw_offset(start)
        if end <= start:
            return raw_start, raw_start
        return raw_start, self.raw_offset(end - 1) + 1


@frozen
class Claim:
    """A statement under assessment, with the analyst's likelihood and confidence kept apart."""

    id: str = field(validator=_nonempty)
    statement: str = field(validator=_nonempty)
    claimant: str | None = None
    tags: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    notes: str = ""
    likelihood: Likelihood | None = field(default=None, converter=_optional_likelihood)
    confidence: Confidence | None = field(default=None, converter=_optional_confidence)


@frozen
class TextQuoteSelector:
    """Where a quote sits in its article: W3C Web Annotation TextQuote + TextPosition selectors.

    ``exact`` is the article's own text at ``[start:end]`` (never the analyst's typing), with up to
    32 characters of ``prefix`` and ``suffix`` around it for re-anchoring after the text changes.
    """

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0

    def __attrs_post_init__(self) -> None:
        if not self.exact:
            raise ValueError("a quote selector needs a non-empty exact text")
        if self.start < 0 or self.end - self.start != len(self.exact):
            raise ValueError(
                f"selector offsets [{self.start}:{self.end}] do not fit a quote of "
                f"{len(self.exact)} characters"
            )


@frozen
class Evidence:
    """One quote from one article, bearing on one claim."""

    id: str = field(validator=_nonempty)
    claim: str = field(validator=_nonempty)
    article: str = field(validator=_nonempty)
    selector: TextQuoteSelector
    stance: Stance = field(converter=Stance)
    speaker: str | None = None
    said_on: PartialDate | None = field(default=None, converter=_optional_date)
    credibility: Credibility = field(default=Credibility.CANNOT_BE_JUDGED, converter=Credibility)
    notes: str = ""

    @property
    def quote(self) -> str:
        """The verified quote text, as it stands in the article."""
        return self.selector.exact


@frozen
class Contradiction:
    """Two claims, or two pieces of evidence, that disagree, and what the analyst made of it."""

    id: str = field(validator=_nonempty)
    level: ContradictionLevel = field(converter=ContradictionLevel)
    left: str = field(validator=_nonempty)
    right: str = field(validator=_nonempty)
    kind: ContradictionKind = field(default=ContradictionKind.OTHER, converter=ContradictionKind)
    status: ContradictionStatus = field(
        default=ContradictionStatus.CANDIDATE, converter=ContradictionStatus
    )
    rationale: str = ""
    resolution: str = ""
    detected_by: str = "analyst"
    reasons: tuple[str, ...] = field(default=(), converter=_tuple_of_str)

    def __attrs_post_init__(self) -> None:
        if self.left == self.right:
            raise ValueError(f"contradiction {self.id!r} sets {self.left!r} against itself")
