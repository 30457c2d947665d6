"""Whole-casebook checks: every problem at once, one readable line each.

The casebook validates each thing as it is added; these checks are for a casebook as a whole,
including one whose dictionaries were filled directly (a loader, a script) or whose articles
changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from claimtrack.model import ContradictionLevel, Evidence

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = ["casebook_problems", "quote_key"]


def quote_key(evidence: Evidence) -> tuple[str, str, int, int]:
    """What makes two pieces of evidence the same quote: claim, article and span."""
    sel = evidence.selector
    return evidence.claim, evidence.article, sel.start, sel.end


def casebook_problems(book: Casebook) -> list[str]:
    """Every problem in ``book``: misfiled items, clashing actor names, duplicate quotes,
    dangling references, and quotes no longer at their offsets."""
    found: list[str] = []
    pools: tuple[tuple[str, Mapping[str, Any], str], ...] = (
        ("article", book.articles, "id"),
        ("actor", book.actors, "name"),
        ("source", book.sources, "name"),
        ("claim", book.claims, "id"),
        ("evidence", book.evidence, "id"),
        ("contradiction", book.contradictions, "id"),
    )
    for kind, pool, key in pools:
        for k, obj in pool.items():
            if getattr(obj, key) != k:
                found.append(
                    f"{kind} {getattr(obj, key)!r} is filed under {k!r}; "
                    f"add it with the casebook's add_* methods"
                )
    owners: dict[str, str] = {}
    for actor in book.actors.values():
        for name in actor.names():
            other = owners.setdefault(name.casefold(), actor.name)
            if other != actor.name:
                found.append(
                    f"actor name {name!r} belongs to both {other!r} and {actor.name!r}; rename one"
                )
    first_with: dict[tuple[str, str, int, int], str] = {}
    for ev in book.evidence.values():
        twin = first_with.setdefault(quote_key(ev), ev.id)
        if twin != ev.id:
            found.append(
                f"evidence {ev.id!r} quotes the same passage as {twin!r} for claim "
                f"{ev.claim!r}; remove one"
            )
    for ev in book.evidence.values():
        where = f"evidence {ev.id!r}"
        if ev.claim not in book.claims:
            found.append(f"{where}: claim {ev.claim!r} does not exist; add the claim first")
        article = book.articles.get(ev.article)
        if article is None:
            found.append(f"{where}: article {ev.article!r} does not exist; add the article")
            continue
        sel = ev.selector
        if article.text[sel.start : sel.end] != sel.exact:
            found.append(
                f"{where}: quote {sel.exact[:60]!r} is not at [{sel.start}:{sel.end}] of "
                f"article {ev.article!r} (the text changed?); re-anchor or fix the quote"
            )
    for x in book.contradictions.values():
        pool = book.claims if x.level is ContradictionLevel.CLAIMS else book.evidence
        for side in (x.left, x.right):
            if side not in pool:
                found.append(
                    f"contradiction {x.id!r}: {x.level.value} id {side!r} does not exist; "
                    f"add it or remove the contradiction"
                )
    return found
