"""Benchmark: the Word memo exporter vs bare python-docx building the same content, same run.

    .venv/bin/python benchmarks/bench_docx.py [--claims 1000] [--evidence 10000] [--repeat 2]

The exporter writes the full memo for every claim and every quote (``max_quotes_per_claim=None``)
through the host, ``claimtrack.export(book, "x.docx")``: title block, bottom line, key judgments,
the figure (when matplotlib is installed), every quote in the Quote style with its footnote,
the contradictions table, the numbered sources with hyperlinks, and the annex tables.

The baseline is bare python-docx writing the same body: the memo's paragraphs (style id, and
text, bold and italic of each run) and tables, read from the exporter's file before timing as
plain data (as the JSON benchmark prepares plain dicts), so composing the wording from the
casebook is the exporter's work only. It builds each ``w:p`` with the low-level API and puts it
before ``w:sectPr`` with one ``addprevious``: ``Document.add_paragraph`` rescans the body on
every insert (quadratic), the trap an earlier version of this benchmark fell into. It writes no
footnotes, hyperlinks, figure or numbering restarts and does not sanitize text: that is the
exporter's extra work, in its time.

Content: after timing, both files are read back; the run stops unless they hold the same
paragraph texts in order and the same table cells. GC: neither side touches it.

Time: best of ``--repeat`` runs each, CPU time, ratio memo / bare (target <= 1.5).
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
from typing import Any

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


def run_exporter(book: Casebook, out: str) -> int:
    """The exporter under test, through the host, every quote shown."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = claimtrack.export(
            book, os.path.join(out, "exporter.docx"), max_quotes_per_claim=None
        )
    return path.stat().st_size


Block = tuple[str, Any]  # ("p", (style id, text)) or ("tbl", rows of cell texts)


def body_blocks(path: str) -> list[Block]:
    """The memo's body, block by block: each paragraph's style id and text, each table's cells.

    Read from the exporter's file before timing: the baseline's input, as plain data (like the
    JSON benchmark's plain dicts), and what the content check compares.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    d = docx.Document(path)
    blocks: list[Block] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, d)
            # One (text, bold, italic) per run or hyperlink, so the baseline writes as many runs
            # with the same emphasis (footnote references and breaks are the memo's extra).
            runs = [
                (r.text, r.bold, r.italic) if isinstance(r, Run) else (r.text, None, None)
                for r in p.iter_inner_content()
            ]
            blocks.append(("p", (child.style, p.text, runs)))
        elif tag == "tbl":
            rows = [[c.text for c in row.cells] for row in Table(child, d).rows]
            blocks.append(("tbl", rows))
    return blocks


def run_baseline(blocks: list[Block], out: str) -> int:
    """Bare python-docx writing the memo's paragraphs and tables, without the quadratic trap.

    ``Document.add_paragraph`` inserts before ``w:sectPr`` by scanning the body's children on
    every call (quadratic in the paragraphs); a skilled engineer builds each ``w:p`` with the
    low-level API and puts it in place with one ``addprevious``. Style ids are set directly
    (no scan of every style by name). Runs are built as ``w:r``/``w:rPr``/``w:t`` elements, as
    the exporter builds them: ``Paragraph.add_run`` and ``run.bold`` walk the text character by
    character and look children up one by one (an earlier version of this baseline used them and
    was 2x slower). No footnotes, hyperlinks, figure or numbering restarts: that is the
    exporter's extra work, included in its time.
    """
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    val, space = qn("w:val"), qn("xml:space")
    for kind, content in blocks:
        if kind == "p":
            style, _, runs = content
            p = OxmlElement("w:p")
            if style:
                p.append(OxmlElement("w:pPr"))
                p[0].append(OxmlElement("w:pStyle", {val: style}))
            sect.addprevious(p)
            for text, bold, italic in runs:
                if not text:
                    continue
                r = OxmlElement("w:r")
                if bold is not None or italic is not None:  # only explicit emphasis
                    r.append(OxmlElement("w:rPr"))
                    for tag, on in (("w:b", bold), ("w:i", italic)):
                        if on is not None:
                            r[0].append(OxmlElement(tag, None if on else {val: "0"}))
                t = OxmlElement("w:t")  # the memo's texts have no tabs or line breaks
                t.text = text
                if text.strip() != text:
                    t.set(space, "preserve")
                r.append(t)
                p.append(r)
        else:
            table = d.add_table(rows=len(content), cols=len(content[0]))  # three tables: cheap
            for row, texts in zip(table.rows, content, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    path = os.path.join(out, "baseline.docx")
    d.save(path)
    return os.path.getsize(path)


def check_same_content(out: str) -> int:
    """Stop unless both files hold the same paragraph texts in order and the same table cells."""
    mine = [
        (k, c[1] if k == "p" else c) for k, c in body_blocks(os.path.join(out, "exporter.docx"))
    ]
    bare = [
        (k, c[1] if k == "p" else c) for k, c in body_blocks(os.path.join(out, "baseline.docx"))
    ]
    if mine != bare:
        bad = next((i for i, (a, b) in enumerate(zip(mine, bare, strict=False)) if a != b), None)
        raise SystemExit(f"content differs at body block {bad}: {len(mine)} vs {len(bare)} blocks")
    return len(mine)


def traced_peak(fn: Callable[[], int]) -> float:
    """Peak Python memory allocated while ``fn`` runs, in MB (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def best_of(fn: Callable[[], int], repeat: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) of ``repeat`` runs.

    CPU time of this process is the figure compared: the work is single-threaded, and wall time
    on a shared machine also counts other programs.
    """
    cpu, wall = [], []
    for _ in range(repeat):
        gc.collect()
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return min(cpu), min(wall)


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
        run_exporter(small, out)
        run_baseline(body_blocks(os.path.join(out, "exporter.docx")), out)
        run_exporter(book, out)
        blocks = body_blocks(os.path.join(out, "exporter.docx"))  # the baseline's input

        def bare() -> int:
            return run_baseline(blocks, out)

        def mine_() -> int:
            return run_exporter(book, out)

        plain = best_of(bare, args.repeat)
        mine = best_of(mine_, args.repeat)
        same = check_same_content(out)
        print(
            f"{args.claims} claims, {args.evidence} evidence, "
            f"{len(book.contradictions)} contradictions, {len(book.articles)} articles; "
            f"best of {args.repeat}; GC untouched on both sides"
        )
        print(f"content check: same {same:,} body paragraphs and tables, in order")
        rows = [
            ("bare python-docx (low-level, no trap)", plain, "baseline.docx"),
            ("claimtrack docx memo", mine, "exporter.docx"),
        ]
        for label, (cpu, wall), name in rows:
            size = os.path.getsize(os.path.join(out, name)) / 1e6
            print(f"{label:38s}: {cpu:7.2f} s CPU  {wall:7.2f} s wall  {size:6.2f} MB")
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
