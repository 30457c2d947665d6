"""Threads sharing one casebook (issue 14 item 5): every call atomic, nothing returned then lost.

Barriers start the threads together and a tiny switch interval makes them interleave inside
each call; without the casebook's lock these tests lose evidence and raise RuntimeError.
"""

from __future__ import annotations

import contextlib
import copy
import pickle
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from claimtrack import Article, Casebook, Evidence, export_bytes, loads
from claimtrack.errors import CasebookError
from claimtrack.host import default
from claimtrack.host.detection import detect_contradictions
from claimtrack.host.registry import PluginHost

THREADS, PER_THREAD, ROUNDS = 8, 60, 3


@pytest.fixture(autouse=True)
def switch_often() -> Iterator[None]:
    """Make the interpreter switch threads every microsecond, so calls really overlap."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def sentence(t: int, k: int) -> str:
    return f"Thread {t} wrote sentence {k} here."


def shared_book() -> Casebook:
    book = Casebook(title="threads")
    for t in range(THREADS):
        text = " ".join(sentence(t, k) for k in range(PER_THREAD))
        book.add_article(
            Article(id=f"a{t}", text=text, publisher="Outlet", authors=(f"Writer {t}",))
        )
    book.add_claim("The shared claim.", id="c")
    book.add_claim("The other claim.", id="d")
    return book


def run_together(work: Callable[[int], Any]) -> list[Any]:
    """Run ``work(t)`` in THREADS threads started at one barrier; re-raise the first failure."""
    barrier = threading.Barrier(THREADS)
    results: list[Any] = [None] * THREADS
    failures: list[BaseException] = []

    def run(t: int) -> None:
        barrier.wait()
        try:
            results[t] = work(t)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    workers = [threading.Thread(target=run, args=(t,)) for t in range(THREADS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if failures:
        raise failures[0]
    return results


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_concurrent_add_evidence_keeps_every_returned_evidence(round_: int) -> None:
    book = shared_book()

    def add(t: int) -> list[Evidence]:
        stance = "supports" if t % 2 else "refutes"
        return [
            book.add_evidence("c", article=f"a{t}", quote=sentence(t, k), stance=stance)
            for k in range(PER_THREAD)
        ]

    returned = [e for batch in run_together(add) for e in batch]
    assert len(returned) == THREADS * PER_THREAD
    assert len({e.id for e in returned}) == len(returned)  # generated ids never collide
    assert all(book.evidence[e.id] is e for e in returned)
    assert len(book.evidence) == len(returned) == len(book.evidence_for("c"))
    book.validate()
    again = loads(export_bytes(book, "json"))
    assert again == book


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_concurrent_adds_removes_and_queries_raise_only_casebook_errors(round_: int) -> None:
    book = shared_book()

    # Sets of Evidence values, not ids: a removed id may be generated again for a new quote.
    def mix(t: int) -> tuple[set[Evidence], set[Evidence]]:
        added: set[Evidence] = set()
        removed: set[Evidence] = set()
        for k in range(PER_THREAD):
            evidence = book.add_evidence(
                "c" if k % 2 else "d", article=f"a{t}", quote=sentence(t, k),
                stance="supports" if k % 3 else "refutes", speaker=f"Speaker {t % 3}",
            )  # fmt: skip
            added.add(evidence)
            if k % 4 == 0:
                removed.add(book.remove_evidence(evidence.id))
            # Another thread's evidence: it may be gone already, and a CasebookError says so.
            with contextlib.suppress(CasebookError):
                removed.add(book.remove_evidence(f"c-e{k + t}"))
            book.evidence_for("c", "supports")
            book.timeline("d")
            book.contested_claims()
            book.evidence_by_speaker(f"Speaker {t}")
            book.position_changes()
            book.problems()
            book.title = f"written by {t}"
            repr(book)
            snapshot = list(book.evidence.values())
            assert all(isinstance(e, Evidence) for e in snapshot)
        return added, removed

    outcomes = run_together(mix)
    added = set().union(*(a for a, _ in outcomes))
    removed = set().union(*(r for _, r in outcomes))
    assert removed <= added
    assert set(book.evidence.values()) == added - removed
    book.validate()
    assert loads(export_bytes(book, "json")) == book


def test_concurrent_auto_ids_for_one_statement_are_distinct() -> None:
    book = Casebook()
    claims = run_together(lambda t: [book.add_claim("Same words.") for _ in range(20)])
    ids = [c.id for batch in claims for c in batch]
    assert len(set(ids)) == len(ids) == len(book.claims) == THREADS * 20


def test_holding_the_lock_iterates_a_live_view_while_others_write() -> None:
    book = shared_book()

    def work(t: int) -> int:
        if t == 0:
            seen = 0
            for _ in range(50):
                with book.lock:  # the live view cannot change while the lock is held
                    seen += sum(1 for _ in book.evidence.values())
            return seen
        for k in range(PER_THREAD):
            book.add_evidence("c", article=f"a{t}", quote=sentence(t, k), stance="supports")
        return 0

    run_together(work)
    assert len(book.evidence) == (THREADS - 1) * PER_THREAD


def test_copies_and_pickles_get_their_own_lock() -> None:
    book = shared_book()
    book.add_evidence("c", article="a0", quote=sentence(0, 1), stance="supports")
    for twin in (copy.deepcopy(book), pickle.loads(pickle.dumps(book))):
        assert twin == book
        assert twin.lock is not book.lock
        with book.lock:  # a copy is never blocked by its original's lock
            twin.add_claim("Only in the copy.")
        assert twin != book


def test_get_host_makes_one_host_under_concurrent_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[PluginHost] = []

    def slow_host() -> PluginHost:
        time.sleep(0.01)  # widen the window between "no host yet" and "host made"
        host = PluginHost()
        made.append(host)
        return host

    monkeypatch.setattr(default, "PluginHost", slow_host)
    previous = default._default
    default.set_host(None)
    try:
        hosts = run_together(lambda t: default.get_host())
    finally:
        default.set_host(previous)
    assert len(made) == 1
    assert all(host is made[0] for host in hosts)


def test_exports_while_others_write_are_each_one_consistent_state() -> None:
    book = shared_book()

    finished: list[int] = []  # writers append when done; list.append is atomic

    def work(t: int) -> list[bytes]:
        if t == 0:  # every export must load: no evidence without its claim, no half state
            exports = [export_bytes(book, "json")]
            while len(finished) < THREADS - 1:  # keep exporting while anyone still writes
                exports.append(export_bytes(book, "json"))
            return exports
        for k in range(PER_THREAD):
            claim = book.add_claim(f"Claim {k} of thread {t}.")
            book.add_evidence(claim.id, article=f"a{t}", quote=sentence(t, k), stance="supports")
        finished.append(t)
        return []

    exports = run_together(work)[0]
    sizes = [len(loads(data).evidence) for data in exports]
    assert sizes == sorted(sizes)  # each a later state than the one before
    assert len(loads(export_bytes(book, "json")).evidence) == (THREADS - 1) * PER_THREAD


def test_concurrent_detection_adds_each_candidate_pair_once() -> None:
    book = shared_book()
    for t in range(THREADS):
        for k in range(3):
            book.add_evidence(
                "c", article=f"a{t}", quote=sentence(t, k), speaker=f"Speaker {t}",
                stance="supports" if t % 2 else "refutes",
            )  # fmt: skip
    expected = len(detect_contradictions(book))
    assert expected > 0
    added = run_together(lambda t: detect_contradictions(book, add=True))
    pairs = [frozenset((x.left, x.right)) for x in book.contradictions.values()]
    assert len(pairs) == len(set(pairs)) == expected == sum(len(batch) for batch in added)
    book.validate()
