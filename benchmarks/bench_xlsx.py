"""Benchmark: the Excel exporter vs bare openpyxl write-only writing the same cells, same run.

    .venv/bin/python benchmarks/bench_xlsx.py [--rows 100000] [--repeat 2] [--no-memory]

Both sides write the same workbook content: Summary (with its bar chart), Claims, Evidence,
Matrix, Contradictions, Sources and About, with the same features (tables with autofilter and
banding, frozen headers, widths, wrapped text, row heights estimated from the wrapped text, real
dates, drop-downs, conditional fills, internal and external hyperlinks (at most Excel's 65,530 per
sheet on both sides), document properties). The baseline is plain idiomatic openpyxl: a
``WriteOnlyCell`` for every styled cell, ``ws.row_dimensions[row].height`` set before a tall row
is appended (and dropped after it, so memory stays flat), values read straight off the casebook;
it does *not* sanitize text, guard formula-like strings, check cell lengths or compute the
checksum (that is the exporter's extra work, included in its time).

Time: best of ``--repeat`` interleaved runs each, ratio exporter / baseline (target <= 1.3), in
CPU time (robust to other jobs on the machine) and in wall time.
Memory: tracemalloc peak of the export alone (the casebook is built before tracing starts), at
the full size and at a tenth of it. Write-only mode streams rows to temp files; what still grows
with the rows is openpyxl's hyperlink records (kept until a sheet closes, two per evidence row)
and, in the exporter, the canonical JSON serialized once for the checksum. The "no links" and
"checksum alone" lines separate the two.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable

from claimtrack_xlsx import XlsxOptions

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # for generate.py

import claimtrack
from claimtrack import Casebook, Evidence

OUT = tempfile.mkdtemp(prefix="bench-xlsx-")

STANCES = ("supports", "refutes", "neutral")


def make_casebook(rows: int) -> Casebook:
    """The shared deterministic generator's casebook (benchmarks/generate.py) with ``rows``
    evidence: 1,000 claims, one article per 200 evidence, every quote a real span."""
    from generate import generate

    return generate(rows)


def run_exporter(book: Casebook) -> int:
    """The exporter under test, through the host: ``claimtrack.export(book, "x.xlsx")``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = claimtrack.export(book, os.path.join(OUT, "exporter.xlsx"))
    return path.stat().st_size


def run_baseline(book: Casebook) -> int:
    """Bare openpyxl write-only: the same sheets, cells and features, no safety checks."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.hyperlink import Hyperlink
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    wrap = Alignment(wrap_text=True, vertical="top")
    link_font = Font(color="0563C1", underline="single")
    fill = PatternFill(fill_type="solid", start_color="C6EFCE", end_color="C6EFCE")
    wb = Workbook(write_only=True)
    names = ("Summary", "Claims", "Evidence", "Matrix", "Contradictions", "Sources", "About")
    sheets = {n: wb.create_sheet(n) for n in names}

    def wrapped(ws, v):  # type: ignore[no-untyped-def]
        if v is None:
            return None
        c = WriteOnlyCell(ws, value=v)
        c.alignment = wrap
        return c

    links: dict[str, int] = {}

    def linked(ws, text, target=None, location=None):  # type: ignore[no-untyped-def]
        # Excel's 65,530 links per sheet apply to the baseline too, so both files hold the same
        # links (beyond the limit the cell stays plain text).
        if links.get(ws.title, 0) >= 65_530:
            return text
        links[ws.title] = links.get(ws.title, 0) + 1
        c = WriteOnlyCell(ws, value=text)
        c.font = link_font
        c.hyperlink = target if target else Hyperlink(ref="", location=location)
        return c

    def day(pd):  # type: ignore[no-untyped-def]
        if pd is None:
            return None
        return pd.start if pd.precision.value == "day" else str(pd)

    def finish(ws, headers, n, dvs=()):  # type: ignore[no-untyped-def]
        ref = f"A1:{get_column_letter(len(headers))}{max(n, 1) + 1}"
        t = Table(displayName=f"{ws.title}Table", ref=ref, autoFilter=AutoFilter(ref=ref),
                  tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True))
        t.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(t)
        for col, items in dvs:
            letter = get_column_letter(col)
            ws.data_validations.append(DataValidation(
                type="list", formula1='"' + ",".join(items) + '"', allow_blank=True,
                sqref=f"{letter}2:{letter}{max(n, 1) + 1}"))

    def start(ws, headers, widths, freeze="A2"):  # type: ignore[no-untyped-def]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = freeze
        ws.append(headers)
        next_row[ws.title] = 2

    # Row heights: lines = sum over explicit line breaks of ceil(len / (width - 1)), 15 pt a
    # line, at most 409 pt; a one-line row keeps the default height.
    next_row: dict[str, int] = {}

    def add(ws, cells, texts=()):  # type: ignore[no-untyped-def]
        r = next_row[ws.title]
        next_row[ws.title] = r + 1
        most = 1
        for text, width in texts:
            if text:
                per = max(1, int(width) - 1)
                most = max(most, sum(-(-len(p) // per) or 1 for p in text.split("\n")))
        if most == 1:
            ws.append(cells)
            return
        ws.row_dimensions[r].height = min(409.0, 15.0 * most)
        ws.append(cells)
        del ws.row_dimensions[r]

    claim_ids = list(book.claims)
    claim_row = {c: i + 2 for i, c in enumerate(claim_ids)}
    by_claim: dict[str, list[Evidence]] = {c: [] for c in claim_ids}
    for e in book.evidence.values():
        by_claim[e.claim].append(e)

    # Summary + chart
    ws = sheets["Summary"]
    headers = ["Claim", "Statement", "Claimant", "Supports", "Refutes", "Neutral", "Evidence",
               "Articles", "Contested", "Likelihood", "Confidence"]
    start(ws, headers, [22, 50, 20, 10, 10, 10, 10, 10, 11, 18, 12])
    for cid in claim_ids:
        c, items = book.claims[cid], by_claim[cid]
        sup = sum(e.stance.value == "supports" for e in items)
        ref = sum(e.stance.value == "refutes" for e in items)
        add(ws, [linked(ws, cid, location=f"'Claims'!A{claim_row[cid]}"),
                 wrapped(ws, c.statement), c.claimant, sup, ref, len(items) - sup - ref,
                 len(items), len({e.article for e in items}), "yes" if sup and ref else "no",
                 c.likelihood.value if c.likelihood else None,
                 c.confidence.value if c.confidence else None], [(c.statement, 50)])
    finish(ws, headers, len(claim_ids), [(9, ("yes", "no")), (11, ("low", "moderate", "high"))])
    ws.conditional_formatting.add(f"I2:I{len(claim_ids) + 1}",
                                  CellIsRule(operator="equal", formula=['"yes"'], fill=fill))
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    shown = min(40, len(claim_ids))
    chart.add_data(Reference(ws, min_col=4, max_col=6, min_row=1, max_row=shown + 1),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
    ws.add_chart(chart, "M2")

    # Claims
    ws = sheets["Claims"]
    headers = ["Claim", "Statement", "Claimant", "Tags", "Likelihood", "Probability",
               "Confidence", "Evidence", "Contested", "Notes"]
    start(ws, headers, [22, 60, 20, 18, 18, 12, 12, 10, 11, 40])
    for cid in claim_ids:
        c = book.claims[cid]
        band = c.likelihood.percent_range if c.likelihood else None
        tags = ", ".join(c.tags) or None
        add(ws, [cid, wrapped(ws, c.statement), c.claimant, wrapped(ws, tags),
                 c.likelihood.value if c.likelihood else None,
                 f"{band[0]}–{band[1]}%" if band else None,
                 c.confidence.value if c.confidence else None, len(by_claim[cid]), "no",
                 wrapped(ws, c.notes or None)], [(c.statement, 60), (tags, 18), (c.notes, 40)])
    finish(ws, headers, len(claim_ids), [(5, ("likely", "unlikely")), (7, ("low", "high"))])

    # Evidence: the big one
    ws = sheets["Evidence"]
    headers = ["Evidence", "Claim", "Statement", "Stance", "Quote", "Speaker", "Said on",
               "Article", "Title", "Publisher", "Published", "Reliability", "Credibility",
               "Grade", "URL", "Start", "End", "Notes"]
    start(ws, headers, [16, 20, 45, 11, 60, 20, 12, 18, 45, 20, 12, 14, 14, 8, 30, 8, 8, 50])
    n = 0
    for e in book.evidence.values():
        a = book.articles[e.article]
        src = book.sources.get(a.publisher)
        rel = src.reliability.value if src else "F"  # (speaker ratings not looked up here)
        statement = book.claims[e.claim].statement
        add(ws, [e.id, linked(ws, e.claim, location=f"'Claims'!A{claim_row[e.claim]}"),
                 wrapped(ws, statement), e.stance.value,
                 wrapped(ws, e.selector.exact), e.speaker, day(e.said_on), e.article,
                 wrapped(ws, a.title), a.publisher, day(a.published), rel,
                 int(e.credibility), f"{rel}{int(e.credibility)}",
                 linked(ws, a.url, target=a.url) if a.url else None, e.selector.start,
                 e.selector.end,
                 wrapped(ws, e.notes or None)],
            [(statement, 45), (e.selector.exact, 60), (a.title, 45), (e.notes, 50)])
        n += 1
    finish(ws, headers, n, [(4, STANCES), (12, tuple("ABCDEF")), (13, tuple("123456"))])
    for word in STANCES:
        ws.conditional_formatting.add(f"D2:D{n + 1}",
                                      FormulaRule(formula=[f'D2="{word}"'], fill=fill))

    # Matrix
    ws = sheets["Matrix"]
    art_ids = list(book.articles)
    pos = {a: i for i, a in enumerate(art_ids)}
    headers = ["Claim", "Statement", *art_ids]
    start(ws, headers, [22, 50] + [7] * len(art_ids), freeze="C2")
    marks = {"supports": "C", "refutes": "I", "neutral": "N"}
    for cid in claim_ids:
        cells: dict[int, set[str]] = {}
        for e in by_claim[cid]:
            cells.setdefault(pos[e.article], set()).add(e.stance.value)
        row = [None] * len(art_ids)
        for col, st in cells.items():
            row[col] = "/".join(marks[s] for s in STANCES if s in st)
        statement = book.claims[cid].statement
        add(ws, [linked(ws, cid, location=f"'Claims'!A{claim_row[cid]}"),
                 wrapped(ws, statement), *row], [(statement, 50)])
    finish(ws, headers, len(claim_ids))
    rng = f"C2:{get_column_letter(len(headers))}{len(claim_ids) + 1}"
    ws.conditional_formatting.add(rng, FormulaRule(formula=['ISNUMBER(SEARCH("/",C2))'],
                                                   fill=fill))
    for m in "CIN":
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{m}"'],
                                                      fill=fill))

    # Contradictions
    ws = sheets["Contradictions"]
    headers = ["Contradiction", "Level", "Left", "Left text", "Left date", "Right",
               "Right text", "Right date", "Kind", "Status", "Rationale", "Resolution",
               "Detected by", "Reasons"]
    start(ws, headers, [20, 10, 18, 45, 12, 18, 45, 12, 16, 12, 50, 50, 14, 30])

    def side_text(level, ref):  # type: ignore[no-untyped-def]
        if level.value == "claims":
            return book.claims[ref].statement
        return book.evidence[ref].selector.exact

    def side(level, ref):  # type: ignore[no-untyped-def]
        if level.value == "claims":
            return [ref, wrapped(ws, side_text(level, ref)), None]
        e = book.evidence[ref]
        return [ref, wrapped(ws, side_text(level, ref)),
                day(e.said_on or book.articles[e.article].published)]

    for x in book.contradictions.values():
        reasons = "; ".join(x.reasons) or None
        add(ws, [x.id, x.level.value, *side(x.level, x.left), *side(x.level, x.right),
                 x.kind.value, x.status.value, wrapped(ws, x.rationale or None),
                 wrapped(ws, x.resolution or None), x.detected_by, wrapped(ws, reasons)],
            [(side_text(x.level, x.left), 45), (side_text(x.level, x.right), 45),
             (x.rationale, 50), (x.resolution, 50), (reasons, 30)])
    finish(ws, headers, len(book.contradictions), [(9, ("contrary",)), (10, ("confirmed",))])

    # Sources
    ws = sheets["Sources"]
    headers = ["Article", "Title", "Authors", "Publisher", "Reliability", "Meaning",
               "Published", "URL", "Language", "Evidence", "Checksum"]
    start(ws, headers, [20, 40, 20, 20, 11, 24, 12, 30, 9, 10, 20])
    per_article: dict[str, int] = {}
    for e in book.evidence.values():
        per_article[e.article] = per_article.get(e.article, 0) + 1
    for a in book.articles.values():
        src = book.sources.get(a.publisher)
        add(ws, [a.id, wrapped(ws, a.title), None, a.publisher,
                 src.reliability.value if src else None,
                 src.reliability.label if src else None, day(a.published),
                 linked(ws, a.url, target=a.url) if a.url else None, None,
                 per_article.get(a.id, 0), a.checksum], [(a.title, 40)])
    finish(ws, headers, len(book.articles), [(5, tuple("ABCDEF"))])

    # About
    ws = sheets["About"]
    start(ws, ["Section", "Item", "Meaning"], [16, 26, 80])
    about = [("Workbook", "generated at", dt.datetime.now()), ("Counts", "evidence", n)]
    about += [("Legend", str(i), wrapped(ws, f"meaning {i}")) for i in range(40)]
    for row in about:
        add(ws, list(row))
    finish(ws, ["Section", "Item", "Meaning"], len(about))

    wb.properties.title = book.title
    wb.properties.creator = book.author
    path = os.path.join(OUT, "bare.xlsx")
    wb.save(path)
    return os.path.getsize(path)


def timed(fn: Callable[[Casebook], int], book: Casebook) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and output size of one run."""
    gc.collect()
    c0, w0 = time.process_time(), time.perf_counter()
    size = fn(book)
    return time.process_time() - c0, time.perf_counter() - w0, size


def traced_peak(fn: Callable[[Casebook], int], book: Casebook) -> float:
    """Peak Python memory allocated while ``fn`` runs, in MB (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn(book)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main() -> None:
    """Build the casebook, time both sides, print the ratio and the memory peaks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()

    t0 = time.perf_counter()
    book = make_casebook(args.rows)
    print(f"casebook: {len(book.evidence):,} evidence, {len(book.claims)} claims, "
          f"{len(book.articles)} articles, {len(book.contradictions)} contradictions "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    # Interleaved runs, best of each: the two sides see the same machine load. CPU time is the
    # headline (other jobs on a shared machine inflate wall time); wall time is printed too.
    base: list[tuple[float, float, int]] = []
    expo: list[tuple[float, float, int]] = []
    for _ in range(args.repeat):
        base.append(timed(run_baseline, book))
        expo.append(timed(run_exporter, book))
    (bc, bw, bs), (ec, ew, es) = min(base), min(expo)
    bw, ew = min(r[1] for r in base), min(r[1] for r in expo)
    print(f"bare openpyxl write-only : {bc:6.2f} s CPU  {bw:6.2f} s wall  {bs / 1e6:5.1f} MB file")
    print(f"claimtrack.export(.xlsx) : {ec:6.2f} s CPU  {ew:6.2f} s wall  {es / 1e6:5.1f} MB file")
    print(f"time ratio exporter/bare : {ec / bc:.2f}x CPU, {ew / bw:.2f}x wall (target <= 1.3x)")
    if args.no_memory:
        return
    small = make_casebook(args.rows // 10)

    def checksum_only(book: Casebook) -> int:
        from claimtrack_xlsx.checksum import casebook_checksum

        return len(casebook_checksum(book))

    def links_off(book: Casebook) -> int:
        from claimtrack_xlsx.writer import write_workbook

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            write_workbook(book, io.BytesIO(), XlsxOptions(), max_links=0)
        return 0

    for label, fn in (("bare openpyxl", run_baseline), ("exporter", run_exporter),
                      ("exporter, no links", links_off), ("checksum alone", checksum_only)):
        lo, hi = traced_peak(fn, small), traced_peak(fn, book)
        print(f"peak traced memory, {label:18s}: {lo:6.1f} MB at {args.rows // 10:,} rows, "
              f"{hi:6.1f} MB at {args.rows:,} rows")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(OUT, ignore_errors=True)
