"""Single-threaded cost of the casebook lock: 100k add_evidence, then 8 threads sharing one book.

    .venv/bin/python benchmarks/bench_threads.py

Issue 14 item 5: every Casebook call runs under one re-entrant lock. Run this on the commit
before the lock and after it; the per-call difference is the lock's single-threaded cost.
"""

import threading
import time
from functools import partial

from claimtrack import Article, Casebook

ARTICLES, PER_ARTICLE, THREADS = 1000, 100, 8


def sentence(a: int, k: int) -> str:
    return f"Report {a} sentence {k} is here."


def fresh_book() -> Casebook:
    book = Casebook(title="bench")
    for a in range(ARTICLES):
        text = " ".join(sentence(a, k) for k in range(PER_ARTICLE))
        book.add_article(Article(id=f"a{a}", text=text))
    book.add_claim("The bench claim.", id="c")
    return book


def single(locked: bool) -> float:
    book = fresh_book()
    # The unlocked method is the same code without the lock (functools.wraps keeps it).
    add = book.add_evidence if locked else partial(Casebook.add_evidence.__wrapped__, book)
    start = time.perf_counter()
    for a in range(ARTICLES):
        for k in range(PER_ARTICLE):
            add("c", article=f"a{a}", quote=sentence(a, k), stance="supports")
    return time.perf_counter() - start


def threaded(book: Casebook) -> tuple[float, int, list[str]]:
    returned: list[list[object]] = [[] for _ in range(THREADS)]
    errors: list[str] = []
    barrier = threading.Barrier(THREADS)

    def work(t: int) -> None:
        barrier.wait()
        for a in range(t, ARTICLES, THREADS):
            for k in range(PER_ARTICLE):
                try:
                    e = book.add_evidence(
                        "c", article=f"a{a}", quote=sentence(a, k), stance="refutes"
                    )
                except Exception as exc:  # the unlocked book raised these; count them
                    errors.append(type(exc).__name__)
                    continue
                returned[t].append(e)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    lost = sum(1 for r in returned for e in r if book.evidence.get(e.id) is not e)
    return elapsed, lost, errors


n = ARTICLES * PER_ARTICLE
times: dict[bool, list[float]] = {True: [], False: []}
for _ in range(5):  # interleaved, so machine noise falls on both sides alike
    for locked in (False, True):
        times[locked].append(single(locked))
for locked in (False, True):
    best = min(times[locked])
    label = "with lock   " if locked else "without lock"
    print(f"single thread, {label}: {n} add_evidence, {best / n * 1e6:.2f} us/call (best of 5)")
elapsed, lost, errors = threaded(fresh_book())
print(f"{THREADS} threads: {n} add_evidence in {elapsed:.2f} s, {lost} returned but not in book,")
print(f"  {len(errors)} calls raised: {sorted(set(errors))}")
