"""Reading older casebook documents: each older format is brought to the current one as data.

The upgrade works on the parsed JSON, before any record is built, so the converter and the
casebook's checks only ever see the current format, and a document that loads re-exports in it.

Format 1 → 2 (``docs/formats/json.md``):

* evidence ``selector`` (one TextQuote + TextPosition selector) becomes ``segments`` (a list of
  one); ``rendering`` is its exact text;
* the line ``[claimtrack] quote typed as '…', accepted with: …`` that format 1 wrote into an
  evidence's ``notes`` moves to ``typed`` and ``accepted``, and leaves the notes;
* an article's ``checksum`` covered ``raw`` only; it now covers ``raw`` and ``text``
  (:func:`~claimtrack.model.article_checksum`). A format-1 checksum that matches its ``raw`` is
  accepted and replaced by the new one (the text is then tied to the raw copy by the custody
  check); one that does not is kept, and the checksum check reports it.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from claimtrack.model import article_checksum, sha256

__all__ = ["upgrade"]

_RECORDED = re.compile(r"^\[claimtrack\] quote typed as (?P<typed>.+), accepted with: (?P<how>.*)$")
_ACCEPTED = re.compile(r"; (?=the source has |you typed |typo accepted: )")


def upgrade(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """``doc`` (a parsed casebook document of format ``version``) in the current format.

    Anything that is not as the older format wrote it is passed on unchanged, for the reader to
    report at its JSON path.
    """
    if version == 1:
        _articles_v1(doc.get("articles"))
        _evidence_v1(doc.get("evidence"))
    return doc


def _articles_v1(articles: object) -> None:
    if type(articles) is not list:
        return
    for record in articles:
        if type(record) is not dict:
            continue
        raw, text, checksum = record.get("raw"), record.get("text"), record.get("checksum")
        if type(raw) is str and type(text) is str and checksum == sha256(raw):
            record["checksum"] = article_checksum(raw, text)


def _evidence_v1(evidence: object) -> None:
    if type(evidence) is not list:
        return
    for record in evidence:
        if type(record) is not dict or "selector" not in record or "segments" in record:
            continue
        selector = record.pop("selector")
        record["segments"] = [selector]
        if type(selector) is dict and type(selector.get("exact")) is str:
            record["rendering"] = selector["exact"]
        notes = record.get("notes")
        if type(notes) is str and "[claimtrack] " in notes:
            _typed_from_notes(record, notes)


def _typed_from_notes(record: dict[str, Any], notes: str) -> None:
    """Move format 1's recorded line out of the notes into ``typed`` and ``accepted``."""
    kept = []
    for line in notes.split("\n"):
        m = _RECORDED.match(line)
        typed = _literal(m.group("typed")) if m else None
        if m is None or typed is None:
            kept.append(line)
            continue
        record["typed"] = typed
        record["accepted"] = [a for a in _ACCEPTED.split(m.group("how")) if a]
    record["notes"] = "\n".join(kept)


def _literal(text: str) -> str | None:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return value if type(value) is str else None
