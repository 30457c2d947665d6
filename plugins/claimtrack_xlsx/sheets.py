"""What each sheet holds: columns and rows as plain Python values (no openpyxl here).

A sheet is a :class:`SheetData`: its columns (header, width, kind, drop-down choices) and a row
iterator. Values are ``str``, ``int``, ``datetime.date``/``datetime.datetime``, ``None`` or a
:class:`Link`. :mod:`claimtrack_xlsx.writer` turns them into cells, so layout and data stay apart.

Dates: a day-precision :class:`~claimtrack.PartialDate` becomes a real Excel date; a month, year or
range stays text in its ISO form (``2017-06``, ``2017``, ``2017-11-27/2017-12-03``), so nothing is
invented (a year is not "1 January").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from claimtrack.model import (
    Confidence,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    DatePrecision,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Stance,
)

from .checksum import casebook_checksum
from .options import XlsxOptions

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
    "BUILDERS",
    "MATRIX_MARKS",
    "MAX_MATRIX_ARTICLES",
    "Column",
    "Context",
    "Link",
    "SheetData",
    "cell_date",
    "date_width",
    "fit_width",
]

#: Marks in the Matrix sheet: what evidence from an article does to a claim (ACH notation).
MATRIX_MARKS = {Stance.SUPPORTS: "C", Stance.REFUTES: "I", Stance.NEUTRAL: "N"}
#: Excel has 16,384 columns; the Matrix keeps two for the claim and statement.
MAX_MATRIX_ARTICLES = 16_384 - 2


@frozen
class Column:
    """One column: ``kind`` is ``text``, ``wrap`` (long text, wrapped), ``flag`` (a short word
    such as yes/no, centred), ``date``, ``number`` or ``link``; ``choices`` makes a drop-down
    list (data validation); ``rotate`` turns the header 90 degrees (the Matrix's many narrow
    article columns)."""

    header: str
    width: float
    kind: str = "text"
    choices: tuple[str, ...] = ()
    rotate: bool = False


@frozen
class Link:
    """A cell value that links: ``location`` inside the workbook, or an external ``url``."""

    text: str
    location: str | None = None
    url: str | None = None


@frozen
class SheetData:
    """A sheet's columns and its rows (an iterator, consumed once)."""

    name: str
    columns: tuple[Column, ...]
    rows: Iterator[Sequence[Any]] = field(eq=False)
    freeze: str = "A2"


def fit_width(values: Iterable[str | None], least: float, most: float = 40) -> float:
    """A width (in characters) for a column of identifiers: the longest one plus room for the
    cell's padding, between ``least`` and ``most`` (ids longer than that are cut off on screen)."""
    longest = max((len(v) for v in values if v), default=0)
    return float(min(most, max(least, longest + 2)))


def date_width(values: Iterable[PartialDate | None]) -> float:
    """A date column's width: 12 for real dates, wider when a month, year or range is kept as
    ISO text (``2017-11-27/2017-12-03`` needs 23)."""
    longest = max((len(str(v)) for v in values
                   if v is not None and v.precision is not DatePrecision.DAY), default=0)
    return float(max(12, min(24, longest + 2)))


def cell_date(value: PartialDate | None) -> dt.date | str | None:
    """A real date for day precision; the ISO text for a month, year or range; None if unknown."""
    if value is None:
        return None
    if value.precision is DatePrecision.DAY:
        return value.start
    return str(value)


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
        """:meth:`Casebook.reliability_of`: the speaker's grade, else the outlet's, else F."""
        return self.book.reliability_of(ev)

    def grade(self, ev: Evidence) -> str:
        """Admiralty grade such as ``"B2"`` (:meth:`Casebook.grade`)."""
        return self.book.grade(ev)

    def evidence_date(self, ev: Evidence) -> PartialDate | None:
        """The said date, else the article's publication date (:meth:`Casebook.date_of`)."""
        return self.book.date_of(ev)[0]

    def sorted_evidence(self) -> list[Evidence]:
        """Evidence in the order the options ask for."""
        items = list(self.book.evidence.values())
        order = self.options.sort
        if order == "insertion":
            return items
        if order == "article":
            return sorted(items, key=lambda e: (e.article, e.selector.start, e.selector.end))
        if order == "grade":
            return sorted(items, key=lambda e: (self.reliability(e).value, int(e.credibility)))

        def by_date(e: Evidence) -> tuple[int, dt.date, dt.date]:
            d = self.evidence_date(e)
            return (1, dt.date.min, dt.date.min) if d is None else (0, d.start, d.end)

        if order == "date":
            return sorted(items, key=by_date)
        rank = {cid: i for i, cid in enumerate(self.claim_ids)}
        return sorted(items, key=lambda e: (rank.get(e.claim, len(rank)), by_date(e)))


def _choices(enum_cls: Any) -> tuple[str, ...]:
    return tuple(str(m.value) for m in enum_cls)


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
        Column("Likelihood", 18, "text", _choices(Likelihood)),
        Column("Confidence", 12, "text", _choices(Confidence)),
    )

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            claim = ctx.book.claims[cid]
            sup, ref, neu, arts = _counts(ctx, cid)
            link = ctx.claim_link(cid) if ctx.claim_sheet == "Claims" else cid
            yield (
                link, claim.statement, claim.claimant, sup, ref, neu, sup + ref + neu, arts,
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
        Column("Likelihood", 18, "text", _choices(Likelihood)),
        Column("Probability", 12),
        Column("Confidence", 12, "text", _choices(Confidence)),
        Column("Evidence", 10, "number"),
        Column("Contested", 11, "flag", ("yes", "no")),
        Column("Notes", 40, "wrap"),
    )

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            c = ctx.book.claims[cid]
            band = c.likelihood.percent_range if c.likelihood else None
            yield (
                cid, c.statement, c.claimant, ", ".join(c.tags) or None,
                c.likelihood.value if c.likelihood else None,
                f"{band[0]}–{band[1]}%" if band else None,
                c.confidence.value if c.confidence else None,
                len(ctx.book.evidence_for(cid)),
                "yes" if ctx.contested(cid) else "no",
                c.notes or None,
            )

    return SheetData("Claims", columns, rows())


def _evidence_columns(ctx: Context) -> tuple[Column, ...]:
    """The Evidence sheet's columns; identifier columns as wide as their longest id."""
    pool = ctx.book.evidence.values()
    return (
        Column("Evidence", fit_width((e.id for e in pool), 12)),
        Column("Claim", ctx.claim_width, "link"),
        Column("Statement", 45, "wrap"),
        Column("Stance", 11, "text", _choices(Stance)),
        Column("Quote", 60, "wrap"),
        Column("Speaker", fit_width((e.speaker for e in pool), 14, 30)),
        Column("Said on", date_width(e.said_on for e in pool), "date"),
        Column("Article", ctx.article_width),
        Column("Title", 45, "wrap"),
        Column("Publisher", 20),
        Column("Published", ctx.published_width, "date"),
        Column("Reliability", 11, "text", _choices(Reliability)),
        Column("Credibility", 11, "number", tuple(str(int(c)) for c in Credibility)),
        Column("Grade", 8),
        Column("URL", 30, "link"),
        Column("Start", 8, "number"),
        Column("End", 8, "number"),
        Column("Notes", 50, "wrap"),
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
    claim_cells = {
        cid: (ctx.claim_link(cid), c.statement) for cid, c in book.claims.items()
    }

    def rows() -> Iterator[Sequence[Any]]:
        for ev in ctx.sorted_evidence():
            title, publisher, published, url = art_cells.get(ev.article, missing)
            link, statement = claim_cells.get(ev.claim, (ev.claim, None))
            sel = ev.selector
            rel = ctx.reliability(ev).value
            yield (
                ev.id, link, statement, ev.stance.value, sel.exact, ev.speaker,
                cell_date(ev.said_on), ev.article, title, publisher, published,
                rel, int(ev.credibility), f"{rel}{int(ev.credibility)}", url,
                sel.start, sel.end, ev.notes or None,
            )

    return SheetData("Evidence", _evidence_columns(ctx), rows())


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


def contradictions(ctx: Context) -> SheetData:
    """Each contradiction with both sides' text and dates side by side."""
    book = ctx.book
    pool = book.contradictions.values()
    sides = fit_width((ref for x in pool for ref in (x.left, x.right)), 12)
    # A side's date is its evidence's date said or published (claims have none).
    dates = date_width(ctx.evidence_date(book.evidence[ref]) for x in pool
                       for ref in (x.left, x.right) if ref in book.evidence)
    columns = (
        Column("Contradiction", fit_width((x.id for x in pool), 14)),
        Column("Level", 10, "text", _choices(ContradictionLevel)),
        Column("Left", sides),
        Column("Left text", 45, "wrap"),
        Column("Left date", dates, "date"),
        Column("Right", sides),
        Column("Right text", 45, "wrap"),
        Column("Right date", dates, "date"),
        Column("Kind", 16, "text", _choices(ContradictionKind)),
        Column("Status", 12, "text", _choices(ContradictionStatus)),
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
                x.id, x.level.value, *side(x.level, x.left), *side(x.level, x.right),
                x.kind.value, x.status.value, x.rationale or None, x.resolution or None,
                x.detected_by, "; ".join(x.reasons) or None,
            )

    return SheetData("Contradictions", columns, rows())


def sources(ctx: Context) -> SheetData:
    """One row per article with its outlet's reliability; rated outlets without articles too."""
    book = ctx.book
    with_text = ctx.options.include_article_text
    columns = [
        Column("Article", ctx.article_width),
        Column("Title", 40, "wrap"),
        Column("Authors", 20),
        Column("Publisher", 20),
        Column("Reliability", 11, "text", _choices(Reliability)),
        Column("Meaning", 24),
        Column("Published", ctx.published_width, "date"),
        Column("URL", 30, "link"),
        Column("Language", 9),
        Column("Evidence", 10, "number"),
        Column("Checksum", 20),
    ]
    if with_text:
        columns.append(Column("Text", 80, "wrap"))
    per_article: dict[str, int] = {}
    for ev in book.evidence.values():
        per_article[ev.article] = per_article.get(ev.article, 0) + 1

    def rows() -> Iterator[Sequence[Any]]:
        for a in book.articles.values():
            source = book.sources.get(a.publisher) if a.publisher else None
            rel = source.reliability if source else None
            row = [
                a.id, a.title, ", ".join(a.authors) or None, a.publisher,
                rel.value if rel else None, rel.label if rel else None,
                cell_date(a.published), Link(a.url, url=a.url) if a.url else None,
                a.language, per_article.get(a.id, 0), a.checksum,
            ]
            if with_text:
                row.append(a.text)
            yield row
        used = {a.publisher for a in book.articles.values()}
        for name, s in book.sources.items():
            if name not in used:
                url = Link(s.url, url=s.url) if s.url else None
                row = [None, None, None, name, s.reliability.value, s.reliability.label, None,
                       url, None, 0, None]
                if with_text:
                    row.append(None)
                yield row

    return SheetData("Sources", tuple(columns), rows())


def about(ctx: Context, notes: Sequence[tuple[str, str, Any]] = ()) -> SheetData:
    """Provenance (version, time, checksum, what was changed for safety) and every legend."""
    columns = (Column("Section", 16), Column("Item", 26), Column("Meaning", 80, "wrap"))
    book = ctx.book

    def rows() -> Iterator[Sequence[Any]]:
        yield ("Workbook", "title", book.title or None)
        yield ("Workbook", "claimtrack version", ctx.version)
        yield ("Workbook", "generated at (UTC)", ctx.generated_at)
        yield ("Workbook", "casebook checksum", f"sha256:{ctx.checksum}")
        yield ("Workbook", "evidence order", f"{ctx.options.sort}: {_sort_text(ctx)}")
        for label, pool in (("articles", book.articles), ("claims", book.claims),
                            ("evidence", book.evidence), ("contradictions", book.contradictions)):
            yield ("Counts", label, len(pool))
        yield from notes
        for s in Stance:
            yield ("Stance", s.value, _STANCE_TEXT[s])
        for mark, text in (("C", "consistent: the article's evidence supports the claim"),
                           ("I", "inconsistent: the article's evidence refutes the claim"),
                           ("N", "neutral: relevant, neither for nor against"),
                           ("C/I", "the article has evidence both ways (amber)")):
            yield ("Matrix mark", mark, text)
        for r in Reliability:
            yield ("Reliability", r.value, r.label)
        for c in Credibility:
            yield ("Credibility", str(int(c)), c.label)
        yield ("Grade", "e.g. B2", "source reliability letter + information credibility digit; "
               "F and 6 mean 'cannot be judged', not 'worst'")
        for lk in Likelihood:
            lo, hi = lk.percent_range
            yield ("Likelihood", lk.value, f"{lo}–{hi}% (ICD 203)")
        for cf in Confidence:
            yield ("Confidence", cf.value, "analytic confidence, kept apart from likelihood")
        yield ("Dates", "day precision", "a real date; a month, year or range stays ISO text")

    return SheetData("About", columns, rows())


def _sort_text(ctx: Context) -> str:
    from .options import SORT_ORDERS

    return SORT_ORDERS[ctx.options.sort]


_STANCE_TEXT = {
    Stance.SUPPORTS: "the quote supports the claim",
    Stance.REFUTES: "the quote refutes the claim",
    Stance.NEUTRAL: "the quote bears on the claim without taking a side",
}

#: Builders of every sheet except About (which needs the safety counts of the others).
BUILDERS: dict[str, Callable[[Context], SheetData]] = {
    "Summary": summary,
    "Claims": claims,
    "Evidence": evidence,
    "Matrix": matrix,
    "Contradictions": contradictions,
    "Sources": sources,
}
