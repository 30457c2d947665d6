"""Per-call cost of incremental edits at growing sizes: add_actor, add_evidence then evidence_for.

    .venv/bin/python benchmarks/bench_incremental.py

Flat per-call times mean the indexes are maintained, not rebuilt (issue 15: actors grew
quadratically; add + query rebuilt an index each time). A duplicate quote key can no longer
come in through edited JSON: load refuses it (SchemaError), so that slow path is gone.
"""

import sys
import time

sys.path.insert(0, "benchmarks")
from generate import generate

from claimtrack import Article

for n in (10_000, 50_000):
    b = generate(n, claims=n // 100)
    t = time.perf_counter()
    for k in range(2000):
        b.add_actor(f"Person {n}-{k}")
    a = (time.perf_counter() - t) / 2000
    b.add_article(
        Article(id="fresh", text=" ".join(f"Sentence number {k} is here." for k in range(3000)))
    )
    claim = next(iter(b.claims))
    t = time.perf_counter()
    for k in range(500):
        b.add_evidence(
            claim, article="fresh", quote=f"Sentence number {k} is here.", stance="supports"
        )
        b.evidence_for(claim)
    e = (time.perf_counter() - t) / 500
    print(
        n, f"add_actor {a * 1e6:.1f} us", f"add_evidence+evidence_for {e * 1e6:.1f} us", flush=True
    )
