"""Evidence built from its decoded mirror with each check made once (the fast reader's bulk step).

By the time the fast reader builds records, msgspec has decoded the document with exact types
and the document has been found equal to its own re-encoding
(:mod:`~claimtrack.serialization.fast_reader`). Of the checks the
:class:`~claimtrack.model.Evidence` constructor makes, most are then already made, once, by one
of those two steps:

- every string is a string (msgspec) holding no surrogate at all, so no split surrogate pair
  (the re-encoding: msgspec cannot encode a surrogate); ``accepted`` is a tuple of strings and
  ``orphaned`` ``True`` or ``False`` (msgspec: JSON ``true`` and ``false`` only);
- ``stance`` and ``credibility`` are members of their vocabularies (msgspec), by their exact
  values only (the re-encoding: not ``"Supports"``);
- ``segments`` and ``interpolations`` are tuples of model objects, each built and checked by its
  own constructor (msgspec calls it, ``__attrs_post_init__`` and validators included).

What is left, :func:`evidence_of` checks: ``id``, ``claim`` and ``article`` not blank,
``rendering`` not empty, at least one segment and each starting at or after the end of the one
before, ``said_on`` a date (``parse_date``, as the reference reader parses it). It then sets the
fields of a new record directly (the constructor's converters and validators are 14 Python
calls a record: 60% of building it). A record outside that common case is built by the
constructor, which refuses it as it would anywhere; the fast reader then declines the document
and the reference reader says what is wrong.

This is written for :class:`~claimtrack.model.Evidence` as it is: when its fields, or the names
of their validators and converters, change, :data:`ACCOUNTS_FOR_THE_MODEL` is false and every
record is built by the constructor (tests/test_fast_reader_trusted.py fails until this module is
brought up to date); a new check inside one of those validators or converters must be added here
too (the same test compares the two ways of building on values each check refuses).
"""

from __future__ import annotations

import itertools
from typing import Any

import attrs

from claimtrack.model import Evidence
from claimtrack.serialization.converter import parse_date
from claimtrack.serialization.mirror import mirror_reader

__all__ = ["ACCOUNTS_FOR_THE_MODEL", "evidence_of"]

#: Each field of Evidence, in order, with the names of the validator and converter the module
#: docstring accounts for.
ACCOUNTED_FOR: tuple[tuple[str, str | None, str | None], ...] = (
    ("id", "nonempty_text", None),
    ("claim", "nonempty_text", None),
    ("article", "nonempty_text", None),
    ("segments", None, "_segments"),
    ("stance", None, "_stance"),
    ("speaker", "optional_text", None),
    ("said_on", None, "_optional_date"),
    ("credibility", None, "_credibility"),
    ("notes", "plain_text", None),
    ("rendering", "_some_text", None),
    ("typed", "optional_text", None),
    ("accepted", None, "text_tuple"),
    ("interpolations", None, "_interpolations"),
    ("orphaned", "_flag", None),
)


def _name(function: object) -> str | None:
    return None if function is None else getattr(function, "__name__", repr(function))


def _model_checks() -> tuple[tuple[str, str | None, str | None], ...]:
    return tuple((f.name, _name(f.validator), _name(f.converter)) for f in attrs.fields(Evidence))


# The instance holds these slots and nothing else (no cached hash to fill in, say).
_SLOTS = (*(name for name, _, _ in ACCOUNTED_FOR), "__weakref__")
#: False when Evidence changed since this module was written: then the constructor builds all.
ACCOUNTS_FOR_THE_MODEL = (
    _model_checks() == ACCOUNTED_FOR
    and getattr(Evidence, "__slots__", None) == _SLOTS
    and not hasattr(Evidence, "__attrs_post_init__")
    and not hasattr(Evidence, "__attrs_pre_init__")
)

# The record built by its constructor, every check made again (and any error raised).
_by_constructor = mirror_reader(Evidence)
_new = object.__new__
# The slots' own setters: a frozen record refuses setattr, its constructor uses these too.
_set_id, _set_claim, _set_article, _set_segments, _set_stance, _set_speaker = (
    Evidence.__dict__[name].__set__
    for name in ("id", "claim", "article", "segments", "stance", "speaker")
)
_set_said_on, _set_credibility, _set_notes, _set_rendering, _set_typed = (
    Evidence.__dict__[name].__set__
    for name in ("said_on", "credibility", "notes", "rendering", "typed")
)
_set_accepted, _set_interpolations, _set_orphaned = (
    Evidence.__dict__[name].__set__ for name in ("accepted", "interpolations", "orphaned")
)


def _in_order(segments: tuple[Any, ...]) -> bool:
    """At least one segment, each starting at or after the end of the one before."""
    if len(segments) == 1:
        return True
    return bool(segments) and all(
        later.start >= earlier.end for earlier, later in itertools.pairwise(segments)
    )


def evidence_of(mirrored: Any) -> Evidence:
    """The Evidence of a decoded mirror (see the module docstring for what was checked before)."""
    said_on = mirrored.said_on
    if said_on is not None:
        said_on = parse_date(said_on)
    ident, claim, article = mirrored.id, mirrored.claim, mirrored.article
    segments, rendering = mirrored.segments, mirrored.rendering
    if not (
        ACCOUNTS_FOR_THE_MODEL
        and ident.strip()
        and claim.strip()
        and article.strip()
        and rendering
        and _in_order(segments)
    ):
        return _by_constructor(mirrored)
    record = _new(Evidence)
    _set_id(record, ident)
    _set_claim(record, claim)
    _set_article(record, article)
    _set_segments(record, segments)
    _set_stance(record, mirrored.stance)
    _set_speaker(record, mirrored.speaker)
    _set_said_on(record, said_on)
    _set_credibility(record, mirrored.credibility)
    _set_notes(record, mirrored.notes)
    _set_rendering(record, rendering)
    _set_typed(record, mirrored.typed)
    _set_accepted(record, mirrored.accepted)
    _set_interpolations(record, mirrored.interpolations)
    _set_orphaned(record, mirrored.orphaned)
    return record
