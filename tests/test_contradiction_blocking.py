"""The blocked detector and the n log n position changes against the brute force.

Without a cap (and with the default cap on small casebooks) the detector finds exactly the
brute-force candidates; a small cap keeps a bounded subset, same-claim partners first.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook, PartialDate
from claimtrack.aids.statements import analyse
from claimtrack.casebook.contradictions import _compare_evidence, _flips, builtin_candidates
from claimtrack.model import Stance

SENTENCES = [
    "Minsk strengthened the CSTO.",
    "Minsk weakened the CSTO.",
    "Minsk did not strengthen the CSTO alliance.",
    "The CSTO has six members.",
    "The CSTO has seven members.",
    "The CSTO was founded in 2002.",
    "The CSTO was founded in 1992.",
    "Belarus refused to host the Russian air base.",
    "Belarus agreed to host a Russian air base.",
    "Lukashenka attended the summit in Minsk.",
    "Lukashenka did not attend the summit in Minsk.",
    "Armenia hosted the drills.",
]
STANCES = ["supports", "refutes", "neutral"]


def _brute_force(book: Casebook, min_shared: int) -> list:
    items = list(book.evidence.values())
    analyses = {ev.id: analyse(ev.quote) for ev in items}
    found = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            x = _compare_evidence(book, a, b, analyses[a.id], analyses[b.id], min_shared)
            if x is not None:
                found.append(x)
    return found


evidence_row = st.tuples(
    st.integers(0, len(SENTENCES) - 1),  # text
    st.integers(0, 2),  # claim
    st.sampled_from(STANCES),
    st.one_of(st.none(), st.integers(2010, 2014)),  # publication year
)
evidence_rows = st.lists(evidence_row, max_size=14)


def _book(rows: list) -> Casebook:
    articles = [
        Article(
            id=f"a{n}",
            text=SENTENCES[text],
            publisher="P",
            published=PartialDate.year(year) if year is not None else None,
        )
        for n, (text, _, _, year) in enumerate(rows)
    ]
    book = Casebook(articles)
    for claim in range(3):
        book.add_claim(f"claim number {claim}", id=f"c{claim}")
    for n, (text, claim, stance, _) in enumerate(rows):
        book.add_evidence(f"c{claim}", article=f"a{n}", quote=SENTENCES[text], stance=stance)
    return book


@settings(max_examples=60, deadline=None)
@given(rows=evidence_rows, min_shared=st.integers(0, 4))
def test_blocked_detector_equals_all_pairs(rows: list, min_shared: int) -> None:
    # Small casebooks are within the default cap's scan budget: exactly the brute force.
    book = _book(rows)
    assert builtin_candidates(book, min_shared=min_shared) == _brute_force(book, min_shared)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(evidence_row, max_size=40), min_shared=st.integers(0, 4))
def test_uncapped_detector_equals_all_pairs_on_larger_books(rows: list, min_shared: int) -> None:
    book = _book(rows)
    expected = _brute_force(book, min_shared)
    assert builtin_candidates(book, min_shared=min_shared, max_partners=None) == expected
    # A cap as large as the casebook leaves nothing out either.
    assert builtin_candidates(book, min_shared=min_shared, max_partners=len(rows) + 1) == expected


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(evidence_row, max_size=40), cap=st.integers(1, 3))
def test_a_small_cap_keeps_a_bounded_subset_in_order(rows: list, cap: int) -> None:
    book = _book(rows)
    capped = builtin_candidates(book, max_partners=cap)
    full = builtin_candidates(book, max_partners=None)
    assert [c for c in full if c in capped] == capped  # a subset, in the same order
    assert len(capped) <= cap * len(rows)


def test_the_cap_ranks_same_claim_partners_first() -> None:
    # "six members" (claim 0), then five "seven members" of claim 1 nearer in casebook order,
    # then one "seven members" of claim 0: with one partner allowed, the same claim wins.
    rows = [(3, 0, "supports", 2010), *[(4, 1, "refutes", 2012)] * 5, (4, 0, "refutes", 2011)]
    book = _book(rows)
    ids = list(book.evidence)
    first, last = ids[0], ids[-1]
    full = builtin_candidates(book, min_shared=0, max_partners=None)
    assert sum(first in (c.left, c.right) for c in full) == 6  # all six are candidates
    capped = builtin_candidates(book, min_shared=0, max_partners=1)
    assert [(c.left, c.right) for c in capped if first in (c.left, c.right)] == [(first, last)]


def test_a_cap_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="max_partners must be None or >= 1"):
        builtin_candidates(
            _book([(3, 0, "supports", 2010), (4, 0, "refutes", 2011)]), max_partners=0
        )


def _brute_force_flips(dated: list) -> list:
    found, reported = [], set()
    for j, (d2, e2) in enumerate(dated):
        earlier = [(d1, e1) for d1, e1 in dated[:j] if d1.end < d2.start]
        if not earlier:
            continue
        _d1, e1 = earlier[-1]
        if e1.stance is not e2.stance and e1.id not in reported:
            reported.add(e1.id)
            found.append((e1.id, e2.id))
    return found


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10), st.booleans()), max_size=30)
)
def test_flips_equal_the_quadratic_scan(spans: list) -> None:
    base = dt.date(2000, 1, 1)
    dated = [
        (
            PartialDate.range(base + dt.timedelta(start), base + dt.timedelta(start + length)),
            SimpleNamespace(id=f"e{n}", stance=Stance.SUPPORTS if up else Stance.REFUTES),
        )
        for n, (start, length, up) in enumerate(spans)
    ]
    dated.sort(key=lambda item: (item[0].start, item[0].end))
    flips = _flips("c", "h", "speaker", dated)  # type: ignore[arg-type]
    assert [(f.before.id, f.after.id) for f in flips] == _brute_force_flips(dated)
