"""The sheets whose rows are quotes or pairs of them: Evidence and Contradictions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.model import (
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    Reliability,
    Stance,
)

from .data import Column, Link, SheetData, cell_date, choices, date_width, fit_width

if TYPE_CHECKING:
    from .context import Context

__all__ = ["contradictions", "evidence"]


def _evidence_columns(ctx: Context) -> tuple[Column, ...]:
    """The Evidence sheet's columns; identifier columns as wide as their longest id."""
    pool = ctx.book.evidence.values()
    return (
        Column("Evidence", fit_width((e.id for e in pool), 12)),
        Column("Claim", ctx.claim_width, "link"),
        Column("Statement", 45, "wrap"),
        Column("Stance", 11, "text", choices(Stance)),
        Column("Quote", 60, "wrap"),
        Column("Speaker", fit_width((e.speaker for e in pool), 14, 30)),
        Column("Said on", date_width(e.said_on for e in pool), "date"),
        Column("Article", ctx.article_width),
        Column("Title", 45, "wrap"),
        Column("Publisher", 20),
        Column("Published", ctx.published_width, "date"),
        Column("Reliability", 11, "text", choices(Reliability)),
        Column("Credibility", 11, "number", tuple(str(int(c)) for c in Credibility)),
        Column("Grade", 8),
        Column("URL", 30, "link"),
        Column("Start", 8, "number"),
        Column("End", 8, "number"),
        Column("Notes", 50, "wrap"),
        # The quote's check: "verified", or "orphaned" (its article changed; not verified).
        Column("Quote status", 10),
        Column("Typed as", fit_width((e.typed for e in pool), 10, 40), "wrap"),
    )


def evidence(ctx: Context) -> SheetData:
    """One row per quote, linked to its claim's row and to the article's URL."""
    book = ctx.book
    # Per-article and per-claim values are computed once, not once per row.
    art_cells: dict[str, tuple[Any, ...]] = {}
    for aid, a in book.articles.items():
        url = Link(a.url, url=a.url) if a.url else None
        art_cells[aid] = (a.title, a.publisher, cell_date(a.published), url)
    missing = (None, None, None, None)
    claim_cells = {cid: (ctx.claim_link(cid), c.statement) for cid, c in book.claims.items()}

    # A grade's letter depends on the speaker and the article only: looked up once per pair.
    letters: dict[tuple[str | None, str], str] = {}

    def rows() -> Iterator[Sequence[Any]]:
        for ev in ctx.sorted_evidence():
            title, publisher, published, url = art_cells.get(ev.article, missing)
            link, statement = claim_cells.get(ev.claim, (ev.claim, None))
            pair = (ev.speaker, ev.article)
            rel = letters.get(pair)
            if rel is None:
                rel = letters[pair] = ctx.reliability(ev).value
            credibility = int(ev.credibility)
            said = ev.said_on
            yield (
                ev.id,
                link,
                statement,
                ev.stance.value,
                ev.rendering,  # the analyst's rendering: elisions and [insertions] included
                ev.speaker,
                None if said is None else cell_date(said),
                ev.article,
                title,
                publisher,
                published,
                rel,
                credibility,
                f"{rel}{credibility}",
                url,
                ev.start,
                ev.end,
                ev.notes or None,
                "orphaned" if ev.orphaned else "verified",
                ev.typed,
            )

    return SheetData("Evidence", _evidence_columns(ctx), rows())


def contradictions(ctx: Context) -> SheetData:
    """Each contradiction with both sides' text and dates side by side."""
    book = ctx.book
    pool = book.contradictions.values()
    sides = fit_width((ref for x in pool for ref in (x.left, x.right)), 12)
    # A side's date is its evidence's date said or published (claims have none).
    dates = date_width(
        ctx.evidence_date(book.evidence[ref])
        for x in pool
        for ref in (x.left, x.right)
        if ref in book.evidence
    )
    columns = (
        Column("Contradiction", fit_width((x.id for x in pool), 14)),
        Column("Level", 10, "text", choices(ContradictionLevel)),
        Column("Left", sides),
        Column("Left text", 45, "wrap"),
        Column("Left date", dates, "date"),
        Column("Right", sides),
        Column("Right text", 45, "wrap"),
        Column("Right date", dates, "date"),
        Column("Kind", 16, "text", choices(ContradictionKind)),
        Column("Status", 12, "text", choices(ContradictionStatus)),
        Column("Rationale", 50, "wrap"),
        Column("Resolution", 50, "wrap"),
        Column("Detected by", fit_width((x.detected_by for x in pool), 12)),
        Column("Reasons", 30, "wrap"),
    )

    def side(level: ContradictionLevel, ref: str) -> tuple[Any, Any, Any]:
        if level is ContradictionLevel.CLAIMS:
            claim = book.claims.get(ref)
            return ctx.claim_link(ref), claim.statement if claim else None, None
        ev = book.evidence.get(ref)
        if ev is None:
            return ref, None, None
        return ref, ev.quote, cell_date(ctx.evidence_date(ev))

    def rows() -> Iterator[Sequence[Any]]:
        for x in book.contradictions.values():
            yield (
                x.id,
                x.level.value,
                *side(x.level, x.left),
                *side(x.level, x.right),
                x.kind.value,
                x.status.value,
                x.rationale or None,
                x.resolution or None,
                x.detected_by,
                "; ".join(x.reasons) or None,
            )

    return SheetData("Contradictions", columns, rows())
