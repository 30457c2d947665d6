"""Keeping untrusted article text inert and valid inside a workbook.

Article text is data, never instructions. Three things can go wrong when it lands in a cell:

* text that *looks like a formula* (``=HYPERLINK(...)``, ``+1``, ``-2+3``, ``@SUM``, a leading
  tab or CR: the OWASP "CSV injection" set) could run when a user edits the cell or re-exports it
  to CSV; such text is written as a string cell (never an ``<f>`` element) and flagged with
  Excel's *quote prefix*, so editing it keeps it text;
* characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF)
  would make the file unreadable; they are replaced with U+FFFD and counted;
* Excel refuses cells over 32,767 characters; longer text is cut with a visible marker (the JSON
  export keeps it whole) and counted.

This module is pure Python (no openpyxl) so it is cheap to import and easy to test.
"""

from __future__ import annotations

import re
import warnings

from claimtrack.text.counts import plural, verb

__all__ = [
    "ERROR_LITERALS",
    "FORMULA_PREFIXES",
    "MAX_CELL_CHARS",
    "MAX_HYPERLINKS_PER_SHEET",
    "MAX_LIST_VALIDATION_CHARS",
    "MAX_URL_CHARS",
    "Sanitizer",
    "XlsxExportWarning",
    "is_formula_like",
    "needs_no_change",
    "safe_url",
]

#: Excel's hard limit on the characters in one cell.
MAX_CELL_CHARS = 32_767
#: Excel's limit on hyperlinks in one worksheet; beyond it links degrade to plain text.
MAX_HYPERLINKS_PER_SHEET = 65_530
#: Excel's limit on a literal list in a data validation (``"a,b,c"``), in characters.
MAX_LIST_VALIDATION_CHARS = 255
#: Longest URL written as a clickable link (Excel rejects longer link addresses).
MAX_URL_CHARS = 2_000
#: First characters that make a spreadsheet treat typed text as a formula (OWASP list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Strings openpyxl would store as error cells (``t="e"``) instead of text.
ERROR_LITERALS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = "\ufffd"
_CUT_MARKER = "… [cut: {n:,} more characters; the JSON export keeps the full text]"


class XlsxExportWarning(UserWarning):
    """Something in the casebook could not go into the workbook as it is (cut text, lost links)."""


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula or an error value."""
    return text.startswith(FORMULA_PREFIXES) or text in ERROR_LITERALS


def needs_no_change(text: str, max_chars: int = MAX_CELL_CHARS) -> bool:
    """True when ``text`` can go into a cell as it is: :meth:`Sanitizer.clean` would return it
    unchanged (no character XML forbids, at most ``max_chars`` long) and it is not formula-like.

    One scan of the text and two look-ups at its start, instead of the separate steps.
    """
    return (
        len(text) <= max_chars
        and not text.startswith(FORMULA_PREFIXES)
        and text not in ERROR_LITERALS
        and _FORBIDDEN.search(text) is None
    )


def safe_url(url: str | None) -> str | None:
    """``url`` if it may become a clickable link (http, https or mailto, not too long), else None.

    ``javascript:``, ``file:`` and other schemes from untrusted articles stay plain text.
    """
    if not url:
        return None
    lowered = url.strip().lower()
    if not lowered.startswith(("http://", "https://", "mailto:")):
        return None
    if len(url) > MAX_URL_CHARS or _FORBIDDEN.search(url) or any(c in url for c in " \n\r\t"):
        return None
    return url.strip()


class Sanitizer:
    """Cleans every string bound for a cell and counts what it had to change.

    ``replaced`` counts characters XML forbids that were replaced with U+FFFD; ``cut`` counts
    cells cut at :data:`MAX_CELL_CHARS`; ``guarded`` counts formula-like strings kept as text;
    ``links_dropped`` maps a sheet name to the hyperlinks that became plain text there.
    """

    def __init__(self, max_cell_chars: int = MAX_CELL_CHARS) -> None:
        if max_cell_chars < 200:
            raise ValueError("max_cell_chars must leave room for the cut marker (>= 200)")
        self.max_cell_chars = max_cell_chars
        self.replaced = 0
        self.cut = 0
        self.guarded = 0
        self.links_dropped: dict[str, int] = {}
        self._cut_examples: list[str] = []

    def clean(self, text: str, where: str = "") -> str:
        """``text`` with forbidden characters replaced and cut to fit one cell."""
        if _FORBIDDEN.search(text):
            text, n = _FORBIDDEN.subn(_REPLACEMENT, text)
            self.replaced += n
        if len(text) > self.max_cell_chars:
            text = self._cut(text, where)
        return text

    def _cut(self, text: str, where: str) -> str:
        # The marker's length depends on the number it shows; reserve room for the longest.
        room = self.max_cell_chars - len(_CUT_MARKER.format(n=len(text)))
        kept = text[:room]
        if kept and "\ud800" <= kept[-1] <= "\udbff":  # never split a surrogate pair
            kept = kept[:-1]
        self.cut += 1
        if len(self._cut_examples) < 5:
            self._cut_examples.append(where or "a cell")
        return kept + _CUT_MARKER.format(n=len(text) - len(kept))

    def drop_link(self, sheet: str) -> None:
        """Count one hyperlink on ``sheet`` that is written as plain text instead."""
        self.links_dropped[sheet] = self.links_dropped.get(sheet, 0) + 1

    def warn(self, stacklevel: int = 3) -> list[str]:
        """Issue one :class:`XlsxExportWarning` per kind of change made; return the messages."""
        messages = []
        if self.cut:
            where = ", ".join(self._cut_examples)
            messages.append(
                f"{plural(self.cut, 'cell')} longer than {self.max_cell_chars:,} characters "
                f"{verb(self.cut, 'was', 'were')} cut with a visible marker (first: {where}); "
                f"the JSON export keeps the full text"
            )
        for sheet, n in self.links_dropped.items():
            messages.append(
                f"sheet {sheet!r}: {plural(n, 'hyperlink')} over Excel's limit of "
                f"{MAX_HYPERLINKS_PER_SHEET:,} per sheet {verb(n, 'was', 'were')} written as "
                f"plain text"
            )
        if self.replaced:
            messages.append(
                f"{plural(self.replaced, 'character')} that XML forbids (control characters, "
                f"lone surrogates) {verb(self.replaced, 'was', 'were')} replaced with U+FFFD"
            )
        for message in messages:
            warnings.warn(message, XlsxExportWarning, stacklevel=stacklevel)
        return messages
