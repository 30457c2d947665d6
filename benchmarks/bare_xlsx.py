"""The benchmark's baseline: the evidence workbook written with plain, idiomatic openpyxl.

Used by ``bench_xlsx.py``. Written as a skilled engineer would write bare openpyxl, with the two
tricks the exporter uses: each cell style (wrapped, link) is built once as a style array and
handed to every new cell (``Cell(..., style_array=...)``) instead of setting ``alignment``/``font``
per cell, and one row dimension per distinct height is shared, its XML attributes worked out once,
instead of a new ``RowDimension`` per tall row (set before the row is appended, dropped after it,
so memory stays flat). Values are read straight off the casebook; no sanitizing, no formula guard,
no cell-length check, no checksum (that is the exporter's extra work, included in its time).
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from claimtrack import Casebook, Evidence

__all__ = ["write_bare"]

STANCES = ("supports", "refutes", "neutral")


def day(pd: Any) -> Any:
    """A real date for day precision, else the ISO text (as the exporter writes dates)."""
    if pd is None:
        return None
    return pd.start if pd.precision.value == "day" else str(pd)


class SharedRowDimension(RowDimension):
    """One row dimension per height, shared by every row of that height: openpyxl works out its
    XML attributes once instead of once per row (the exporter's trick, row_heights.py)."""

    def __init__(self, worksheet: Any, height: float) -> None:
        super().__init__(worksheet, ht=height)
        self._attributes = list(super().__iter__())

    def __iter__(self) -> Any:
        return iter(self._attributes)


def style_array(ws: Any, **attrs: Any) -> Any:
    """A cell style built once; ``Cell(..., style_array=...)`` copies it (no registry lookups)."""
    cell = Cell(ws, 1, 1)
    for key, value in attrs.items():
        setattr(cell, key, value)
    return cell._style


class Bare:
    """Plain openpyxl helpers the baseline's sheets share: styled cells, row heights, tables.

    Row heights: lines = sum over explicit line breaks of ceil(len / (width - 1)), 15 pt a line,
    at most 409 pt; a one-line row keeps the default height.
    """

    def __init__(self, book: Casebook) -> None:
        self.book = book
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.link_font = Font(color="0563C1", underline="single")
        self.fill = PatternFill(fill_type="solid", start_color="C6EFCE", end_color="C6EFCE")
        self.wrap_style: Any = None  # style arrays, built on the first sheet
        self.link_style: Any = None
        self.dims: dict[tuple[str, float], SharedRowDimension] = {}
        self.links: dict[str, int] = {}
        self.next_row: dict[str, int] = {}
        self.claim_ids = list(book.claims)
        self.claim_row = {c: i + 2 for i, c in enumerate(self.claim_ids)}
        self.by_claim: dict[str, list[Evidence]] = {c: [] for c in self.claim_ids}
        for e in book.evidence.values():
            self.by_claim[e.claim].append(e)

    def wrapped(self, ws: Any, v: Any) -> Any:
        """A wrapped text cell (None stays empty)."""
        if v is None:
            return None
        return Cell(ws, 1, 1, value=v, style_array=self.wrap_style)

    def linked(
        self, ws: Any, text: str, target: str | None = None, location: str | None = None
    ) -> Any:
        """A hyperlink cell, up to Excel's 65,530 links a sheet (then plain text).

        The limit applies to the baseline too, so both files hold the same links.
        """
        if self.links.get(ws.title, 0) >= 65_530:
            return text
        self.links[ws.title] = self.links.get(ws.title, 0) + 1
        c = Cell(ws, 1, 1, value=text, style_array=self.link_style)
        c.hyperlink = target if target else Hyperlink(ref="", location=location)
        return c

    def start(self, ws: Any, headers: list[str], widths: list[float], freeze: str = "A2") -> None:
        """Widths and panes (before any row, as write-only mode needs), then the header."""
        if self.wrap_style is None:
            self.wrap_style = style_array(ws, alignment=self.wrap)
            self.link_style = style_array(ws, font=self.link_font)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = freeze
        ws.append(headers)
        self.next_row[ws.title] = 2

    def add(self, ws: Any, cells: list[Any], texts: Any = ()) -> None:
        """Append a row, with its height set while it is written when it wraps."""
        r = self.next_row[ws.title]
        self.next_row[ws.title] = r + 1
        most = 1
        for text, width in texts:
            if text:
                per = max(1, int(width) - 1)
                most = max(most, sum(-(-len(p) // per) or 1 for p in text.split("\n")))
        if most == 1:
            ws.append(cells)
            return
        height = min(409.0, 15.0 * most)
        dim = self.dims.get((ws.title, height))
        if dim is None:
            dim = self.dims[ws.title, height] = SharedRowDimension(ws, height)
        ws.row_dimensions[r] = dim
        ws.append(cells)
        del ws.row_dimensions[r]

    def finish(self, ws: Any, headers: list[str], n: int, dvs: Any = ()) -> None:
        """The sheet's table with autofilter and banding, and its drop-downs."""
        ref = f"A1:{get_column_letter(len(headers))}{max(n, 1) + 1}"
        t = Table(
            displayName=f"{ws.title}Table",
            ref=ref,
            autoFilter=AutoFilter(ref=ref),
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
        )
        t.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(t)
        for col, items in dvs:
            letter = get_column_letter(col)
            ws.data_validations.append(
                DataValidation(
                    type="list",
                    formula1='"' + ",".join(items) + '"',
                    allow_blank=True,
                    sqref=f"{letter}2:{letter}{max(n, 1) + 1}",
                )
            )

    def claim_link(self, ws: Any, cid: str) -> Any:
        """The claim id linked to its row on the Claims sheet."""
        return self.linked(ws, cid, location=f"'Claims'!A{self.claim_row[cid]}")


def bare_summary(bare: Bare, ws: Any) -> None:
    """Summary: counts per claim, contested fill, the stacked bar chart."""
    book, claim_ids = bare.book, bare.claim_ids
    headers = ["Claim", "Statement", "Claimant", "Supports", "Refutes", "Neutral", "Evidence",
               "Articles", "Contested", "Likelihood", "Confidence"]  # fmt: skip
    bare.start(ws, headers, [22, 50, 20, 10, 10, 10, 10, 10, 11, 18, 12])
    for cid in claim_ids:
        c, items = book.claims[cid], bare.by_claim[cid]
        sup = sum(e.stance.value == "supports" for e in items)
        ref = sum(e.stance.value == "refutes" for e in items)
        bare.add(ws, [bare.claim_link(ws, cid), bare.wrapped(ws, c.statement), c.claimant,
                      sup, ref, len(items) - sup - ref, len(items),
                      len({e.article for e in items}), "yes" if sup and ref else "no",
                      c.likelihood.value if c.likelihood else None,
                      c.confidence.value if c.confidence else None],
                 [(c.statement, 50)])  # fmt: skip
    bare.finish(ws, headers, len(claim_ids),
                [(9, ("yes", "no")), (11, ("low", "moderate", "high"))])  # fmt: skip
    rule = CellIsRule(operator="equal", formula=['"yes"'], fill=bare.fill)
    ws.conditional_formatting.add(f"I2:I{len(claim_ids) + 1}", rule)
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    shown = min(40, len(claim_ids))
    data = Reference(ws, min_col=4, max_col=6, min_row=1, max_row=shown + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
    ws.add_chart(chart, "M2")


def contested(items: list[Evidence]) -> str:
    """ "yes" when the claim has quotes both supporting and refuting it."""
    stances = {e.stance.value for e in items}
    return "yes" if {"supports", "refutes"} <= stances else "no"


def bare_claims(bare: Bare, ws: Any) -> None:
    """Claims: one row per claim with its assessment."""
    book, claim_ids = bare.book, bare.claim_ids
    headers = ["Claim", "Statement", "Claimant", "Tags", "Likelihood", "Probability",
               "Confidence", "Evidence", "Contested", "Notes"]  # fmt: skip
    bare.start(ws, headers, [22, 60, 20, 18, 18, 12, 12, 10, 11, 40])
    for cid in claim_ids:
        c = book.claims[cid]
        band = c.likelihood.percent_range if c.likelihood else None
        tags = ", ".join(c.tags) or None
        bare.add(ws, [cid, bare.wrapped(ws, c.statement), c.claimant, bare.wrapped(ws, tags),
                      c.likelihood.value if c.likelihood else None,
                      f"{band[0]}–{band[1]}%" if band else None,
                      c.confidence.value if c.confidence else None, len(bare.by_claim[cid]),
                      contested(bare.by_claim[cid]), bare.wrapped(ws, c.notes or None)],
                 [(c.statement, 60), (tags, 18), (c.notes, 40)])  # fmt: skip
    bare.finish(ws, headers, len(claim_ids),
                [(5, ("likely", "unlikely")), (7, ("low", "high"))])  # fmt: skip


def bare_evidence(bare: Bare, ws: Any) -> int:
    """Evidence, the big one: one row per quote; returns the row count."""
    book = bare.book
    headers = ["Evidence", "Claim", "Statement", "Stance", "Quote", "Speaker", "Said on",
               "Article", "Title", "Publisher", "Published", "Reliability", "Credibility",
               "Grade", "URL", "Start", "End", "Notes", "Quote status", "Typed as"]  # fmt: skip
    bare.start(
        ws, headers, [16, 20, 45, 11, 60, 20, 12, 18, 45, 20, 12, 14, 14, 8, 30, 8, 8, 50, 10, 40]
    )
    wrapped = bare.wrapped
    n = 0
    rank = {cid: i for i, cid in enumerate(bare.claim_ids)}

    def claim_then_date(e: Evidence) -> tuple[Any, ...]:
        d = book.date_of(e)[0]  # the said date, else the article's
        return (rank[e.claim], 1, dt.date.min) if d is None else (rank[e.claim], 0, d.start, d.end)

    # In claim order, then by date (as the exporter lists them).
    for e in sorted(book.evidence.values(), key=claim_then_date):
        a = book.articles[e.article]
        rel = book.reliability_of(e).value  # the speaker's grade, else the outlet's, else F
        statement = book.claims[e.claim].statement
        bare.add(ws, [e.id, bare.claim_link(ws, e.claim), wrapped(ws, statement),
                      e.stance.value, wrapped(ws, e.quote), e.speaker, day(e.said_on),
                      e.article, wrapped(ws, a.title), a.publisher, day(a.published), rel,
                      int(e.credibility), f"{rel}{int(e.credibility)}",
                      bare.linked(ws, a.url, target=a.url) if a.url else None,
                      e.start, e.end, wrapped(ws, e.notes or None),
                      "orphaned" if e.orphaned else "verified", wrapped(ws, e.typed)],
                 [(statement, 45), (e.quote, 60), (a.title, 45),
                  (e.notes, 50), (e.typed, 40)])  # fmt: skip
        n += 1
    bare.finish(ws, headers, n, [(4, STANCES), (12, tuple("ABCDEF")), (13, tuple("123456"))])
    for word in STANCES:
        rule = FormulaRule(formula=[f'D2="{word}"'], fill=bare.fill)
        ws.conditional_formatting.add(f"D2:D{n + 1}", rule)
    return n


def bare_matrix(bare: Bare, ws: Any) -> None:
    """Matrix: claims × articles with ACH marks and fills."""
    book, claim_ids = bare.book, bare.claim_ids
    art_ids = list(book.articles)
    pos = {a: i for i, a in enumerate(art_ids)}
    headers = ["Claim", "Statement", *art_ids]
    bare.start(ws, headers, [22, 50] + [7] * len(art_ids), freeze="C2")
    marks = {"supports": "C", "refutes": "I", "neutral": "N"}
    for cid in claim_ids:
        cells: dict[int, set[str]] = {}
        for e in bare.by_claim[cid]:
            cells.setdefault(pos[e.article], set()).add(e.stance.value)
        row: list[Any] = [None] * len(art_ids)
        for col, st in cells.items():
            row[col] = "/".join(marks[s] for s in STANCES if s in st)
        statement = book.claims[cid].statement
        bare.add(ws, [bare.claim_link(ws, cid), bare.wrapped(ws, statement), *row],
                 [(statement, 50)])  # fmt: skip
    bare.finish(ws, headers, len(claim_ids))
    rng = f"C2:{get_column_letter(len(headers))}{len(claim_ids) + 1}"
    mixed = FormulaRule(formula=['ISNUMBER(SEARCH("/",C2))'], fill=bare.fill)
    ws.conditional_formatting.add(rng, mixed)
    for m in "CIN":
        rule = CellIsRule(operator="equal", formula=[f'"{m}"'], fill=bare.fill)
        ws.conditional_formatting.add(rng, rule)


def bare_contradictions(bare: Bare, ws: Any) -> None:
    """Contradictions: both sides' text and dates side by side."""
    book = bare.book
    headers = ["Contradiction", "Level", "Left", "Left text", "Left date", "Right",
               "Right text", "Right date", "Kind", "Status", "Rationale", "Resolution",
               "Detected by", "Reasons"]  # fmt: skip
    bare.start(ws, headers, [20, 10, 18, 45, 12, 18, 45, 12, 16, 12, 50, 50, 14, 30])

    def side_text(level: Any, ref: str) -> str:
        if level.value == "claims":
            return book.claims[ref].statement
        return book.evidence[ref].quote

    def side(level: Any, ref: str) -> list[Any]:
        if level.value == "claims":
            return [ref, bare.wrapped(ws, side_text(level, ref)), None]
        e = book.evidence[ref]
        return [ref, bare.wrapped(ws, side_text(level, ref)),
                day(e.said_on or book.articles[e.article].published)]  # fmt: skip

    for x in book.contradictions.values():
        reasons = "; ".join(x.reasons) or None
        bare.add(ws, [x.id, x.level.value, *side(x.level, x.left), *side(x.level, x.right),
                      x.kind.value, x.status.value, bare.wrapped(ws, x.rationale or None),
                      bare.wrapped(ws, x.resolution or None), x.detected_by,
                      bare.wrapped(ws, reasons)],
                 [(side_text(x.level, x.left), 45), (side_text(x.level, x.right), 45),
                  (x.rationale, 50), (x.resolution, 50), (reasons, 30)])  # fmt: skip
    bare.finish(ws, headers, len(book.contradictions),
                [(9, ("contrary",)), (10, ("confirmed",))])  # fmt: skip


def bare_sources(bare: Bare, ws: Any) -> None:
    """Sources: one row per article with its outlet's grade."""
    book = bare.book
    headers = ["Article", "Title", "Authors", "Publisher", "Reliability", "Meaning",
               "Published", "URL", "Language", "Evidence", "Checksum"]  # fmt: skip
    bare.start(ws, headers, [20, 40, 20, 20, 11, 24, 12, 30, 9, 10, 20])
    per_article: dict[str, int] = {}
    for e in book.evidence.values():
        per_article[e.article] = per_article.get(e.article, 0) + 1
    for a in book.articles.values():
        src = book.sources.get(a.publisher)
        bare.add(ws, [a.id, bare.wrapped(ws, a.title), ", ".join(a.authors) or None, a.publisher,
                      src.reliability.value if src else None,
                      src.reliability.label if src else None, day(a.published),
                      bare.linked(ws, a.url, target=a.url) if a.url else None, a.language,
                      per_article.get(a.id, 0), a.checksum],
                 [(a.title, 40)])  # fmt: skip
    # Rated outlets no article comes from: a row each, as the exporter lists them.
    used = {a.publisher for a in book.articles.values()}
    unused = [(name, s) for name, s in book.sources.items() if name not in used]
    for name, s in unused:
        url = bare.linked(ws, s.url, target=s.url) if s.url else None
        bare.add(ws, [None, None, None, name, s.reliability.value, s.reliability.label, None,
                      url, None, 0, None])  # fmt: skip
    bare.finish(ws, headers, len(book.articles) + len(unused), [(5, tuple("ABCDEF"))])


def bare_about(bare: Bare, ws: Any, evidence_rows: int) -> None:
    """About: a time stamp, a count and forty legend rows."""
    bare.start(ws, ["Section", "Item", "Meaning"], [16, 26, 80])
    about = [("Workbook", "generated at", dt.datetime.now()), ("Counts", "evidence", evidence_rows)]
    about += [("Legend", str(i), bare.wrapped(ws, f"meaning {i}")) for i in range(40)]
    for row in about:
        bare.add(ws, list(row))
    bare.finish(ws, ["Section", "Item", "Meaning"], len(about))


def write_bare(book: Casebook, path: str) -> int:
    """Bare openpyxl write-only: the same sheets, cells and features, no safety checks."""
    wb = Workbook(write_only=True)
    names = ("Summary", "Claims", "Evidence", "Matrix", "Contradictions", "Sources", "About")
    sheets = {n: wb.create_sheet(n) for n in names}
    bare = Bare(book)
    bare_summary(bare, sheets["Summary"])
    bare_claims(bare, sheets["Claims"])
    n = bare_evidence(bare, sheets["Evidence"])
    bare_matrix(bare, sheets["Matrix"])
    bare_contradictions(bare, sheets["Contradictions"])
    bare_sources(bare, sheets["Sources"])
    bare_about(bare, sheets["About"], n)
    wb.properties.title = book.title
    wb.properties.creator = book.author
    wb.save(path)
    return os.path.getsize(path)
