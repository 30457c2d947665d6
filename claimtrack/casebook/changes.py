"""What changed between two casebooks: records added and removed, fields that moved (old → new).

:func:`compare` matches records by id. Evidence is compared through one function,
:func:`evidence_facts`, so a richer quote (several segments, an analyst's rendering) changes one
place. Claims are compared on their statement and assessment (likelihood, confidence);
contradictions on their status, kind and resolution: a candidate confirmed, or a confirmed one
dismissed or explained, shows as a status change ``old → new``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import frozen

from claimtrack.model import Article, Claim, Contradiction, ContradictionStatus, Evidence

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
    "CasebookChanges",
    "FieldChange",
    "RecordChange",
    "claim_facts",
    "compare",
    "contradiction_facts",
    "evidence_facts",
]

#: Statuses in which a contradiction no longer stands open: reviewed away or explained.
RESOLVED = frozenset({ContradictionStatus.DISMISSED, ContradictionStatus.EXPLAINED})


@frozen
class FieldChange:
    """One field of one record, as text: ``old`` → ``new`` (``""`` for none)."""

    field: str
    old: str
    new: str


@frozen
class RecordChange:
    """A record present in both casebooks whose compared fields differ."""

    id: str
    fields: tuple[FieldChange, ...]

    def field(self, name: str) -> FieldChange | None:
        """The change of field ``name``, or None when that field did not change."""
        return next((f for f in self.fields if f.field == name), None)


@frozen
class CasebookChanges:
    """The difference between an old and a new casebook, each part sorted by id."""

    added_articles: tuple[Article, ...] = ()
    removed_articles: tuple[Article, ...] = ()
    added_claims: tuple[Claim, ...] = ()
    removed_claims: tuple[Claim, ...] = ()
    changed_claims: tuple[RecordChange, ...] = ()
    added_evidence: tuple[Evidence, ...] = ()
    removed_evidence: tuple[Evidence, ...] = ()
    changed_evidence: tuple[RecordChange, ...] = ()
    added_contradictions: tuple[Contradiction, ...] = ()
    removed_contradictions: tuple[Contradiction, ...] = ()
    changed_contradictions: tuple[RecordChange, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in _PARTS)

    @property
    def resolved_contradictions(self) -> tuple[RecordChange, ...]:
        """Contradictions whose status moved into dismissed or explained."""
        return tuple(
            change
            for change in self.changed_contradictions
            if (status := change.field("status")) is not None
            and status.new in {s.value for s in RESOLVED}
            and status.old not in {s.value for s in RESOLVED}
        )

    def counts(self) -> dict[str, int]:
        """How many records each part holds, by part name (``"added_evidence"`` …)."""
        return {name: len(getattr(self, name)) for name in _PARTS}

    def to_dict(self) -> dict[str, Any]:
        """Plain data (ids and field changes): what ``claimtrack diff --json`` prints."""
        out: dict[str, Any] = {}
        for name in _PARTS:
            items = getattr(self, name)
            if name.startswith("changed_"):
                out[name] = [
                    {
                        "id": c.id,
                        "fields": {f.field: {"old": f.old, "new": f.new} for f in c.fields},
                    }
                    for c in items
                ]
            else:
                out[name] = [item.id for item in items]
        out["resolved_contradictions"] = [c.id for c in self.resolved_contradictions]
        return out


_PARTS = tuple(a.name for a in CasebookChanges.__attrs_attrs__)  # type: ignore[attr-defined]


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def evidence_facts(book: Casebook, evidence: Evidence) -> dict[str, str]:
    """The fields of a piece of evidence that a change report compares, as text.

    The one place that knows what evidence is made of: the quote (its public text), the
    claim it bears on, its stance, its grade (source reliability and credibility, ``"B2"``),
    who said it and when.
    """
    return {
        "claim": evidence.claim,
        "quote": evidence.quote,
        "stance": _text(evidence.stance),
        "grade": book.grade(evidence),
        "speaker": _text(evidence.speaker),
        "said_on": _text(evidence.said_on),
    }


def claim_facts(book: Casebook, claim: Claim) -> dict[str, str]:
    """The compared fields of a claim: its statement and the analyst's assessment."""
    return {
        "statement": claim.statement,
        "likelihood": _text(claim.likelihood),
        "confidence": _text(claim.confidence),
    }


def contradiction_facts(book: Casebook, contradiction: Contradiction) -> dict[str, str]:
    """The compared fields of a contradiction: what the analyst made of it."""
    return {
        "status": _text(contradiction.status),
        "kind": _text(contradiction.kind),
        "resolution": contradiction.resolution,
    }


R = TypeVar("R", Article, Claim, Evidence, Contradiction)
Facts = Callable[["Casebook", Any], dict[str, str]]


def _split(old: Mapping[str, R], new: Mapping[str, R]) -> tuple[tuple[R, ...], tuple[R, ...]]:
    added = tuple(new[k] for k in sorted(new.keys() - old.keys()))
    removed = tuple(old[k] for k in sorted(old.keys() - new.keys()))
    return added, removed


def _changed(
    old_book: Casebook, new_book: Casebook, kind: str, facts: Facts
) -> tuple[RecordChange, ...]:
    old, new = getattr(old_book, kind), getattr(new_book, kind)
    out = []
    for key in sorted(old.keys() & new.keys()):
        before, after = facts(old_book, old[key]), facts(new_book, new[key])
        fields = tuple(
            FieldChange(name, before.get(name, ""), after.get(name, ""))
            for name in _ordered(before, after)
            if before.get(name, "") != after.get(name, "")
        )
        if fields:
            out.append(RecordChange(key, fields))
    return tuple(out)


def _ordered(before: Iterable[str], after: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*before, *after]))


def compare(old: Casebook, new: Casebook) -> CasebookChanges:
    """What changed from ``old`` to ``new``: added, removed and changed records, by id."""
    parts: dict[str, Any] = {}
    compared: tuple[tuple[str, Facts | None], ...] = (
        ("articles", None),
        ("claims", claim_facts),
        ("evidence", evidence_facts),
        ("contradictions", contradiction_facts),
    )
    for kind, facts in compared:
        parts[f"added_{kind}"], parts[f"removed_{kind}"] = _split(
            getattr(old, kind), getattr(new, kind)
        )
        if facts is not None:
            parts[f"changed_{kind}"] = _changed(old, new, kind, facts)
    return CasebookChanges(**parts)
