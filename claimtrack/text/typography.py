"""One typography normaliser, with an offset map back to the original text (DESIGN.md §3).

Typography is forgiven, words never are: quote marks, apostrophes, dashes (and the spaces around
them), whitespace runs including line breaks and NBSP, soft hyphens, zero-width characters, ``…``
for ``...`` and canonically equivalent Unicode forms (``é`` as one code point or as ``e`` plus a
combining accent: NFC) are folded to one form each; letters and digits are left alone.
Compatibility forms (NFKC: ``²``, ``½``, ``ﬁ``) are not folded: they can change what a text
says. Quote anchoring compares typed quotes and article texts in this form, and the cleaner
strips the same invisible characters from line ends.

:func:`normalize_typography` returns a :class:`Normalized`: the folded text and, for every folded
character, the span of the original it came from, so a match in the folded text maps back to the
article's own characters.
"""

from __future__ import annotations

import re
import unicodedata
from array import array

__all__ = [
    "DASHES",
    "DOUBLE_QUOTES",
    "INVISIBLE",
    "SINGLE_QUOTES",
    "SOFT_HYPHEN",
    "ZERO_WIDTH",
    "Normalized",
    "fold_apostrophes",
    "fold_typography",
    "normalize_typography",
    "strip_blank",
]

DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u275d\u275e\u301d\u301e\uff02'
"""Double quote marks, folded to ``"``."""
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\u02bc\uff07`\u00b4"
"""Single quote marks and apostrophes, folded to ``'``."""
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
"""Hyphens, dashes and the minus sign, folded to ``-`` (with the spaces around them)."""
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
"""Zero-width space, non-joiner, joiner, word joiner and BOM: invisible, dropped."""
SOFT_HYPHEN = "\u00ad"
INVISIBLE = SOFT_HYPHEN + ZERO_WIDTH
"""Every character the normaliser drops because a reader cannot see it."""

_DASH_CLASS = DASHES.replace("-", "\\-")
# One pass over the text; every alternative rewrites a run into its normal form. Spaces around a
# dash go with it, so "Minsk—Moscow", "Minsk – Moscow" and "Minsk - Moscow" agree.
_SPECIAL = re.compile(
    rf"(?P<dash>[\s{INVISIBLE}]*[{_DASH_CLASS}]+[\s{INVISIBLE}]*)"
    rf"|(?P<space>[\s{INVISIBLE}]+)"
    rf"|(?P<dq>[{DOUBLE_QUOTES}])"
    rf"|(?P<sq>[{SINGLE_QUOTES}])"
    r"|(?P<ellipsis>\u2026)"
)
_HAS_SPACE = re.compile(r"\s")
_ASCII_FOLDS = re.compile(r"[^\S ]|  | -|- |--")  # what ASCII text may have for _SPECIAL to fold
_FIXED = {"dq": '"', "sq": "'", "ellipsis": "..."}


class Normalized:
    """A normalised copy of a text and, per normalised character, the original span it came from.

    ``text[i]`` came from ``original[starts[i]:ends[i]]``; both arrays never decrease.
    """

    __slots__ = ("ends", "original", "starts", "text")

    def __init__(self, original: str, text: str, starts: array[int], ends: array[int]) -> None:
        self.original = original
        self.text = text
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters ``[start:end]`` (end > start).

        A dash at either end carries the spaces folded into it; they are not part of the quote.
        """
        a, b = self.starts[start], self.ends[end - 1]
        while b - a > 1 and self.original[a].isspace():
            a += 1
        while b - a > 1 and self.original[b - 1].isspace():
            b -= 1
        return a, b


def _folded(kind: str | None, run: str) -> str:
    if kind == "dash":
        return "-"
    if kind == "space":
        return " " if _HAS_SPACE.search(run) else ""
    return _FIXED[kind or "ellipsis"]


def _copy_run(text: str, a: int, b: int, out: Normalized, parts: list[str]) -> None:
    """Append ``text[a:b]`` unchanged, except that each character with its combining marks
    (a base letter and its accents) is put in composed form (NFC)."""
    if parts and parts[-1] and unicodedata.combining(text[a]):
        a = _compose_across(text, a, b, out, parts)
        if a == b:
            return
    run = text[a:b]
    if run.isascii() or unicodedata.is_normalized("NFC", run):
        parts.append(run)
        out.starts.extend(range(a, b))
        out.ends.extend(range(a + 1, b + 1))
        return
    i = a
    while i < b:
        j = i + 1
        while j < b and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        parts.append(composed)
        out.starts.extend([i] * len(composed))
        out.ends.extend([j] * len(composed))
        i = j


def _compose_across(text: str, a: int, b: int, out: Normalized, parts: list[str]) -> int:
    """Compose combining marks at ``text[a:]`` with the character before a dropped invisible one
    (``a``, soft hyphen, combining accent is ``á``); returns where the marks end."""
    j = a
    while j < b and unicodedata.combining(text[j]):
        j += 1
    last = parts[-1]
    composed = unicodedata.normalize("NFC", last[-1] + text[a:j])
    parts[-1] = last[:-1] + composed
    start = out.starts[-1]
    del out.starts[-1], out.ends[-1]
    out.starts.extend([start] * len(composed))
    out.ends.extend([j] * len(composed))
    return j


def normalize_typography(text: str) -> Normalized:
    """Fold the typography of ``text`` (see the module docstring), keeping the offset map."""
    parts: list[str] = []
    out = Normalized(text, "", array("q"), array("q"))
    pos = 0
    for m in _SPECIAL.finditer(text):
        a, b = m.span()
        if a > pos:
            _copy_run(text, pos, a, out, parts)
        folded = _folded(m.lastgroup, m.group())
        if folded:
            parts.append(folded)
            out.starts.extend([a] * len(folded))
            out.ends.extend([b] * len(folded))
        pos = b
    if pos < len(text):
        _copy_run(text, pos, len(text), out, parts)
    out.text = "".join(parts)
    return out


def fold_typography(text: str) -> str:
    """``normalize_typography(text).text`` without the offset map: cheap for a short typed quote.

    ASCII text with nothing to fold (no whitespace but single spaces, no spaced or doubled
    dash, no backtick) is its own normal form; text that folds to ASCII needs no Unicode
    composition, so one substitution pass gives the same result; anything else takes the full
    path.
    """
    if text.isascii() and "`" not in text and _ASCII_FOLDS.search(text) is None:
        return text
    folded = _SPECIAL.sub(lambda m: _folded(m.lastgroup, m.group()), text)
    return folded if folded.isascii() else normalize_typography(text).text


def fold_apostrophes(text: str) -> str:
    """``text`` in lower case with the typographic apostrophe as a straight one ("can’t")."""
    return text.lower().replace("\u2019", "'")


def strip_blank(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past whitespace and zero-width characters at both ends."""
    seg = text[start:end]
    left = seg.lstrip().lstrip(ZERO_WIDTH).lstrip()
    new_start = start + (len(seg) - len(left))
    body = left.rstrip().rstrip(ZERO_WIDTH).rstrip()
    return new_start, new_start + len(body)
