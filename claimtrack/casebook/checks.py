"""The one rule set for a whole casebook: every problem at once, one readable line each.

The casebook checks each thing as it is added; these rules check a casebook as a whole. The
same rules run in :meth:`Casebook.validate`, when a casebook is built in bulk
(:meth:`Casebook.from_records`, which :func:`claimtrack.load` uses) and in ``claimtrack check``.
Each :class:`Problem` says which record and field it is about, so the JSON reader can name the
JSON path of the first one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from attrs import frozen

from claimtrack.casebook.custody import custody_problem
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    ContradictionLevel,
    Evidence,
    article_checksum,
)

__all__ = ["Problem", "QuoteKey", "find_problems", "quote_key"]


@frozen
class Problem:
    """One problem: the record it is about (``section`` and ``ident``), the field, the message."""

    section: str  # "articles", "actors", "sources", "claims", "evidence" or "contradictions"
    ident: str
    field: str  # a dotted field path inside the record ("segments[0].exact"), "" for the record
    message: str
    #: False for a problem a casebook may be loaded with (orphaned evidence): it is still
    #: listed by ``validate()`` and ``claimtrack check``, but does not stop ``load()``.
    blocking: bool = True


#: What makes two pieces of evidence the same quote: claim, article and segment offsets.
QuoteKey = tuple[str, str, tuple[int, ...]]


def quote_key(evidence: Evidence) -> QuoteKey:
    """Claim, article and every segment's start and end: the same quote filed twice."""
    spans = tuple(x for segment in evidence.segments for x in (segment.start, segment.end))
    return evidence.claim, evidence.article, spans


def find_problems(
    articles: Mapping[str, Article],
    actors: Mapping[str, Actor],
    claims: Mapping[str, Claim],
    evidence: Mapping[str, Evidence],
    contradictions: Mapping[str, Contradiction],
    *,
    raw_not_kept: Collection[str] = (),
) -> list[Problem]:
    """Every problem of a casebook's records, in document order (articles first).

    ``raw_not_kept`` names articles read without their raw copy (a JSON export with
    ``include_raw=False``): their checksum describes a raw text that is not there to check.
    """
    found = _article_problems(articles, raw_not_kept)
    found += _actor_problems(actors)
    found += _evidence_problems(articles, claims, evidence)
    for x in contradictions.values():
        pool = claims if x.level is ContradictionLevel.CLAIMS else evidence
        for side in ("left", "right"):
            ident = getattr(x, side)
            if ident not in pool:
                found.append(
                    Problem(
                        "contradictions",
                        x.id,
                        side,
                        f"contradiction {x.id!r}: no {_noun(x.level)} {ident!r} in the casebook; "
                        f"add it or remove the contradiction",
                    )
                )
    return found


def _noun(level: ContradictionLevel) -> str:
    return "claim" if level is ContradictionLevel.CLAIMS else "evidence"


def _article_problems(
    articles: Mapping[str, Article], raw_not_kept: Collection[str]
) -> list[Problem]:
    found: list[Problem] = []
    for article in articles.values():
        custody = None if article.id in raw_not_kept else custody_problem(article)
        if custody is not None:
            found.append(Problem("articles", article.id, "text", custody))
        checksum = "" if article.id in raw_not_kept else article_checksum(article.raw, article.text)
        if checksum and checksum != article.checksum:
            found.append(
                Problem(
                    "articles",
                    article.id,
                    "checksum",
                    f"article {article.id!r}: the checksum does not match the article's raw "
                    f"copy and text ({checksum[:12]}…); the raw copy, the text or the checksum "
                    f"was edited",
                )
            )
        end, raw_end = len(article.text), len(article.raw)
        for n, (text_start, raw_start, length) in enumerate(article.offset_map):
            if (
                min(text_start, raw_start, length) < 0
                or text_start + length > end
                or raw_start + length > raw_end
            ):
                found.append(
                    Problem(
                        "articles",
                        article.id,
                        f"offset_map[{n}]",
                        f"article {article.id!r}: offset map segment {n} reaches outside the "
                        f"article's text or raw copy",
                    )
                )
                break
    return found


def _actor_problems(actors: Mapping[str, Actor]) -> list[Problem]:
    found: list[Problem] = []
    owners: dict[str, str] = {}
    for actor in actors.values():
        for name in actor.names():
            other = owners.setdefault(name.casefold(), actor.name)
            if other != actor.name:
                found.append(
                    Problem(
                        "actors",
                        actor.name,
                        "aliases" if name != actor.name else "name",
                        f"actor name {name!r} belongs to both {other!r} and {actor.name!r}; "
                        f"rename one",
                    )
                )
    return found


def _evidence_problems(
    articles: Mapping[str, Article], claims: Mapping[str, Claim], evidence: Mapping[str, Evidence]
) -> list[Problem]:
    found: list[Problem] = []
    first_with: dict[QuoteKey, str] = {}
    for ev in evidence.values():
        if ev.claim not in claims:
            found.append(
                Problem(
                    "evidence",
                    ev.id,
                    "claim",
                    f"evidence {ev.id!r}: no claim {ev.claim!r} in the casebook",
                )
            )
        article = articles.get(ev.article)
        if article is None:
            found.append(
                Problem(
                    "evidence",
                    ev.id,
                    "article",
                    f"evidence {ev.id!r}: no article {ev.article!r} in the casebook",
                )
            )
            continue
        if ev.orphaned:
            found.append(_orphan(ev))
            continue
        misplaced = _misplaced(ev, article.text)
        if misplaced is not None:
            found.append(misplaced)
            continue
        twin = first_with.setdefault(quote_key(ev), ev.id)
        if twin != ev.id:
            found.append(
                Problem(
                    "evidence",
                    ev.id,
                    "segments",
                    f"evidence {ev.id!r} quotes the same passage as {twin!r} for claim "
                    f"{ev.claim!r}; remove one",
                )
            )
    return found


def _orphan(ev: Evidence) -> Problem:
    return Problem(
        "evidence",
        ev.id,
        "orphaned",
        f"evidence {ev.id!r} is orphaned: its quote {ev.rendering[:60]!r} lost its place when "
        f"article {ev.article!r} changed and is not verified; add it again with add_evidence() "
        f"(then remove_evidence({ev.id!r})) or remove it",
        blocking=False,
    )


def _misplaced(ev: Evidence, text: str) -> Problem | None:
    """The first segment or insertion of ``ev`` not at its offsets in ``text``, if any."""
    for n, seg in enumerate(ev.segments):
        # Compared in place, no slice copied (a selector's end - start is len(exact), start >= 0).
        if not text.startswith(seg.exact, seg.start):
            return Problem(
                "evidence",
                ev.id,
                f"segments[{n}].exact",
                f"evidence {ev.id!r}: quote {seg.exact[:60]!r} is not at [{seg.start}:{seg.end}] "
                f"of article {ev.article!r} (the quote or the article text was edited); "
                f"re-anchor or fix the quote",
            )
    for n, x in enumerate(ev.interpolations):
        if text[x.start : x.end] != x.replaced:
            return Problem(
                "evidence",
                ev.id,
                f"interpolations[{n}].replaced",
                f"evidence {ev.id!r}: [{x.inserted}] stands for {x.replaced!r}, which is not at "
                f"[{x.start}:{x.end}] of article {ev.article!r}; re-anchor or fix the quote",
            )
    return None
