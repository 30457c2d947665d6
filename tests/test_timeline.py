"""``timeline`` (claimtrack.casebook.queries) against a naive reference, on generated evidence.

The query is written for speed (one pass, sort keys apart from the entries); the reference below
is the plain reading of its contract: each item's date and where it came from (:func:`date_of`),
dated items in (start, end) order with ties in the given order, then the undated ones.
"""

from __future__ import annotations

import datetime as dt
import gc
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.casebook.queries import TimelineEntry, date_of, timeline
from claimtrack.model import Article, Evidence, PartialDate
from claimtrack.model.selectors import TextQuoteSelector

ARTICLES = ("a1", "a2", "a3", "missing")


def naive_timeline(
    items: list[Evidence], articles: dict[str, Article]
) -> tuple[TimelineEntry, ...]:
    entries = []
    for ev in items:
        date, source = date_of(ev, articles)
        entries.append(TimelineEntry(date, ev, source))
    dated = [e for e in entries if e.date is not None]
    undated = [e for e in entries if e.date is None]
    # Insertion sort by (start, end): stable by construction, nothing clever.
    ordered: list[TimelineEntry] = []
    for entry in dated:
        at = len(ordered)
        while at and _key(ordered[at - 1]) > _key(entry):
            at -= 1
        ordered.insert(at, entry)
    return tuple(ordered + undated)


def _key(entry: TimelineEntry) -> tuple[dt.date, dt.date]:
    assert entry.date is not None
    return entry.date.start, entry.date.end


# Few distinct days so that equal keys (ties) and equal starts with different ends are common.
days = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2016, 3, 31))
partial_dates = st.one_of(
    days.map(lambda d: PartialDate.parse(d.isoformat())),
    days.map(lambda d: PartialDate.parse(d.isoformat()[:7])),
    days.map(lambda d: PartialDate.parse(str(d.year))),
    st.tuples(days, days).map(
        lambda pair: PartialDate.parse(f"{min(pair).isoformat()}/{max(pair).isoformat()}")
    ),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Evidence], dict[str, Article]]:
    articles = {
        name: Article(id=name, text="x", published=draw(st.none() | partial_dates))
        for name in ARTICLES[:-1]
    }
    evidence = [
        Evidence(
            id=f"e{i}",
            claim="c",
            article=draw(st.sampled_from(ARTICLES)),
            segments=(TextQuoteSelector(exact="x", start=0, end=1),),
            stance="supports",
            said_on=draw(st.none() | partial_dates),
        )
        for i in range(draw(st.integers(0, 30)))
    ]
    return evidence, articles


@settings(max_examples=300, deadline=None)
@given(cases())
def test_timeline_matches_the_naive_reference(
    case: tuple[list[Evidence], dict[str, Article]],
) -> None:
    evidence, articles = case
    got = timeline(evidence, articles)
    assert got == naive_timeline(evidence, articles)
    assert isinstance(got, tuple)
    assert sorted(e.evidence.id for e in got) == sorted(e.id for e in evidence)


def test_ties_keep_the_given_order_and_sources_are_named() -> None:
    same = PartialDate.parse("2016-07")
    article = Article(id="a1", text="x", published=same)
    items = [
        Evidence(id=name, claim="c", article=art, stance="supports", said_on=said,
                 segments=(TextQuoteSelector(exact="x", start=0, end=1),))
        for name, art, said in [("u", "gone", None), ("p", "a1", None), ("s", "a1", same),
                                ("d", "a1", PartialDate.parse("2016-07-01"))]
    ]  # fmt: skip
    got = timeline(items, {"a1": article})
    assert [(e.evidence.id, e.date_source) for e in got] == [
        ("d", "said"),  # 1 July to 1 July sorts before the whole of July
        ("p", "published"),
        ("s", "said"),
        ("u", "unknown"),
    ]


def test_a_timeline_leaves_nothing_for_the_garbage_collector_to_track() -> None:
    """The cause of the timeline's step in the growth benchmark: one tracked object per entry
    started a collection of the whole heap inside the call. Entries are not tracked now, and
    what the call keeps adds no tracked object per evidence."""
    article = Article(id="a1", text="x", published=PartialDate.parse("2016"))
    items = [
        Evidence(id=f"e{i}", claim="c", article="a1", stance="supports",
                 said_on=PartialDate.parse(f"2016-{1 + i % 12:02d}") if i % 3 else None,
                 segments=(TextQuoteSelector(exact="x", start=0, end=1),))
        for i in range(3000)
    ]  # fmt: skip
    gc.collect()
    before = len(gc.get_objects())
    got = timeline(items, {"a1": article})
    gc.collect()  # what the call made and dropped is gone; tuples of untracked items untracked
    assert len(gc.get_objects()) - before < 10
    assert len(got) == 3000 and not any(gc.is_tracked(entry) for entry in got)


def test_an_entry_is_an_immutable_value() -> None:
    item = Evidence(id="e", claim="c", article="a", stance="supports",
                    segments=(TextQuoteSelector(exact="x", start=0, end=1),))  # fmt: skip
    entry = TimelineEntry(None, item, "unknown")
    assert entry == TimelineEntry(date=None, evidence=item, date_source="unknown")
    assert hash(entry) == hash(TimelineEntry(None, item, "unknown"))
    assert entry != TimelineEntry(PartialDate.parse("2016"), item, "said")
    assert repr(entry).startswith("TimelineEntry(date=None, evidence=Evidence(id='e'")
    with pytest.raises(AttributeError):
        entry.date_source = "said"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(entry)) == entry
