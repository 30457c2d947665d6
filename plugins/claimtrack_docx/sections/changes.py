"""What changed since the previous casebook: a section for a memo regenerated a week later.

Written only when the ``previous`` option names a casebook (a path to its JSON, or a
:class:`~claimtrack.Casebook`). The comparison is :func:`claimtrack.casebook.changes.compare`;
this module words it: judgments whose likelihood or confidence moved (old → new), evidence
added, removed and re-assessed, contradictions added and resolved, sources added and removed.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import attrs

from claimtrack.casebook import Casebook
from claimtrack.casebook.changes import CasebookChanges, RecordChange, compare
from claimtrack.errors import FormatError
from claimtrack.serialization.reader import load

from .. import wording as w

if TYPE_CHECKING:
    from claimtrack.model import Contradiction, Evidence

    from ..context import MemoContext

__all__ = ["previous_casebook", "since_text", "write_changes"]

#: A quote in this section is a reminder, not the evidence itself: kept short.
QUOTE_CHARS = 160
#: Each list (new quotes, removed quotes, …) shows at most this many; the rest are counted.
MAX_ITEMS = 10


def previous_casebook(previous: object) -> Casebook:
    """The casebook the ``previous`` option names, loaded if it is a path."""
    if isinstance(previous, Casebook):
        return previous
    if not isinstance(previous, str) or not os.path.isfile(previous):
        raise FormatError(
            f"docx option 'previous': {previous!r} is not a file; pass the casebook JSON the "
            f"last memo was written from"
        )
    return load(previous)


def since_text(previous: object, given: str | None) -> str:
    """What "since …" says: the ``previous_date`` option, else the previous file's date."""
    if given:
        return given
    path = previous.source_path if isinstance(previous, Casebook) else previous
    if isinstance(path, str) and os.path.isfile(path):
        day = dt.datetime.fromtimestamp(os.path.getmtime(path), dt.UTC).date()
        return f"{day.day} {day:%B %Y}"  # as the title block writes the memo's own date
    return "the previous casebook"


def write_changes(memo: MemoContext) -> None:
    """The section "What changed since <date>", when a previous casebook is given."""
    previous = memo.options.previous
    if previous is None:
        return
    old = previous_casebook(previous)
    changes = _relevant(memo, compare(old, memo.book))
    body = memo.body
    body.heading(
        f"What changed since {w.safe(since_text(previous, memo.options.previous_date))}", 1
    )
    if not changes:
        body.para("Nothing: the casebook holds the same sources, judgments, quotes and verdicts.")
        return
    body.para(_overview(changes))
    _judgments(memo, changes.changed_claims)
    _evidence(memo, changes)
    _contradictions(memo, changes)
    _sources(memo, changes)


def _relevant(memo: MemoContext, changes: CasebookChanges) -> CasebookChanges:
    """Only the changes bearing on the memo's claims, when the memo covers some of them."""
    if memo.options.claims is None:
        return changes
    chosen = set(memo.options.claims)
    evidence_ids = {e.id for e in (*changes.removed_evidence, *memo.book.evidence.values())
                    if e.claim in chosen}  # fmt: skip

    def touches(x: Contradiction) -> bool:
        return bool({x.left, x.right} & (chosen | evidence_ids))

    def claim_of(change: RecordChange) -> str:
        return memo.book.evidence[change.id].claim

    return attrs.evolve(
        changes,
        added_claims=tuple(c for c in changes.added_claims if c.id in chosen),
        removed_claims=(),
        changed_claims=tuple(c for c in changes.changed_claims if c.id in chosen),
        added_evidence=tuple(e for e in changes.added_evidence if e.claim in chosen),
        removed_evidence=tuple(e for e in changes.removed_evidence if e.claim in chosen),
        changed_evidence=tuple(c for c in changes.changed_evidence if claim_of(c) in chosen),
        added_contradictions=tuple(x for x in changes.added_contradictions if touches(x)),
        removed_contradictions=(),
        changed_contradictions=tuple(
            c for c in changes.changed_contradictions if touches(memo.book.contradictions[c.id])
        ),
    )


def _capped(memo: MemoContext, lines: list[str]) -> None:
    """Each line as a bullet, at most :data:`MAX_ITEMS`; the rest counted in a last bullet."""
    for line in lines[:MAX_ITEMS]:
        _bullet(memo, line)
    if len(lines) > MAX_ITEMS:
        more = len(lines) - MAX_ITEMS
        _bullet(memo, f"… and {more} more (claimtrack diff lists every change)")


def _overview(changes: CasebookChanges) -> str:
    moved = [c for c in changes.changed_claims if c.field("likelihood") or c.field("confidence")]
    parts = [
        w.plural(len(moved), "judgment") + " reassessed",
        w.plural(len(changes.added_evidence), "piece of evidence", "pieces of evidence") + " added",
        f"{len(changes.removed_evidence)} removed",
        w.plural(len(changes.added_contradictions), "contradiction") + " added",
        f"{len(changes.resolved_contradictions)} resolved",
    ]
    return w.sentence("Since then: " + ", ".join(parts))


def _bullet(memo: MemoContext, text: str) -> None:
    memo.body.para(w.safe(w.sentence(text)), "List Bullet")


def _label(memo: MemoContext, claim_id: str) -> str:
    label = memo.labels.get(claim_id)
    claim = memo.book.claims.get(claim_id)
    if claim is None:
        return claim_id
    statement = w.quoted(w.clip(claim.statement, 80).rstrip("."))
    return f"{label}, {statement}" if label else statement


def _moves(change: RecordChange, names: tuple[str, ...]) -> str:
    return "; ".join(
        f"{f.field.replace('_', ' ')} {f.old or 'none'} → {f.new or 'none'}"
        for f in change.fields
        if f.field in names
    )


def _judgments(memo: MemoContext, changed: tuple[RecordChange, ...]) -> None:
    moved = [(c, _moves(c, ("likelihood", "confidence"))) for c in changed]
    moved = [(c, text) for c, text in moved if text]
    if not moved:
        return
    memo.body.heading("Judgments reassessed", 2)
    _capped(memo, [f"{_label(memo, change.id)}: {text}" for change, text in moved])


def _quote_line(memo: MemoContext, ev: Evidence) -> str:
    stance = {"supports": "for", "refutes": "against"}.get(ev.stance.value, "bearing on")
    quote = w.quoted(w.clip(ev.quote, QUOTE_CHARS))
    return f"{quote} — {stance} {_label(memo, ev.claim)}"


def _evidence(memo: MemoContext, changes: CasebookChanges) -> None:
    if not (changes.added_evidence or changes.removed_evidence or changes.changed_evidence):
        return
    memo.body.heading("Evidence", 2)
    _capped(memo, [f"New: {_quote_line(memo, ev)}; {memo.attribution(ev)}"
                   for ev in changes.added_evidence])  # fmt: skip
    _capped(memo, [f"Removed: {_quote_line(memo, ev)}" for ev in changes.removed_evidence])
    names = ("stance", "grade", "speaker", "said_on", "quote", "claim")
    _capped(memo, [
        f"Reassessed: {_quote_line(memo, memo.book.evidence[c.id])}: {_moves(c, names)}"
        for c in changes.changed_evidence
    ])  # fmt: skip


def _contradictions(memo: MemoContext, changes: CasebookChanges) -> None:
    resolved = changes.resolved_contradictions
    other = [c for c in changes.changed_contradictions if c not in resolved and c.field("status")]
    if not (changes.added_contradictions or resolved or other):
        return
    memo.body.heading("Contradictions", 2)
    _capped(memo, [f"New ({x.status.value}, {x.kind.value}): {_sides(memo, x.left, x.right)}"
                   for x in changes.added_contradictions])  # fmt: skip
    lines = []
    for change in (*resolved, *other):
        x = memo.book.contradictions[change.id]
        verb = "Resolved" if change in resolved else "Reviewed"
        moved = w.sentence(
            f"{verb}: {_sides(memo, x.left, x.right)}: {_moves(change, ('status',))}"
        )
        lines.append(f"{moved} {x.resolution}" if x.resolution else moved)
    _capped(memo, lines)


def _sides(memo: MemoContext, left: str, right: str) -> str:
    def side(record_id: str) -> str:
        ev = memo.book.evidence.get(record_id)
        if ev is not None:
            return w.quoted(w.clip(ev.quote, 80))
        return _label(memo, record_id)

    return f"{side(left)} against {side(right)}"


def _sources(memo: MemoContext, changes: CasebookChanges) -> None:
    if not (changes.added_articles or changes.removed_articles):
        return
    memo.body.heading("Sources", 2)
    for verb, articles in (("New", changes.added_articles), ("Removed", changes.removed_articles)):
        _capped(memo, [
            f"{verb}: {w.quoted(w.clip(a.title or a.id, 120))}"
            + (f", {a.publisher}" if a.publisher else "")
            for a in articles
        ])  # fmt: skip
