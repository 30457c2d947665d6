"""Growth of every casebook operation with the number of evidence: the fitted log-log exponent.

    .venv/bin/python benchmarks/bench_growth.py            # 1k, 10k, 100k evidence
    .venv/bin/python benchmarks/bench_growth.py --big      # also 300k
    .venv/bin/python benchmarks/bench_growth.py --sizes 1000 10000
    .venv/bin/python benchmarks/bench_growth.py --only contradiction   # (and build)

Claims scale with the evidence (one claim per 100 evidence) so that the per-claim density stays
constant; articles scale too (generate.py: one per 200 evidence). An operation whose time at the
next size would extrapolate (at the exponent seen so far) beyond ``--cap`` seconds is skipped
at that size and printed as "skipped", never silently dropped. Times are CPU seconds of the
process (the machine may be shared), after one untimed warm-up round at 200 evidence; an
operation that takes under 20 ms is run again (each run after ``gc.collect()``, as the first)
and its median time kept, so the small sizes are not one noisy sample. The exponent is the
least-squares slope of log(time) on log(size) over the sizes measured; DESIGN §8 wants every one
≤ 1.15.

The time CPython's cyclic garbage collector took inside each operation is measured too
(``gc.callbacks``) and a second exponent printed without it, with the number of full
(generation 2) collections at the largest size. CPython collects the whole heap when the
tracked objects that survived since its last full collection reach a quarter of the heap's
long-lived ones. An operation that keeps about that many new tracked objects (one per evidence
is a third of a generated casebook's) pays for one full collection of the casebook inside the
call, at large sizes only (at small ones the interpreter's own objects dilute the ratio), and
whether it crosses the line can depend on what else the process holds: a step in the total, not
in the algorithm. ``timeline`` of every claim did, until its entries were made untracked
(docs/performance.md, growth). Both exponents are printed; neither hides the other.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

import claimtrack
from claimtrack.aids.suggest import index_for
from claimtrack.casebook.contradictions import builtin_candidates


class _CollectorClock:
    """CPU seconds spent in the garbage collector, and its full collections (``gc.callbacks``).

    CPU, as the operations' own times: wall time on a shared machine includes waiting for a core.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
            return
        self.seconds += time.process_time() - self._started
        self.full += info["generation"] == 2


#: Below this many CPU seconds an operation is run again and its median kept.
SHORT = 0.02
RUNS_OF_SHORT = 7


def _timed_once(work: Callable[[], object]) -> tuple[float, float, int]:
    """CPU seconds of ``work`` (on a shared machine wall time is mostly waiting), of them the
    seconds in the garbage collector, and its full collections."""
    gc.collect()
    clock = _CollectorClock()
    gc.callbacks.append(clock)
    try:
        start = time.process_time()
        work()
        seconds = time.process_time() - start
    finally:
        gc.callbacks.remove(clock)
    return seconds, clock.seconds, clock.full


def _timed(work: Callable[[], object]) -> tuple[float, float, int]:
    """:func:`_timed_once`, or the run of median time among several for a short operation."""
    first = _timed_once(work)
    if first[0] >= SHORT:
        return first
    runs = sorted([first, *(_timed_once(work) for _ in range(RUNS_OF_SHORT - 1))])
    return runs[len(runs) // 2]


def _operations(n: int) -> dict[str, Callable[[], object]]:
    """Each operation at size ``n``; they share one generated casebook per size."""
    state: dict[str, object] = {}

    def build() -> object:
        state["book"] = generate(n, claims=max(10, n // 100))
        return state["book"]

    def book() -> claimtrack.Casebook:
        return state["book"]  # type: ignore[return-value]

    def exported_json() -> bytes:
        state["json"] = claimtrack.export_bytes(book(), "json")
        return state["json"]  # type: ignore[return-value]

    first_claim = lambda: next(iter(book().claims))  # noqa: E731
    return {
        "build": build,
        "validate": lambda: book().validate(),
        "evidence_for (all claims)": lambda: [book().evidence_for(c) for c in book().claims],
        "timeline (all claims)": lambda: [book().timeline(c) for c in book().claims],
        "contested_claims": lambda: book().contested_claims(),
        "evidence_by_speaker": lambda: [
            book().evidence_by_speaker(a) for a in list(book().actors)[:20]
        ],
        "position_changes (all)": lambda: book().position_changes(),
        "contradiction detection": lambda: builtin_candidates(book()),
        "suggestion index": lambda: index_for(book()),
        "suggest (one claim)": lambda: claimtrack.suggest(book(), first_claim()),
        "export json": exported_json,
        "load json": lambda: claimtrack.loads(state["json"]),  # type: ignore[arg-type]
        "export xlsx": lambda: claimtrack.export_bytes(book(), "xlsx"),
        "export docx": lambda: claimtrack.export_bytes(book(), "docx"),
    }


def _slope(points: list[tuple[int, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-7)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--big", action="store_true", help="also measure 300k evidence")
    parser.add_argument("--cap", type=float, default=600.0, help="skip beyond this (seconds)")
    parser.add_argument(
        "--only", nargs="+", default=None, help="operations whose name starts with one of these"
    )
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes + ([300_000] if args.big else [])))
    times: dict[str, list[tuple[int, float]]] = {}
    without_gc: dict[str, list[tuple[int, float]]] = {}
    full_collections: dict[str, int] = {}
    for work in _operations(200).values():  # warm-up: first imports and caches, not timed
        work()
    for n in sizes:
        for name, work in _operations(n).items():
            wanted = args.only is None or name == "build" or name.startswith(tuple(args.only))
            if not wanted:
                continue
            done = times.setdefault(name, [])
            # Extrapolate with the exponent seen so far (1 from a single point).
            growth = _slope(done) if len(done) >= 2 else 1.0
            if done and done[-1][1] * (n / done[-1][0]) ** max(growth, 1.0) > args.cap:
                print(f"{n:>8,} {name:<28} skipped (would exceed {args.cap:.0f} s)", flush=True)
                continue
            seconds, in_gc, full = _timed(work)
            done.append((n, seconds))
            without_gc.setdefault(name, []).append((n, seconds - in_gc))
            full_collections[name] = full
            print(f"{n:>8,} {name:<28} {seconds:10.3f} s  (gc {in_gc:.3f} s)", flush=True)
    _print_table(sizes, times, without_gc, full_collections)
    return 0


def _print_table(
    sizes: list[int],
    times: dict[str, list[tuple[int, float]]],
    without_gc: dict[str, list[tuple[int, float]]],
    full_collections: dict[str, int],
) -> None:
    """Times per size, the exponent, the exponent without the collector's time, full GCs."""
    head = " ".join(f"{n:>10,}" for n in sizes)
    print(f"\n{'operation':<28} {head}   exponent  w/o gc  full gc (largest)")
    for name, points in times.items():
        cells = {n: f"{t:10.3f}" for n, t in points}
        row = " ".join(cells.get(n, f"{'—':>10}") for n in sizes)
        measured = len(points) >= 2
        slope = f"{_slope(points):8.2f}" if measured else "       —"
        bare = f"{_slope(without_gc[name]):7.2f}" if measured else "      —"
        flag = "  > 1.15" if measured and _slope(points) > 1.15 else ""
        print(f"{name:<28} {row} {slope} {bare}  {full_collections[name]:>5}{flag}")


if __name__ == "__main__":
    raise SystemExit(main())
