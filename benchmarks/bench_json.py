"""Benchmark: casebook JSON dump+load through claimtrack vs the stdlib ``json`` on plain dicts.

    .venv/bin/python benchmarks/bench_json.py [--evidence 100000] [--repeat 3] [--no-memory]

Same run, same data. claimtrack side: ``dumps_bytes(book)`` (what the JSON exporter writes:
model → canonical layout → UTF-8, encoded by msgspec) and ``loads(bytes)`` (msgspec's typed
decoding, the document re-encoded and compared token for token, the frozen attrs records built
with every check their constructors make, each made once, id, reference and checksum checks,
and every quote re-verified against its article's text). Baseline: ``json.dumps(doc, sort_keys=True,
ensure_ascii=False).encode()`` and ``json.loads`` of the *equivalent plain dicts* (the same
document claimtrack writes, prepared before timing), i.e. the floor for this much JSON. For
reference the run also times ``loads`` on its reference path (the standard library's parser and
cattrs), which reads any layout and explains every error.

Time: best of ``--repeat`` interleaved runs, CPU time (robust to other jobs on the machine) and
wall time; the ratio is claimtrack / stdlib for dump+load (target <= 1.0), both sides with the
garbage collector off. Memory: tracemalloc peak of one load on each side (the document bytes
made before tracing; target <= 1.5x), and of one dump+load (separate runs: tracing slows
everything down).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The generator is a sibling script, not a package module.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from claimtrack.reading.limits import current_limits
from claimtrack.serialization.fast_reader import fast_records
from claimtrack.serialization.reader import loads, structure_casebook
from claimtrack.serialization.strict_json import parse_casebook_json
from claimtrack.serialization.writer import dumps_bytes, unstructure_casebook


def _reference_loads(data: bytes) -> Any:
    """``loads`` on its reference path (what a document in another layout takes)."""
    return structure_casebook(parse_casebook_json(data.decode("utf-8"), "", current_limits()))


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    # Equal GC settings on both sides: claimtrack's loader switches the collector off while it
    # builds objects, so every timed call here runs with it off, the stdlib baseline included.
    gc.collect()
    gc.disable()
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        result = fn()
        return time.process_time() - cpu, time.perf_counter() - wall, result
    finally:
        gc.enable()


def _peak(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a small report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evidence", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    book = generate(args.evidence)
    plain = unstructure_casebook(book)
    print(f"generated {book!r} in {time.perf_counter() - t0:.1f} s")

    def ours_dump() -> bytes:
        return dumps_bytes(book)

    def std_dump() -> bytes:
        return json.dumps(plain, sort_keys=True, ensure_ascii=False).encode("utf-8")

    ours_data, std_data = ours_dump(), std_dump()
    assert loads(ours_data) == book, "round trip failed"
    assert json.loads(ours_data) == json.loads(std_data), "the two sides wrote different content"
    assert fast_records(ours_data, current_limits()) is not None, "the fast path was not taken"
    sizes = f"{len(ours_data) / 1e6:.1f} MB (stdlib, one line: {len(std_data) / 1e6:.1f} MB)"
    print(f"document: {sizes}")

    best: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for label, fn in (
            ("claimtrack dump", ours_dump),
            ("stdlib dump", std_dump),
            ("claimtrack load", lambda: loads(ours_data)),
            ("stdlib load", lambda: json.loads(std_data)),
        ):
            cpu, wall, _result = _timed(fn)
            _result = None
            prev = best.setdefault(label, [cpu, wall])
            best[label] = [min(prev[0], cpu), min(prev[1], wall)]

    print(f"{'best of ' + str(args.repeat):<18}{'cpu s':>8}{'wall s':>8}")
    for label, (cpu, wall) in best.items():
        print(f"{label:<18}{cpu:8.3f}{wall:8.3f}")
    for kind, i in (("cpu", 0), ("wall", 1)):
        ours = best["claimtrack dump"][i] + best["claimtrack load"][i]
        std = best["stdlib dump"][i] + best["stdlib load"][i]
        print(f"ratio dump+load ({kind}): {ours / std:.2f}x  (target <= 1.0x, DESIGN §8)")
    cpu, _wall, _result = _timed(lambda: _reference_loads(ours_data))
    _result = None
    print(f"for reference: loads on its reference path {cpu:.3f} s cpu (one run)")

    if not args.no_memory:
        for label, ours_fn, std_fn in (
            ("load", lambda: loads(ours_data), lambda: json.loads(std_data)),
            ("dump+load", lambda: loads(ours_dump()), lambda: json.loads(std_dump())),
        ):
            ours_peak, std_peak = _peak(ours_fn), _peak(std_fn)
            print(
                f"peak memory {label} (tracemalloc): claimtrack {ours_peak / 1e6:.0f} MB, "
                f"stdlib {std_peak / 1e6:.0f} MB, ratio {ours_peak / std_peak:.2f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
