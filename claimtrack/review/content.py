"""What a reviewed workbook says, as frozen values: the edits, the new quotes, where each was read.

A review reader (the xlsx plugin's, or a third party's) turns a file into a
:class:`WorkbookReview`; :func:`claimtrack.review.apply_review` applies it to a casebook. Values
are the cells' text as the reviewer left it (``None`` for a blank cell): the core converts and
checks them (:mod:`claimtrack.review.fields`), so a reader only has to read.
"""

from __future__ import annotations

import enum

from attrs import field, frozen

__all__ = [
    "REVIEW_FORMAT",
    "CellRef",
    "FieldEdit",
    "NewEvidence",
    "Notice",
    "RecordKind",
    "RowReview",
    "WorkbookOrigin",
    "WorkbookReview",
]

#: The version of the review data a workbook carries (fingerprints and cell digests). A workbook
#: written with another version is refused with a message saying to export it again.
REVIEW_FORMAT = 1


class RecordKind(enum.StrEnum):
    """The kinds of casebook record a workbook row can show and a reviewer can edit."""

    CLAIM = "claim"
    EVIDENCE = "evidence"
    CONTRADICTION = "contradiction"


@frozen
class CellRef:
    """Where something was read: ``sheet``, 1-based ``row``, the ``column``'s header, and the
    cell's address (``"D7"``) when the format has one."""

    sheet: str
    row: int
    column: str = ""
    address: str = ""

    def __str__(self) -> str:
        if self.address:
            place = f"{self.sheet}!{self.address}"
        else:  # row 0: the whole sheet (a row that is no longer there)
            place = f"{self.sheet} row {self.row}" if self.row else self.sheet
        return f"{place} ({self.column})" if self.column else place


@frozen
class FieldEdit:
    """One field of an exported record that the reviewer changed: its new text (None: blank)."""

    field: str
    value: str | None
    cell: CellRef


@frozen
class RowReview:
    """An exported record's row with the fields the reviewer changed.

    ``fingerprint`` is :func:`claimtrack.review.fingerprint` of the record as it was exported;
    it tells whether the casebook changed the record since.
    """

    kind: RecordKind
    id: str
    fingerprint: str
    edits: tuple[FieldEdit, ...]
    cell: CellRef


@frozen
class NewEvidence:
    """A quote the reviewer added: a typed row at the bottom of the Evidence sheet, or an
    accepted suggestion (``span``: the suggested sentence's ``(start, end)`` in the article).

    Every value is the cell's text; ``columns`` maps each field to the cell it came from.
    """

    cell: CellRef
    claim: str | None
    article: str | None
    quote: str | None
    stance: str | None
    speaker: str | None = None
    said_on: str | None = None
    credibility: str | None = None
    notes: str | None = None
    id: str | None = None
    span: tuple[int, int] | None = None
    columns: tuple[tuple[str, CellRef], ...] = ()

    def cell_of(self, name: str) -> CellRef:
        """The cell a field was read from (the row's first cell when not recorded)."""
        return dict(self.columns).get(name, self.cell)


@frozen
class Notice:
    """Something in the workbook that is not merged (a new claim row, a repeated row, a deleted
    row), and why; ``record`` is the id of the record it is about, when there is one."""

    cell: CellRef
    message: str
    record: str = ""


@frozen
class WorkbookOrigin:
    """The casebook a workbook was written from: its checksum and title then, the review
    format, and the ``(kind, id, fingerprint)`` of every record the workbook showed."""

    checksum: str
    title: str
    format: int = REVIEW_FORMAT
    records: tuple[tuple[RecordKind, str, str], ...] = field(default=(), repr=False)


@frozen
class WorkbookReview:
    """Everything a reviewed workbook asks to change, read from the file named ``source``."""

    source: str
    origin: WorkbookOrigin
    rows: tuple[RowReview, ...] = ()
    new_evidence: tuple[NewEvidence, ...] = ()
    notices: tuple[Notice, ...] = ()
