"""The reference sheets: Sources (articles and rated outlets) and About (provenance, legends)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.model import Confidence, Credibility, Likelihood, Reliability, Stance

from ..options import SORT_ORDERS
from .data import Column, Link, SheetData, cell_date, choices

if TYPE_CHECKING:
    from .context import Context

__all__ = ["about", "sources"]

#: The About sheet's legend of stances.
_STANCE_TEXT = {
    Stance.SUPPORTS: "the quote supports the claim",
    Stance.REFUTES: "the quote refutes the claim",
    Stance.NEUTRAL: "the quote bears on the claim without taking a side",
}


def _sources_columns(ctx: Context) -> tuple[Column, ...]:
    """The Sources sheet's columns; the article text only when the options ask for it."""
    columns = [
        Column("Article", ctx.article_width),
        Column("Title", 40, "wrap"),
        Column("Authors", 20),
        Column("Publisher", 20),
        Column("Reliability", 11, "text", choices(Reliability)),
        Column("Meaning", 24),
        Column("Published", ctx.published_width, "date"),
        Column("URL", 30, "link"),
        Column("Language", 9),
        Column("Evidence", 10, "number"),
        Column("Checksum", 20),
    ]
    if ctx.options.include_article_text:
        columns.append(Column("Text", 80, "wrap"))
    return tuple(columns)


def sources(ctx: Context) -> SheetData:
    """One row per article with its outlet's reliability; rated outlets without articles too."""
    book = ctx.book
    with_text = ctx.options.include_article_text
    per_article: dict[str, int] = {}
    for ev in book.evidence.values():
        per_article[ev.article] = per_article.get(ev.article, 0) + 1

    def rows() -> Iterator[Sequence[Any]]:
        for a in book.articles.values():
            source = book.sources.get(a.publisher) if a.publisher else None
            rel = source.reliability if source else None
            row = [
                a.id,
                a.title,
                ", ".join(a.authors) or None,
                a.publisher,
                rel.value if rel else None,
                rel.label if rel else None,
                cell_date(a.published),
                Link(a.url, url=a.url) if a.url else None,
                a.language,
                per_article.get(a.id, 0),
                a.checksum,
            ]
            if with_text:
                row.append(a.text)
            yield row
        used = {a.publisher for a in book.articles.values()}
        for name, s in book.sources.items():
            if name not in used:
                url = Link(s.url, url=s.url) if s.url else None
                row = [
                    None,
                    None,
                    None,
                    name,
                    s.reliability.value,
                    s.reliability.label,
                    None,
                    url,
                    None,
                    0,
                    None,
                ]
                if with_text:
                    row.append(None)
                yield row

    return SheetData("Sources", _sources_columns(ctx), rows())


def about(ctx: Context, notes: Sequence[tuple[str, str, Any]] = ()) -> SheetData:
    """Provenance (version, time, checksum, what was changed for safety) and every legend."""
    columns = (Column("Section", 16), Column("Item", 26), Column("Meaning", 80, "wrap"))
    book = ctx.book

    def rows() -> Iterator[Sequence[Any]]:
        yield ("Workbook", "title", book.title or None)
        yield ("Workbook", "claimtrack version", ctx.version)
        yield ("Workbook", "generated at (UTC)", ctx.generated_at)
        yield ("Workbook", "casebook checksum", f"sha256:{ctx.checksum}")
        yield ("Workbook", "evidence order", f"{ctx.options.sort}: {SORT_ORDERS[ctx.options.sort]}")
        for label, pool in (
            ("articles", book.articles),
            ("claims", book.claims),
            ("evidence", book.evidence),
            ("contradictions", book.contradictions),
        ):
            yield ("Counts", label, len(pool))
        yield from notes
        for s in Stance:
            yield ("Stance", s.value, _STANCE_TEXT[s])
        for mark, text in (
            ("C", "consistent: the article's evidence supports the claim"),
            ("I", "inconsistent: the article's evidence refutes the claim"),
            ("N", "neutral: relevant, neither for nor against"),
            ("C/I", "the article has evidence both ways (amber)"),
        ):
            yield ("Matrix mark", mark, text)
        for r in Reliability:
            yield ("Reliability", r.value, r.label)
        for c in Credibility:
            yield ("Credibility", str(int(c)), c.label)
        yield (
            "Grade",
            "e.g. B2",
            "source reliability letter + information credibility digit; "
            "F and 6 mean 'cannot be judged', not 'worst'",
        )
        for lk in Likelihood:
            lo, hi = lk.percent_range
            yield ("Likelihood", lk.value, f"{lo}–{hi}% (ICD 203)")
        for cf in Confidence:
            yield ("Confidence", cf.value, "analytic confidence, kept apart from likelihood")
        yield ("Dates", "day precision", "a real date; a month, year or range stays ISO text")

    return SheetData("About", columns, rows())
