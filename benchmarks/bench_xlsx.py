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

Content: after timing, both files are read back and every sheet but About (the exporter's About
lists more workbook facts) must hold the same cell values, row by row; the run stops otherwise.
GC: neither side touches the garbage collector (same settings).

Time: best of ``--repeat`` interleaved runs each, ratio exporter / baseline (target <= 1.0), in
CPU time (robust to other jobs on the machine) and in wall time.
Memory: tracemalloc peak of the export alone (the casebook is built before tracing starts), at
the full size and at a tenth of it. Write-only mode streams rows to temp files; what still grows
with the rows is openpyxl's hyperlink records (kept until a sheet closes, two per evidence row)
and, in the exporter, the canonical JSON serialized once for the checksum. The "no links" and
"checksum alone" lines separate the two.
"""

from __future__ import annotations

import argparse
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
from typing import Any

from claimtrack_xlsx import XlsxOptions

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # for generate.py and bare_xlsx.py

import claimtrack
from claimtrack import Casebook

OUT = tempfile.mkdtemp(prefix="bench-xlsx-")


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
    """Bare openpyxl write-only (``bare_xlsx.py``): the same sheets, cells and features."""
    from bare_xlsx import write_bare

    return write_bare(book, os.path.join(OUT, "bare.xlsx"))


def sheet_values(path: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values, row by row, read back from the file."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def check_same_content() -> None:
    """Stop unless both files hold the same cell values on every sheet but About."""
    mine = sheet_values(os.path.join(OUT, "exporter.xlsx"))
    bare = sheet_values(os.path.join(OUT, "bare.xlsx"))
    for name, rows in mine.items():
        if name == "About":
            continue
        theirs = bare.get(name, [])
        bad = next((i for i, (a, b) in enumerate(zip(rows, theirs, strict=False)) if a != b), None)
        if len(rows) != len(theirs) or bad is not None:
            sys.exit(f"{name}: content differs at row {bad}; {len(rows)} vs {len(theirs)} rows")
    print(f"content check: same cell values on {len(mine) - 1} sheets (About not compared)")


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


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes (other jobs sharing the cores)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    """Build the casebook, time both sides, print the ratio and the memory peaks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()

    print(f"load average (1, 5, 15 min) at the start: {load_average()}")
    t0 = time.perf_counter()
    book = make_casebook(args.rows)
    print(
        f"casebook: {len(book.evidence):,} evidence, {len(book.claims)} claims, "
        f"{len(book.articles)} articles, {len(book.contradictions)} contradictions "
        f"(built in {time.perf_counter() - t0:.1f} s)"
    )
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
    print(f"time ratio exporter/bare : {ec / bc:.2f}x CPU, {ew / bw:.2f}x wall (target <= 1.0x)")
    check_same_content()
    print(f"load average (1, 5, 15 min) at the end: {load_average()}")
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

    peaks: dict[str, float] = {}
    for label, fn in (
        ("bare openpyxl", run_baseline),
        ("exporter", run_exporter),
        ("exporter, no links", links_off),
        ("checksum alone", checksum_only),
    ):
        lo, hi = traced_peak(fn, small), traced_peak(fn, book)
        peaks[label] = hi
        print(
            f"peak traced memory, {label:18s}: {lo:6.1f} MB at {args.rows // 10:,} rows, "
            f"{hi:6.1f} MB at {args.rows:,} rows"
        )
    ratio = peaks["exporter"] / peaks["bare openpyxl"]
    print(f"peak memory ratio exporter/bare at {args.rows:,} rows: {ratio:.2f}x")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(OUT, ignore_errors=True)
