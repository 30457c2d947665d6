"""Progress of a long export: ``claimtrack.export(book, dest, progress=callback)``.

The callback is called with ``(done, total)`` units of work: rows for the workbook, sections for
the memo; an exporter that says nothing gets one final ``(1, 1)``. ``done`` never goes down and
the last call, after the file is written, has ``done == total``. A callback that raises stops
the export (nothing is written), so it can also cancel.

Exporters report through :func:`report` or :func:`counted`, which do nothing when nobody asked
for progress; the callback travels in a :class:`contextvars.ContextVar`, so threads exporting at
the same time each see their own, and the exporter contract (``write(casebook, stream,
options)``) is unchanged.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = ["Progress", "counted", "report", "reporting"]

#: A progress callback: ``callback(done, total)``.
Progress = Callable[[int, int], None]
#: :func:`counted` reports about this many times over its items, however many there are.
REPORTS = 200

T = TypeVar("T")


class _Reporter:
    """Forwards reports to the callback, keeping ``done`` from going down."""

    def __init__(self, callback: Progress) -> None:
        self.callback = callback
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        done = max(done, self.done)
        total = max(total, done, 1)
        self.done, self.total = done, total
        self.callback(done, total)

    def finish(self) -> None:
        total = self.total or 1
        if self.done != total or not self.total:
            self.done, self.total = total, total
            self.callback(total, total)


_current: contextvars.ContextVar[_Reporter | None] = contextvars.ContextVar(
    "claimtrack_progress", default=None
)


def report(done: int, total: int) -> None:
    """Say that ``done`` of ``total`` units are done (nothing happens without a callback)."""
    reporter = _current.get()
    if reporter is not None:
        reporter(done, total)


def counted(items: Iterable[T], total: int, start: int = 0, grand_total: int = 0) -> Iterator[T]:
    """Yield ``items``, reporting ``start + n`` of ``grand_total`` (else ``total``) as they go.

    Reports about :data:`REPORTS` times, not once an item: cheap on 100,000 rows.
    """
    reporter = _current.get()
    if reporter is None:
        yield from items
        return
    whole = grand_total or total
    every = max(1, -(-total // REPORTS))  # ceiling: at most REPORTS reports in the loop
    n = 0
    for n, item in enumerate(items, 1):
        yield item
        if n % every == 0:
            reporter(start + n, whole)
    reporter(start + n, whole)


@contextlib.contextmanager
def reporting(callback: Progress | None) -> Iterator[None]:
    """Send the reports made inside the block to ``callback``; the final ``done == total`` call
    is made when the block ends without an error."""
    if callback is None:
        yield
        return
    if not callable(callback):
        raise TypeError(f"progress must be a callable taking (done, total), not {callback!r}")
    reporter = _Reporter(callback)
    token = _current.set(reporter)
    try:
        yield
    finally:
        _current.reset(token)
    reporter.finish()
