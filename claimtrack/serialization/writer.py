"""The one canonical JSON writer of a casebook.

The document is versioned (``{"claimtrack": 1, ...}``), self-contained (article texts, raw copies
and offset maps are included by default, so every quote can be re-verified on load) and
deterministic: keys sorted inside every record, records in the casebook's insertion order, UTF-8
without ``\\u`` escapes, one record per line so a casebook under version control diffs well, and
a trailing newline. Lone surrogates are written as ``\\uXXXX`` escapes (JSON's lossless way).

Everything that needs these bytes goes through :func:`document_pieces`: :func:`dumps` and
:func:`dumps_bytes` (the JSON exporter) join them; :func:`write_document` streams them, record by
record, to a writer such as a hash's ``update`` (the workbook's checksum), so memory stays flat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from claimtrack.errors import ExportError
from claimtrack.serialization.converter import (
    FORMAT_VERSION,
    SECTIONS,
    TEXT_FIELDS,
    converter,
    gc_paused,
)

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
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


def dumps_bytes(book: Casebook, *, include_raw: bool = True) -> bytes:
    """:func:`dumps` encoded as UTF-8, with lone surrogates written as ``\\uXXXX`` escapes."""
    return encode_piece(dumps(book, include_raw=include_raw))


def write_document(
    book: Casebook, write: Callable[[bytes], object], *, include_raw: bool = True
) -> None:
    """Stream the bytes :func:`dumps_bytes` returns to ``write``, one record at a time."""
    with gc_paused():
        for piece in document_pieces(book, include_raw=include_raw):
            write(encode_piece(piece))
