"""Benchmark the reading aids: cleaning + sentences + quotations, and BM25 suggestions.

1. A generated plain-text corpus (default ~50 MB) built from the seed articles: paragraphs
   shuffled and names swapped per article, each wrapped in the seeds' own boilerplate (menus,
   bylines, counters, SEO spam), so the cleaner has real work. Per stage, MB/s of raw input on
   one core, and a bare-syntok baseline (splitting the same cleaned text, one line at a time).
   Quotations use the same sentence path as ``split_sentences``; run stage by stage each pays
   for syntok, while sentences then quotations per article share the split paragraphs.
2. A BM25 query over ~100k sentences: ms/query for ``suggest`` (index cached), against bare
   bm25s answering the same tokenised queries. Index build time is reported too.
3. ``workers=``: ``load_corpus`` of the corpus written to files, and the batch reading aids
   (``quotations_of``), with 1 and with ``--workers`` processes, checked to give the same
   results; wall-time speed-up, and the workers' CPU time against one process's (the cost of
   the processes themselves). The load average is printed, and the speed-up the same pool gets
   on pure arithmetic at that moment: on a shared machine the speed-up is bounded by the free
   cores, not by the code.

Usage:  .venv/bin/python benchmarks/bench_reading.py [--mb 50] [--sentences 100000] [--workers 2]
        [--only pipeline|bm25|workers]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from claimtrack import Article, extract_quotations, load_corpus, split_sentences
from claimtrack.aids.batch import quotations_of
from claimtrack.aids.suggest import index_for, suggest
from claimtrack.reading.cleaning import clean
from claimtrack.reading.parallel import map_in_order

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = [
    ("Lukashenka", "Tokayev"),
    ("Linkevičius", "Landsbergis"),
    ("Voronchenko", "Neizhpapa"),
    ("Baunov", "Shraibman"),
    ("Minsk", "Astana"),
]


def generate(megabytes: float, seed: int = 7) -> list[str]:
    """Raw article files (as text) totalling about ``megabytes`` MB of UTF-8."""
    rng = random.Random(seed)
    sources = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    bodies = []
    for raw in sources[:3]:  # the three long ones: header, body, byline, counter, spam
        parts = raw.split("\n\n")
        bodies.append(parts)
    out: list[str] = []
    total = 0
    target = int(megabytes * 1_000_000)
    n = 0
    while total < target:
        parts = list(rng.choice(bodies))
        head, body, tail = parts[:3], parts[3:-1], parts[-1:]
        rng.shuffle(body)
        text = "\n\n".join(head + body + tail)
        old, new = rng.choice(NAMES)
        text = text.replace(old, new) + f"\n{n} reads\n"
        out.append(text)
        total += len(text.encode("utf-8"))
        n += 1
    return out


def bench_pipeline(raws: list[str]) -> None:
    size = sum(len(r.encode("utf-8")) for r in raws) / 1e6
    t0 = time.process_time()
    articles = [clean(raw).to_article(f"a{i}", raw) for i, raw in enumerate(raws)]
    t1 = time.process_time()
    n_sentences = sum(len(split_sentences(a)) for a in articles)
    t2 = time.process_time()
    n_quotes = sum(len(extract_quotations(a)) for a in articles)
    t3 = time.process_time()
    from syntok import segmenter

    for a in articles:  # baseline: bare syntok over the same cleaned text, line by line
        for line in a.text.split("\n"):
            if line.strip():
                for paragraph in segmenter.analyze(line):
                    for _sentence in paragraph:
                        pass
    t4 = time.process_time()
    for a in articles:  # as the suggestion index and the CLI read: one article at a time
        split_sentences(a)
        extract_quotations(a)
    t5 = time.process_time()
    total = t3 - t0
    print(f"corpus: {len(raws)} articles, {size:.1f} MB raw")
    print(f"  cleaning     {t1 - t0:7.2f} s  {size / (t1 - t0):6.2f} MB/s")
    print(f"  sentences    {t2 - t1:7.2f} s  {size / (t2 - t1):6.2f} MB/s  ({n_sentences:,})")
    print(f"  quotations   {t3 - t2:7.2f} s  {size / (t3 - t2):6.2f} MB/s  ({n_quotes:,})")
    print(f"  all three    {total:7.2f} s  {size / total:6.2f} MB/s   (target >= 3 MB/s)")
    print(f"  bare syntok  {t4 - t3:7.2f} s  sentences/syntok = {(t2 - t1) / (t4 - t3):.2f}x")
    both = t5 - t4
    print(f"  per article  {both:7.2f} s  {size / both:6.2f} MB/s  (sentences then quotations,")
    print("                                  paragraphs split by syntok once for both)")


def bench_bm25(raws: list[str], n_sentences: int, n_queries: int = 300) -> None:
    import bm25s

    articles: list[Article] = []
    count = 0
    for i, raw in enumerate(raws):
        article = clean(raw).to_article(f"a{i}", raw)
        articles.append(article)
        count += sum(
            1 for s in split_sentences(article) if not s.heading and len(s.text.split()) >= 4
        )
        if count >= n_sentences:
            break
    t0 = time.perf_counter()
    index = index_for(articles)
    build = time.perf_counter() - t0
    rng = random.Random(3)
    rows = rng.sample(index.rows, n_queries)
    queries = []
    for article_id, start, end in rows:
        words = re.findall(r"\w+", index.articles[article_id].text[start:end])
        queries.append(" ".join(rng.sample(words, min(6, len(words)))))
    suggest(articles, queries[0], 10)  # warm
    t1 = time.perf_counter()
    for q in queries:
        suggest(articles, q, 10)
    ours = (time.perf_counter() - t1) / n_queries * 1000
    retriever = index._retriever
    tokens = [
        [
            w
            for w in bm25s.tokenize([q], stopwords="en", show_progress=False, return_ids=False)[0]
            if w in retriever.vocab_dict
        ]
        or ["belarus"]
        for q in queries
    ]
    t2 = time.perf_counter()
    for tok in tokens:
        retriever.retrieve([tok], k=10, show_progress=False, n_threads=1)
    bare = (time.perf_counter() - t2) / n_queries * 1000
    print(f"bm25: {len(index):,} sentences indexed in {build:.1f} s")
    print(f"  suggest()    {ours:6.2f} ms/query  (target < 10 ms; includes corpus-state key)")
    print(f"  bare bm25s   {bare:6.2f} ms/query  (pre-tokenised)  ratio {ours / bare:.2f}x")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(call, workers: int):  # type: ignore[no-untyped-def]
    """(result, wall s, CPU s of this process or, with workers, of the worker processes)."""
    cpu, children, start = time.process_time(), _children_cpu(), time.perf_counter()
    result = call(workers)
    wall = time.perf_counter() - start
    used = time.process_time() - cpu if workers == 1 else _children_cpu() - children
    return result, wall, used


def _burn(n: int, _shared: object) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def _ceiling(workers: int) -> float:
    """The speed-up the same pool gets on pure arithmetic right now: what the machine allows."""
    items = [200_000] * 60
    start = time.perf_counter()
    list(map_in_order(_burn, items))
    one = time.perf_counter() - start
    start = time.perf_counter()
    list(map_in_order(_burn, items, workers=workers))
    return one / (time.perf_counter() - start)


def bench_workers(raws: list[str], workers: int) -> None:
    size = sum(len(r.encode("utf-8")) for r in raws) / 1e6
    print(f"workers: {workers} processes against 1, {size:.1f} MB, load average before "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as folder:
        for i, raw in enumerate(raws):
            Path(folder, f"{i:05d}.txt").write_text(raw, "utf-8")
        stages = {
            "load_corpus": lambda n: load_corpus(folder, workers=n),
            "quotations_of": lambda n: quotations_of(articles, workers=n),
        }
        articles: list[Article] = []
        for name, call in stages.items():
            one, wall_1, cpu_1 = _timed(call, 1)
            many, wall_n, cpu_n = _timed(call, workers)
            if name == "load_corpus":
                same = [one[i] for i in one] == [many[i] for i in many]
                articles = [one[i] for i in one]
            else:
                same = one == many
            assert same, f"{name}: workers={workers} gave other results"
            print(f"  {name:14} wall 1: {wall_1:6.2f} s  {workers}: {wall_n:6.2f} s  speed-up "
                  f"{wall_1 / wall_n:4.2f}x  (CPU 1: {cpu_1:6.2f} s, {workers} workers: "
                  f"{cpu_n:6.2f} s; same results)")  # fmt: skip
    print(f"  load average after {os.getloadavg()[0]:.2f}; the machine's ceiling now (the same "
          f"pool on pure arithmetic): {_ceiling(workers):.2f}x")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--sentences", type=int, default=100_000, help="sentences for BM25")
    parser.add_argument("--workers", type=int, default=2, help="processes for part 3")
    parser.add_argument("--only", choices=["pipeline", "bm25", "workers"])
    args = parser.parse_args()
    raws = generate(args.mb)
    if args.only in (None, "pipeline"):
        bench_pipeline(raws)
    if args.only in (None, "bm25"):
        bench_bm25(raws, args.sentences)
    if args.only in (None, "workers"):
        bench_workers(raws, args.workers)


if __name__ == "__main__":
    main()
