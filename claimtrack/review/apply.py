"""Applying a reviewed workbook to a casebook: a new casebook and the change report.

The input casebook is never changed: the edited records are rebuilt into a new casebook through
:meth:`Casebook.from_records` (which checks every quote and every whole-book rule again), and new
quotes are then added to it through :meth:`Casebook.add_evidence`, which verifies them against
the article text. An edit to a record whose fingerprint no longer matches (the casebook changed
it since the workbook was written) is a conflict and is not applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimtrack.casebook import Casebook
from claimtrack.casebook.access import evolve
from claimtrack.errors import CasebookError, ReviewError, ValidationError
from claimtrack.model import sha256
from claimtrack.review.adding import add_new_evidence
from claimtrack.review.content import FieldEdit, RecordKind, RowReview, WorkbookReview
from claimtrack.review.fields import EDITABLE, NOT_EDITABLE, parse_value
from claimtrack.review.fingerprint import fingerprint, records_of
from claimtrack.review.origin import check_origin
from claimtrack.review.report import ChangeReport, Outcome, ReportLine

if TYPE_CHECKING:
    from claimtrack.review.content import CellRef

__all__ = ["apply_review", "display"]


def display(value: object) -> str:
    """A field's value as the report shows it: the vocabulary word, the number, "" for none."""
    if value is None:
        return ""
    if isinstance(value, int):  # Credibility is an IntEnum: show 2, not Credibility.PROBABLY_TRUE
        return str(int(value))
    return str(getattr(value, "value", value))


def _line(outcome: Outcome, cell: CellRef, record: str, field: str, **more: str) -> ReportLine:
    return ReportLine(outcome, cell.sheet, cell.row, str(cell), record, field, **more)


def apply_review(book: Casebook, review: WorkbookReview) -> tuple[Casebook, ChangeReport]:
    """Apply ``review`` to a copy of ``book``: returns the new casebook and the change report.

    Raises :class:`~claimtrack.errors.WrongCasebookError` when the workbook was written from
    another casebook. Everything else the workbook asks is reported line by line: applied
    changes and added quotes, conflicts (records the casebook changed since the export) and
    refusals (quotes not in their article, with the closest passage; bad values; unknown ids),
    which are never stored. ``book`` itself is never changed.
    """
    if not isinstance(review, WorkbookReview):
        raise TypeError(f"expected a WorkbookReview, got {type(review).__name__}")
    with book.lock:
        check_origin(book, review)
        lines = [
            _line(Outcome.REFUSED, n.cell, n.record, n.cell.column, reason=n.message)
            for n in review.notices
        ]
        updated: dict[RecordKind, dict[str, Any]] = {kind: {} for kind in RecordKind}
        current = {kind: records_of(book, kind) for kind in RecordKind}
        for row in review.rows:
            lines += _review_row(row, current[row.kind], updated[row.kind])
        merged = _rebuild(book, updated, review.source)
    lines += add_new_evidence(merged, review.new_evidence)
    return merged, ChangeReport(review.source, tuple(lines))


def _review_row(
    row: RowReview, current: dict[str, Any], updated: dict[str, Any]
) -> list[ReportLine]:
    """The report lines of one exported row; its accepted changes go into ``updated``."""
    record = current.get(row.id)
    if record is None:
        reason = f"{row.kind.value} {row.id!r} is no longer in the casebook (removed since export)"
        return [
            _line(Outcome.CONFLICT, e.cell, row.id, e.field, new=e.value or "", reason=reason)
            for e in row.edits
        ]
    stale = fingerprint(record) != row.fingerprint
    # A record can show on two sheets (a claim on Claims and Summary): start from what an
    # earlier row of the workbook made of it.
    base = updated.get(row.id, record)
    lines: list[ReportLine] = []
    wanted: dict[str, tuple[Any, FieldEdit]] = {}
    for edit in row.edits:
        judged = _judge(row, record, base, edit, stale)
        if isinstance(judged, ReportLine):
            lines.append(judged)
        elif judged is not _SAME:
            wanted[edit.field] = (judged, edit)
    if wanted:
        lines += _evolve(row, base, wanted, updated)
    return lines


_SAME: Any = object()  # "the edit asks for the value the record already has"


def _judge(row: RowReview, record: Any, base: Any, edit: FieldEdit, stale: bool) -> Any:
    """The value to set, ``_SAME``, or the report line saying why not (refused, conflict)."""
    refused = _refusal(row.kind, edit)
    if refused:
        return _line(
            Outcome.REFUSED, edit.cell, row.id, edit.field, new=edit.value or "", reason=refused
        )
    value = parse_value(edit.field, edit.value)
    old, before = getattr(record, edit.field), getattr(base, edit.field)
    if value == before:
        return _SAME  # typed again as it stands (or the casebook made the same change)
    if before != old:
        reason = (
            f"another row of the workbook sets it to {display(before)!r}; make the two "
            f"agree and merge again"
        )
        return _line(
            Outcome.REFUSED,
            edit.cell,
            row.id,
            edit.field,
            old=display(before),
            new=display(value),
            reason=reason,
        )
    if stale:
        reason = (
            f"the casebook changed {row.kind.value} {row.id!r} since the workbook was "
            f"written; not applied: check the casebook's value and edit again"
        )
        return _line(
            Outcome.CONFLICT,
            edit.cell,
            row.id,
            edit.field,
            old=display(old),
            new=display(value),
            reason=reason,
        )
    return value


def _refusal(kind: RecordKind, edit: FieldEdit) -> str:
    """Why an edit cannot be applied whatever the casebook says ("" if it can)."""
    if (kind, edit.field) in NOT_EDITABLE:
        return NOT_EDITABLE[kind, edit.field]
    if edit.field not in EDITABLE[kind]:
        return f"{edit.field!r} of a {kind.value} is not changed through the workbook"
    try:
        parse_value(edit.field, edit.value)
    except ValueError as exc:
        return str(exc)
    return ""


def _evolve(
    row: RowReview, record: Any, wanted: dict[str, tuple[Any, FieldEdit]], updated: dict[str, Any]
) -> list[ReportLine]:
    """All of a row's changes at once (a status and its resolution go together)."""
    try:
        new = evolve(row.kind.value, row.id, record, **{f: v for f, (v, _) in wanted.items()})
    except CasebookError as exc:
        return [
            _line(
                Outcome.REFUSED,
                e.cell,
                row.id,
                f,
                old=display(getattr(record, f)),
                new=display(v),
                reason=str(exc),
            )
            for f, (v, e) in wanted.items()
        ]
    updated[row.id] = new
    return [
        _line(Outcome.CHANGED, e.cell, row.id, f, old=display(getattr(record, f)), new=display(v))
        for f, (v, e) in wanted.items()
    ]


def _rebuild(book: Casebook, updated: dict[RecordKind, dict[str, Any]], source: str) -> Casebook:
    """A new casebook: ``book``'s records with the updated ones in their place, checked whole."""

    def pool(kind: RecordKind, records: Any) -> list[Any]:
        return [updated[kind].get(id, record) for id, record in records.items()]

    # An article loaded without its raw copy keeps the checksum of a raw text that is not here.
    raw_not_kept = [a.id for a in book.articles.values() if sha256(a.raw) != a.checksum]
    try:
        return Casebook.from_records(
            title=book.title,
            bottom_line=book.bottom_line,
            author=book.author,
            source_path=book.source_path,
            raw_not_kept=raw_not_kept,
            articles=book.articles.values(),
            actors=book.actors.values(),
            sources=book.sources.values(),
            claims=pool(RecordKind.CLAIM, book.claims),
            evidence=pool(RecordKind.EVIDENCE, book.evidence),
            contradictions=pool(RecordKind.CONTRADICTION, book.contradictions),
        )
    except ValidationError as exc:
        raise ReviewError(f"{source}: the reviewed casebook breaks its rules: {exc}") from None
