"""The character encoding a web page declares for itself (``<meta charset="windows-1251">``).

A saved HTML page that is not UTF-8 usually names its code page in a ``<meta>`` tag near the
top. The name is only a hint: browsers map some labels to wider code pages (the WHATWG Encoding
Standard: ``iso-8859-1`` is read as windows-1252, ``shift_jis`` as windows-31J, ``gb2312`` as
GBK), and a page may lie, so the caller accepts the hint only when the bytes decode cleanly.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset"]

# The prescan window of the HTML standard: the declaration must stand in the first 1024 bytes;
# pages in the wild put long <head> material first, so a little more is read.
_PRESCAN = 4096
_META = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*(?P<name>[A-Za-z0-9._:-]{2,40})",
    re.IGNORECASE,
)
# Labels a browser reads as a wider code page (WHATWG Encoding Standard, "labels").
_BROWSER_READS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "shift_jis": "cp932",
    "gb2312": "gbk",
    "euc_kr": "cp949",
    "tis-620": "cp874",
}
# Declarations that tell nothing once the bytes are known not to be UTF-8.
_UNICODE = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset an HTML page's ``<meta>`` declares, or None.

    None when the page declares none, names a codec Python does not know, or declares a Unicode
    encoding (a page in bytes that are not UTF-8 is not what a UTF-8 declaration says).
    """
    match = _META.search(data[:_PRESCAN])
    if match is None:
        return None
    label = match.group("name").decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
        b"x".decode(name)  # "hex" or "rot13" name codecs that are no character encoding
    except (LookupError, ValueError):
        return None
    if name in _UNICODE:
        return None
    return _BROWSER_READS.get(name, name)
