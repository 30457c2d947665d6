"""The one place that says what "this record, as exported" is: a record's fingerprint.

A workbook stores each shown record's fingerprint; at merge time a different fingerprint means
the casebook changed the record since, and the reviewer's edits to it are conflicts. The
fingerprint hashes the record's canonical JSON form (the serialization converter's), so it
follows the model: a field added to :class:`~claimtrack.Evidence` is covered without a change
here. The casebook's own checksum (:func:`casebook_checksum`) is the sha256 of the canonical
JSON file, the same value the workbook's About sheet shows.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from claimtrack.model import Claim, Contradiction, Evidence
from claimtrack.review.content import RecordKind
from claimtrack.serialization.converter import converter
from claimtrack.serialization.writer import casebook_checksum

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimtrack.casebook import Casebook

__all__ = ["casebook_checksum", "fingerprint", "kind_of", "records_of"]

#: Characters of the sha256 hex digest kept: 64 bits, ample to tell one record's versions apart.
FINGERPRINT_CHARS = 16

_KINDS: dict[type, RecordKind] = {
    Claim: RecordKind.CLAIM,
    Evidence: RecordKind.EVIDENCE,
    Contradiction: RecordKind.CONTRADICTION,
}


def kind_of(record: object) -> RecordKind:
    """The :class:`RecordKind` of a claim, evidence or contradiction record."""
    kind = _KINDS.get(type(record))
    if kind is None:
        raise TypeError(f"no review fingerprint for {type(record).__name__} records")
    return kind


def fingerprint(record: Claim | Evidence | Contradiction) -> str:
    """A short hex digest of the record's canonical JSON form; it changes when any field does."""
    kind_of(record)
    data = converter.unstructure(record)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:FINGERPRINT_CHARS]


def records_of(book: Casebook, kind: RecordKind) -> dict[str, Claim | Evidence | Contradiction]:
    """The casebook's records of one kind, by id."""
    pools: dict[RecordKind, Iterator[tuple[str, Claim | Evidence | Contradiction]]] = {
        RecordKind.CLAIM: iter(book.claims.items()),
        RecordKind.EVIDENCE: iter(book.evidence.items()),
        RecordKind.CONTRADICTION: iter(book.contradictions.items()),
    }
    return dict(pools[kind])
