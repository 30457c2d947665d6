"""The casebook's records and indexes: filing and removing one record at a time, or all at once.

:class:`RecordStore` keeps the invariants *between* records (ids unique, no evidence or
contradiction pointing at nothing, no quote filed twice for one claim, actor names unique) and
the indexes that make those checks O(1). :class:`~claimtrack.Casebook` turns API arguments into
records and hands them here; it never touches the dicts itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from claimtrack.casebook.checks import Problem, find_problems, quote_key
from claimtrack.casebook.indexes import CasebookIndexes
from claimtrack.casebook.naming import IdMaker, check_new_id, listing, lookup
from claimtrack.casebook.quoting import reanchor_all
from claimtrack.errors import CasebookError, ValidationError
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    ContradictionLevel,
    Evidence,
    Source,
)
from claimtrack.quotes.forms import TextForms

__all__ = ["POOLS", "RecordStore"]

#: Record collections in document order: (name, record class, the field that is its key).
POOLS: tuple[tuple[str, type[Any], str], ...] = (
    ("articles", Article, "id"),
    ("actors", Actor, "name"),
    ("sources", Source, "name"),
    ("claims", Claim, "id"),
    ("evidence", Evidence, "id"),
    ("contradictions", Contradiction, "id"),
)


class RecordStore:
    """Six record dicts (insertion ordered, keyed by id or name) and their indexes."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.actors: dict[str, Actor] = {}
        self.sources: dict[str, Source] = {}
        self.claims: dict[str, Claim] = {}
        self.evidence: dict[str, Evidence] = {}
        self.contradictions: dict[str, Contradiction] = {}
        self._index: CasebookIndexes | None = CasebookIndexes()
        self.ids = IdMaker()
        # article id -> its text's normalised forms, for the casebook's life (dropped when the
        # article is replaced or removed): anchoring stays flat however many articles there are.
        self._forms: dict[str, TextForms] = {}

    def forms_of(self, article: Article) -> TextForms:
        """The normalised forms of ``article``'s text, made once and kept."""
        forms = self._forms.get(article.id)
        if forms is None or forms.text is not article.text:
            forms = self._forms[article.id] = TextForms(article.text)
        return forms

    @property
    def index(self) -> CasebookIndexes:
        """The look-up indexes; built in one pass on first use after a bulk build."""
        if self._index is None:
            # A loaded casebook that is only exported never needs them: load does not pay.
            index = CasebookIndexes()
            index.build(self.actors.values(), self.evidence.values(), self.contradictions.values())
            self._index = index
        return self._index

    @classmethod
    def from_records(
        cls, records: Mapping[str, Iterable[Any]], raw_not_kept: Collection[str] = ()
    ) -> RecordStore:
        """A store filled in one pass, then checked with the whole-book rules (ValidationError).

        Orphaned evidence is no reason to refuse a casebook: it is loaded, and listed by
        :meth:`problems`.
        """
        unknown = set(records) - {name for name, _, _ in POOLS}
        if unknown:
            raise CasebookError(f"from_records() got unknown record kind(s) {sorted(unknown)}")
        store = cls()
        for name, record_cls, key in POOLS:
            pool: dict[str, Any] = getattr(store, name)
            for record in records.get(name, ()):
                if not isinstance(record, record_cls):
                    raise CasebookError(
                        f"{name}: expected {record_cls.__name__} records, "
                        f"got {type(record).__name__}"
                    )
                check_new_id(name, getattr(record, key), pool)
                pool[getattr(record, key)] = record
        problems = [p for p in store.problems(raw_not_kept) if p.blocking]
        if problems:
            raise ValidationError([p.message for p in problems], details=problems)
        store._index = None  # built on first use
        return store

    def problems(self, raw_not_kept: Collection[str] = ()) -> list[Problem]:
        """Every problem found by the whole-book rules."""
        return find_problems(
            self.articles,
            self.actors,
            self.claims,
            self.evidence,
            self.contradictions,
            raw_not_kept=raw_not_kept,
        )

    def state(self) -> tuple[Any, ...]:
        """Every record, in order: what equality of two casebooks compares."""
        return tuple(list(getattr(self, name).items()) for name, _, _ in POOLS)

    # ----------------------------------------------------------------- filing

    def file_article(self, article: Article) -> None:
        """Add a new article."""
        check_new_id("article", article.id, self.articles)
        self.articles[article.id] = article

    def file_actor(self, actor: Actor) -> None:
        """Add a new actor whose name and aliases belong to no other actor."""
        check_new_id("actor", actor.name, self.actors)
        for alias in actor.names():
            other = self.index.actor_by_name.get(alias.casefold())
            if other is not None:
                raise CasebookError(f"actor name {alias!r} already belongs to actor {other.name!r}")
        self.actors[actor.name] = actor
        self.index.add_actor(actor)

    def file_source(self, source: Source) -> None:
        """Add or replace a source's rating."""
        self.sources[source.name] = source

    def file_claim(self, claim: Claim, *, replace: bool = False) -> None:
        """Add a new claim, or (``replace``) put a changed version of one in its place."""
        if not replace:
            check_new_id("claim", claim.id, self.claims)
        self.claims[claim.id] = claim

    def file_evidence(self, evidence: Evidence) -> None:
        """Add new evidence (its claim and article exist; not a second copy of one quote)."""
        check_new_id("evidence", evidence.id, self.evidence)
        lookup("claim", evidence.claim, self.claims)
        lookup("article", evidence.article, self.articles)
        owner = self.index.quote_owner.get(quote_key(evidence))
        if owner is not None:
            other = self.evidence[owner]
            raise CasebookError(
                f"evidence {evidence.id!r}: this quote is already evidence {other.id!r} for "
                f"claim {other.claim!r} (stance {other.stance.value}); "
                f"remove_evidence({other.id!r}) first to change it"
            )
        self.evidence[evidence.id] = evidence
        self.index.add_evidence(evidence)

    def file_contradiction(self, x: Contradiction, *, replace: bool = False) -> None:
        """Add a new contradiction, or (``replace``) a reviewed version of one, same sides."""
        if replace:
            self.contradictions[x.id] = x
            return
        check_new_id("contradiction", x.id, self.contradictions)
        self.contradictions[x.id] = x
        self.index.add_contradiction(x)

    def contradiction_level(self, left: object, right: object) -> ContradictionLevel:
        """Whether ``left`` and ``right`` are two claims or two pieces of evidence, else refused."""
        sides = [x if isinstance(x, str) else "" for x in (left, right)]
        if all(x in self.claims for x in sides):
            return ContradictionLevel.CLAIMS
        if all(x in self.evidence for x in sides):
            return ContradictionLevel.EVIDENCE
        missing = [x for x in (left, right) if x not in sides or not self._known(x)]
        what = (
            f"{', '.join(repr(m) for m in missing)} is neither a claim nor an evidence id"
            if missing
            else "one is a claim and the other a piece of evidence"
        )
        raise CasebookError(
            f"contradiction {left!r} vs {right!r}: {what}; set two claims or two pieces of "
            f"evidence of this casebook against each other"
        )

    def _known(self, id: object) -> bool:
        return isinstance(id, str) and (id in self.claims or id in self.evidence)

    # --------------------------------------------------------------- removing

    def remove_evidence(self, id: str) -> Evidence:
        """Remove evidence no contradiction uses."""
        evidence: Evidence = lookup("evidence", id, self.evidence)
        self._refuse_if_used("evidence", evidence.id, ContradictionLevel.EVIDENCE)
        del self.evidence[evidence.id]
        self.index.remove_evidence(evidence)
        return evidence

    def remove_claim(self, id: str) -> Claim:
        """Remove a claim with no evidence, used by no contradiction."""
        claim: Claim = lookup("claim", id, self.claims)
        evidence = list(self.index.evidence_by_claim.get(claim.id, ()))
        if evidence:
            raise CasebookError(
                f"claim {id!r} still has evidence {listing(evidence)}; remove_evidence() it first"
            )
        self._refuse_if_used("claim", claim.id, ContradictionLevel.CLAIMS)
        del self.claims[claim.id]
        return claim

    def _refuse_if_used(self, kind: str, id: str, level: ContradictionLevel) -> None:
        users = list(self.index.contradictions_of.get((level, id), ()))
        if users:
            raise CasebookError(
                f"{kind} {id!r} is used by "
                f"{'contradiction' if len(users) == 1 else 'contradictions'} {listing(users)}; "
                f"remove_contradiction() {'it' if len(users) == 1 else 'them'} first"
            )

    def remove_contradiction(self, id: str) -> Contradiction:
        """Remove a contradiction."""
        contradiction: Contradiction = lookup("contradiction", id, self.contradictions)
        del self.contradictions[contradiction.id]
        self.index.remove_contradiction(contradiction)
        return contradiction

    def remove_article(self, id: str) -> Article:
        """Remove an article no evidence quotes."""
        article: Article = lookup("article", id, self.articles)
        evidence = list(self.index.evidence_by_article.get(article.id, ()))
        if evidence:
            raise CasebookError(
                f"article {id!r} is quoted by evidence {listing(evidence)}; "
                f"remove_evidence() it first"
            )
        del self.articles[article.id]
        self._forms.pop(article.id, None)
        return article

    def replace_article(self, article: Article) -> tuple[Evidence, ...]:
        """Put a new version of an article in place, re-anchoring its quotes or orphaning them."""
        lookup("article", article.id, self.articles)
        quoting = self.index.evidence_by_article.get(article.id, {})
        moved = reanchor_all(quoting.values(), article)
        self.articles[article.id] = article
        self._forms.pop(article.id, None)
        for ev_id, new in moved.items():
            self.index.replace_evidence(self.evidence[ev_id], new)
            self.evidence[ev_id] = new
        return tuple(moved.values())
