"""Questions asked of a casebook's evidence: contested or not, timelines, dates, grades.

Plain functions over records, so :class:`~claimtrack.Casebook` stays a thin front: it finds the
records (through its indexes) and these decide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from attrs import frozen

from claimtrack.model import Actor, Article, Evidence, PartialDate, Reliability, Source, Stance

__all__ = ["TimelineEntry", "date_of", "is_contested", "reliability_of", "timeline"]


@frozen
class TimelineEntry:
    """One evidence item on a claim's timeline; ``date`` is the said date, else the article's."""

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
    """Evidence in date order; undated evidence last, in the given order."""
    entries = []
    for ev in items:
        date, date_source = date_of(ev, articles)
        entries.append(TimelineEntry(date, ev, date_source))
    dated = [e for e in entries if e.date is not None]
    dated.sort(key=lambda e: (e.date.start, e.date.end))  # type: ignore[union-attr]
    return tuple(dated + [e for e in entries if e.date is None])


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
