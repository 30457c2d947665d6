"""The casebook: one case's articles, actors, sources, claims, evidence and contradictions.

Adding anything validates it at once and either adds it whole or raises without changing the
casebook. :meth:`Casebook.validate` re-checks everything and reports every problem in one error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from claimtrack.casebook.checks import casebook_problems, quote_key
from claimtrack.casebook.indexes import CountingDict, DerivedIndexes
from claimtrack.errors import CasebookError, ValidationError
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Confidence,
    Contradiction,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Source,
    Stance,
)
from claimtrack.quotes.anchoring import locate_quote, reanchor

if TYPE_CHECKING:
    from claimtrack.aids.suggest import Suggestion
    from claimtrack.casebook.contradictions import PositionChange

__all__ = ["Casebook", "TimelineEntry", "slugify"]

_KEEP: Any = object()  # "argument not given": lets assess() tell "leave as is" from "clear"

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


def slugify(text: str, max_length: int = 48) -> str:
    """A lowercase ASCII slug of ``text``: ``"Minsk wants…"`` → ``"minsk-wants"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "item"


@frozen
class TimelineEntry:
    """One evidence item on a claim's timeline; ``date`` is the said date, else the article's."""

    date: PartialDate | None
    evidence: Evidence
    date_source: str  # "said", "published" or "unknown"


def _listing(ids: list[str], limit: int = 8) -> str:
    """``'a', 'b' and 3 more``: ids named in an error message, not all of a huge list."""
    shown = ", ".join(repr(i) for i in ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


class Casebook:
    """The whole case. Build it from a :class:`~claimtrack.Corpus` (or articles) and add to it."""

    def __init__(
        self,
        articles: Iterable[Article] | Mapping[str, Article] | None = None,
        *,
        title: str = "",
        bottom_line: str = "",
        author: str = "",
    ) -> None:
        self.title = title
        self.bottom_line = bottom_line
        self.author = author
        self.articles: dict[str, Article] = CountingDict()
        self.actors: dict[str, Actor] = CountingDict()
        self.sources: dict[str, Source] = CountingDict()
        self.claims: dict[str, Claim] = CountingDict()
        self.evidence: dict[str, Evidence] = CountingDict()
        self.contradictions: dict[str, Contradiction] = CountingDict()
        # Derived look-ups (evidence by claim, actors by name), rebuilt when their dict changed.
        self._indexes = DerivedIndexes()
        # Private look-ups that keep adding 100k evidence linear. Both are only hints: they are
        # checked against the public dicts (which callers may fill directly) before being trusted.
        self._id_counters: dict[str, int] = {}
        self._quote_index: dict[tuple[str, str, int, int], str] = {}
        if articles is not None:
            values = articles.values() if isinstance(articles, Mapping) else articles
            for article in values:
                self.add_article(article)

    # ----------------------------------------------------------------- adding

    def add_article(self, article: Article) -> Article:
        """Add an article; its id must be new."""
        if not isinstance(article, Article):
            raise CasebookError(f"expected an Article, got {type(article).__name__}")
        self._check_new_id("article", article.id, self.articles)
        self.articles[article.id] = article
        return article

    def add_actor(
        self,
        name: str,
        *,
        aliases: Iterable[str] = (),
        roles: Iterable[Any] = (),
        affiliation: str | None = None,
        reliability: Reliability | str | None = None,
    ) -> Actor:
        """Add a speaker or claimant. ``roles`` may be Role objects or plain titles."""
        from claimtrack.model import Role

        role_objs = tuple(r if isinstance(r, Role) else Role(str(r)) for r in roles)
        actor = self._build(
            "actor",
            name,
            Actor,
            name=name,
            aliases=tuple(aliases),
            roles=role_objs,
            affiliation=affiliation,
            reliability=reliability,
        )
        self._check_new_id("actor", actor.name, self.actors)
        for alias in actor.names():
            other = self.actor(alias)
            if other is not None:
                raise CasebookError(f"actor name {alias!r} already belongs to actor {other.name!r}")
        self.actors[actor.name] = actor
        return actor

    def rate_source(
        self, name: str, reliability: Reliability | str, *, url: str | None = None, notes: str = ""
    ) -> Source:
        """Set a publisher's Admiralty reliability (A–F); rating it again replaces the grade."""
        source = self._build(
            "source", name, Source, name=name, reliability=reliability, url=url, notes=notes
        )
        self.sources[source.name] = source
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
        if id is None and isinstance(statement, str) and statement.strip():
            id = self._unique_id(slugify(statement), self.claims)
        label = id or "(new claim)"
        self._check_slug("claim", id)
        claim = self._build(
            "claim",
            label,
            Claim,
            id=id,
            statement=statement,
            claimant=claimant,
            tags=tuple(tags),
            notes=notes,
            likelihood=likelihood,
            confidence=confidence,
        )
        self._check_new_id("claim", claim.id, self.claims)
        self.claims[claim.id] = claim
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
        current = self._get("claim", claim, self.claims)
        changes = {
            name: value
            for name, value in (("likelihood", likelihood), ("confidence", confidence))
            if value is not _KEEP
        }
        updated = self._evolve("claim", claim, current, **changes)
        self.claims[claim] = updated
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
    ) -> Evidence:
        """Add a quote as evidence for or against ``claim``, verified against the article text.

        Raises :class:`~claimtrack.QuoteNotFound` (with the closest passages) when the quote is not
        in the article, and :class:`~claimtrack.AmbiguousQuote` when it is there more than once and
        neither ``prefix``/``suffix`` nor ``occurrence`` says which.
        """
        self._get("claim", claim, self.claims)
        art = self._get("article", article, self.articles)
        if id is None:
            id = self._unique_id(f"{claim}-e1", self.evidence)
        self._check_slug("evidence", id)
        self._check_new_id("evidence", id, self.evidence)
        selector = locate_quote(
            art.text,
            quote,
            prefix=prefix,
            suffix=suffix,
            occurrence=occurrence,
            article_id=art.id,
        )
        other = self._same_quote((claim, article, selector.start, selector.end))
        if other is not None:
            raise CasebookError(
                f"evidence {id!r}: this quote is already evidence {other.id!r} for claim "
                f"{claim!r} (stance {other.stance.value}); remove_evidence({other.id!r}) first "
                f"to change it"
            )
        evidence = self._build(
            "evidence",
            id,
            Evidence,
            id=id,
            claim=claim,
            article=article,
            selector=selector,
            stance=stance,
            speaker=speaker,
            said_on=said_on,
            credibility=credibility,
            notes=notes,
        )
        self.evidence[evidence.id] = evidence
        self._quote_index[quote_key(evidence)] = evidence.id
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
        if left in self.claims and right in self.claims:
            level = ContradictionLevel.CLAIMS
        elif left in self.evidence and right in self.evidence:
            level = ContradictionLevel.EVIDENCE
        else:
            missing = [x for x in (left, right) if x not in self.claims and x not in self.evidence]
            what = (
                f"{', '.join(repr(m) for m in missing)} is neither a claim nor an evidence id"
                if missing
                else "one is a claim and the other a piece of evidence"
            )
            raise CasebookError(
                f"contradiction {left!r} vs {right!r}: {what}; set two claims or two pieces of "
                f"evidence of this casebook against each other"
            )
        if id is None:
            id = self._unique_id(f"x-{left}-{right}"[:60], self.contradictions)
        self._check_slug("contradiction", id)
        self._check_new_id("contradiction", id, self.contradictions)
        contradiction = self._build(
            "contradiction",
            id,
            Contradiction,
            id=id,
            level=level,
            left=left,
            right=right,
            kind=kind,
            status=status,
            rationale=rationale,
            resolution=resolution,
            detected_by=detected_by,
            reasons=tuple(reasons),
        )
        self.contradictions[contradiction.id] = contradiction
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
        current = self._get("contradiction", id, self.contradictions)
        changes: dict[str, Any] = {"status": status}
        if resolution is not None:
            changes["resolution"] = resolution
        if rationale is not None:
            changes["rationale"] = rationale
        updated = self._evolve("contradiction", id, current, **changes)
        self.contradictions[id] = updated
        return updated

    # --------------------------------------------------------- removing, changing

    def remove_evidence(self, id: str) -> Evidence:
        """Remove a piece of evidence; refused while a contradiction refers to it."""
        evidence = self._get("evidence", id, self.evidence)
        users = [x.id for x in self.contradictions.values() if id in (x.left, x.right)]
        if users:
            raise CasebookError(
                f"evidence {id!r} is used by contradiction(s) {_listing(users)}; "
                f"remove_contradiction() them first"
            )
        del self.evidence[id]
        if self._quote_index.get(quote_key(evidence)) == id:
            del self._quote_index[quote_key(evidence)]
        return evidence

    def remove_claim(self, id: str) -> Claim:
        """Remove a claim; refused while evidence or a contradiction refers to it."""
        claim = self._get("claim", id, self.claims)
        evidence = [e.id for e in self._evidence_by_claim().get(id, ())]
        if evidence:
            raise CasebookError(
                f"claim {id!r} still has evidence {_listing(evidence)}; remove_evidence() it first"
            )
        users = [
            x.id
            for x in self.contradictions.values()
            if x.level is ContradictionLevel.CLAIMS and id in (x.left, x.right)
        ]
        if users:
            raise CasebookError(
                f"claim {id!r} is used by contradiction(s) {_listing(users)}; "
                f"remove_contradiction() them first"
            )
        del self.claims[id]
        return claim

    def remove_contradiction(self, id: str) -> Contradiction:
        """Remove a contradiction; to record that it was rejected, use review_contradiction()."""
        contradiction = self._get("contradiction", id, self.contradictions)
        del self.contradictions[id]
        return contradiction

    def remove_article(self, id: str) -> Article:
        """Remove an article; refused while evidence quotes it."""
        article = self._get("article", id, self.articles)
        evidence = [e.id for e in self.evidence.values() if e.article == id]
        if evidence:
            raise CasebookError(
                f"article {id!r} is quoted by evidence {_listing(evidence)}; "
                f"remove_evidence() it first"
            )
        del self.articles[id]
        return article

    def replace_article(self, article: Article) -> tuple[Evidence, ...]:
        """Put a new version of an article in place and re-anchor the evidence quoting it.

        Each quote is re-anchored from its exact text and stored context (never moved to a
        look-alike). When any quote is orphaned (its text is gone or can no longer be told apart),
        nothing changes and :class:`~claimtrack.CasebookError` names every orphaned evidence id.
        Returns the re-anchored evidence.
        """
        if not isinstance(article, Article):
            raise CasebookError(f"expected an Article, got {type(article).__name__}")
        self._get("article", article.id, self.articles)
        moved: dict[str, Evidence] = {}
        orphans: list[str] = []
        for ev in self.evidence.values():
            if ev.article != article.id:
                continue
            selector = reanchor(ev.selector, article.text, article_id=article.id)
            if selector is None:
                orphans.append(f"{ev.id} ({ev.selector.exact[:40]!r})")
            else:
                moved[ev.id] = attrs.evolve(ev, selector=selector)
        if orphans:
            raise CasebookError(
                f"the new text of article {article.id!r} orphans evidence {', '.join(orphans)}; "
                f"nothing was changed: remove_evidence() those or fix the article text"
            )
        self.articles[article.id] = article
        self.evidence.update(moved)
        self._quote_index = {}  # rebuilt on next use: the moved quotes have new offsets
        return tuple(moved.values())

    # ---------------------------------------------------------------- queries

    def actor(self, name: str | None) -> Actor | None:
        """The actor with this name or alias (case-insensitive), or None."""
        if not name:
            return None
        return self._actors_by_name().get(name.casefold())

    def _actors_by_name(self) -> dict[str, Actor]:
        def build() -> dict[str, Actor]:
            found: dict[str, Actor] = {}
            for actor in self.actors.values():
                for alias in actor.names():
                    found.setdefault(alias.casefold(), actor)
            return found

        return self._indexes.get("actors", self.actors, build)

    def _evidence_by_claim(self) -> dict[str, tuple[Evidence, ...]]:
        def build() -> dict[str, tuple[Evidence, ...]]:
            grouped: dict[str, list[Evidence]] = {}
            for evidence in self.evidence.values():
                grouped.setdefault(evidence.claim, []).append(evidence)
            return {claim: tuple(items) for claim, items in grouped.items()}

        return self._indexes.get("evidence", self.evidence, build)

    def evidence_for(self, claim: str, stance: Stance | str | None = None) -> tuple[Evidence, ...]:
        """The claim's evidence in insertion order, optionally only one stance."""
        self._get("claim", claim, self.claims)
        items = self._evidence_by_claim().get(claim, ())
        if stance is None:
            return items
        wanted = Stance(stance)
        return tuple(e for e in items if e.stance is wanted)

    def is_contested(self, claim: str) -> bool:
        """Supported and refuted by evidence from different articles or different speakers."""
        sides: dict[Stance, set[tuple[str, str]]] = {Stance.SUPPORTS: set(), Stance.REFUTES: set()}
        for e in self.evidence_for(claim):
            if e.stance in sides:
                sides[e.stance].add((e.article, e.speaker or ""))
        sup, ref = sides[Stance.SUPPORTS], sides[Stance.REFUTES]
        # Some pair differs unless both sides are the one same (article, speaker).
        return bool(sup) and bool(ref) and not (len(sup) == 1 and sup == ref)

    def contested_claims(self) -> tuple[Claim, ...]:
        """Every contested claim, in insertion order."""
        return tuple(c for c in self.claims.values() if self.is_contested(c.id))

    def date_of(self, evidence: Evidence) -> tuple[PartialDate | None, str]:
        """The date evidence speaks for: the said date, else the article's publication date."""
        if evidence.said_on is not None:
            return evidence.said_on, "said"
        article = self.articles.get(evidence.article)
        if article is not None and article.published is not None:
            return article.published, "published"
        return None, "unknown"

    def timeline(self, claim: str) -> tuple[TimelineEntry, ...]:
        """The claim's evidence in date order; undated evidence last, in insertion order."""
        entries = []
        for evidence in self.evidence_for(claim):
            date, date_source = self.date_of(evidence)
            entries.append(TimelineEntry(date, evidence, date_source))
        dated = [e for e in entries if e.date is not None]
        dated.sort(key=lambda e: (e.date.start, e.date.end))  # type: ignore[union-attr]
        return tuple(dated + [e for e in entries if e.date is None])

    def evidence_by_speaker(self, name: str) -> tuple[Evidence, ...]:
        """Evidence whose speaker is ``name`` or one of the same actor's aliases."""
        actor = self.actor(name)
        names = {n.casefold() for n in (actor.names() if actor else (name,))}
        return tuple(e for e in self.evidence.values() if (e.speaker or "").casefold() in names)

    def position_changes(self, claim: str | None = None) -> tuple[PositionChange, ...]:
        """Where one speaker's or outlet's stance on a claim flips over time.

        Returns :class:`claimtrack.PositionChange` objects; see
        :func:`claimtrack.casebook.contradictions.position_changes`.
        """
        from claimtrack.casebook.contradictions import (
            position_changes,  # that module imports this one
        )

        if claim is not None:
            self._get("claim", claim, self.claims)
        return position_changes(self, claim)

    def suggest_evidence(self, claim: str, k: int = 10) -> tuple[Suggestion, ...]:
        """Sentences of this casebook's articles that may bear on ``claim``, best first (BM25).

        Sentences already quoted as evidence for the claim are left out. Turn one into evidence
        with ``suggestion.accept(book, claim, stance)``; see :mod:`claimtrack.aids.suggest`.
        """
        from claimtrack.aids.suggest import suggest_for_claim  # bm25s/numpy load only when asked

        self._get("claim", claim, self.claims)
        return suggest_for_claim(self, claim, k)

    def grade(self, evidence: Evidence) -> str:
        """Admiralty grade such as ``"B2"``: the speaker's reliability if rated, else outlet's."""
        reliability = self.reliability_of(evidence)
        return f"{reliability.value}{int(evidence.credibility)}"

    def reliability_of(self, evidence: Evidence) -> Reliability:
        """Reliability behind a piece of evidence; F (cannot be judged) when nobody rated it."""
        actor = self.actor(evidence.speaker)
        if actor is not None and actor.reliability is not None:
            return actor.reliability
        article = self.articles.get(evidence.article)
        if article is not None and article.publisher in self.sources:
            return self.sources[article.publisher].reliability
        return Reliability.F

    # ------------------------------------------------------------- validation

    def problems(self) -> list[str]:
        """Every problem in the casebook, one readable line each (empty when all is well)."""
        return casebook_problems(self)

    def validate(self) -> None:
        """Raise :class:`~claimtrack.ValidationError` listing every problem, or return None."""
        found = self.problems()
        if found:
            raise ValidationError(found)

    # ---------------------------------------------------------------- helpers

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Casebook):
            return NotImplemented
        return self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]

    def _state(self) -> tuple[Any, ...]:
        return (
            self.title,
            self.bottom_line,
            self.author,
            list(self.articles.items()),
            list(self.actors.items()),
            list(self.sources.items()),
            list(self.claims.items()),
            list(self.evidence.items()),
            list(self.contradictions.items()),
        )

    def __repr__(self) -> str:
        return (
            f"<Casebook {self.title!r}: {len(self.articles)} articles, {len(self.claims)} claims, "
            f"{len(self.evidence)} evidence, {len(self.contradictions)} contradictions>"
        )

    @staticmethod
    def _check_new_id(kind: str, id: str, pool: Mapping[str, Any]) -> None:
        if id in pool:
            raise CasebookError(f"{kind} id {id!r} is already used; choose another id")

    @staticmethod
    def _check_slug(kind: str, id: str | None) -> None:
        if id is not None and (not isinstance(id, str) or not _SLUG.match(id)):
            raise CasebookError(
                f"{kind} id {id!r} is not a valid id; use letters, digits, '.', '_', ':' or '-' "
                f"and start with a letter or digit"
            )

    @staticmethod
    def _get(kind: str, id: str, pool: Mapping[str, Any]) -> Any:
        try:
            return pool[id]
        except (KeyError, TypeError):
            pass
        close = get_close_matches(str(id), [str(k) for k in pool], n=3) if pool else []
        if close:
            hint = f"did you mean {' or '.join(repr(c) for c in close)}?"
        elif pool:
            hint = f"known: {_listing(list(pool))}"
        else:
            hint = f"this casebook has no {kind} yet; add it first"
        raise CasebookError(f"{kind} {id!r} does not exist; {hint}")

    def _unique_id(self, base: str, pool: Mapping[str, Any]) -> str:
        if base not in pool:
            return base
        stem = re.sub(r"\d+$", "", base) if base[-1:].isdigit() else base + "-"
        # Start after the last number handed out for this stem, so ids stay O(1) to make.
        n = max(2, self._id_counters.get(stem, 2))
        while f"{stem}{n}" in pool:
            n += 1
        self._id_counters[stem] = n + 1
        return f"{stem}{n}"

    def _same_quote(self, key: tuple[str, str, int, int]) -> Evidence | None:
        """Evidence already quoting the same span for the same claim, if any."""
        if len(self._quote_index) != len(self.evidence):
            self._quote_index = {quote_key(e): e.id for e in self.evidence.values()}
        found = self.evidence.get(self._quote_index.get(key, ""))
        if found is not None and quote_key(found) == key:
            return found
        return None

    @staticmethod
    def _build(kind: str, label: str | None, cls: type[Any], /, **kwargs: Any) -> Any:
        try:
            return cls(**kwargs)
        except (TypeError, ValueError) as exc:
            raise CasebookError(f"{kind} {label!r}: {exc}") from None

    @staticmethod
    def _evolve(kind: str, label: str, obj: Any, /, **changes: Any) -> Any:
        try:
            return attrs.evolve(obj, **changes)
        except (TypeError, ValueError) as exc:
            raise CasebookError(f"{kind} {label!r}: {exc}") from None
