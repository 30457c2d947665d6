"""What a casebook file may hold: every section, every key, how each value is read.

This table is the one list of allowed keys: the parser reads with it (an unknown key is an error
with a "did you mean"), and tests check that ``casefile.schema.json`` allows the same keys.
"""

from __future__ import annotations

from attrs import frozen

from claimtrack.casefile import values
from claimtrack.casefile.values import Reader

__all__ = ["LISTS", "SECTIONS", "Field"]


@frozen
class Field:
    """One key: how its value is read, whether it must be there, and (for a list of records)
    the section its items follow."""

    read: Reader | None = None
    required: bool = False
    section: str | None = None  # the value is a list of records of this section


_TEXT = Field(values.text_or_empty)
_OPTIONAL = Field(values.optional_text)

SECTIONS: dict[str, dict[str, Field]] = {
    "casefile": {
        "casefile": Field(values.version),
        "title": _TEXT,
        "author": _TEXT,
        "bottom_line": _TEXT,
        "articles": Field(section="article", required=True),
        "sources": Field(section="source"),
        "actors": Field(section="actor"),
        "claims": Field(section="claim"),
        "evidence": Field(section="evidence"),
        "contradictions": Field(section="contradiction"),
        "detect": Field(values.boolean),
        "reviews": Field(section="review"),
    },
    "article": {
        "path": Field(values.text, required=True),
        "id": _OPTIONAL,
        "title": _OPTIONAL,
        "publisher": _OPTIONAL,
        "url": _OPTIONAL,
        "published": Field(values.date),
        "reliability": Field(values.reliability),
    },
    "source": {
        "name": Field(values.text, required=True),
        "reliability": Field(values.reliability, required=True),
        "url": _OPTIONAL,
        "notes": _TEXT,
    },
    "actor": {
        "name": Field(values.text, required=True),
        "aliases": Field(values.text_list),
        "roles": Field(section="role"),
        "affiliation": _OPTIONAL,
        "reliability": Field(values.reliability),
    },
    "role": {
        "title": Field(values.text, required=True),
        "start": Field(values.date),
        "end": Field(values.date),
    },
    "claim": {
        "id": _OPTIONAL,
        "statement": Field(values.text, required=True),
        "claimant": _OPTIONAL,
        "tags": Field(values.text_list),
        "notes": _TEXT,
        "likelihood": Field(values.likelihood),
        "confidence": Field(values.confidence),
    },
    "evidence": {
        "id": _OPTIONAL,
        "claim": Field(values.text, required=True),
        "article": Field(values.text, required=True),
        "quote": Field(values.text, required=True),
        "stance": Field(values.stance, required=True),
        "speaker": _OPTIONAL,
        "said_on": Field(values.date),
        "credibility": Field(values.credibility),
        "notes": _TEXT,
        "prefix": _TEXT,
        "suffix": _TEXT,
        "occurrence": Field(values.whole_number),
        "allow_typo": Field(values.boolean),
    },
    "contradiction": {
        "id": _OPTIONAL,
        "left": Field(values.text, required=True),
        "right": Field(values.text, required=True),
        "kind": Field(values.contradiction_kind),
        "status": Field(values.contradiction_status),
        "rationale": _TEXT,
        "resolution": _TEXT,
    },
    "review": {
        "between": Field(values.pair, required=True),
        "status": Field(values.contradiction_status, required=True),
        "rationale": _TEXT,
        "resolution": _TEXT,
    },
}
"""Section name -> key -> Field. ``casefile`` is the top level."""

LISTS = {name: f.section for name, f in SECTIONS["casefile"].items() if f.section}
"""Top-level key -> the section of its items (``articles`` -> ``article``)."""
