"""Look-up indexes of a casebook, kept up to date on every add, change and remove.

A query such as "the evidence for claim X" over 100k evidence must not scan everything, and
neither may the checks made on each add ("is this quote already evidence for the claim?", "does
a contradiction use this evidence?"). The casebook's records change only through its methods, so
each method updates the indexes by the one record it touched; :meth:`CasebookIndexes.build`
fills them in one pass for a casebook built in bulk.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack.casebook.checks import QuoteKey, quote_key
from claimtrack.model import Actor, Contradiction, ContradictionLevel, Evidence

__all__ = ["CasebookIndexes"]


class CasebookIndexes:
    """The derived look-ups of one casebook. Insertion order is kept wherever it is visible."""

    def __init__(self) -> None:
        #: casefolded name or alias -> actor
        self.actor_by_name: dict[str, Actor] = {}
        #: claim id -> {evidence id: evidence}, in the casebook's evidence order
        self.evidence_by_claim: dict[str, dict[str, Evidence]] = {}
        #: article id -> {evidence id: evidence}
        self.evidence_by_article: dict[str, dict[str, Evidence]] = {}
        #: (claim, article, segment offsets) -> evidence id (orphaned evidence has no place)
        self.quote_owner: dict[QuoteKey, str] = {}
        #: (level, claim or evidence id) -> {contradiction id: None} of the contradictions using it
        self.contradictions_of: dict[tuple[ContradictionLevel, str], dict[str, None]] = {}

    def build(
        self,
        actors: Iterable[Actor],
        evidence: Iterable[Evidence],
        contradictions: Iterable[Contradiction],
    ) -> None:
        """Fill every index from scratch (a casebook built in bulk)."""
        self.__init__()  # type: ignore[misc]
        for actor in actors:
            self.add_actor(actor)
        # The add_evidence steps inlined: this loop runs once per evidence of a loaded casebook.
        by_claim, by_article = self.evidence_by_claim, self.evidence_by_article
        owner: dict[QuoteKey, str] = {}
        for ev in evidence:
            ev_id = ev.id
            by_claim.setdefault(ev.claim, {})[ev_id] = ev
            by_article.setdefault(ev.article, {})[ev_id] = ev
            if not ev.orphaned:
                owner.setdefault(quote_key(ev), ev_id)
        self.quote_owner = owner
        for x in contradictions:
            self.add_contradiction(x)

    # ----------------------------------------------------------------- actors

    def add_actor(self, actor: Actor) -> None:
        """Index an actor under its name and aliases (the first actor to claim a name keeps it)."""
        for name in actor.names():
            self.actor_by_name.setdefault(name.casefold(), actor)

    # --------------------------------------------------------------- evidence

    def add_evidence(self, ev: Evidence) -> None:
        """Index a new piece of evidence."""
        self.evidence_by_claim.setdefault(ev.claim, {})[ev.id] = ev
        self.evidence_by_article.setdefault(ev.article, {})[ev.id] = ev
        if not ev.orphaned:
            self.quote_owner.setdefault(quote_key(ev), ev.id)

    def replace_evidence(self, old: Evidence, new: Evidence) -> None:
        """Re-index evidence whose segments moved or that was orphaned (same id, claim, article)."""
        self.evidence_by_claim[new.claim][new.id] = new
        self.evidence_by_article[new.article][new.id] = new
        if self.quote_owner.get(quote_key(old)) == old.id:
            del self.quote_owner[quote_key(old)]
        if not new.orphaned:
            self.quote_owner.setdefault(quote_key(new), new.id)

    def remove_evidence(self, ev: Evidence) -> None:
        """Drop a piece of evidence from the indexes."""
        for index, key in (
            (self.evidence_by_claim, ev.claim),
            (self.evidence_by_article, ev.article),
        ):
            group = index[key]
            del group[ev.id]
            if not group:
                del index[key]
        if self.quote_owner.get(quote_key(ev)) == ev.id:
            del self.quote_owner[quote_key(ev)]

    # --------------------------------------------------------- contradictions

    def add_contradiction(self, x: Contradiction) -> None:
        """Index a contradiction under both sides."""
        for side in (x.left, x.right):
            self.contradictions_of.setdefault((x.level, side), {})[x.id] = None

    def remove_contradiction(self, x: Contradiction) -> None:
        """Drop a contradiction from the indexes."""
        for side in (x.left, x.right):
            users = self.contradictions_of.get((x.level, side), {})
            users.pop(x.id, None)
            if not users:
                self.contradictions_of.pop((x.level, side), None)
