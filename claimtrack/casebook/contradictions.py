"""Contradictions derived from a casebook: the built-in detector and position changes (§2, §5).

Three ways a contradiction enters a casebook:

- *declared* by the analyst (:meth:`Casebook.add_contradiction`);
- *derived* from the evidence: a contested claim (:meth:`Casebook.is_contested`) or a
  :class:`PositionChange`, where one speaker's or one outlet's stance on a claim flips over time;
- *detected*: :func:`claimtrack.detect_contradictions` runs this module's built-in detector and
  every plugin's ``detect_contradictions`` hook, and returns *candidates*, which stay candidates
  until an analyst confirms, dismisses or explains them.

The built-in detector (:func:`builtin_candidates`) compares same-topic evidence pairs clause by
clause with :mod:`claimtrack.aids.statements`. Each candidate carries its reasons and both dates
side by side; a count mismatch between differently dated evidence is proposed as a likely
*temporal change* ("six members in 2022 vs seven in 2012 is time, not contradiction").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from claimtrack.aids.statements import (
    Analysis,
    Signal,
    _antonym_sides,
    analyse,
    compare_analyses,
)
from claimtrack.casebook.blocking import MAX_PARTNERS, candidate_pairs
from claimtrack.model import (
    Article,
    Contradiction,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Evidence,
    PartialDate,
    Stance,
)

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = ["BUILTIN_DETECTOR", "PositionChange", "builtin_candidates", "position_changes"]

#: The ``detected_by`` name of the built-in detector.
BUILTIN_DETECTOR = "claimtrack.builtin"

# ------------------------------------------------------------- built-in detector


def _dates_differ(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and b is not None and (a.end < b.start or b.end < a.start)


def _side(book: Casebook, ev: Evidence, date: PartialDate | None, source: str) -> str:
    when = f"{date} ({source})" if date is not None else "undated"
    who = f", {ev.speaker}" if ev.speaker else ""
    quote = ev.quote if len(ev.quote) <= 140 else ev.quote[:137] + "…"
    return f"{when} [{ev.article}{who}] “{quote}”"


def _candidate_id(left: str, right: str) -> str:
    text = f"cand-{left}--{right}"
    if len(text) <= 80:
        return text
    digest = hashlib.sha1(f"{left}\0{right}".encode()).hexdigest()[:10]
    return f"cand-{digest}"


def _same_topic(a: Evidence, b: Evidence, la: Analysis, lb: Analysis, min_shared: int) -> bool:
    if a.claim == b.claim:
        return True
    shared = la.stems & lb.stems
    return len(shared) >= min_shared and bool(shared - la.names - lb.names)


def builtin_candidates(
    casebook: Casebook, *, min_shared: int = 3, max_partners: int | None = MAX_PARTNERS
) -> list[Contradiction]:
    """The built-in detector: candidate contradictions between same-topic evidence pairs.

    Two pieces of evidence are on the same topic when they bear on the same claim, or share at
    least ``min_shared`` content words, one of them a common word rather than a name. Negation
    and antonym signals are ignored between evidence the analyst already put on the same side of
    the same claim; count and year mismatches are always proposed. The earlier-dated item is the
    ``left`` side. The casebook is not modified.

    ``max_partners`` caps the partners each evidence proposes for comparison, ranked (same claim
    first, then by shared rare words; see :mod:`claimtrack.casebook.blocking`), so detection
    grows linearly with the casebook; ``None`` compares every same-topic pair (quadratic when
    topics are large). Small casebooks get the same candidates either way.
    """
    items = list(casebook.evidence.values())
    analyses = [analyse(ev.quote) for ev in items]
    keys = [_signal_key(analysis) for analysis in analyses]

    def could_pair(i: int, j: int) -> bool:
        # Cheap: no clause pair of these two can raise a signal, or they are not on one topic.
        return _could_signal(keys[i], keys[j]) and _same_topic(
            items[i], items[j], analyses[i], analyses[j], min_shared
        )

    found: list[Contradiction] = []
    for i, j in candidate_pairs(items, analyses, could_pair, max_partners):
        candidate = _compare_evidence(
            casebook, items[i], items[j], analyses[i], analyses[j], min_shared
        )
        if candidate is not None:
            found.append(candidate)
    return found


_Key = tuple[bool, bool, frozenset[str], bool, bool]


def _signal_key(analysis: Analysis) -> _Key:
    """What a text could signal with: negated and plain clauses, antonym pairs, years, counts."""
    return (
        any(c.negation for c in analysis.clauses),
        any(not c.negation for c in analysis.clauses),
        frozenset(name for c in analysis.clauses for name in _antonym_sides(c)),
        any(c.years for c in analysis.clauses),
        any(c.quantities for c in analysis.clauses),
    )


def _could_signal(ka: _Key, kb: _Key) -> bool:
    """False when no clause pair can raise a signal, so the pair is never compared in full.

    Every signal needs one of: a negated clause facing a plain one, an antonym pair on both
    sides, years on both sides, counts on both sides (see ``_clause_signals``).
    """
    na, pa, aa, ya, qa = ka
    nb, pb, ab, yb, qb = kb
    return (na and pb) or (nb and pa) or bool(aa & ab) or (ya and yb) or (qa and qb)


def _compare_evidence(
    book: Casebook, a: Evidence, b: Evidence, la: Analysis, lb: Analysis, min_shared: int
) -> Contradiction | None:
    if a.orphaned or b.orphaned:
        return None  # an orphaned quote is not verified: nothing is read into it
    if a.article == b.article and a.start < b.end and b.start < a.end:
        return None  # overlapping quotes of one passage
    if not _same_topic(a, b, la, lb, min_shared):
        return None
    da, db = book.date_of(a), book.date_of(b)
    if (
        da[0] is not None
        and db[0] is not None
        and (db[0].start, db[0].end)
        < (
            da[0].start,
            da[0].end,
        )
    ):
        a, b, la, lb, da, db = b, a, lb, la, db, da  # the earlier-dated side on the left
    signals = compare_analyses(la, lb)
    if a.claim == b.claim and a.stance is b.stance and a.stance is not Stance.NEUTRAL:
        # The analyst already put both on the same side: only facts (counts, years) can clash.
        signals = tuple(s for s in signals if s.kind in ("number", "year"))
    if not signals:
        return None
    return _candidate(book, a, b, signals, da, db)


def _candidate(
    book: Casebook,
    a: Evidence,
    b: Evidence,
    signals: Sequence[Signal],
    date_a: tuple[PartialDate | None, str],
    date_b: tuple[PartialDate | None, str],
) -> Contradiction:
    kinds = {s.kind for s in signals}
    differ = _dates_differ(date_a[0], date_b[0])
    reasons = [s.reason for s in signals]
    if "negation" in kinds:
        kind = ContradictionKind.CONTRADICTORY
    elif "antonym" in kinds:
        kind = ContradictionKind.CONTRARY
    elif "number" in kinds and differ:
        kind = ContradictionKind.TEMPORAL_CHANGE
    else:
        kind = ContradictionKind.NUMERIC
    if differ:
        when = f"{date_a[0]} vs {date_b[0]}"
        if kind is ContradictionKind.TEMPORAL_CHANGE:
            reasons.append(f"dates differ ({when}): likely a change over time, not a contradiction")
        elif kinds == {"year"}:
            reasons.append(f"dates differ ({when}), but the year of one event should not change")
        else:
            reasons.append(f"dates differ ({when}): may be a change over time")
    elif date_a[0] is None or date_b[0] is None:
        reasons.append("at least one side is undated: cannot tell a change over time")
    rationale = f"{_side(book, a, *date_a)} vs {_side(book, b, *date_b)}"
    return Contradiction(
        id=_candidate_id(a.id, b.id),
        level=ContradictionLevel.EVIDENCE,
        left=a.id,
        right=b.id,
        kind=kind,
        status=ContradictionStatus.CANDIDATE,
        rationale=rationale,
        detected_by=BUILTIN_DETECTOR,
        reasons=tuple(reasons),
    )


# ------------------------------------------------------------- position changes


@frozen
class PositionChange:
    """One speaker's or one outlet's stance on a claim flipping between two dates."""

    claim: str
    holder: str
    holder_kind: str  # "speaker" or "outlet"
    before: Evidence
    after: Evidence
    before_date: PartialDate
    after_date: PartialDate

    def describe(self) -> str:
        """One line: who, the claim, and the two stances with their dates side by side."""
        return (
            f"{self.holder} ({self.holder_kind}) on {self.claim!r}: "
            f"{self.before.stance.value} in {self.before_date} [{self.before.id}] → "
            f"{self.after.stance.value} in {self.after_date} [{self.after.id}]"
        )


def _outlet_voice(casebook: Casebook, ev: Evidence, article: Article) -> bool:
    """True when the evidence is the outlet's own voice, not someone it quotes.

    That is: no speaker, a speaker who is one of the article's authors, or a speaker named after
    or affiliated with the publisher ("Belarus in Focus analysts").
    """
    if not ev.speaker:
        return True
    actor = casebook.actor(ev.speaker)
    names = {n.casefold() for n in (actor.names() if actor else (ev.speaker,))}
    if names & {a.casefold() for a in article.authors}:
        return True
    publisher = (article.publisher or "").casefold()
    labels = [*names, (actor.affiliation or "").casefold() if actor else ""]
    return bool(publisher) and any(publisher in label for label in labels)


def position_changes(casebook: Casebook, claim: str | None = None) -> tuple[PositionChange, ...]:
    """Where one speaker or one outlet supports a claim at one time and refutes it at another.

    Evidence is grouped by speaker (aliases of one actor together) and by the publisher of its
    article (only the outlet's own voice: its authors, not the people it quotes). Within a group,
    dated supporting/refuting evidence is sorted by date, and a flip from the latest stance
    strictly before a date (overlapping dates are not "before") is reported with both dates.
    Neutral and undated evidence is left out: a flip needs a before and an after.
    """
    claims = [claim] if claim is not None else list(casebook.claims)
    changes: list[PositionChange] = []
    for claim_id in claims:
        groups: dict[tuple[str, str], list[tuple[PartialDate, Evidence]]] = {}
        for ev in casebook.evidence_for(claim_id):
            if ev.stance is Stance.NEUTRAL:
                continue
            date, _ = casebook.date_of(ev)
            if date is None:
                continue
            if ev.speaker:
                actor = casebook.actor(ev.speaker)
                groups.setdefault(("speaker", actor.name if actor else ev.speaker), []).append(
                    (date, ev)
                )
            article = casebook.articles.get(ev.article)
            if article is not None and article.publisher and _outlet_voice(casebook, ev, article):
                groups.setdefault(("outlet", article.publisher), []).append((date, ev))
        for (kind, holder), dated in groups.items():
            dated.sort(key=lambda item: (item[0].start, item[0].end))
            changes.extend(_flips(claim_id, holder, kind, dated))
    return tuple(changes)


def _flips(
    claim_id: str, holder: str, kind: str, dated: list[tuple[PartialDate, Evidence]]
) -> list[PositionChange]:
    """Stance flips in one holder's date-sorted evidence, in n log n rather than n².

    For each item the reference is the latest (in sort order) earlier item that ends strictly
    before it starts. Starts only grow along the sorted list, so an item that once ended before
    a start stays "before" every later one: a heap of pending ends releases items as the start
    passes them, and the largest released index is the reference.
    """
    flips: list[PositionChange] = []
    reported: set[str] = set()
    pending: list[tuple[dt.date, int]] = []  # (end, index) of items not yet strictly before
    latest = -1
    for j, (d2, e2) in enumerate(dated):
        while pending and pending[0][0] < d2.start:
            latest = max(latest, heapq.heappop(pending)[1])
        heapq.heappush(pending, (d2.end, j))
        if latest < 0:
            continue
        d1, e1 = dated[latest]
        if e1.stance is not e2.stance and e1.id not in reported:
            reported.add(e1.id)
            flips.append(PositionChange(claim_id, holder, kind, e1, e2, d1, d2))
    return flips
