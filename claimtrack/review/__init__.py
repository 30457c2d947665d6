"""The evidence workbook as a review surface: reviewed workbooks merged back into a casebook.

An analyst edits the workbook the xlsx exporter wrote with ``review=True`` (stances, grades,
notes, claim assessments, contradiction verdicts), accepts suggested evidence and types new
quotes; :func:`merge_workbook` reads it through the review reader plugin for its suffix and
:func:`apply_review` applies it to a copy of the casebook, verifying every new quote and
reporting every change, conflict and refusal in a :class:`ChangeReport`.

This layer sits above the plugin host (it finds the reader through it) and below the CLI.
"""

from claimtrack.review.adding import new_evidence_problems
from claimtrack.review.apply import apply_review
from claimtrack.review.content import (
    REVIEW_FORMAT,
    CellRef,
    FieldEdit,
    NewEvidence,
    Notice,
    RecordKind,
    RowReview,
    WorkbookOrigin,
    WorkbookReview,
)
from claimtrack.review.fields import EDITABLE, NOT_EDITABLE, parse_value
from claimtrack.review.fingerprint import casebook_checksum, fingerprint, kind_of, records_of
from claimtrack.review.merging import merge_workbook, read_review
from claimtrack.review.report import ChangeReport, Outcome, ReportLine

__all__ = [
    "EDITABLE",
    "NOT_EDITABLE",
    "REVIEW_FORMAT",
    "CellRef",
    "ChangeReport",
    "FieldEdit",
    "NewEvidence",
    "Notice",
    "Outcome",
    "RecordKind",
    "ReportLine",
    "RowReview",
    "WorkbookOrigin",
    "WorkbookReview",
    "apply_review",
    "casebook_checksum",
    "fingerprint",
    "kind_of",
    "merge_workbook",
    "new_evidence_problems",
    "parse_value",
    "read_review",
    "records_of",
]
