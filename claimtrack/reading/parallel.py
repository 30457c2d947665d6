"""Run one function over many items in worker processes, the results in the items' order.

The reading work (decoding, cleaning, sentence splitting with syntok, quotation rules) is pure
Python and CPU-bound, so threads do not help; processes do. :func:`map_in_order` is the one
place that starts them: :func:`claimtrack.load_corpus` and the reading aids' batch functions
(:mod:`claimtrack.aids.batch`) pass ``workers=`` through to it. ``workers=1`` (the default) runs
in the calling process, exactly as a loop would; any other number gives the same results in the
same order, and an exception raised for an item is raised for the first such item in input
order, as the loop would raise it.

The worker processes get ``function`` and ``shared`` (say, the readers in force) once each, when
they start, not once per item: where processes are forked (Linux) neither is pickled at all;
where they are spawned (macOS, Windows) both must be picklable (module-level functions and
plain objects). Each item and each result is pickled.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["check_workers", "map_in_order"]

Item = TypeVar("Item")
Result = TypeVar("Result")

# Items per task sent to a worker: a few tasks per worker amortise the pickling and the
# round trips, enough tasks keep both workers busy to the end.
_TASKS_PER_WORKER = 8

# The function and the shared value of this worker process (set once by _start_worker).
_worker_call: Callable[[Any, Any], Any] | None = None
_worker_shared: Any = None


def check_workers(workers: object) -> int:
    """``workers`` as a positive int (``0``: one per CPU core); a ValueError says what is wrong."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ValueError(f"workers must be a whole number >= 0 (0: one per core), got {workers!r}")
    return workers or os.cpu_count() or 1


def map_in_order(
    function: Callable[[Item, Any], Result],
    items: Iterable[Item],
    *,
    shared: Any = None,
    workers: int = 1,
) -> Iterator[Result]:
    """``function(item, shared)`` for each item, in order, in up to ``workers`` processes.

    Lazy, like ``map``: with ``workers=1`` nothing runs before the first result is asked for,
    and a loop that stops at an exception reads no further item. With more workers, all items
    are submitted at once; leaving the loop early cancels what has not started.
    """
    count = check_workers(workers)
    listed = list(items)
    if count == 1 or len(listed) < 2:
        return (function(item, shared) for item in listed)
    return _in_processes(function, listed, shared, min(count, len(listed)))


def _in_processes(
    function: Callable[[Item, Any], Result], items: list[Item], shared: Any, count: int
) -> Iterator[Result]:
    chunk = max(1, len(items) // (count * _TASKS_PER_WORKER))
    pool = ProcessPoolExecutor(count, initializer=_start_worker, initargs=(function, shared))
    try:
        yield from pool.map(_call, items, chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(function: Callable[[Any, Any], Any], shared: Any) -> None:
    global _worker_call, _worker_shared
    _worker_call, _worker_shared = function, shared


def _call(item: Any) -> Any:
    assert _worker_call is not None, "map_in_order's worker was not started"
    return _worker_call(item, _worker_shared)
