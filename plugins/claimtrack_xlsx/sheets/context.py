"""What several sheets share, computed once per workbook: claim rows, widths, grades, order."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..checksum import casebook_checksum
from ..options import XlsxOptions
from .data import Link, date_width, fit_width

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook
    from claimtrack.model import Evidence, PartialDate, Reliability

__all__ = ["Context"]


class Context:
    """Facts several sheets share, computed once: row numbers of claims, grades, dates."""

    def __init__(self, book: Casebook, options: XlsxOptions, version: str = "") -> None:
        self.book = book
        self.options = options
        self.version = version
        self.generated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        self.claim_ids = list(book.claims)
        # Where a link to a claim goes: its Claims row, else its Summary row (same order).
        target = next((s for s in ("Claims", "Summary") if s in options.sheets), None)
        self.claim_sheet = target
        self.claim_row = {cid: i + 2 for i, cid in enumerate(self.claim_ids)}
        # Identifier columns are as wide as their longest id (one pass over each pool).
        self.claim_width = fit_width(self.claim_ids, 12)
        self.article_width = fit_width(book.articles, 12)
        self.published_width = date_width(a.published for a in book.articles.values())
        self.stats: dict[str, int] = {}
        self._checksum: str | None = None
        self._reliability: dict[tuple[str | None, str], Reliability] = {}
        self._published: dict[str, PartialDate | None] | None = None

    @property
    def checksum(self) -> str:
        """The casebook checksum, computed once (it serializes the whole casebook)."""
        if self._checksum is None:
            self._checksum = casebook_checksum(self.book)
        return self._checksum

    def claim_link(self, claim_id: str) -> Link | str:
        """The claim id, linked to its row when a claim sheet is written."""
        row = self.claim_row.get(claim_id)
        if self.claim_sheet is None or row is None:
            return claim_id
        return Link(claim_id, location=f"'{self.claim_sheet}'!A{row}")

    def contested(self, claim_id: str) -> bool:
        """:meth:`Casebook.is_contested` (indexed by the casebook, so cheap per row)."""
        return self.book.is_contested(claim_id)

    def reliability(self, ev: Evidence) -> Reliability:
        """:meth:`Casebook.reliability_of`: the speaker's grade, else the outlet's, else F.

        It depends only on the speaker and the article, so it is asked once per pair (a locked
        read of the casebook each time would cost a microsecond a row)."""
        key = (ev.speaker, ev.article)
        found = self._reliability.get(key)
        if found is None:
            found = self._reliability[key] = self.book.reliability_of(ev)
        return found

    def grade(self, ev: Evidence) -> str:
        """Admiralty grade such as ``"B2"`` (:meth:`Casebook.grade`)."""
        return self.book.grade(ev)

    def evidence_date(self, ev: Evidence) -> PartialDate | None:
        """The said date, else the article's publication date (:meth:`Casebook.date_of`).

        The articles' dates are gathered once: a locked read of the casebook per evidence
        would cost more than the sort it is for."""
        said = ev.said_on
        if said is not None:
            return said
        if self._published is None:
            self._published = {aid: a.published for aid, a in self.book.articles.items()}
        return self._published.get(ev.article)

    def sorted_evidence(self) -> list[Evidence]:
        """Evidence in the order the options ask for."""
        items = list(self.book.evidence.values())
        order = self.options.sort
        if order == "insertion":
            return items
        if order == "article":
            return sorted(items, key=lambda e: (e.article, e.start, e.end))
        if order == "grade":
            return sorted(items, key=lambda e: (self.reliability(e).value, int(e.credibility)))

        def by_date(e: Evidence) -> tuple[int, dt.date, dt.date]:
            d = self.evidence_date(e)
            return (1, dt.date.min, dt.date.min) if d is None else (0, d.start, d.end)

        if order == "date":
            return sorted(items, key=by_date)
        rank = {cid: i for i, cid in enumerate(self.claim_ids)}
        unranked, date_of, low = len(rank), self.evidence_date, dt.date.min

        def by_claim_then_date(e: Evidence) -> tuple[int, int, dt.date, dt.date]:
            # (claim, by_date(e)) flattened: the same order, one tuple per item.
            d = date_of(e)
            n = rank.get(e.claim, unranked)
            return (n, 1, low, low) if d is None else (n, 0, d.start, d.end)

        return sorted(items, key=by_claim_then_date)
