"""The one canonical JSON writer of a casebook.

The document is versioned (``{"claimtrack": 1, ...}``), self-contained (article texts, raw copies
and offset maps are included by default, so every quote can be re-verified on load) and
deterministic: keys sorted inside every record, records in the casebook's insertion order, UTF-8
without ``\\u`` escapes, one record per line so a casebook under version control diffs well, and
a trailing newline. Lone surrogates are written as ``\\uXXXX`` escapes (JSON's lossless way).

Two writers make these bytes. :func:`document_pieces` is the reference, with the standard
library's ``json`` (:func:`dumps` joins its pieces). :func:`document_bytes` is the fast one, with
msgspec (:mod:`claimtrack.serialization.canonical`), and the reference's bytes for a piece
holding a lone surrogate; :func:`dumps_bytes` (the JSON exporter) joins its pieces and
:func:`write_document` streams them, record by record, to a writer such as a hash's ``update``
(the workbook's checksum), so memory stays flat. tests/test_json_fastpath.py checks the two
agree byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import msgspec

from claimtrack.errors import ExportError
from claimtrack.serialization.canonical import document_layout, encode_value
from claimtrack.serialization.converter import (
    FORMAT_VERSION,
    SECTIONS,
    TEXT_FIELDS,
    converter,
    gc_paused,
)
from claimtrack.serialization.mirror import mirror_writer

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
    "casebook_checksum",
    "document_bytes",
    "document_pieces",
    "dumps",
    "dumps_bytes",
    "encode_piece",
    "unstructure_casebook",
    "write_document",
]

_SURROGATE = re.compile("[\ud800-\udfff]")
_SPLIT_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_KEYS = sorted((*TEXT_FIELDS, *(name for name, _, _ in SECTIONS)))


def _record_writer(include_raw: bool) -> Callable[[str, Any], dict[str, Any]]:
    unstructure = converter.unstructure

    def record(section: str, obj: Any) -> dict[str, Any]:
        data: dict[str, Any] = unstructure(obj)
        if section == "articles" and not include_raw:
            del data["raw"]
        return data

    return record


def unstructure_casebook(book: Casebook, *, include_raw: bool = True) -> dict[str, Any]:
    """The casebook as plain JSON-ready data (dicts, lists, strings, ints, None)."""
    record = _record_writer(include_raw)
    doc: dict[str, Any] = {"claimtrack": FORMAT_VERSION}
    for name in TEXT_FIELDS:
        doc[name] = getattr(book, name)
    for section, _cls, _key in SECTIONS:
        doc[section] = [record(section, obj) for obj in getattr(book, section).values()]
    return doc


def document_pieces(book: Casebook, *, include_raw: bool = True) -> Iterator[str]:
    """The canonical JSON text of ``book`` in pieces, one per record; joined: :func:`dumps`."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    record = _record_writer(include_raw)
    yield f'{{"claimtrack": {FORMAT_VERSION},'
    for n, key in enumerate(_KEYS):
        comma = "," if n < len(_KEYS) - 1 else ""
        value = getattr(book, key)
        if key in TEXT_FIELDS:
            yield f"\n{encode(key)}: {encode(value)}{comma}"
        elif not value:
            yield f"\n{encode(key)}: []{comma}"
        else:
            yield f"\n{encode(key)}: [\n"
            for i, obj in enumerate(value.values()):
                yield (",\n" if i else "") + encode(record(key, obj))
            yield f"\n]{comma}"
    yield "\n}\n"


def encode_piece(text: str) -> bytes:
    """UTF-8 bytes of document text, lone surrogates as ``\\uXXXX`` escapes.

    Surrogates only occur inside JSON strings, so escaping them is safe. A high surrogate followed
    by a low one is refused: every JSON reader joins the two escapes into one character, which
    would shift every offset after it (the model refuses such text, so only a record built around
    its checks can hold one).
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    pair = _SPLIT_PAIR.search(text)
    if pair is not None:
        near = text[max(0, pair.start() - 30) : pair.start()].encode("utf-8", "replace")
        raise ExportError(
            "the casebook holds a UTF-16 surrogate pair as two separate characters (after "
            f"{near.decode()!r}); JSON cannot keep them apart. Repair the text first, e.g. "
            "text.encode('utf-16', 'surrogatepass').decode('utf-16')"
        )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def dumps(book: Casebook, *, include_raw: bool = True) -> str:
    """The canonical JSON text of ``book`` (see the module docstring for the layout)."""
    with gc_paused():
        return "".join(document_pieces(book, include_raw=include_raw))


def document_bytes(book: Casebook, *, include_raw: bool = True) -> Iterator[bytes]:
    """The canonical document of ``book`` as UTF-8, in pieces: :func:`document_pieces`, each
    piece passed through :func:`encode_piece`, but written by msgspec."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    texts = {}
    for name in TEXT_FIELDS:
        value = getattr(book, name)
        try:
            texts[name] = encode_value(value)
        except UnicodeEncodeError:  # a lone surrogate: the reference writer escapes it
            texts[name] = encode_piece(encode(value))
    sections = {
        name: _section_bytes(name, cls, getattr(book, name).values(), include_raw)
        for name, cls, _ in SECTIONS
    }
    return document_layout(texts, sections)


def _section_bytes(
    section: str, cls: type, records: Iterable[Any], include_raw: bool
) -> Iterator[bytes]:
    mirror = mirror_writer(cls)
    without_raw = section == "articles" and not include_raw
    for obj in records:
        mirrored = mirror(obj)
        if without_raw:
            mirrored = msgspec.structs.replace(mirrored, raw=msgspec.UNSET)
        try:
            yield encode_value(mirrored)
        except UnicodeEncodeError:  # a lone surrogate: the reference writer escapes it
            plain = _record_writer(include_raw)(section, obj)
            yield encode_piece(json.dumps(plain, ensure_ascii=False, sort_keys=True))


def dumps_bytes(book: Casebook, *, include_raw: bool = True) -> bytes:
    """:func:`dumps` encoded as UTF-8, with lone surrogates written as ``\\uXXXX`` escapes."""
    with gc_paused():
        return b"".join(document_bytes(book, include_raw=include_raw))


def write_document(
    book: Casebook, write: Callable[[bytes], object], *, include_raw: bool = True
) -> None:
    """Stream the bytes :func:`dumps_bytes` returns to ``write``, one record at a time."""
    with gc_paused():
        for piece in document_bytes(book, include_raw=include_raw):
            write(piece)


def casebook_checksum(book: Casebook) -> str:
    """Hex sha256 of the casebook's canonical JSON: what ``sha256sum case.json`` prints for the
    JSON exporter's file, the value a workbook's About sheet shows and its review checks. It is
    streamed record by record into the hash: the whole document at once would cost about 3.7 KB
    per evidence item (375 MB at 100k)."""
    digest = hashlib.sha256()
    write_document(book, digest.update)
    return digest.hexdigest()
