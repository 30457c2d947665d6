"""Contradictions that are derived from a casebook or proposed by a detector (DESIGN.md §2, §5).

Three ways a contradiction enters a casebook:

- *declared* by the analyst (:meth:`Casebook.add_contradiction`);
- *derived* from the evidence: a contested claim (:meth:`Casebook.is_contested`) or a
  :class:`PositionChange`, where one speaker's or one outlet's stance on a claim flips over time;
- *detected*: :func:`detect_contradictions` runs the built-in detector and every plugin's
  ``detect_contradictions`` hook and returns *candidates*, which stay candidates until an analyst
  confirms, dismisses or explains them with :meth:`Casebook.review_contradiction`.

The built-in detector (:func:`builtin_candidates`) compares same-topic evidence pairs clause by
clause with four cheap signals: negation parity, an antonym lexicon, count mismatches and year
mismatches. Each candidate carries its reasons and both dates side by side; a count mismatch
between differently dated evidence is proposed as a likely *temporal change* ("six members in 2022
vs seven in 2012 is time, not contradiction").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import frozen

from claimtrack.host.hookspecs import hookimpl
from claimtrack.model.records import (
    Article,
    Contradiction,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Evidence,
    PartialDate,
    Stance,
)
from claimtrack.text.lexicon import (
    ANTONYMS,
    COUNT_UNITS,
    NEGATOR_PHRASES,
    NEGATORS,
    NUMBER_WORDS,
    STOPWORDS,
    Token,
    tokenize,
)

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
    "BUILTIN_DETECTOR",
    "BuiltinDetector",
    "PositionChange",
    "Signal",
    "builtin_candidates",
    "builtin_detector",
    "compare_statements",
    "detect_contradictions",
    "position_changes",
]

#: The ``detected_by`` name of the built-in detector.
BUILTIN_DETECTOR = "claimtrack.builtin"

# ------------------------------------------------------------------ text analysis

# A sentence ends at . ! ? … followed by space and a capital, digit or opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])")
# Clause breaks: ; : spaced dashes, and a comma or space before a contrasting or relative word.
# A negation in one clause says nothing about the predicate of another ("…, but he did not…").
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+|\s+[–—-]\s+|\.\.\.|…"
    r"|,?\s+(?=(?:but|whereas|although|though|however|while|yet|which|who)\b)",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    r"\s*(?:and\s+|but\s+)?(?:although|though|while|whereas|if|because|when|since|despite|"
    r"unless|even though)\b",
    re.IGNORECASE,
)
#: How many words after a negating cue it governs.
_NEGATION_SCOPE = 4
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER = re.compile(r"^\$?(\d+(?:,\d{3})*(?:\.\d+)?)(%?)$")


@frozen
class Signal:
    """One reason two statements may disagree: ``kind`` is negation, antonym, number or year."""

    kind: str
    reason: str


@frozen
class _Quantity:
    value: float
    unit: str
    phrase: str


@frozen
class _Clause:
    text: str
    stems: frozenset[str]
    negation: str | None
    negation_scope: frozenset[str]
    years: frozenset[int]
    quantities: tuple[_Quantity, ...]
    words: dict[str, str]  # stem -> first surface form, for readable reasons


@frozen
class _Analysis:
    clauses: tuple[_Clause, ...]
    stems: frozenset[str]
    names: frozenset[str]


def _is_content(token: Token) -> bool:
    low = token.text.lower().replace("’", "'")
    return (
        len(low) > 1
        and low not in STOPWORDS
        and low not in NEGATORS
        and token.stem != "n't"
        and not token.text[0].isdigit()
        and not token.text.startswith("$")
    )


def _negation(clause: str, tokens: Sequence[Token]) -> tuple[str | None, frozenset[str]]:
    """The first negating cue of a clause and its scope: stems of the words right after cues.

    A negation counts only for what it governs ("did not *attend*", "done little to
    *strengthen*"), not for a word further on ("had no chance to get CSTO *countries*").
    """
    cue: str | None = None
    scope: set[str] = set()
    ends: list[int] = []
    for token in tokens:
        if token.text.lower().replace("’", "'") in NEGATORS or token.stem == "n't":
            cue = cue or token.text
            ends.append(token.end)
    folded = clause.lower().replace("’", "'")
    for pattern in NEGATOR_PHRASES:
        for m in pattern.finditer(folded):
            cue = cue or clause[m.start() : m.end()]
            ends.append(m.end())
    for end in ends:
        after = [t for t in tokens if t.start >= end][:_NEGATION_SCOPE]
        scope.update(t.stem for t in after)
    return cue, frozenset(scope)


def _number_value(token: Token) -> tuple[float, bool] | None:
    """(value, is_percent) of a count token; None for years, ordinals, "one" and words."""
    low = token.text.lower()
    if low in NUMBER_WORDS and low != "one":  # "one whole", "one voice": not a count
        return float(NUMBER_WORDS[low]), False
    m = _NUMBER.match(token.text)
    if m is None:
        return None
    return float(m.group(1).replace(",", "")), bool(m.group(2))


def _quantities(tokens: Sequence[Token]) -> tuple[list[_Quantity], set[int]]:
    quantities: list[_Quantity] = []
    years: set[int] = set()
    for i, token in enumerate(tokens):
        following = tokens[i + 1 : i + 4]
        unit = next((COUNT_UNITS[t.stem] for t in following if t.stem in COUNT_UNITS), None)
        if _YEAR.match(token.text) and unit is None:
            years.add(int(token.text))
            continue
        value = _number_value(token)
        if value is None:
            continue
        number, is_percent = value
        if is_percent:
            unit = "percent"
        elif token.text.startswith("$"):
            unit = "usd"
        elif unit is None:
            unit = next((t.stem for t in following if _is_content(t) and not t.is_name), None)
        if unit is None:
            continue
        end = next((t.end for t in following if COUNT_UNITS.get(t.stem) == unit), token.end)
        if end == token.end and following:
            end = next((t.end for t in following if t.stem == unit), following[0].end)
        phrase = " ".join(t.text for t in tokens[i:] if t.end <= end)
        quantities.append(_Quantity(number, unit, phrase))
    return quantities, years


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def _clauses(sentence: str) -> list[str]:
    parts: list[str] = []
    for part in _CLAUSE_BREAK.split(sentence):
        if not part or not part.strip():
            continue
        # A fronted subordinate clause ends at its comma: "Although X speaks of Y, Minsk…".
        m = _FRONTED.match(part)
        if m and "," in part[m.end() :]:
            head, tail = part.split(",", 1)
            parts.extend(p for p in (head, tail) if p.strip())
        else:
            parts.append(part)
    return parts


def _analyse(text: str) -> _Analysis:
    clauses: list[_Clause] = []
    names: set[str] = set()
    for sentence in _sentences(text):
        tokens = tokenize(sentence)
        # A capitalised word that does not start its sentence is a name ("CSTO", "Minsk").
        names.update(t.stem for t in tokens[1:] if t.is_name)
        for part in _clauses(sentence):
            ctoks = tokenize(part)
            content = [t for t in ctoks if _is_content(t)]
            quantities, years = _quantities(ctoks)
            negation, scope = _negation(part, ctoks)
            words: dict[str, str] = {}
            for t in content:
                words.setdefault(t.stem, t.text)
            clauses.append(
                _Clause(
                    text=part.strip(),
                    stems=frozenset(words),
                    negation=negation,
                    negation_scope=scope,
                    years=frozenset(years),
                    quantities=tuple(quantities),
                    words=words,
                )
            )
    all_stems = frozenset(s for c in clauses for s in c.stems)
    return _Analysis(tuple(clauses), all_stems, frozenset(names))


def _antonym_sides(clause: _Clause) -> dict[str, tuple[int, str]]:
    """For each antonym pair the clause uses on one side only: (+1 or -1, the matched words)."""
    tokens = tokenize(clause.text)
    stems = [t.stem for t in tokens]
    found: dict[str, tuple[int, str]] = {}
    for pair in ANTONYMS:
        hits: list[tuple[int, int, str]] = []  # (position, side, surface words)
        for side, terms in ((1, pair.positive), (-1, pair.negative)):
            for term in terms:
                n = len(term)
                for i in range(len(stems) - n + 1):
                    if tuple(stems[i : i + n]) == term:
                        hits.append((i, side, " ".join(t.text for t in tokens[i : i + n])))
                        break
        if hits:
            hits.sort()
            # Sides multiply: "refused to host" is the negative of "host".
            sign = 1
            for _, side, _ in hits:
                sign *= side
            found[pair.name] = (sign, " … ".join(words for _, _, words in hits))
    return found


def _stems_of(words: str) -> set[str]:
    return {t.stem for t in tokenize(words)}


def _shown(clause: _Clause, stems: Iterable[str]) -> str:
    return ", ".join(sorted(clause.words.get(s, s) for s in stems))


def _compare(left: _Analysis, right: _Analysis) -> tuple[Signal, ...]:
    names = left.names | right.names
    signals: dict[tuple[str, str], Signal] = {}
    for cl in left.clauses:
        left_sides = _antonym_sides(cl)
        for cr in right.clauses:
            shared = cl.stems & cr.stems
            common = shared - names
            right_sides = _antonym_sides(cr)
            agree_by_antonym = False
            for name in left_sides.keys() & right_sides.keys():
                (ls, lw), (rs, rw) = left_sides[name], right_sides[name]
                if ls == rs:
                    continue
                context = shared - _stems_of(lw) - _stems_of(rw)
                flip_l, flip_r = -1 if cl.negation else 1, -1 if cr.negation else 1
                if ls * flip_l == rs * flip_r:
                    agree_by_antonym = True  # "did not weaken" agrees with "strengthened"
                elif context:
                    lw = f"{cl.negation} … {lw}" if cl.negation else lw
                    rw = f"{cr.negation} … {rw}" if cr.negation else rw
                    signals.setdefault(
                        ("antonym", name),
                        Signal(
                            "antonym",
                            f"antonyms ({name}): “{lw}” vs “{rw}” about {_shown(cl, context)}",
                        ),
                    )
            negated, side = (cl, "left") if cl.negation else (cr, "right")
            if (
                bool(cl.negation) != bool(cr.negation)
                and len(shared) >= 2
                and common & negated.negation_scope
                and not agree_by_antonym
            ):
                signals.setdefault(
                    ("negation", ",".join(sorted(shared))),
                    Signal(
                        "negation",
                        f"negation parity: “{negated.negation}” negates "
                        f"{_shown(negated, shared)} on the {side} only",
                    ),
                )
            if len(shared) >= 2 and common and cl.years and cr.years and not cl.years & cr.years:
                ly = ", ".join(str(y) for y in sorted(cl.years))
                ry = ", ".join(str(y) for y in sorted(cr.years))
                signals.setdefault(
                    ("year", ly + "|" + ry),
                    Signal("year", f"years differ: {ly} vs {ry} about {_shown(cl, shared)}"),
                )
            units = {q.unit for q in cl.quantities} & {q.unit for q in cr.quantities}
            if units and shared - units:
                for unit in sorted(units):
                    lq = [q for q in cl.quantities if q.unit == unit]
                    rq = [q for q in cr.quantities if q.unit == unit]
                    if {q.value for q in lq} & {q.value for q in rq}:
                        continue
                    lp = ", ".join(f"“{q.phrase}”" for q in lq)
                    rp = ", ".join(f"“{q.phrase}”" for q in rq)
                    signals.setdefault(
                        ("number", unit), Signal("number", f"numbers differ: {lp} vs {rp}")
                    )
    return tuple(signals.values())


def compare_statements(left: str, right: str) -> tuple[Signal, ...]:
    """Why two statements (sentences, quotes) may disagree; empty when no signal fires.

    Negation parity counts only a negation in the same clause as the words the two statements
    share, so an unrelated negation in another clause raises nothing. Antonyms (from
    :data:`claimtrack.text.lexicon.ANTONYMS`) need a shared word besides themselves, and a negated
    antonym agrees ("did not weaken" vs "strengthened"). Counts are compared per unit ("six
    nations" vs "seven members"), years when the clauses share at least two words.
    """
    return _compare(_analyse(left), _analyse(right))


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


def _same_topic(a: Evidence, b: Evidence, la: _Analysis, lb: _Analysis, min_shared: int) -> bool:
    if a.claim == b.claim:
        return True
    shared = la.stems & lb.stems
    return len(shared) >= min_shared and bool(shared - la.names - lb.names)


def builtin_candidates(casebook: Casebook, *, min_shared: int = 3) -> list[Contradiction]:
    """The built-in detector: candidate contradictions between same-topic evidence pairs.

    Two pieces of evidence are on the same topic when they bear on the same claim, or share at
    least ``min_shared`` content words, one of them a common word rather than a name. Negation
    and antonym signals are ignored between evidence the analyst already put on the same side of
    the same claim; count and year mismatches are always proposed. The earlier-dated item is the
    ``left`` side. The casebook is not modified.
    """
    items = list(casebook.evidence.values())
    analyses = {ev.id: _analyse(ev.quote) for ev in items}
    found: list[Contradiction] = []
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            candidate = _compare_evidence(
                casebook, first, second, analyses[first.id], analyses[second.id], min_shared
            )
            if candidate is not None:
                found.append(candidate)
    return found


def _compare_evidence(
    book: Casebook, a: Evidence, b: Evidence, la: _Analysis, lb: _Analysis, min_shared: int
) -> Contradiction | None:
    sa, sb = a.selector, b.selector
    if a.article == b.article and sa.start < sb.end and sb.start < sa.end:
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
    signals = _compare(la, lb)
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


class BuiltinDetector:
    """The built-in detector as a plugin object implementing the ``detect_contradictions`` hook."""

    @hookimpl
    def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
        """Propose candidates with :func:`builtin_candidates`."""
        return builtin_candidates(casebook)


#: The plugin object registered under the ``contradictions`` entry point of claimtrack itself.
builtin_detector = BuiltinDetector()


def _pair(x: Contradiction) -> frozenset[str]:
    return frozenset((x.left, x.right))


def _run_hooks(casebook: Casebook) -> list[Contradiction]:
    """Every registered detector's candidates, in plugin order.

    The built-in detector is registered through claimtrack's own ``contradictions`` entry point;
    when a host was built without it (``PluginHost(entry_points=[])``, stale metadata) it runs
    first anyway, so the built-in signals are never silently lost.
    """
    from claimtrack.host.registry import (
        get_host,  # the host imports exporters; keep ``import`` of us light
    )

    host = get_host()
    host.load()
    found: list[Contradiction] = []
    if not any(isinstance(p, BuiltinDetector) for p in host.pm.get_plugins()):
        found.extend(builtin_candidates(casebook))
    found.extend(host.detect_contradictions(casebook))
    return found


def detect_contradictions(casebook: Casebook, *, add: bool = False) -> list[Contradiction]:
    """Run every detector (built-in and plugins) and return the new candidate contradictions.

    A pair already declared in the casebook (in either order), or proposed by an earlier
    detector, is skipped. A detector's result is always a *candidate*, whatever status it set:
    nothing is confirmed automatically. With ``add=True`` the candidates are added to the
    casebook (``status="candidate"``, ``detected_by`` kept) and the added objects returned.
    """
    seen = {_pair(x) for x in casebook.contradictions.values()}
    fresh: list[Contradiction] = []
    for proposed in _run_hooks(casebook):
        if not isinstance(proposed, Contradiction):
            raise TypeError(
                f"a detect_contradictions hook returned {type(proposed).__name__}, "
                f"expected claimtrack.Contradiction objects"
            )
        if _pair(proposed) in seen:
            continue
        seen.add(_pair(proposed))
        if proposed.status is not ContradictionStatus.CANDIDATE:
            proposed = attrs.evolve(proposed, status=ContradictionStatus.CANDIDATE)
        fresh.append(proposed)
    if not add:
        return fresh
    added = []
    for x in fresh:
        added.append(
            casebook.add_contradiction(
                x.left,
                x.right,
                kind=x.kind,
                status=ContradictionStatus.CANDIDATE,
                rationale=x.rationale,
                resolution=x.resolution,
                detected_by=x.detected_by,
                reasons=x.reasons,
                id=x.id if x.id not in casebook.contradictions else None,
            )
        )
    return added


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
            reported: set[str] = set()
            for j, (d2, e2) in enumerate(dated):
                # The holder's latest stance strictly before this date (overlaps are not "before").
                earlier = [(d1, e1) for d1, e1 in dated[:j] if d1.end < d2.start]
                if not earlier:
                    continue
                d1, e1 = earlier[-1]
                if e1.stance is not e2.stance and e1.id not in reported:
                    reported.add(e1.id)
                    changes.append(PositionChange(claim_id, holder, kind, e1, e2, d1, d2))
    return tuple(changes)
