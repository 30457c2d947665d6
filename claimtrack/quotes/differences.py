"""What differs between a typed quote and a passage, and which differences a quote may carry.

The rule (DESIGN.md §3): typography is forgiven before this module is reached; punctuation-only
differences are accepted and recorded; **any difference in letters or digits is refused**. The
one letter-level difference forgiven is the case of the quote's first letter (an analyst starts a
quote mid-sentence in lower case). Refused as well, though they are punctuation: a change next to
a digit (``1.5`` vs ``15``, ``-5`` vs ``5``, ``5%`` vs ``5``) and quote marks typed inside the
quote where the source has none (scare quotes the source does not use).

With the explicit ``allow_typo`` opt-in, a word may differ by one letter (a slip: one letter
changed, added, dropped, or two swapped) when the word is long (6+ letters), all lower case (not
a name), has no digit, is not a negation, the slip is inside the word (not its first or last
letter, where prefixes such as ``un-``/``ir-`` and endings such as ``-s``/``-d`` change what a
word says), and the typed word is not itself a known word: neither a word of the article nor one
of :data:`KNOWN_WORDS`. No full dictionary ships with claimtrack, so the rule is conservative by
construction: the opt-in is for a typo the analyst has looked at.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from attrs import frozen
from rapidfuzz.distance import DamerauLevenshtein

from claimtrack.quotes.passages import Passage, Words

__all__ = ["KNOWN_WORDS", "NEGATIONS", "Comparison", "WordChange", "compare", "typo_problem"]

NEGATIONS = frozenset({"not", "t", "never", "no", "none", "nor", "without", "neither", "nobody"})
"""Words that negate (``t`` is the end of ``n't`` once a word is cut at its apostrophe)."""

NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis", "a")

_KNOWN = """
    increase decrease increased decreased increasing decreasing legitimate illegitimate legal
    illegal relevant irrelevant possible impossible likely unlikely constitutional
    unconstitutional accept except affect effect accepted excepted affected effected adopted
    adapted adoption adaption complement compliment principal principle discreet discrete
    elicit illicit eminent imminent immanent ensure insure assure prescribe proscribe precede
    proceed preceded proceeded perspective prospective conscious conscience council counsel
    counselor councillor dependant dependent formally formerly stationary stationery weather
    whether though through thorough threw allusion illusion allowed aloud regardless
    deployment employment deployed employed support supported supporter import export imports
    exports imported exported inflation deflation expansion contraction higher lower greater
    lesser stronger weaker richer poorer better bitter latter letter later latest lasted
    million billion trillion thousand hundred minister ministry ministers officials
    official defence defense defensive offensive military militant militants militia
    member members number numbers nation nations national rational moral immoral amoral
    mortal immortal ethical unethical typical atypical political apolitical symmetric
    asymmetric ensured insured casual causal casualty causality rather gather father mother
    brother further farther former formal normal abnormal public pubic united untied
    sanction sanctions station stations protest protests pretest contest context content
    consent dissent descent decent recent resent resend reside resign design desire
"""
KNOWN_WORDS = frozenset(_KNOWN.split())
"""Common words a one-letter slip can turn a word into; the article's own words count too."""


@frozen
class WordChange:
    """Words that differ: ``typed`` by the analyst, ``source`` in the article (``""`` if none)."""

    typed: str
    source: str

    def describe(self) -> str:
        """One clause in the analyst's terms."""
        if not self.typed:
            return f"the source has {self.source!r}, which you did not type"
        if not self.source:
            return f"you typed {self.typed!r}, which the source does not have"
        return f"you typed {self.typed!r}, the source says {self.source!r}"


@frozen
class Comparison:
    """A typed quote against one passage; ``start``/``end`` are normalised-text offsets."""

    start: int
    end: int
    words: tuple[WordChange, ...]  # letters or digits differ
    case: tuple[WordChange, ...]  # same letters, other case (past the first letter)
    refused_marks: tuple[str, ...]  # punctuation that may not differ (numbers, scare quotes)
    punctuation: tuple[str, ...]  # punctuation-only differences: accepted and recorded

    def problems(self, vocabulary: Words, allow_typo: bool) -> list[str]:
        """Why this passage may not be the quote, in the analyst's terms (empty: accept it)."""
        found = list(self.refused_marks)
        for change in self.words:
            why = typo_problem(change, vocabulary) if allow_typo else _what_differs(change)
            if why:
                found.append(f"{change.describe()} ({why})")
        found += [f"{c.describe()} (the case differs)" for c in self.case]
        return found

    def recorded(self, allow_typo: bool) -> tuple[str, ...]:
        """The differences accepted with this passage, to keep with the evidence."""
        typos = tuple(f"typo accepted: {c.describe()}" for c in self.words) if allow_typo else ()
        return self.punctuation + typos


def _what_differs(change: WordChange) -> str:
    if any(ch.isdigit() for ch in change.typed + change.source):
        return "a number differs"
    return "letters differ"


def typo_problem(change: WordChange, vocabulary: Words) -> str:
    """Why ``change`` is not a one-letter slip ``allow_typo`` may accept (empty when it is)."""
    typed, source = change.typed, change.source
    if not typed or not source:
        return "a word added or dropped is never a typo"
    if typed.casefold() in NEGATIONS or source.casefold() in NEGATIONS:
        return "a negation is never a typo"
    if not (typed.isalpha() and source.isalpha()):
        return "a number is never a typo"
    if not (typed.islower() and source.islower()):
        return "a name (or a capitalised word) is never a typo"
    if min(len(typed), len(source)) < 6:
        return "only a word of 6 or more letters may carry a typo"
    if DamerauLevenshtein.distance(typed, source) != 1:
        return "more than one letter differs"
    if typed[0] != source[0] or typed[-1] != source[-1]:
        return "the first or last letter differs (a prefix or an ending changes a word)"
    for prefix in NEGATING_PREFIXES:
        if typed.startswith(prefix) != source.startswith(prefix):
            return f"the negating prefix {prefix}- differs"
    if typed in vocabulary.where or typed in KNOWN_WORDS:
        return f"{typed!r} is itself a word"
    return ""


def _bare(gap: str) -> str:
    return gap.replace(" ", "")


def _marks(gap: str) -> int:
    return gap.count('"') + gap.count("'")


def _gap(
    typed_gap: str, source_gap: str, before: str, after: str, inside: bool
) -> tuple[str, str] | None:
    """``(kind, description)`` when two gaps between the same words differ, else None."""
    if _bare(typed_gap) == _bare(source_gap):
        return None
    typed, source = typed_gap.strip(), source_gap.strip()
    if typed and source:
        said = f"you typed {typed!r} where the source has {source!r}"
    elif typed:
        said = f"you typed {typed!r}, which the source does not have"
    else:
        said = f"the source has {source!r}, which you did not type"
    place = f" (between {before!r} and {after!r})" if before and after else ""
    if before[-1:].isdigit() or after[:1].isdigit():
        return "refused", f"{said}{place}: a number is never changed"
    if inside and _marks(typed_gap) > _marks(source_gap):
        return "refused", (
            f"{said}{place}: quote marks typed around words the source does not quote make a "
            f"different text"
        )
    return "punctuation", f"{said}{place}"


def compare(nq: str, quote: Words, text: Words, passage: Passage) -> Comparison:
    """Compare the normalised typed quote ``nq`` (cut into ``quote``) with a passage of ``text``."""
    words: list[WordChange] = []
    case: list[WordChange] = []
    gaps: list[tuple[str, str]] = []
    pairs: list[tuple[int, int]] = []
    for group in _changed_runs(passage.ops):
        if group is None:
            continue
        q0, q1, t0, t1, one_to_one = group
        if one_to_one:
            pairs += zip(range(q0, q1), range(t0, t1), strict=True)
            continue
        typed = nq[quote.starts[q0] : quote.ends[q1 - 1]] if q1 > q0 else ""
        source = text.text[text.starts[t0] : text.ends[t1 - 1]] if t1 > t0 else ""
        words.append(WordChange(typed, source))
    for tag, q0, q1, t0, t1 in passage.ops:
        if tag == "equal":
            pairs += zip(range(q0, q1), range(t0, t1), strict=True)
    pairs.sort()
    for qi, ti in pairs:
        typed, source = quote.written[qi], text.written[ti]
        if quote.folded[qi] != text.folded[ti]:
            words.append(WordChange(typed, source))
        elif typed != source and not (qi == 0 and typed[1:] == source[1:]):
            case.append(WordChange(typed, source))
    for (qa, ta), (qb, tb) in pairwise(pairs):
        if qb == qa + 1 and tb == ta + 1:
            found = _gap(
                nq[quote.ends[qa] : quote.starts[qb]],
                text.text[text.ends[ta] : text.starts[tb]],
                text.written[ta],
                text.written[tb],
                inside=True,
            )
            if found:
                gaps.append(found)
    start, end = text.starts[passage.first], text.ends[passage.last - 1]
    start, end, edges = _edges(nq, quote, text, start, end)
    gaps += edges
    return Comparison(
        start,
        end,
        tuple(words),
        tuple(case),
        tuple(d for kind, d in gaps if kind == "refused"),
        tuple(d for kind, d in gaps if kind == "punctuation"),
    )


def _changed_runs(
    ops: tuple[tuple[str, int, int, int, int], ...],
) -> list[tuple[int, int, int, int, bool] | None]:
    """Runs of adjacent non-equal ops, as ``(q0, q1, t0, t1, one_to_one)``: a run of equal-size
    replacements pairs word with word; any other run is one change (``15`` for ``1.5``)."""
    runs: list[tuple[int, int, int, int, bool] | None] = []
    current: list[tuple[str, int, int, int, int]] = []
    for op in (*ops, ("equal", 0, 0, 0, 0)):
        if op[0] != "equal":
            current.append(op)
            continue
        if current:
            q0, t0, q1, t1 = current[0][1], current[0][3], current[-1][2], current[-1][4]
            same = all(o[0] == "replace" for o in current) and q1 - q0 == t1 - t0
            runs.append((q0, q1, t0, t1, same))
            current = []
    return runs


def _edges(
    nq: str, quote: Words, text: Words, start: int, end: int
) -> tuple[int, int, list[tuple[str, str]]]:
    """Widen the passage over the punctuation typed before its first / after its last word."""
    head, tail = nq[: quote.starts[0]].strip(), nq[quote.ends[-1] :].strip()
    src = text.text
    new_start, new_end = start, end
    while new_start > 0 and start - new_start < len(head) and _is_mark(src[new_start - 1]):
        new_start -= 1
    while new_end < len(src) and new_end - end < len(tail) and _is_mark(src[new_end]):
        new_end += 1
    found = []
    # Marks wrapped around a whole quote are how quotations are written: never "scare quotes".
    for typed_gap, source_gap, before, after in (
        (head, src[new_start:start], "", quote.written[0]),
        (tail, src[end:new_end], quote.written[-1], ""),
    ):
        diff = _gap(typed_gap.strip("\"'"), source_gap.strip("\"'"), before, after, inside=False)
        if diff:
            found.append(diff)
    return new_start, new_end, found


def _is_mark(ch: str) -> bool:
    # A combining mark (a vowel sign, an accent) belongs to its letter: never a quote mark.
    return not ch.isspace() and not ch.isalnum() and not unicodedata.category(ch).startswith("M")
