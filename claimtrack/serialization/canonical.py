"""The canonical bytes of a casebook document, encoded by msgspec.

The canonical writer (:mod:`claimtrack.serialization.writer`) is specified as
``json.dumps(record, ensure_ascii=False, sort_keys=True)``, one record per line. msgspec writes
the same bytes: its encoder with sorted keys, then :func:`msgspec.json.format` with
``indent=0``, which puts ``json.dumps``' separators (``", "`` and ``": "``) on one line; strings
are escaped alike (``\\"``, ``\\\\``, ``\\n``, ``\\t``, ``\\b``, ``\\f``, ``\\r``, other control
characters as ``\\u00XX``; everything else as UTF-8). A lone surrogate is the one thing msgspec
cannot encode: it raises :class:`UnicodeEncodeError` and the writer takes its reference path
for that piece. tests/test_json_fastpath.py checks the two writers agree on every casebook
hypothesis makes.

:func:`document_layout` arranges the pieces; the writer streams it and the fast reader compares
a document it decoded against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import msgspec

from claimtrack.serialization.converter import FORMAT_VERSION, SECTIONS, TEXT_FIELDS

__all__ = ["document_layout", "encode_value"]

_ENCODE = msgspec.json.Encoder(order="sorted").encode
_FORMAT = msgspec.json.format
_KEYS = sorted((*TEXT_FIELDS, *(name for name, _, _ in SECTIONS)))


def encode_value(value: Any) -> bytes:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True)`` as UTF-8 (a record's mirror, a
    text); :class:`UnicodeEncodeError` for a string holding a lone surrogate."""
    if type(value) is str:
        return _ENCODE(value)
    return _FORMAT(_ENCODE(value), indent=0)


def document_layout(
    texts: Mapping[str, bytes], sections: Mapping[str, Iterable[bytes]]
) -> Iterator[bytes]:
    """The document in pieces: ``texts`` (each text field's encoded value) and ``sections`` (each
    section's encoded records, in order) laid out as the canonical writer lays them out."""
    yield b'{"claimtrack": %d,' % FORMAT_VERSION
    last = len(_KEYS) - 1
    for n, key in enumerate(_KEYS):
        comma = b"," if n < last else b""
        head = b'\n"' + key.encode() + b'": '
        if key in texts:
            yield head + texts[key] + comma
            continue
        records = iter(sections[key])
        first = next(records, None)
        if first is None:
            yield head + b"[]" + comma
            continue
        yield head + b"[\n"
        yield first
        for record in records:  # separators apart: no copy of each record to prefix it
            yield b",\n"
            yield record
        yield b"\n]" + comma
    yield b"\n}\n"
