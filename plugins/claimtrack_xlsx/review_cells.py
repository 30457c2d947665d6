"""What the writer and the review reader agree on: the review sheet, the tracked columns, and
how a cell's value becomes text and a digest (pure Python, no openpyxl).

For each record a reviewable workbook shows, the hidden :data:`REVIEW_SHEET` keeps its
fingerprint (:func:`claimtrack.review.fingerprint`) and a short digest of each tracked cell as
written. A cell whose digest no longer matches is an edit; the fingerprint tells whether the
casebook changed the record since. Digests are taken of :func:`cell_text`, which reads a value
the way both Excel and LibreOffice give it back (``2`` and ``2.0``, a date and a midnight
datetime, CRLF and LF are the same), so saving in either application is not an edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from claimtrack.review import RecordKind

from .sheets.data import Link

if TYPE_CHECKING:
    from .safety import Sanitizer

__all__ = [
    "NEW_EVIDENCE_COLUMNS",
    "REVIEW_SHEET",
    "SUGGESTIONS_SHEET",
    "TRACKED",
    "cell_text",
    "digest",
    "written_text",
]

#: The hidden sheet of review data (no space: a table's name is the sheet's name + "Table").
REVIEW_SHEET = "ReviewData"
#: The optional sheet of evidence suggestions with an Accept column.
SUGGESTIONS_SHEET = "Suggestions"

#: Sheet -> (record kind, id column, {tracked column header: field}).
TRACKED: dict[str, tuple[RecordKind, str, dict[str, str]]] = {
    "Claims": (
        RecordKind.CLAIM,
        "Claim",
        {
            "Statement": "statement",
            "Likelihood": "likelihood",
            "Confidence": "confidence",
            "Notes": "notes",
        },
    ),
    "Evidence": (
        RecordKind.EVIDENCE,
        "Evidence",
        {
            "Claim": "claim",
            "Stance": "stance",
            "Quote": "quote",
            "Speaker": "speaker",
            "Article": "article",
            "Credibility": "credibility",
            "Notes": "notes",
        },
    ),
    # The Summary shows each claim's assessment with drop-downs too: an edit there counts.
    "Summary": (
        RecordKind.CLAIM,
        "Claim",
        {"Likelihood": "likelihood", "Confidence": "confidence"},
    ),
    "Contradictions": (
        RecordKind.CONTRADICTION,
        "Contradiction",
        {"Status": "status", "Rationale": "rationale", "Resolution": "resolution"},
    ),
}

#: The Evidence columns a new row (a quote typed at the bottom) is read from, by field.
NEW_EVIDENCE_COLUMNS = {
    "Evidence": "id",
    "Claim": "claim",
    "Article": "article",
    "Quote": "quote",
    "Stance": "stance",
    "Speaker": "speaker",
    "Said on": "said_on",
    "Credibility": "credibility",
    "Notes": "notes",
}

#: Hex characters of a cell digest: enough to tell an edit from the written value.
DIGEST_CHARS = 12


def cell_text(value: object) -> str:
    """A cell's value as text, read the same from every application ("" for a blank cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def written_text(value: object, sanitizer: Sanitizer) -> str:
    """:func:`cell_text` of a sheet value as the writer puts it in its cell (cleaned, cut)."""
    if isinstance(value, Link):
        value = value.text
    if isinstance(value, str):
        value = sanitizer.clean(value) if value else None
    return cell_text(value)


def digest(text: str) -> str:
    """The short digest of a cell's text kept in the review sheet."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]
