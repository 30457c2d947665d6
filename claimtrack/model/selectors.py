"""Where a quote sits in its article: source segments, and the analyst's insertions between them.

A piece of evidence stores its quote as one or more :class:`TextQuoteSelector` segments (the
source's own characters, in order, never overlapping) and the :class:`Interpolation` records of
the ``[bracketed]`` words the analyst put in place of source words (DESIGN.md §3).
"""

from __future__ import annotations

import hashlib

from attrs import field, frozen

from claimtrack.model.fields import check_text, find_split_pair, nonempty_text, plain_text

__all__ = [
    "Interpolation",
    "TextQuoteSelector",
    "article_checksum",
    "interpolations_of",
    "segments_of",
    "sha256",
]


def sha256(text: str) -> str:
    """Hex sha256 of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_checksum(raw: str, text: str) -> str:
    """An article's checksum: it covers both the file as read and the cleaned text.

    The sha256 (hex) of the UTF-8 bytes of ``f"{len(raw)}:{raw}{text}"``, where ``len(raw)`` is
    the number of code points of ``raw`` in decimal: the length makes the split between the two
    unambiguous, so no edit to either one keeps the checksum.
    """
    return sha256(f"{len(raw)}:{raw}{text}")


@frozen
class TextQuoteSelector:
    """One segment of a quote: W3C Web Annotation TextQuote + TextPosition selectors in one.

    ``exact`` is the article's own text at ``[start:end]`` (never the analyst's typing), with up to
    32 characters of ``prefix`` and ``suffix`` around it for re-anchoring after the text changes.
    """

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0

    def __attrs_post_init__(self) -> None:
        # One check for all five fields instead of five validators: 100k selectors are built
        # when a casebook loads, and the common case (str, str, str, int, int) is decided here.
        exact, prefix, suffix = self.exact, self.prefix, self.suffix
        if (
            type(exact) is not str
            or type(prefix) is not str
            or type(suffix) is not str
            or type(self.start) is not int
            or type(self.end) is not int
            or find_split_pair(exact)
            or find_split_pair(prefix)
            or find_split_pair(suffix)
        ):
            self._check_types()
        if not self.exact:
            raise ValueError("a quote selector needs a non-empty exact text")
        if self.start < 0 or self.end - self.start != len(self.exact):
            raise ValueError(
                f"selector offsets [{self.start}:{self.end}] do not fit a quote of "
                f"{len(self.exact)} characters"
            )

    def _check_types(self) -> None:
        for name in ("exact", "prefix", "suffix"):
            check_text(f"TextQuoteSelector.{name}", getattr(self, name))
        for name in ("start", "end"):
            if type(getattr(self, name)) is not int:
                raise TypeError(
                    f"TextQuoteSelector.{name} must be an integer, not {getattr(self, name)!r}"
                )


@frozen
class Interpolation:
    """A ``[bracketed]`` insertion of the analyst's, and the source words it stands for.

    ``inserted`` is what the analyst wrote inside the brackets (``Lukashenko``); ``replaced`` the
    source's words at ``[start:end]`` of the article text that it replaces (``He``), empty when
    the insertion replaces nothing (then ``start == end``: where it was put).
    """

    inserted: str = field(validator=nonempty_text)
    replaced: str = field(validator=plain_text)
    start: int = field()
    end: int = field()

    def __attrs_post_init__(self) -> None:
        for name in ("start", "end"):
            if type(getattr(self, name)) is not int:
                raise TypeError(
                    f"Interpolation.{name} must be an integer, not {getattr(self, name)!r}"
                )
        if self.start < 0 or self.end - self.start != len(self.replaced):
            raise ValueError(
                f"interpolation offsets [{self.start}:{self.end}] do not fit the "
                f"{len(self.replaced)} replaced characters {self.replaced!r}"
            )


def segments_of(value: object) -> tuple[TextQuoteSelector, ...]:
    """Converter: one selector, or an iterable of them, as a checked tuple of segments.

    At least one segment; in text order and not overlapping.
    """
    if isinstance(value, TextQuoteSelector):
        return (value,)
    if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
        raise TypeError(
            f"Evidence.segments must be TextQuoteSelector objects, not {type(value).__name__}"
        )
    segments = tuple(value)
    if not segments:
        raise ValueError("Evidence.segments: a quote needs at least one source segment")
    for i, segment in enumerate(segments):
        if not isinstance(segment, TextQuoteSelector):
            raise TypeError(
                f"Evidence.segments[{i}] must be a TextQuoteSelector, not {type(segment).__name__}"
            )
        if i and segment.start < segments[i - 1].end:
            raise ValueError(
                f"Evidence.segments[{i}] starts at {segment.start}, before segment {i - 1} ends "
                f"({segments[i - 1].end}): segments are in text order and never overlap"
            )
    return segments


def interpolations_of(value: object) -> tuple[Interpolation, ...]:
    """Converter: an iterable of :class:`Interpolation` as a tuple."""
    if value is None:
        return ()
    if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
        raise TypeError(
            f"Evidence.interpolations must be Interpolation objects, not {type(value).__name__}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, Interpolation):
            raise TypeError(
                f"Evidence.interpolations[{i}] must be an Interpolation, not {type(item).__name__}"
            )
    return items
