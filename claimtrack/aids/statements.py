"""Statement comparison: the cheap signals that two statements may contradict (DESIGN.md §5).

Two texts are split into clauses and compared with four signals: negation parity, an antonym
lexicon, count mismatches and year mismatches. Nothing here knows about a casebook: the built-in
detector (:mod:`claimtrack.casebook.contradictions`) applies it to evidence pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from attrs import frozen

from claimtrack.aids.lexicon import ANTONYMS, COUNT_UNITS
from claimtrack.text.lexicon import NEGATOR_PHRASES, NEGATORS, NUMBER_WORDS, STOPWORDS
from claimtrack.text.sentences import iter_sentences
from claimtrack.text.tokens import Token, tokenize
from claimtrack.text.typography import fold_apostrophes

__all__ = ["Analysis", "Signal", "analyse", "compare_analyses", "compare_statements"]

# ------------------------------------------------------------------ text analysis

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
class Analysis:
    """A text prepared for comparison: its clauses, all content stems and the names it uses."""

    clauses: tuple[_Clause, ...]
    stems: frozenset[str]
    names: frozenset[str]


def _is_content(token: Token) -> bool:
    low = fold_apostrophes(token.text)
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
        if fold_apostrophes(token.text) in NEGATORS or token.stem == "n't":
            cue = cue or token.text
            ends.append(token.end)
    folded = fold_apostrophes(clause)
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
    # The one sentence path (syntok, line by line), as everywhere else.
    return [s.text for s in iter_sentences(text)]


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


def analyse(text: str) -> Analysis:
    """Split ``text`` into sentences and clauses and read each clause's signals once."""
    clauses: list[_Clause] = []
    names: set[str] = set()
    for sentence in _sentences(text):
        tokens = tokenize(sentence, punctuation=False)
        # A capitalised word that does not start its sentence is a name ("CSTO", "Minsk").
        names.update(t.stem for t in tokens[1:] if t.is_name)
        for part in _clauses(sentence):
            ctoks = tokenize(part, punctuation=False)
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
    return Analysis(tuple(clauses), all_stems, frozenset(names))


def _antonym_sides(clause: _Clause) -> dict[str, tuple[int, str]]:
    """For each antonym pair the clause uses on one side only: (+1 or -1, the matched words)."""
    return _antonym_sides_of_text(clause.text)


@lru_cache(maxsize=65_536)
def _antonym_sides_of_text(text: str) -> dict[str, tuple[int, str]]:
    # Cached by text: the detector compares each clause with many others, and tokenizing it
    # again for every pair was most of its cost. Callers only read the result.
    tokens = tokenize(text, punctuation=False)
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
    return {t.stem for t in tokenize(words, punctuation=False)}


def _shown(clause: _Clause, stems: Iterable[str]) -> str:
    return ", ".join(sorted(clause.words.get(s, s) for s in stems))


_Signals = dict[tuple[str, str], Signal]
_Sides = dict[str, tuple[int, str]]


def _antonym_signals(
    cl: _Clause, cr: _Clause, sides: tuple[_Sides, _Sides], shared: frozenset[str], out: _Signals
) -> bool:
    """Add antonym signals for two clauses; True when a negated antonym makes them agree."""
    left_sides, right_sides = sides
    agree = False
    for name in left_sides.keys() & right_sides.keys():
        (ls, lw), (rs, rw) = left_sides[name], right_sides[name]
        if ls == rs:
            continue
        context = shared - _stems_of(lw) - _stems_of(rw)
        flip_l, flip_r = -1 if cl.negation else 1, -1 if cr.negation else 1
        if ls * flip_l == rs * flip_r:
            agree = True  # "did not weaken" agrees with "strengthened"
        elif context:
            lw = f"{cl.negation} … {lw}" if cl.negation else lw
            rw = f"{cr.negation} … {rw}" if cr.negation else rw
            out.setdefault(
                ("antonym", name),
                Signal(
                    "antonym", f"antonyms ({name}): “{lw}” vs “{rw}” about {_shown(cl, context)}"
                ),
            )
    return agree


def _number_signals(cl: _Clause, cr: _Clause, shared: frozenset[str], out: _Signals) -> None:
    """Add a signal per unit both clauses count in, when no count agrees."""
    units = {q.unit for q in cl.quantities} & {q.unit for q in cr.quantities}
    if not units or not shared - units:
        return
    for unit in sorted(units):
        lq = [q for q in cl.quantities if q.unit == unit]
        rq = [q for q in cr.quantities if q.unit == unit]
        if {q.value for q in lq} & {q.value for q in rq}:
            continue
        lp = ", ".join(f"“{q.phrase}”" for q in lq)
        rp = ", ".join(f"“{q.phrase}”" for q in rq)
        out.setdefault(("number", unit), Signal("number", f"numbers differ: {lp} vs {rp}"))


def _clause_signals(
    cl: _Clause, cr: _Clause, sides: tuple[_Sides, _Sides], names: frozenset[str], out: _Signals
) -> None:
    """Add every signal two clauses raise: antonyms, negation parity, years and counts."""
    shared = cl.stems & cr.stems
    common = shared - names
    agree_by_antonym = _antonym_signals(cl, cr, sides, shared, out)
    negated, side = (cl, "left") if cl.negation else (cr, "right")
    if (
        bool(cl.negation) != bool(cr.negation)
        and len(shared) >= 2
        and common & negated.negation_scope
        and not agree_by_antonym
    ):
        out.setdefault(
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
        out.setdefault(
            ("year", ly + "|" + ry),
            Signal("year", f"years differ: {ly} vs {ry} about {_shown(cl, shared)}"),
        )
    _number_signals(cl, cr, shared, out)


def compare_analyses(left: Analysis, right: Analysis) -> tuple[Signal, ...]:
    """The signals between two analysed texts (see :func:`compare_statements`), in order."""
    names = left.names | right.names
    signals: _Signals = {}
    right_sides = [_antonym_sides(cr) for cr in right.clauses]
    for cl in left.clauses:
        left_sides = _antonym_sides(cl)
        for cr, sides in zip(right.clauses, right_sides, strict=True):
            _clause_signals(cl, cr, (left_sides, sides), names, signals)
    return tuple(signals.values())


def compare_statements(left: str, right: str) -> tuple[Signal, ...]:
    """Why two statements (sentences, quotes) may disagree; empty when no signal fires.

    Negation parity counts only a negation in the same clause as the words the two statements
    share, so an unrelated negation in another clause raises nothing. Antonyms (from
    :data:`claimtrack.aids.lexicon.ANTONYMS`) need a shared word besides themselves, and a negated
    antonym agrees ("did not weaken" vs "strengthened"). Counts are compared per unit ("six
    nations" vs "seven members"), years when the clauses share at least two words.
    """
    return compare_analyses(analyse(left), analyse(right))
