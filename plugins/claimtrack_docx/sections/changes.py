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

from claimtrack.casebook import Casebook
from claimtrack.casebook.changes import CasebookChanges, RecordChange, compare
from claimtrack.errors import FormatError
from claimtrack.serialization.reader import load

from .. import wording as w

if TYPE_CHECKING:
    from claimtrack.model import Evidence

    from ..context import MemoContext

__all__ = ["previous_casebook", "since_text", "write_changes"]

#: A quote in this section is a reminder, not the evidence itself: kept short.
QUOTE_CHARS = 160


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
    changes = compare(old, memo.book)
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
    for change, text in moved:
        _bullet(memo, f"{_label(memo, change.id)}: {text}")


def _quote_line(memo: MemoContext, ev: Evidence) -> str:
    stance = {"supports": "for", "refutes": "against"}.get(ev.stance.value, "bearing on")
    quote = w.quoted(w.clip(ev.quote, QUOTE_CHARS))
    return f"{quote} — {stance} {_label(memo, ev.claim)}"


def _evidence(memo: MemoContext, changes: CasebookChanges) -> None:
    if not (changes.added_evidence or changes.removed_evidence or changes.changed_evidence):
        return
    memo.body.heading("Evidence", 2)
    for ev in changes.added_evidence:
        _bullet(memo, f"New: {_quote_line(memo, ev)}; {memo.attribution(ev)}")
    for ev in changes.removed_evidence:
        _bullet(memo, f"Removed: {_quote_line(memo, ev)}")
    names = ("stance", "grade", "speaker", "said_on", "quote", "claim")
    for change in changes.changed_evidence:
        ev = memo.book.evidence[change.id]
        _bullet(memo, f"Reassessed: {_quote_line(memo, ev)}: {_moves(change, names)}")


def _contradictions(memo: MemoContext, changes: CasebookChanges) -> None:
    resolved = changes.resolved_contradictions
    other = [c for c in changes.changed_contradictions if c not in resolved and c.field("status")]
    if not (changes.added_contradictions or resolved or other):
        return
    memo.body.heading("Contradictions", 2)
    for x in changes.added_contradictions:
        _bullet(memo, f"New ({x.status.value}, {x.kind.value}): {_sides(memo, x.left, x.right)}")
    for change in (*resolved, *other):
        x = memo.book.contradictions[change.id]
        verb = "Resolved" if change in resolved else "Reviewed"
        moved = w.sentence(
            f"{verb}: {_sides(memo, x.left, x.right)}: {_moves(change, ('status',))}"
        )
        _bullet(memo, f"{moved} {x.resolution}" if x.resolution else moved)


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
        for article in articles:
            title = article.title or article.id
            where = f", {article.publisher}" if article.publisher else ""
            _bullet(memo, f"{verb}: {w.quoted(w.clip(title, 120))}{where}")
