"""How the scorers compare texts: two strings a careful reader would call the same compare equal.

Entities decoded, a Unicode normal form, quote marks and dashes unified, whitespace collapsed,
case folded (:func:`squash`); :func:`trim` also drops punctuation at either end. The reading
scorer uses NFC (the form claimtrack's text keeps); the HTML scorer NFKC, as labels written from
rendered pages carry compatibility characters (ligatures, full-width forms) the page may not.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Literal

__all__ = ["SPACE", "squash", "trim"]

_QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`"})
_DASHES = re.compile("[‐‑‒–—―]")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
SPACE = re.compile(r"\s+")


def squash(text: str, form: Literal["NFC", "NFKC"] = "NFC") -> str:
    """Entities decoded, ``form``, quote marks and dashes unified, whitespace collapsed, folded."""
    text = unicodedata.normalize(form, html.unescape(text)).translate(_QUOTE_CHARS)
    return SPACE.sub(" ", _DASHES.sub("-", text)).strip().casefold()


def trim(text: str) -> str:
    """``text`` without punctuation at either end."""
    return _EDGE.sub("", text)
