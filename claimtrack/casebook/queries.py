"""Questions asked of a casebook's evidence: contested or not, timelines, dates, grades.

Plain functions over records, so :class:`~claimtrack.Casebook` stays a thin front: it finds the
records (through its indexes) and these decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import msgspec

from claimtrack.model import Actor, Article, Evidence, PartialDate, Reliability, Source, Stance

__all__ = ["TimelineEntry", "date_of", "is_contested", "reliability_of", "timeline"]


class TimelineEntry(msgspec.Struct, frozen=True, gc=False):
    """One evidence item on a claim's timeline; ``date`` is the said date, else the article's.

    Immutable, compared, hashed and shown as the model's attrs records are. Unlike them, it is a
    msgspec Struct, for one reason: with ``gc=False`` CPython's cyclic garbage collector does not
    track it. A timeline of every claim makes one entry per evidence; tracked, those entries
    were a quarter of a large casebook's objects, enough to start a collection of the whole heap
    inside the call (0.5 s of 0.87 s at 300k evidence; docs/performance.md, growth). An entry
    holds a date, an Evidence and a string, none of which can lead back to it, so it is never
    part of a reference cycle (the one thing the collector would be needed for).
    """

    date: PartialDate | None
    evidence: Evidence
    date_source: str  # "said", "published" or "unknown"


def is_contested(items: Iterable[Evidence]) -> bool:
    """Supported and refuted by evidence from different articles or different speakers.

    Orphaned evidence is not verified and does not count.
    """
    sides: dict[Stance, set[tuple[str, str]]] = {Stance.SUPPORTS: set(), Stance.REFUTES: set()}
    for e in items:
        if e.stance in sides and not e.orphaned:
            sides[e.stance].add((e.article, e.speaker or ""))
    sup, ref = sides[Stance.SUPPORTS], sides[Stance.REFUTES]
    # Some pair differs unless both sides are the one same (article, speaker).
    return bool(sup) and bool(ref) and not (len(sup) == 1 and sup == ref)


def date_of(evidence: Evidence, articles: Mapping[str, Article]) -> tuple[PartialDate | None, str]:
    """The date evidence speaks for: the said date, else the article's publication date."""
    if evidence.said_on is not None:
        return evidence.said_on, "said"
    article = articles.get(evidence.article)
    if article is not None and article.published is not None:
        return article.published, "published"
    return None, "unknown"


def timeline(
    items: Iterable[Evidence], articles: Mapping[str, Article]
) -> tuple[TimelineEntry, ...]:
    """Evidence in date order (start, then end); ties and undated evidence (last) in given order.

    One pass, one entry and one sort key per item. The entries are not tracked by the garbage
    collector and the sort keys are tuples of dates, which it stops tracking at its first look:
    nothing the call keeps counts towards a collection of the whole heap (CPython starts one when
    the tracked objects that survived since the last reach a quarter of the heap's).
    """
    dated: list[TimelineEntry] = []
    keys: list[tuple[dt.date, dt.date]] = []
    undated: list[TimelineEntry] = []
    for ev in items:
        date = ev.said_on
        if date is not None:
            source = "said"
        else:  # date_of(), inlined: this loop is the whole cost of a timeline
            article = articles.get(ev.article)
            date = article.published if article is not None else None
            source = "unknown" if date is None else "published"
        if date is None:
            undated.append(TimelineEntry(None, ev, source))
        else:
            keys.append((date.start, date.end))
            dated.append(TimelineEntry(date, ev, source))
    # sorted() is stable: equal keys keep the given order.
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return (*[dated[i] for i in order], *undated)


def reliability_of(
    evidence: Evidence,
    actor: Callable[[str | None], Actor | None],
    articles: Mapping[str, Article],
    sources: Mapping[str, Source],
) -> Reliability:
    """The speaker's rated reliability, else the outlet's; F (cannot be judged) when unrated."""
    speaker = actor(evidence.speaker)
    if speaker is not None and speaker.reliability is not None:
        return speaker.reliability
    article = articles.get(evidence.article)
    if article is not None and article.publisher is not None and article.publisher in sources:
        return sources[article.publisher].reliability
    return Reliability.F
