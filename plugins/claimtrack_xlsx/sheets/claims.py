"""The sheets whose rows are claims: Summary, Claims and the Matrix (claims × articles, ACH)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.model import Confidence, Likelihood, Stance

from .data import Column, SheetData, choices, fit_width

if TYPE_CHECKING:
    from .context import Context

__all__ = ["MATRIX_MARKS", "MAX_MATRIX_ARTICLES", "claims", "matrix", "summary"]

#: Marks in the Matrix sheet: what evidence from an article does to a claim (ACH notation).
MATRIX_MARKS = {Stance.SUPPORTS: "C", Stance.REFUTES: "I", Stance.NEUTRAL: "N"}
#: Excel has 16,384 columns; the Matrix keeps two for the claim and statement.
MAX_MATRIX_ARTICLES = 16_384 - 2


def _counts(ctx: Context, cid: str) -> tuple[int, int, int, int]:
    items = ctx.book.evidence_for(cid)
    sup = sum(1 for e in items if e.stance is Stance.SUPPORTS)
    ref = sum(1 for e in items if e.stance is Stance.REFUTES)
    return sup, ref, len(items) - sup - ref, len({e.article for e in items})


def summary(ctx: Context) -> SheetData:
    """One row per claim: counts by stance, articles, contested flag, assessment."""
    claimants = fit_width((c.claimant for c in ctx.book.claims.values()), 14)
    columns = (
        Column("Claim", ctx.claim_width, "link"),
        Column("Statement", 50, "wrap"),
        Column("Claimant", claimants),
        Column("Supports", 10, "number"),
        Column("Refutes", 10, "number"),
        Column("Neutral", 10, "number"),
        Column("Evidence", 10, "number"),
        Column("Articles", 10, "number"),
        Column("Contested", 11, "flag", ("yes", "no")),
        Column("Likelihood", 18, "text", choices(Likelihood)),
        Column("Confidence", 12, "text", choices(Confidence)),
    )

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            claim = ctx.book.claims[cid]
            sup, ref, neu, arts = _counts(ctx, cid)
            link = ctx.claim_link(cid) if ctx.claim_sheet == "Claims" else cid
            yield (
                link,
                claim.statement,
                claim.claimant,
                sup,
                ref,
                neu,
                sup + ref + neu,
                arts,
                "yes" if ctx.contested(cid) else "no",
                claim.likelihood.value if claim.likelihood else None,
                claim.confidence.value if claim.confidence else None,
            )

    return SheetData("Summary", columns, rows())


def claims(ctx: Context) -> SheetData:
    """One row per claim with its assessment; drop-downs on likelihood and confidence."""
    claimants = fit_width((c.claimant for c in ctx.book.claims.values()), 14)
    columns = (
        Column("Claim", ctx.claim_width),
        Column("Statement", 60, "wrap"),
        Column("Claimant", claimants),
        Column("Tags", 18, "wrap"),
        Column("Likelihood", 18, "text", choices(Likelihood)),
        Column("Probability", 12),
        Column("Confidence", 12, "text", choices(Confidence)),
        Column("Evidence", 10, "number"),
        Column("Contested", 11, "flag", ("yes", "no")),
        Column("Notes", 40, "wrap"),
    )

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            c = ctx.book.claims[cid]
            band = c.likelihood.percent_range if c.likelihood else None
            yield (
                cid,
                c.statement,
                c.claimant,
                ", ".join(c.tags) or None,
                c.likelihood.value if c.likelihood else None,
                f"{band[0]}–{band[1]}%" if band else None,
                c.confidence.value if c.confidence else None,
                len(ctx.book.evidence_for(cid)),
                "yes" if ctx.contested(cid) else "no",
                c.notes or None,
            )

    return SheetData("Claims", columns, rows())


def matrix(ctx: Context) -> SheetData:
    """Claims × articles with ACH marks: C supports, I refutes, N neutral, joined with '/'."""
    article_ids = list(ctx.book.articles)[:MAX_MATRIX_ARTICLES]
    ctx.stats["matrix_articles_left_out"] = max(0, len(ctx.book.articles) - len(article_ids))
    headers: list[str] = []
    seen: set[str] = set()
    for aid in article_ids:  # Excel table headers must be unique regardless of case
        name, n = aid, 2
        while name.casefold() in seen or name.casefold() in ("claim", "statement"):
            name, n = f"{aid} ({n})", n + 1
        seen.add(name.casefold())
        headers.append(name)
    columns = (
        Column("Claim", ctx.claim_width, "link"),
        Column("Statement", 50, "wrap"),
        # Narrow columns (a mark is at most "C/I/N") under headers turned upright, as in ACH.
        *(Column(h, 7, rotate=True) for h in headers),
    )
    position = {aid: i for i, aid in enumerate(article_ids)}
    order = list(MATRIX_MARKS)

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            marks: dict[int, set[Stance]] = {}
            for ev in ctx.book.evidence_for(cid):
                col = position.get(ev.article)
                if col is not None:
                    marks.setdefault(col, set()).add(ev.stance)
            row: list[Any] = [None] * len(article_ids)
            for col, stances in marks.items():
                row[col] = "/".join(MATRIX_MARKS[s] for s in order if s in stances)
            yield (ctx.claim_link(cid), ctx.book.claims[cid].statement, *row)

    return SheetData("Matrix", columns, rows(), freeze="C2")
