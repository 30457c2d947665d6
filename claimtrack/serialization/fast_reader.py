"""The reader's fast path: a document with the canonical writer's tokens (whitespace aside).

msgspec decodes the document into the mirrors of :mod:`claimtrack.serialization.mirror` (types
checked in C, unknown keys refused), then the decoded document is encoded again and compared
with the input token for token (whitespace between tokens aside: see
:func:`~claimtrack.serialization.canonical.compact`). Only then are the model records built,
through their constructors. The comparison is what makes this path safe: msgspec alone keeps
the last of two equal keys (msgspec issue #648), takes ``"Supports"`` for a stance and has no
limit on the digits of a number, where the reference reader refuses all three; a document
whose tokens are those of its own re-encoding has none of these, and holds exactly what the
reference reader would parse from it.

Anything else (keys out of order, format 1, an escaped character, a lone surrogate, a wrong
type, a record its constructor refuses) returns ``None`` here, and the reference reader
(:mod:`claimtrack.serialization.reader`) reads the document and says precisely what is wrong.
tests/test_json_fastpath.py checks that the two paths agree on generated and mutated documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import msgspec

from claimtrack.model import Evidence
from claimtrack.reading.limits import Limits
from claimtrack.serialization.canonical import compact, compact_document
from claimtrack.serialization.converter import FORMAT_VERSION, SECTIONS, TEXT_FIELDS
from claimtrack.serialization.mirror import MIRRORS, mirror_reader
from claimtrack.serialization.trusted import evidence_of

__all__ = ["fast_records"]

_DOCUMENT = msgspec.defstruct(
    "CasebookDocument",
    [
        ("claimtrack", Literal[FORMAT_VERSION]),
        *((name, str) for name in TEXT_FIELDS),
        *((name, list[MIRRORS[name]]) for name, _, _ in SECTIONS),  # type: ignore[valid-type]
    ],
    forbid_unknown_fields=True,
)
_DECODE = msgspec.json.Decoder(_DOCUMENT).decode
# The deepest canonical document nests 5 levels (document, section, record, segments, segment).
_DEPTH = 6
# Numbers on this path have at most this many digits (checked below, where msgspec does not).
_DIGITS = 18
_BOUND = 10**_DIGITS

#: What the fast path hands the reader: the text fields, each section's records in order, and
#: the ids of the articles written without their raw copy.
Parts = tuple[dict[str, str], dict[str, list[Any]], list[str]]


def fast_records(data: bytes, limits: Limits) -> Parts | None:
    """The parts of the casebook in ``data`` (UTF-8, no byte-order mark), or ``None`` when the
    reference reader must read it."""
    if len(data) > limits.json_bytes or limits.json_depth < _DEPTH:
        return None
    if limits.json_int_digits < _DIGITS:
        return None
    try:
        doc = _DECODE(data)
        if not (_numbers_fit(doc) and _reencodes_to(doc, data)):
            return None
        return _build(doc)
    # why: msgspec's errors, and a refusal by a validator or constructor it or _build ran; the
    # reference reader reads the document again and says what is wrong, with its JSON path.
    except Exception:
        return None


def _builder(cls: type) -> Callable[[Any], Any]:
    """How a section's records are built from their mirrors: evidence, a casebook's bulk, with
    each check made once (:mod:`~claimtrack.serialization.trusted`); the rest by constructor."""
    return evidence_of if cls is Evidence else mirror_reader(cls)


def _numbers_fit(doc: Any) -> bool:
    """Every number has at most ``_DIGITS`` digits (the limits allow at least as many).

    The offsets of segments and interpolations are ``start >= 0`` and ``end >= start`` (their
    constructors check it), so their ends bound them; an offset map's numbers are checked whole.
    """
    for article in doc.articles:
        for triple in article.offset_map:
            if not all(-_BOUND < n < _BOUND for n in triple):
                return False
    ends = [s.end for e in doc.evidence for s in e.segments]
    ends += [i.end for e in doc.evidence for i in e.interpolations]
    return max(ends, default=0) < _BOUND


def _reencodes_to(doc: Any, data: bytes) -> bool:
    """True when ``doc`` encoded is ``data`` token for token (whitespace aside)."""
    written = compact(data)
    at = 0
    for piece in compact_document({key: getattr(doc, key) for key in doc.__struct_fields__}):
        if not written.startswith(piece, at):
            return False
        at += len(piece)
    return at == len(written)


def _build(doc: Any) -> Parts:
    texts = {name: getattr(doc, name) for name in TEXT_FIELDS}
    records = {name: list(map(_builder(cls), getattr(doc, name))) for name, cls, _ in SECTIONS}
    raw_not_kept = [a.id for a in doc.articles if a.raw is msgspec.UNSET]
    return texts, records, raw_not_kept
