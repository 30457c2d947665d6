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

:func:`document_layout` arranges the pieces; the writer streams it. The fast reader compares the
:func:`compact` form of a document (every byte of whitespace between tokens removed, tokens kept
as they are) with the :func:`compact_document` of what it decoded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import msgspec

from claimtrack.serialization.converter import FORMAT_VERSION, SECTIONS, TEXT_FIELDS

__all__ = ["compact", "compact_document", "document_layout", "encode_value"]

_ENCODE = msgspec.json.Encoder(order="sorted").encode
_FORMAT = msgspec.json.format
_CHUNK = 4096
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


def compact(data: bytes) -> bytes:
    """JSON ``data`` without whitespace between tokens; strings, numbers, keys kept as written."""
    return _FORMAT(data, indent=-1)


def compact_document(values: Mapping[str, Any]) -> Iterator[bytes]:
    """The :func:`compact` form, in pieces, of the canonical document holding ``values`` (each
    top-level field's value: a text, or a section's list of records or mirrors)."""
    yield b'{"claimtrack":%d' % FORMAT_VERSION
    for key in _KEYS:
        yield b',"' + key.encode() + b'":'
        value = values[key]
        if type(value) is not list:
            yield _ENCODE(value)
            continue
        # A section a few thousand records at a time: never a second copy of all of it.
        yield b"["
        for start in range(0, len(value), _CHUNK):
            encoded = _ENCODE(value[start : start + _CHUNK])
            yield (b"," if start else b"") + encoded[1:-1]
        yield b"]"
    yield b"}"
