"""The casebook: one case's articles, actors, sources, claims, evidence and contradictions.

The casebook is closed: its records are read-only views, changed only through its methods. Adding
anything validates it at once, whole or not at all; the indexes follow every change (they live
in :mod:`~claimtrack.casebook.store`). :meth:`Casebook.from_records` builds a whole casebook in
one checked pass (the JSON reader's path).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from claimtrack.casebook import queries
from claimtrack.casebook.access import Text, View, build, evolve
from claimtrack.casebook.locking import ThreadShared, under_lock
from claimtrack.casebook.naming import check_new_id, check_slug, lookup, slugify
from claimtrack.casebook.queries import TimelineEntry
from claimtrack.casebook.quoting import anchor_quote
from claimtrack.casebook.store import RecordStore
from claimtrack.errors import CasebookError, ValidationError
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Confidence,
    Contradiction,
    ContradictionKind,
    ContradictionStatus,
    Credibility,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Role,
    Source,
    Stance,
)

if TYPE_CHECKING:
    from claimtrack.casebook.contradictions import PositionChange

__all__ = ["Casebook", "TimelineEntry", "slugify"]

_KEEP: Any = object()  # "argument not given": lets assess() tell "leave as is" from "clear"


@under_lock
class Casebook(ThreadShared):
    """The whole case. Build it from a :class:`~claimtrack.Corpus` (or articles) and add to it.

    Threads may share a casebook: each call is atomic (docs/reliability.md, "Threads").
    """

    articles = View()
    actors = View()
    sources = View()
    claims = View()
    evidence = View()
    contradictions = View()
    title = Text()
    bottom_line = Text()
    author = Text()

    def __init__(
        self,
        articles: Iterable[Article] | Mapping[str, Article] | None = None,
        *,
        title: str = "",
        bottom_line: str = "",
        author: str = "",
    ) -> None:
        self._make_lock()
        self.title, self.bottom_line, self.author = title, bottom_line, author
        self._records = RecordStore()
        self._source_path: str | None = None
        if articles is not None:
            values = articles.values() if isinstance(articles, Mapping) else articles
            for article in values:
                self.add_article(article)

    @classmethod
    def from_records(
        cls,
        *,
        title: str = "",
        bottom_line: str = "",
        author: str = "",
        source_path: str | os.PathLike[str] | None = None,
        raw_not_kept: Iterable[str] = (),
        **records: Iterable[Any],
    ) -> Casebook:
        """A whole casebook at once: ``articles=``, ``actors=``, ``sources=``, ``claims=``,
        ``evidence=``, ``contradictions=`` (iterables of model records), checked in one pass.

        The trusted bulk path (the JSON reader's): no per-record anchoring, but every quote is
        verified at its offsets and every :meth:`validate` rule applied (ValidationError lists
        every problem; ``.details`` says where). ``source_path``: the file read (exports refuse
        to overwrite it); ``raw_not_kept``: articles stored without their raw copy.
        """
        book = cls(title=title, bottom_line=bottom_line, author=author)
        book._records = RecordStore.from_records(records, frozenset(raw_not_kept))
        book._source_path = None if source_path is None else os.fspath(source_path)
        return book

    @property
    def source_path(self) -> str | None:
        """The file this casebook was loaded from (never overwritten by an export), or None."""
        return self._source_path

    # ----------------------------------------------------------------- adding

    def add_article(self, article: Article) -> Article:
        """Add an article; its id must be new."""
        if not isinstance(article, Article):
            raise CasebookError(f"expected an Article, got {type(article).__name__}")
        self._records.file_article(article)
        return article

    def add_actor(
        self,
        name: str,
        *,
        aliases: Iterable[str] = (),
        roles: Iterable[Role | str] = (),
        affiliation: str | None = None,
        reliability: Reliability | str | None = None,
    ) -> Actor:
        """Add a speaker or claimant. ``roles`` may be Role objects or plain titles."""
        actor = build(
            "actor", name, Actor, name=name, aliases=aliases, roles=roles,
            affiliation=affiliation, reliability=reliability,
        )  # fmt: skip
        self._records.file_actor(actor)
        return actor

    def rate_source(
        self, name: str, reliability: Reliability | str, *, url: str | None = None, notes: str = ""
    ) -> Source:
        """Set a publisher's Admiralty reliability (A–F); rating it again replaces the grade."""
        source = build(
            "source", name, Source, name=name, reliability=reliability, url=url, notes=notes
        )
        self._records.file_source(source)
        return source

    def add_claim(
        self,
        statement: str,
        *,
        id: str | None = None,
        claimant: str | None = None,
        tags: Iterable[str] = (),
        notes: str = "",
        likelihood: Likelihood | str | None = None,
        confidence: Confidence | str | None = None,
    ) -> Claim:
        """Add a claim. Without ``id`` a slug is made from the statement."""
        if not isinstance(statement, str) or not statement.strip():
            raise CasebookError(
                f"claim {id or '(new claim)'!r}: the statement is empty; "
                f"write the claim as one sentence"
            )
        if id is None:
            id = self._records.ids.unique(slugify(statement), self._records.claims)
        check_slug("claim", id)
        claim = build(
            "claim", id, Claim, id=id, statement=statement, claimant=claimant, tags=tags,
            notes=notes, likelihood=likelihood, confidence=confidence,
        )  # fmt: skip
        self._records.file_claim(claim)
        return claim

    def assess(
        self,
        claim: str,
        *,
        likelihood: Likelihood | str | None = _KEEP,
        confidence: Confidence | str | None = _KEEP,
    ) -> Claim:
        """Set a claim's ICD 203 likelihood and/or the analyst's confidence.

        An argument left out keeps its current value; pass None to clear it.
        """
        current = lookup("claim", claim, self._records.claims)
        changes = {
            name: value
            for name, value in (("likelihood", likelihood), ("confidence", confidence))
            if value is not _KEEP
        }
        updated = evolve("claim", claim, current, **changes)
        self._records.file_claim(updated, replace=True)
        return updated

    def add_evidence(
        self,
        claim: str,
        *,
        article: str,
        quote: str,
        stance: Stance | str,
        speaker: str | None = None,
        said_on: PartialDate | str | None = None,
        credibility: Credibility | int | str = Credibility.CANNOT_BE_JUDGED,
        notes: str = "",
        prefix: str = "",
        suffix: str = "",
        occurrence: int | None = None,
        id: str | None = None,
        allow_typo: bool = False,
    ) -> Evidence:
        """Add a quote as evidence for or against ``claim``, verified against the article text.

        Elisions (``…``, ``[...]``) and ``[insertions]`` are anchored segment by segment
        (docs/quoting.md). Raises :class:`~claimtrack.errors.QuoteNotFound` or
        :class:`~claimtrack.errors.AmbiguousQuote` (pass ``prefix``/``suffix`` or ``occurrence``);
        what was typed, when it differs, is kept in ``typed`` with the ``accepted`` differences.
        """
        records = self._records
        lookup("claim", claim, records.claims)
        art = lookup("article", article, records.articles)
        if id is None:
            id = records.ids.unique(f"{claim}-e1", records.evidence)
        check_slug("evidence", id)
        check_new_id("evidence", id, records.evidence)
        anchored = anchor_quote(art, quote, prefix=prefix, suffix=suffix, label=id,
            occurrence=occurrence, allow_typo=allow_typo, forms=records.forms_of(art))  # fmt: skip
        evidence = build(
            "evidence", id, Evidence, id=id, claim=claim, article=article, stance=stance,
            speaker=speaker, said_on=said_on, credibility=credibility, notes=notes, **anchored,
        )  # fmt: skip
        records.file_evidence(evidence)
        return evidence

    def add_contradiction(
        self,
        left: str,
        right: str,
        *,
        kind: ContradictionKind | str = ContradictionKind.OTHER,
        status: ContradictionStatus | str = ContradictionStatus.CONFIRMED,
        rationale: str = "",
        resolution: str = "",
        detected_by: str = "analyst",
        reasons: Iterable[str] = (),
        id: str | None = None,
    ) -> Contradiction:
        """Declare that two claims, or two pieces of evidence, disagree.

        An analyst's declaration is ``confirmed`` by default; detectors pass ``candidate``.
        """
        level = self._records.contradiction_level(left, right)
        if id is None:
            id = self._records.ids.unique(f"x-{left}-{right}"[:60], self._records.contradictions)
        check_slug("contradiction", id)
        check_new_id("contradiction", id, self._records.contradictions)
        contradiction = build(
            "contradiction", id, Contradiction, id=id, level=level, left=left, right=right,
            kind=kind, status=status, rationale=rationale, resolution=resolution,
            detected_by=detected_by, reasons=reasons,
        )  # fmt: skip
        self._records.file_contradiction(contradiction)
        return contradiction

    def review_contradiction(
        self,
        id: str,
        *,
        status: ContradictionStatus | str,
        resolution: str | None = None,
        rationale: str | None = None,
    ) -> Contradiction:
        """An analyst's verdict on a contradiction (confirm, dismiss, explain with a resolution)."""
        current = lookup("contradiction", id, self._records.contradictions)
        changes: dict[str, Any] = {"status": status}
        if resolution is not None:
            changes["resolution"] = resolution
        if rationale is not None:
            changes["rationale"] = rationale
        updated = evolve("contradiction", id, current, **changes)
        self._records.file_contradiction(updated, replace=True)
        return updated

    # --------------------------------------------------------- removing, changing

    def remove_evidence(self, id: str) -> Evidence:
        """Remove a piece of evidence; refused while a contradiction refers to it."""
        return self._records.remove_evidence(id)

    def remove_claim(self, id: str) -> Claim:
        """Remove a claim; refused while evidence or a contradiction refers to it."""
        return self._records.remove_claim(id)

    def remove_contradiction(self, id: str) -> Contradiction:
        """Remove a contradiction; to record that it was rejected, use review_contradiction()."""
        return self._records.remove_contradiction(id)

    def remove_article(self, id: str) -> Article:
        """Remove an article; refused while evidence quotes it."""
        return self._records.remove_article(id)

    def replace_article(self, article: Article) -> tuple[Evidence, ...]:
        """Put a new version of an article in place and re-anchor the evidence quoting it.

        Each quote is re-anchored from its exact text and stored context, never moved to a
        look-alike; one that cannot be is kept as it was, marked ``orphaned``, listed by
        :meth:`validate`. Returns the evidence quoting the article, re-anchored or orphaned.
        """
        if not isinstance(article, Article):
            raise CasebookError(f"expected an Article, got {type(article).__name__}")
        return self._records.replace_article(article)

    # ---------------------------------------------------------------- queries

    def actor(self, name: str | None) -> Actor | None:
        """The actor with this name or alias (case-insensitive), or None."""
        if not name or not isinstance(name, str):
            return None
        return self._records.index.actor_by_name.get(name.casefold())

    def evidence_for(self, claim: str, stance: Stance | str | None = None) -> tuple[Evidence, ...]:
        """The claim's evidence in insertion order, optionally only one stance."""
        lookup("claim", claim, self._records.claims)
        items = tuple(self._records.index.evidence_by_claim.get(claim, {}).values())
        if stance is None:
            return items
        wanted = build("stance", stance, Stance, stance)
        return tuple(e for e in items if e.stance is wanted)

    def is_contested(self, claim: str) -> bool:
        """Supported and refuted by evidence from different articles or different speakers."""
        return queries.is_contested(self.evidence_for(claim))

    def contested_claims(self) -> tuple[Claim, ...]:
        """Every contested claim, in insertion order."""
        return tuple(c for c in self._records.claims.values() if self.is_contested(c.id))

    def date_of(self, evidence: Evidence) -> tuple[PartialDate | None, str]:
        """The date evidence speaks for: the said date, else the article's publication date."""
        return queries.date_of(evidence, self._records.articles)

    def timeline(self, claim: str) -> tuple[TimelineEntry, ...]:
        """The claim's evidence in date order; undated evidence last, in insertion order."""
        return queries.timeline(self.evidence_for(claim), self._records.articles)

    def evidence_by_speaker(self, name: str) -> tuple[Evidence, ...]:
        """Evidence whose speaker is ``name`` or one of the same actor's aliases."""
        actor = self.actor(name)
        names = {n.casefold() for n in (actor.names() if actor else (str(name),))}
        return tuple(
            e for e in self._records.evidence.values() if (e.speaker or "").casefold() in names
        )

    def position_changes(self, claim: str | None = None) -> tuple[PositionChange, ...]:
        """Where one speaker's or outlet's stance on a claim flips over time (PositionChange
        objects of :mod:`~claimtrack.casebook.contradictions`, each with the two dated sides)."""
        from claimtrack.casebook.contradictions import position_changes  # imports this module

        if claim is not None:
            lookup("claim", claim, self._records.claims)
        return position_changes(self, claim)

    def grade(self, evidence: Evidence) -> str:
        """Admiralty grade such as ``"B2"``: the speaker's reliability if rated, else outlet's."""
        return f"{self.reliability_of(evidence).value}{int(evidence.credibility)}"

    def reliability_of(self, evidence: Evidence) -> Reliability:
        """Reliability behind a piece of evidence; F (cannot be judged) when nobody rated it."""
        return queries.reliability_of(
            evidence, self.actor, self._records.articles, self._records.sources
        )

    def problems(self) -> list[str]:
        """Every problem in the casebook, one readable line each (empty when all is well)."""
        return [p.message for p in self._records.problems()]

    def validate(self) -> None:
        """Raise :class:`~claimtrack.errors.ValidationError` listing every problem, if any."""
        found = self._records.problems()
        if found:
            raise ValidationError([p.message for p in found], details=found)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Casebook):
            return NotImplemented
        return self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]

    def _state(self) -> tuple[Any, ...]:
        # source_path is where this copy came from, not part of the case.
        return (self.title, self.bottom_line, self.author, *self._records.state())

    def __repr__(self) -> str:
        return (
            f"<Casebook {self.title!r}: {len(self.articles)} articles, {len(self.claims)} claims, "
            f"{len(self.evidence)} evidence, {len(self.contradictions)} contradictions>"
        )
