"""The casebook checksum shown on the About sheet: sha256 of the canonical JSON, streamed.

The value equals ``sha256`` of the file ``claimtrack.export(book, "x.json")`` writes with default
options (:func:`claimtrack.serialization.codec.dumps_bytes`), so ``sha256sum case.json`` checks that a
workbook and a JSON export show the same casebook. It is computed record by record instead of
from ``dumps_bytes``: building the whole document at once costs about 3.7 KB per evidence item
(375 MB at 100k), which would make the exporter's memory grow with the casebook; streaming keeps
it flat. ``tests/test_xlsx.py`` checks the two agree, so a change to the JSON layout is caught.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = ["casebook_checksum"]

# The canonical document's top-level keys besides "claimtrack": three texts and six record lists.
_TEXTS = ("title", "bottom_line", "author")
_SECTIONS = ("articles", "actors", "sources", "claims", "evidence", "contradictions")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: JSON's \uXXXX escape, as the JSON exporter does
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def casebook_checksum(book: Casebook) -> str:
    """Hex sha256 of the casebook's canonical JSON, without holding the document in memory."""
    from claimtrack.serialization.codec import FORMAT_VERSION, converter

    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    digest = hashlib.sha256()
    update = digest.update
    keys = sorted((*_TEXTS, *_SECTIONS))
    enabled = gc.isenabled()
    gc.disable()  # many short-lived acyclic dicts: the cyclic collector would only rescan them
    try:
        update(_utf8(f'{{"claimtrack": {FORMAT_VERSION},'))
        for n, key in enumerate(keys):
            comma = "," if n < len(keys) - 1 else ""
            value = getattr(book, key)
            if key in _SECTIONS and value:
                update(_utf8(f"\n{encode(key)}: [\n"))
                for i, obj in enumerate(value.values()):
                    sep = ",\n" if i else ""
                    update(_utf8(sep + encode(converter.unstructure(obj))))
                update(_utf8(f"\n]{comma}"))
            else:
                plain = [] if key in _SECTIONS else value
                update(_utf8(f"\n{encode(key)}: {encode(plain)}{comma}"))
        update(b"\n}\n")
    finally:
        if enabled:
            gc.enable()
    return digest.hexdigest()
