"""A reviewed workbook's rows turned into a :class:`claimtrack.review.WorkbookReview` (pure
Python: :mod:`claimtrack_xlsx.review_reader` reads the cells with openpyxl and hands them here).

Every bad cell is collected, then reported at once in one
:class:`~claimtrack.errors.ReviewError` naming each cell (``Evidence!D7 (Stance)``), what is
wrong and what to type. A formula typed by a reviewer is refused, never evaluated or stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import frozen

from claimtrack.errors import ReviewError
from claimtrack.review import (
    EDITABLE,
    REVIEW_FORMAT,
    CellRef,
    FieldEdit,
    NewEvidence,
    Notice,
    RecordKind,
    RowReview,
    WorkbookOrigin,
    WorkbookReview,
    new_evidence_problems,
    parse_value,
)

from .review_cells import NEW_EVIDENCE_COLUMNS, SUGGESTIONS_SHEET, TRACKED, cell_text, digest

__all__ = ["ReadCell", "SheetRows", "build_review"]

#: What a reviewer may type in Accept to accept a suggestion, and to leave it.
_YES = frozenset(("yes", "y", "x", "true", "1"))
_NO = frozenset(("", "no", "n", "false", "0"))
#: Bad cells listed in the error before "… and N more".
_SHOWN_PROBLEMS = 50


@frozen
class ReadCell:
    """A cell as read: its value and whether it holds a formula."""

    value: Any
    formula: bool = False


@frozen
class SheetRows:
    """A sheet's rows as read: ``(row number, cells)``, the header first."""

    name: str
    rows: Sequence[tuple[int, Sequence[ReadCell]]]


def _letter(index: int) -> str:
    """Column letter of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Sheet:
    """One data sheet being read: its header's columns and the problems found so far."""

    def __init__(self, rows: SheetRows, problems: list[str], source: str) -> None:
        self.name = rows.name
        self.problems = problems
        header_row = rows.rows[0][1] if rows.rows else ()
        self.columns = {cell_text(c.value).strip(): i for i, c in enumerate(header_row)}
        self.body = rows.rows[1:]
        self.source = source

    def require(self, header: str) -> int:
        if header not in self.columns:
            raise ReviewError(
                f"{self.source}: sheet {self.name!r} has no column {header!r} in its first row; "
                f"put the header back (claimtrack finds columns by their header)"
            )
        return self.columns[header]

    def ref(self, row: int, header: str) -> CellRef:
        return CellRef(self.name, row, header, f"{_letter(self.columns[header])}{row}")

    def text(self, row: int, cells: Sequence[ReadCell], header: str) -> str | None:
        """The cell's text (None when blank or absent); a formula is a problem, not a value."""
        at = self.columns.get(header)
        if at is None or at >= len(cells):
            return None
        cell = cells[at]
        if cell.formula:
            self.problems.append(
                f"{self.ref(row, header)}: holds a formula ({str(cell.value)[:40]!r}); claimtrack "
                f"reads text only: type the text, or start it with an apostrophe to keep it text"
            )
            return None
        text = cell_text(cell.value)
        return text if text.strip() else None


def _meta_and_records(
    source: str, data: SheetRows
) -> tuple[WorkbookOrigin, dict[str, dict[str, tuple[str, dict[str, str]]]]]:
    meta: dict[str, str] = {}
    tracked: dict[str, dict[str, tuple[str, dict[str, str]]]] = {s: {} for s in TRACKED}
    shown: list[tuple[RecordKind, str, str]] = []
    for _, cells in data.rows[1:]:
        sheet, ident, value, digests = (
            cell_text(c.value) for c in [*cells, *[ReadCell(None)] * 4][:4]
        )
        if sheet == "#":
            meta[ident] = value
        elif sheet in tracked:
            pairs = dict(p.split("=", 1) for p in digests.split(",") if "=" in p)
            tracked[sheet][ident] = (value, pairs)
            shown.append((TRACKED[sheet][0], ident, value))
    try:
        origin = WorkbookOrigin(
            checksum=meta["casebook checksum"],
            title=json.loads(meta["casebook title"]),
            format=int(meta.get("format", "0")),
            records=tuple(shown),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ReviewError(
            f"{source}: the hidden review sheet is damaged ({type(exc).__name__}: {exc}); "
            f"export the workbook again with review=true"
        ) from None
    if origin.format != REVIEW_FORMAT:
        raise ReviewError(
            f"{source}: its review data has format {origin.format}; this claimtrack reads "
            f"format {REVIEW_FORMAT}: export the workbook again and review that one"
        )
    return origin, tracked


def build_review(source: str, data: SheetRows, sheets: Iterable[SheetRows]) -> WorkbookReview:
    """The review of a workbook: ``data`` is the hidden review sheet, ``sheets`` the others."""
    origin, tracked = _meta_and_records(source, data)
    problems: list[str] = []
    rows: list[RowReview] = []
    new: list[NewEvidence] = []
    notices: list[Notice] = []
    for sheet_rows in sheets:
        sheet = _Sheet(sheet_rows, problems, source)
        if sheet.name == SUGGESTIONS_SHEET:
            new += _accepted(sheet)
        elif sheet.name in TRACKED:
            _tracked(sheet, tracked[sheet.name], rows, new, notices)
    if problems:
        more = len(problems) - _SHOWN_PROBLEMS
        listed = "\n".join(problems[:_SHOWN_PROBLEMS]) + (
            f"\n… and {more} more" if more > 0 else ""
        )
        raise ReviewError(f"{source}: {len(problems)} cell(s) cannot be merged:\n{listed}")
    return WorkbookReview(source, origin, tuple(rows), tuple(new), tuple(notices))


def _tracked(
    sheet: _Sheet,
    written: dict[str, tuple[str, dict[str, str]]],
    rows: list[RowReview],
    new: list[NewEvidence],
    notices: list[Notice],
) -> None:
    kind, id_column, fields = TRACKED[sheet.name]
    sheet.require(id_column)
    seen: dict[str, int] = {}
    for number, cells in sheet.body:
        if all(cell_text(c.value).strip() == "" for c in cells):
            continue
        ident = (sheet.text(number, cells, id_column) or "").strip()
        if ident in written and ident in seen:
            notices.append(
                Notice(
                    sheet.ref(number, id_column),
                    f"{kind.value} {ident!r} is also on row {seen[ident]}; this row is not merged",
                )
            )
        elif ident in written:
            seen[ident] = number
            fingerprint, digests = written[ident]
            edits = _edits(sheet, kind, number, cells, fields, digests)
            if edits:
                rows.append(
                    RowReview(kind, ident, fingerprint, edits, sheet.ref(number, id_column))
                )
        elif kind is RecordKind.EVIDENCE:
            new.append(_new_row(sheet, number, cells, ident))
        else:
            notices.append(
                Notice(
                    sheet.ref(number, id_column),
                    f"{kind.value} {ident or '(no id)'!r} was not in the exported "
                    f"workbook; new {kind.value}s are added in the casebook",
                )
            )
    # A row deleted in the spreadsheet is said, never silently ignored nor applied: one stray
    # keystroke in Excel must not remove evidence from the record.
    for ident in written.keys() - seen.keys():
        notices.append(
            Notice(
                CellRef(sheet.name, 0, "row deleted"),
                f"{kind.value} {ident!r} has no row on {sheet.name!r} any more; deleted rows are "
                f"not merged and the {kind.value} stays in the casebook: remove it there "
                f"(Casebook.remove_{kind.value}) if it should go",
                record=ident,
            )
        )


def _edits(
    sheet: _Sheet,
    kind: RecordKind,
    number: int,
    cells: Sequence[ReadCell],
    fields: dict[str, str],
    digests: dict[str, str],
) -> tuple[FieldEdit, ...]:
    edits = []
    for header, field in fields.items():
        if header not in sheet.columns or field not in digests:
            continue
        text = sheet.text(number, cells, header)
        if digest(text or "") == digests[field]:
            continue
        ref = sheet.ref(number, header)
        if field in EDITABLE[kind]:
            try:
                parse_value(field, text)
            except ValueError as exc:
                sheet.problems.append(f"{ref}: {exc}")
                continue
        edits.append(FieldEdit(field, text, ref))
    return tuple(edits)


def _checked(sheet: _Sheet, item: NewEvidence) -> NewEvidence:
    for field, _typed, reason in new_evidence_problems(item)[1]:
        sheet.problems.append(f"{item.cell_of(field)}: {reason}")
    return item


def _new_row(sheet: _Sheet, number: int, cells: Sequence[ReadCell], ident: str) -> NewEvidence:
    values = {f: sheet.text(number, cells, h) for h, f in NEW_EVIDENCE_COLUMNS.items()}
    refs = tuple(
        (f, sheet.ref(number, h)) for h, f in NEW_EVIDENCE_COLUMNS.items() if h in sheet.columns
    )
    item = NewEvidence(
        cell=CellRef(sheet.name, number),
        claim=values["claim"],
        article=values["article"],
        quote=values["quote"],
        stance=values["stance"],
        speaker=values["speaker"],
        said_on=values["said_on"],
        credibility=values["credibility"],
        notes=values["notes"],
        id=ident or None,
        columns=refs,
    )
    return _checked(sheet, item)


def _accepted(sheet: _Sheet) -> list[NewEvidence]:
    """Accepted suggestions as new quotes, anchored where they were suggested."""
    for header in ("Claim", "Article", "Suggested quote", "Accept", "Start", "End"):
        sheet.require(header)
    found = []
    for number, cells in sheet.body:
        answer = (sheet.text(number, cells, "Accept") or "").strip().lower()
        if answer in _NO:
            continue
        if answer not in _YES:
            sheet.problems.append(f"{sheet.ref(number, 'Accept')}: {answer!r}: type yes or no")
            continue
        span = _span(sheet, number, cells)
        columns = {
            "claim": "Claim",
            "article": "Article",
            "quote": "Suggested quote",
            "stance": "Stance",
            "speaker": "Speaker",
            "notes": "Notes",
        }
        values = {f: sheet.text(number, cells, h) for f, h in columns.items()}
        refs = tuple((f, sheet.ref(number, h)) for f, h in columns.items() if h in sheet.columns)
        item = NewEvidence(
            cell=CellRef(sheet.name, number),
            claim=values["claim"],
            article=values["article"],
            quote=values["quote"],
            stance=values["stance"],
            speaker=values["speaker"],
            notes=values["notes"],
            span=span,
            columns=refs,
        )
        found.append(_checked(sheet, item))
    return found


def _span(sheet: _Sheet, number: int, cells: Sequence[ReadCell]) -> tuple[int, int] | None:
    try:
        start = int(sheet.text(number, cells, "Start") or "")
        end = int(sheet.text(number, cells, "End") or "")
    except ValueError:
        sheet.problems.append(
            f"{sheet.ref(number, 'Start')}: Start and End must stay as written "
            f"(the suggested sentence's place in the article)"
        )
        return None
    return (start, end)
