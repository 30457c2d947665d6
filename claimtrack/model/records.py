"""The records of a case: frozen attrs value objects (actors, sources, articles, claims, evidence).

The vocabularies they use live in :mod:`claimtrack.model.vocabulary`, dates in
:mod:`claimtrack.model.dates`; serialization lives in :mod:`claimtrack.serialization`, not
here. Offsets are code points into ``Article.text``; the ``offset_map`` of an article maps them back
to ``Article.raw``.
"""

from __future__ import annotations

from bisect import bisect_right

import attrs
from attrs import field, frozen

from claimtrack.model.dates import PartialDate
from claimtrack.model.fields import (
    enum_of,
    nonempty_text,
    optional_enum_of,
    optional_text,
    path_text,
    plain_text,
    text_tuple,
)
from claimtrack.model.selectors import (
    Interpolation,
    TextQuoteSelector,
    article_checksum,
    interpolations_of,
    segments_of,
)
from claimtrack.model.vocabulary import (
    Confidence,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    Likelihood,
    Reliability,
    Stance,
)

__all__ = [
    "ELISION",
    "Actor",
    "Article",
    "Claim",
    "Contradiction",
    "Evidence",
    "Role",
    "Source",
]


def _optional_date(value: object) -> PartialDate | None:
    if value is None or type(value) is PartialDate:  # the common case, decided inline
        return value
    return PartialDate.coerce(value)


def _roles(value: object) -> tuple[Role, ...]:
    """Converter: Role objects or plain titles (strings), as a tuple of Role."""
    items = () if value is None else value
    if isinstance(items, str) or not hasattr(items, "__iter__"):
        raise TypeError(f"roles must be a list of Role objects or titles, not {items!r}")
    roles = []
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, str):
            item = Role(item)
        if not isinstance(item, Role):
            raise TypeError(f"a role must be a Role or a title string, not {item!r}")
        roles.append(item)
    return tuple(roles)


# Named converters: mypy's attrs plugin reads a converter's type only from a named function.

_OPTIONAL_RELIABILITY_OF = optional_enum_of(Reliability)


def _optional_reliability(value: object) -> Reliability | None:
    return _OPTIONAL_RELIABILITY_OF(value)


_RELIABILITY_OF = enum_of(Reliability)


def _reliability(value: object) -> Reliability:
    return _RELIABILITY_OF(value)


_OPTIONAL_LIKELIHOOD_OF = optional_enum_of(Likelihood)


def _optional_likelihood(value: object) -> Likelihood | None:
    return _OPTIONAL_LIKELIHOOD_OF(value)


_OPTIONAL_CONFIDENCE_OF = optional_enum_of(Confidence)


def _optional_confidence(value: object) -> Confidence | None:
    return _OPTIONAL_CONFIDENCE_OF(value)


_STANCE_OF = enum_of(Stance)


def _stance(value: object) -> Stance:
    return value if type(value) is Stance else _STANCE_OF(value)


_CREDIBILITY_OF = enum_of(Credibility)


def _credibility(value: object) -> Credibility:
    return value if type(value) is Credibility else _CREDIBILITY_OF(value)


_CONTRADICTION_LEVEL_OF = enum_of(ContradictionLevel)


def _contradiction_level(value: object) -> ContradictionLevel:
    return _CONTRADICTION_LEVEL_OF(value)


_CONTRADICTION_KIND_OF = enum_of(ContradictionKind)


def _contradiction_kind(value: object) -> ContradictionKind:
    return _CONTRADICTION_KIND_OF(value)


_CONTRADICTION_STATUS_OF = enum_of(ContradictionStatus)


def _contradiction_status(value: object) -> ContradictionStatus:
    return _CONTRADICTION_STATUS_OF(value)


@frozen
class Role:
    """A role an actor held, optionally bounded in time ("foreign minister" when he said it)."""

    title: str = field(validator=nonempty_text)
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

    name: str = field(validator=nonempty_text)
    aliases: tuple[str, ...] = field(default=(), converter=text_tuple)
    roles: tuple[Role, ...] = field(default=(), converter=_roles)
    affiliation: str | None = field(default=None, validator=optional_text)
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

    name: str = field(validator=nonempty_text)
    reliability: Reliability = field(default=Reliability.F, converter=_reliability)
    url: str | None = field(default=None, validator=optional_text)
    notes: str = field(default="", validator=plain_text)


def _offset_map(value: object) -> tuple[tuple[int, int, int], ...]:
    segments = tuple(tuple(segment) for segment in value)  # type: ignore[attr-defined]
    for segment in segments:
        if len(segment) != 3 or any(type(n) is not int for n in segment):
            raise TypeError(f"an offset map segment is 3 integers, not {segment!r}")
    return segments  # type: ignore[return-value]


@frozen
class Article:
    """One article: its cleaned ``text``, the ``raw`` file it came from, and what was read off it.

    ``offset_map`` is a tuple of ``(text_start, raw_start, length)`` segments, sorted by
    ``text_start``: each says ``text[text_start:text_start+length]`` equals
    ``raw[raw_start:raw_start+length]``. Characters of ``text`` outside every segment (such as the
    blank line that joins two kept paragraphs) map to the nearest raw position before them.
    ``checksum`` covers both ``raw`` and ``text`` (:func:`~claimtrack.model.article_checksum`).
    """

    id: str = field(validator=nonempty_text)
    text: str = field(validator=plain_text)
    raw: str = field(validator=plain_text)
    title: str | None = field(default=None, validator=optional_text)
    authors: tuple[str, ...] = field(default=(), converter=text_tuple)
    publisher: str | None = field(default=None, validator=optional_text)
    url: str | None = field(default=None, validator=optional_text)
    published: PartialDate | None = field(default=None, converter=_optional_date)
    language: str | None = field(default=None, validator=optional_text)
    checksum: str = field(validator=plain_text)
    offset_map: tuple[tuple[int, int, int], ...] = field(converter=_offset_map)
    # Where the file was on this machine: not part of the case (not compared, not exported).
    path: str | None = field(default=None, eq=False, converter=path_text)

    @raw.default
    def _raw_default(self) -> str:
        return self.text

    @checksum.default
    def _checksum_default(self) -> str:
        # A raw or text that is not text is refused by its validator, run after the defaults.
        if isinstance(self.raw, str) and isinstance(self.text, str):
            return article_checksum(self.raw, self.text)
        return ""

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

    id: str = field(validator=nonempty_text)
    statement: str = field(validator=nonempty_text)
    claimant: str | None = field(default=None, validator=optional_text)
    tags: tuple[str, ...] = field(default=(), converter=text_tuple)
    notes: str = field(default="", validator=plain_text)
    likelihood: Likelihood | None = field(default=None, converter=_optional_likelihood)
    confidence: Confidence | None = field(default=None, converter=_optional_confidence)


def _segments(value: object) -> tuple[TextQuoteSelector, ...]:
    return segments_of(value)


def _interpolations(value: object) -> tuple[Interpolation, ...]:
    return value if type(value) is tuple and not value else interpolations_of(value)


def _flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:
        raise TypeError(f"Evidence.{attribute.name} must be True or False, not {value!r}")


def _some_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    plain_text(instance, attribute, value)
    if not value:
        raise ValueError(f"Evidence.{attribute.name} must not be empty")


ELISION = " … "
"""How segments are joined in a rendering made without the analyst's own (a quote made in code)."""


@frozen
class Evidence:
    """One quote from one article, bearing on one claim.

    ``segments`` are the source's own characters, in text order (one for a plain quote, several
    when the analyst elided words); ``rendering`` is the quote as the analyst rendered it and
    exports print it (elisions and ``[bracketed]`` insertions included; the exact text for a
    plain quote). ``typed`` is what the analyst typed when it differed from the rendering beyond
    typography, with the ``accepted`` differences (punctuation, an opted-in typo) one line each.
    ``interpolations`` are the bracketed insertions and the source words they replace.
    ``orphaned`` evidence lost its place when its article changed: it keeps its old segments and
    rendering, is reported by ``validate()`` and never counts as verified.
    """

    id: str = field(validator=nonempty_text)
    claim: str = field(validator=nonempty_text)
    article: str = field(validator=nonempty_text)
    segments: tuple[TextQuoteSelector, ...] = field(converter=_segments)
    stance: Stance = field(converter=_stance)
    speaker: str | None = field(default=None, validator=optional_text)
    said_on: PartialDate | None = field(default=None, converter=_optional_date)
    credibility: Credibility = field(default=Credibility.CANNOT_BE_JUDGED, converter=_credibility)
    notes: str = field(default="", validator=plain_text)
    rendering: str = field(validator=_some_text)
    typed: str | None = field(default=None, validator=optional_text)
    accepted: tuple[str, ...] = field(default=(), converter=text_tuple)
    interpolations: tuple[Interpolation, ...] = field(default=(), converter=_interpolations)
    orphaned: bool = field(default=False, validator=_flag)

    @rendering.default
    def _rendering_default(self) -> str:
        return ELISION.join(segment.exact for segment in self.segments)

    @property
    def quote(self) -> str:
        """The quote as the analyst rendered it (:attr:`rendering`): what exports print."""
        return self.rendering

    @property
    def start(self) -> int:
        """Where the quoted passage starts in the article text (its first segment's start)."""
        return self.segments[0].start

    @property
    def end(self) -> int:
        """Where the quoted passage ends in the article text (its last segment's end)."""
        return self.segments[-1].end

    @property
    def source_text(self) -> str:
        """The source's own words of the quote: the segments' exact texts, joined by `` … ``."""
        return ELISION.join(segment.exact for segment in self.segments)


@frozen
class Contradiction:
    """Two claims, or two pieces of evidence, that disagree, and what the analyst made of it."""

    id: str = field(validator=nonempty_text)
    level: ContradictionLevel = field(converter=_contradiction_level)
    left: str = field(validator=nonempty_text)
    right: str = field(validator=nonempty_text)
    kind: ContradictionKind = field(default=ContradictionKind.OTHER, converter=_contradiction_kind)
    status: ContradictionStatus = field(
        default=ContradictionStatus.CANDIDATE, converter=_contradiction_status
    )
    rationale: str = field(default="", validator=plain_text)
    resolution: str = field(default="", validator=plain_text)
    detected_by: str = field(default="analyst", validator=plain_text)
    reasons: tuple[str, ...] = field(default=(), converter=text_tuple)

    def __attrs_post_init__(self) -> None:
        if self.left == self.right:
            raise ValueError(f"contradiction {self.id!r} sets {self.left!r} against itself")
