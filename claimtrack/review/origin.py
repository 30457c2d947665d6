"""Is this workbook a review of this casebook? Refuse one written from another casebook.

A workbook belongs to a casebook when it was written from exactly this state (same checksum),
or when the casebook kept its title and still holds at least one record the workbook showed
(the casebook moved on since the export: changed records then show up as conflicts, row by
row). Anything else is another casebook, and nothing is merged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.errors import ReviewError, WrongCasebookError
from claimtrack.review.content import REVIEW_FORMAT, RecordKind, WorkbookReview
from claimtrack.review.fingerprint import casebook_checksum

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

__all__ = ["check_origin"]


def _holds(book: Casebook, kind: RecordKind, id: str) -> bool:
    pool = {
        RecordKind.CLAIM: book.claims,
        RecordKind.EVIDENCE: book.evidence,
        RecordKind.CONTRADICTION: book.contradictions,
    }[kind]
    return id in pool


def check_origin(book: Casebook, review: WorkbookReview) -> str:
    """Raise WrongCasebookError unless ``review`` was written from ``book`` (see the module);
    return the casebook's checksum."""
    origin = review.origin
    if origin.format != REVIEW_FORMAT:
        raise ReviewError(
            f"{review.source}: its review data has format {origin.format}, this claimtrack reads "
            f"format {REVIEW_FORMAT}; export the workbook again and review that one"
        )
    checksum = casebook_checksum(book)
    if origin.checksum == checksum:
        return checksum
    shown = origin.records
    kept = any(_holds(book, kind, id) for kind, id, _ in shown)
    if origin.title == book.title and (kept or not shown):
        return checksum
    why = (
        f"the titles differ ({origin.title!r} there, {book.title!r} here)"
        if origin.title != book.title
        else f"none of the {len(shown)} records it shows is in this casebook"
    )
    raise WrongCasebookError(
        f"{review.source} was written from another casebook (sha256 {origin.checksum[:12]}…, "
        f"this one is {checksum[:12]}…): {why}. Nothing was merged; merge it into the casebook "
        f"it was exported from"
    )
