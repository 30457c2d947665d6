"""Benchmark: the Word memo exporter vs bare python-docx building the same content, same run.

    .venv/bin/python benchmarks/bench_docx.py [--claims 1000] [--evidence 10000] [--repeat 2]

The exporter writes the full memo for every claim and every quote (``max_quotes_per_claim=None``)
through the host, ``claimtrack.export(book, "x.docx")``: title block, bottom line, key judgments,
every quote in the Quote style with its footnote, the contradictions table, the numbered sources
with hyperlinks, and the annex tables. The ratio is taken without the figure
(``include_figure=False``): drawing it is matplotlib's work, which no bare python-docx code does;
the memo with its figure is timed and printed beside it.

The baseline (``bare_docx.py``) is bare python-docx and lxml writing the same content: the
memo's paragraphs (style id; text, bold and italic of each run), its footnotes (text and links)
and its tables (cell texts at 9 points), read from the exporter's file before timing as plain
data (as the JSON benchmark prepares plain dicts), so composing the wording from the casebook is
the exporter's work only. It avoids python-docx's traps (``add_paragraph`` rescanning the body,
``add_run`` walking text by character) as the exporter does; see its module.

Content: after timing, both files are read back; the run stops unless they hold the same
paragraph texts in order, the same table cells and the same footnotes. GC: neither side
touches it.

Time: best of ``--repeat`` interleaved runs each, CPU time, ratio memo / bare (target <= 1.5).
Memory: tracemalloc peak of each side's run (the casebook and the baseline's input built first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable

from bare_docx import note_texts, read_memo, write_bare

import claimtrack
from claimtrack import Article, Casebook, Evidence
from claimtrack.model import TextQuoteSelector

STANCES = ("supports", "refutes", "neutral")


def make_casebook(claims: int, evidence: int, articles: int = 200) -> Casebook:
    """A deterministic casebook (quotes are real article offsets), inserted without anchoring."""
    sentences = 60
    arts = []
    for a in range(articles):
        parts = [
            f"Sentence {s} of article {a} says the minister spoke about topic {s % 7} at length."
            for s in range(sentences)
        ]
        published = f"{2012 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        arts.append(
            Article(
                id=f"art-{a:04d}",
                text=" ".join(parts),
                title=f"Article {a} on the CSTO",
                publisher=f"Outlet {a % 20}",
                url=f"https://news.example/{a}",
                published=published,
            )
        )
    book = Casebook(arts, title="Benchmark casebook", author="bench")
    for p in range(20):
        book.rate_source(f"Outlet {p}", "ABCDEF"[p % 6])
    for s in range(50):
        book.add_actor(f"Speaker {s}", roles=[f"Minister {s}"])
    for c in range(claims):
        book.add_claim(
            f"Claim number {c} about topic {c % 7} holds.",
            id=f"claim-{c:04d}",
            likelihood=["likely", "unlikely", None][c % 3],
            confidence=["moderate", None][c % 2],
        )
    evidence_records = []
    for i in range(evidence):
        art = arts[i % articles]
        s = (i // articles) % sentences
        start = art.text.index(f"Sentence {s} of")
        end = art.text.index(".", start) + 1
        sel = TextQuoteSelector(exact=art.text[start:end], start=start, end=end)
        said = dt.date(2012 + i % 10, 1 + i % 12, 1 + i % 28) if i % 4 == 0 else None
        ev = Evidence(
            id=f"ev-{i:06d}",
            # Shifted once per pass over all sentences, so no claim quotes one passage twice.
            claim=f"claim-{(i * 7 + i // (articles * sentences)) % claims:04d}",
            article=art.id,
            segments=(sel,),
            stance=STANCES[i % 3],
            speaker=f"Speaker {i % 50}" if i % 5 else None,
            said_on=said,
            credibility=1 + i % 6,
        )
        evidence_records.append(ev)
    # Evidence is built directly (real offsets), then the casebook in one checked bulk step.
    book = Casebook.from_records(
        title=book.title,
        bottom_line=book.bottom_line,
        author=book.author,
        articles=book.articles.values(),
        actors=book.actors.values(),
        sources=book.sources.values(),
        claims=book.claims.values(),
        evidence=evidence_records,
    )
    for k in range(min(claims - 1, claims // 10)):
        book.add_contradiction(
            f"claim-{k:04d}", f"claim-{k + 1:04d}", kind="contrary", resolution="Other years."
        )
    ids = list(book.evidence)
    for k in range(0, min(len(ids) - 1, 2 * claims // 10), 2):
        book.add_contradiction(ids[k], ids[k + 1], kind="contradictory")
    return book


def run_exporter(book: Casebook, out: str, figure: bool = False) -> int:
    """The exporter under test, through the host, every quote shown."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = claimtrack.export(
            book,
            os.path.join(out, "exporter.docx"),
            max_quotes_per_claim=None,
            include_figure=figure,
        )
    return path.stat().st_size


def check_same_content(out: str) -> tuple[int, int]:
    """Stop unless both files hold the same paragraph texts in order, the same table cells and
    the same footnotes in the same order; returns the numbers of blocks and notes compared."""
    mine_blocks, _ = read_memo(os.path.join(out, "exporter.docx"))
    bare_blocks, _ = read_memo(os.path.join(out, "baseline.docx"))
    mine = [(k, c[1] if k == "p" else c) for k, c in mine_blocks]
    bare = [(k, c[1] if k == "p" else c) for k, c in bare_blocks]
    if mine != bare:
        bad = next((i for i, (a, b) in enumerate(zip(mine, bare, strict=False)) if a != b), None)
        raise SystemExit(f"content differs at body block {bad}: {len(mine)} vs {len(bare)} blocks")
    notes = note_texts(os.path.join(out, "exporter.docx"))
    if notes != note_texts(os.path.join(out, "baseline.docx")):
        raise SystemExit("the footnotes differ")
    return len(mine), len(notes)


def traced_peak(fn: Callable[[], int]) -> float:
    """Peak Python memory allocated while ``fn`` runs, in MB (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def best_of(*fns: Callable[[], int], repeat: int) -> list[tuple[float, float]]:
    """Best (CPU seconds, wall seconds) of ``repeat`` runs of each function, interleaved (one
    run of each per round, so both sides see the same machine load).

    CPU time of this process is the figure compared: the work is single-threaded, and wall time
    on a shared machine also counts other programs.
    """
    cpu: list[list[float]] = [[] for _ in fns]
    wall: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            gc.collect()
            c0, w0 = time.process_time(), time.perf_counter()
            fn()
            cpu[i].append(time.process_time() - c0)
            wall[i].append(time.perf_counter() - w0)
    return [(min(c), min(w)) for c, w in zip(cpu, wall, strict=True)]


def main() -> None:
    """Build the casebook, time both sides, check the content, print time and memory ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--evidence", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="bench-docx-")
    try:
        book = make_casebook(args.claims, args.evidence)
        # Warm-up: imports (python-docx, matplotlib and its font cache) are not what we measure.
        small = make_casebook(10, 50)
        run_exporter(small, out, figure=True)
        write_bare(*read_memo(os.path.join(out, "exporter.docx")), out)
        run_exporter(book, out)
        blocks, styles = read_memo(os.path.join(out, "exporter.docx"))  # the baseline's input

        def bare() -> int:
            return write_bare(blocks, styles, out)

        def mine_() -> int:
            return run_exporter(book, out)

        load = os.getloadavg()
        plain, mine = best_of(bare, mine_, repeat=args.repeat)
        same, notes = check_same_content(out)
        (with_figure,) = best_of(lambda: run_exporter(book, out, figure=True), repeat=args.repeat)
        print(
            f"{args.claims} claims, {args.evidence} evidence, "
            f"{len(book.contradictions)} contradictions, {len(book.articles)} articles; "
            f"best of {args.repeat}; GC untouched on both sides"
        )
        print(
            "load average (1, 5, 15 min) before and after timing: "
            + " ".join(f"{x:.2f}" for x in load)
            + " / "
            + " ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        print(f"content check: same {same:,} body paragraphs and tables and {notes:,} footnotes")
        rows = [
            ("bare python-docx (low-level, no trap)", plain, "baseline.docx"),
            ("claimtrack docx memo, no figure", mine, "exporter.docx"),
        ]
        for label, (cpu, wall), name in rows:
            size = os.path.getsize(os.path.join(out, name)) / 1e6
            print(f"{label:38s}: {cpu:7.2f} s CPU  {wall:7.2f} s wall  {size:6.2f} MB")
        print(f"{'claimtrack docx memo, with the figure':38s}: {with_figure[0]:7.2f} s CPU")
        print(
            f"time ratio memo/bare (CPU)            : {mine[0] / plain[0]:7.2f}x  (target <= 1.5x)"
        )
        peak_bare, peak_mine = traced_peak(bare), traced_peak(mine_)
        print(
            f"peak traced memory: bare {peak_bare:.1f} MB, memo {peak_mine:.1f} MB, "
            f"ratio {peak_mine / peak_bare:.2f}x"
        )
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
