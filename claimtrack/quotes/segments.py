"""Quotes as analysts write them: elisions and insertions, anchored run by run (DESIGN.md §3).

A typed quote is cut into runs of words by its elisions and ``[insertions]``
(:mod:`claimtrack.quotes.conventions`). Each run is anchored as a quote of its own
(:mod:`claimtrack.quotes.anchoring`: typography forgiven, letters and digits never guessed), in
order, each inside one passage with the run before it:

* after an **elision**, the next run starts at most :data:`MAX_GAP` characters after the previous
  one ends, crossing at most one paragraph break (same or adjacent paragraphs), at the first place
  it is found there;
* an **insertion** between two runs stands for the source's words between them: at most
  :data:`MAX_REPLACED_WORDS` words, in one paragraph. At the start or end of the quote (or next to
  an elision) it stands for the one source word next to it (``[Lukashenko] thanked`` for ``He
  thanked``), or for nothing when no word is there;
* an elision or insertion never takes out a negation: a gap whose part in the sentence of the
  words around it holds ``not``, ``never``, ``no``, ``n't``… is refused (``We will … leave`` for
  ``We will not leave``), even when the same runs also stand, without one, elsewhere; nor does
  an insertion add a negation, or retype the source's own ``[bracketed]`` words.

The quote as a whole must then be one place: found in several, ``prefix``/``suffix`` or
``occurrence`` choose, as for a plain quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from attrs import frozen

from claimtrack.errors import QuoteNotFound
from claimtrack.model import Interpolation, TextQuoteSelector
from claimtrack.quotes.anchoring import (
    Found,
    check_quote_arguments,
    find_spans,
    match_quote,
    normalize,
    pick_place,
)
from claimtrack.quotes.conventions import Piece, has_conventions, pieces_of, unglued
from claimtrack.quotes.differences import NEGATIONS
from claimtrack.quotes.forms import TextForms, forms_of
from claimtrack.quotes.spans import find_all, selector_at
from claimtrack.text.typography import normalize_typography

__all__ = [
    "MAX_GAP",
    "MAX_REPLACED_WORDS",
    "SegmentedMatch",
    "match_segments",
    "negation_near",
]

MAX_GAP = 1_000
"""Characters of source text one elision may leave out (and at most one paragraph break)."""
MAX_REPLACED_WORDS = 8
"""Source words one insertion between two runs of words may stand for."""
_CANDIDATES = 1_000  # places of the first run tried at most
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d]?\s")
_NEGATING = "turns the words around"
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


@frozen
class SegmentedMatch:
    """A located quote: its source segments, the analyst's rendering, what was accepted."""

    segments: tuple[TextQuoteSelector, ...]
    rendering: str
    typed: str
    accepted: tuple[str, ...]
    interpolations: tuple[Interpolation, ...]
    method: str  # "exact", "typography", "words" or "segments"


Run = tuple[int, int, tuple[str, ...]]  # a run of words anchored: start, end, recorded


def _runs_in(forms: TextForms, piece: str, lo: int, hi: int, **how: object) -> Found:
    """The places of a run of words inside ``text[lo:hi]`` (offsets in the whole text).

    The exact and typography steps search the article's own kept forms between the bounds; only
    the word step (a run not found so) works on a copy of the window.
    """
    if lo == 0 and hi >= len(forms.text):
        return find_spans(forms, piece, **how)  # type: ignore[arg-type]
    spans = [(s, s + len(piece)) for s in find_all(forms.text, piece, lo, hi)]
    if spans:
        return Found(tuple(spans), "exact", ((),) * len(spans))
    nq, norm = normalize(piece).strip(), forms.normalized
    if nq:
        first, last = bisect_left(norm.starts, lo), bisect_left(norm.starts, hi)
        for s in find_all(norm.text, nq, first, last):
            span = norm.span(s, s + len(nq))
            if not spans or spans[-1] != span:
                spans.append(span)
    if spans:
        return Found(tuple(spans), "typography", ((),) * len(spans))
    found = find_spans(TextForms(forms.text[lo:hi]), piece, **how)  # type: ignore[arg-type]
    return Found(tuple((s + lo, e + lo) for s, e in found.spans), found.how, found.recorded)


def negation_near(gap: str) -> str | None:
    """A negating word in the part of ``gap`` that shares a sentence with the words around it.

    That is the gap's head up to its first sentence end and its tail after its last one (all of
    it when it ends no sentence): words left out there change what the quoted words say.
    """
    ends = list(_SENTENCE_END.finditer(gap))
    near = f"{gap[: ends[0].end()]} {gap[ends[-1].end() :]}" if ends else gap
    for word in _WORD.findall(near):
        folded = word.casefold()
        if folded in NEGATIONS or folded.endswith(("n't", "n\u2019t")):
            return word
    return None


def _gap_problem(gap: str, between: list[Piece]) -> str | None:
    """Why ``gap`` (source text between two runs) cannot be what ``between`` stands for."""
    elided = any(p.kind == "elision" for p in between)
    if elided and (len(gap) > MAX_GAP or len(_PARAGRAPH.findall(gap)) > 1):
        return f"more than {MAX_GAP:,} characters or two paragraph breaks apart"
    if not elided and (len(_WORD.findall(gap)) > MAX_REPLACED_WORDS or _PARAGRAPH.search(gap)):
        return f"more than {MAX_REPLACED_WORDS} source words between them, or a paragraph break"
    inserted = " ".join(p.inner for p in between if p.kind == "insertion")
    negation = negation_near(gap)
    if negation is not None and negation_near(f" {inserted} ") is None:
        return f"it would leave out {negation!r}, which {_NEGATING}"
    return None


def _extend(
    forms: TextForms, runs: list[str], gaps: list[list[Piece]], first: Run, how: dict[str, object]
) -> list[Run] | str:
    """The chain of runs starting at ``first``, or why it breaks."""
    chain = [first]
    for k in range(1, len(runs)):
        end = chain[-1][1]
        elided = any(p.kind == "elision" for p in gaps[k])
        reach = (MAX_GAP if elided else 200) + 3 * len(runs[k]) + 8
        try:
            found = _runs_in(forms, runs[k], end, min(len(forms.text), end + reach), **how)
        except QuoteNotFound as exc:
            bound = f"{MAX_GAP:,} characters" if elided else f"{MAX_REPLACED_WORDS} words"
            return (
                f"the words {runs[k].strip()!r} are not within {bound} after the words before "
                f"them, in the same or the next paragraph ({exc.reason})"
            )
        why = ""
        for (s, e), recorded in zip(found.spans, found.recorded, strict=True):
            problem = _gap_problem(forms.text[end:s], gaps[k])
            if problem is None:
                chain.append((s, e, recorded))
                break
            why = problem if not why or _NEGATING in problem else why
        else:
            return f"the words {runs[k].strip()!r} do not follow the words before them: {why}"
    return chain


def _chains(
    forms: TextForms, pieces: list[Piece], how: dict[str, object], quote: str, article_id: str
) -> list[list[Run]]:
    """Every place where all runs of words stand in order, as one passage."""
    runs = [unglued(p.typed.strip())[0] for p in pieces if p.kind == "words"]
    gaps: list[list[Piece]] = [[] for _ in runs]
    k = -1
    for p in pieces:
        if p.kind == "words":
            k += 1
        elif k >= 0 and k + 1 < len(runs):
            gaps[k + 1].append(p)
    try:
        firsts = _runs_in(forms, runs[0], 0, len(forms.text), **how)
    except QuoteNotFound as exc:
        raise _part_error(exc, quote, runs[0], article_id) from None
    chains, why, negated = [], "", False
    for (s, e), recorded in list(zip(firsts.spans, firsts.recorded, strict=True))[:_CANDIDATES]:
        chain = _extend(forms, runs, gaps, (s, e, recorded), how)
        if isinstance(chain, str):
            why = chain if not why or _NEGATING in chain else why
            negated = negated or _NEGATING in chain
        else:
            chains.append(chain)
    if not chains or negated:
        # A place where the elision would cut out a negation refuses the quote, even when the
        # same words also stand elsewhere: the analyst most likely meant that place.
        raise QuoteNotFound(article_id, quote, reason=why)
    return chains


def _part_error(exc: QuoteNotFound, quote: str, run: str, article_id: str) -> QuoteNotFound:
    return QuoteNotFound(
        article_id,
        quote,
        exc.candidates,
        reason=f"the words {run.strip()!r}: {exc.reason}",
        differences=exc.differences,
        suggestion=exc.suggestion,
    )


def _insertion_problem(x: Interpolation) -> str | None:
    """Why an insertion may not stand for the source words it replaces (None: it may)."""
    said = f"[{x.inserted}] stands for {x.replaced!r}"
    if (negation_near(f" {x.inserted} ") is None) != (negation_near(f" {x.replaced} ") is None):
        return f"{said}: an insertion never adds or takes out a negation"
    source = x.replaced.strip()
    # The source's own brackets hold its words, not the analyst's: the letters must agree.
    own = source.startswith("[") and source.endswith("]")
    if own and normalize_typography(source[1:-1]).text.split() != x.inserted.split():
        return f"{said}, the source's own bracketed words: you typed them differently"
    return None


def _word_before(text: str, at: int) -> tuple[int, int]:
    """The span of the source word right before ``at`` (spaces between), or ``(at, at)``."""
    head = text[max(0, at - 80) : at]
    m = re.search(r"([^\W_]+(?:['\u2019][^\W_]+)*)\s*$", head)
    if m is None:
        return at, at
    base = at - len(head)
    return base + m.start(1), base + m.end(1)


def _word_after(text: str, at: int) -> tuple[int, int]:
    """The span of the source word right after ``at`` (spaces between), or ``(at, at)``."""
    m = re.match(r"\s*([^\W_]+(?:['\u2019][^\W_]+)*)", text[at : at + 80])
    return (at + m.start(1), at + m.end(1)) if m else (at, at)


def _interpolations(text: str, pieces: list[Piece], chain: list[Run]) -> list[Interpolation]:
    """What each insertion stands for (see the module docstring)."""
    found: list[Interpolation] = []
    k = -1  # runs passed so far, minus one
    for i, p in enumerate(pieces):
        if p.kind == "words":
            k += 1
            continue
        if p.kind != "insertion":
            continue
        before = pieces[i - 1] if i else None
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        if k >= 0 and k + 1 < len(chain) and _only_insertions(pieces, i):
            end, start = chain[k][1], chain[k + 1][0]
            gap = text[end:start]
            lo = end + len(gap) - len(gap.lstrip())
            hi = max(lo, start - (len(gap) - len(gap.rstrip())))
            taken = any(x.start == lo for x in found if x.end == hi and x.start != x.end)
            span = (hi, hi) if taken else (lo, hi)
        elif after is not None and after.kind == "words" and k + 1 < len(chain):
            span = _word_before(text, chain[k + 1][0])
        elif before is not None and before.kind == "words" and k >= 0:
            span = _word_after(text, chain[k][1])
        else:
            continue  # an insertion between an elision and the quote's edge stands for nothing
        found.append(Interpolation(p.inner, text[span[0] : span[1]], span[0], span[1]))
    return found


def _only_insertions(pieces: list[Piece], i: int) -> bool:
    """Whether the pieces around insertion ``i``, up to the runs of words, are all insertions."""
    j = i
    while j > 0 and pieces[j - 1].kind != "words":
        j -= 1
    k = i
    while k + 1 < len(pieces) and pieces[k + 1].kind != "words":
        k += 1
    inside = pieces[j : k + 1]
    return j > 0 and k + 1 < len(pieces) and all(p.kind == "insertion" for p in inside)


def _rendering(text: str, pieces: list[Piece], chain: list[Run]) -> tuple[str, list[Interpolation]]:
    """The analyst's rendering over the source's words, and the ``[t]he`` case changes."""
    out, glued_changes = [], []
    k = 0
    for p in pieces:
        if p.kind != "words":
            out.append(p.typed)
            continue
        start, end, _ = chain[k]
        k += 1
        exact = text[start:end]
        lead, core = p.typed[: len(p.typed) - len(p.typed.lstrip())], p.typed.strip()
        trail = p.typed[len(p.typed.rstrip()) :]
        _, glued = unglued(core.lstrip(_MARKS))
        head = exact[: len(glued[0][1])] if glued else ""
        if glued and glued[0][0] == 0 and head.casefold() == glued[0][1].casefold():
            letters = glued[0][1]
            if exact[: len(letters)] != letters:
                glued_changes.append(
                    Interpolation(letters, exact[: len(letters)], start, start + len(letters))
                )
            exact = f"[{letters}]{exact[len(letters) :]}"
        out.append(f"{lead}{exact}{trail}")
    return "".join(out).strip(), glued_changes


def _unwrap(quote: str) -> str:
    """The quote without one pair of quote marks around all of it."""
    q = quote.strip()
    if len(q) > 2 and q[0] in _MARKS and q[-1] in _MARKS:
        return q[1:-1]
    return q


def match_segments(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    occurrence: int | None = None,
    article_id: str = "<text>",
    allow_typo: bool = False,
    forms: TextForms | None = None,
) -> SegmentedMatch:
    """Find a typed quote, elisions and ``[insertions]`` included, in ``text``.

    A quote without them is anchored by :func:`~claimtrack.quotes.anchoring.match_quote` (one
    segment, the rendering is the source's text); so is one whose marks stand in the text as
    typed. Raises :class:`~claimtrack.errors.QuoteNotFound` (naming the run of words that is not
    there, or why it does not belong to the passage) and
    :class:`~claimtrack.errors.AmbiguousQuote`, as ``match_quote`` does.
    """
    check_quote_arguments(quote, occurrence, article_id)
    known = forms if forms is not None and forms.text is text else forms_of(text)
    how: dict[str, object] = dict(allow_typo=allow_typo, article_id=article_id)
    if not has_conventions(quote) or _typed_as_is(known, quote, article_id):
        m = match_quote(text, quote, prefix=prefix, suffix=suffix, occurrence=occurrence,
                        article_id=article_id, allow_typo=allow_typo, forms=known)  # fmt: skip
        return SegmentedMatch((m.selector,), m.selector.exact, quote, m.recorded, (), m.method)
    pieces = pieces_of(_unwrap(quote))
    if not any(p.kind == "words" for p in pieces):
        raise QuoteNotFound(
            article_id, quote, reason="the quote has no words of the source: type them"
        )
    chains = _chains(known, pieces, how, quote, article_id)
    places = [tuple(x for s, e, _ in chain for x in (s, e)) for chain in chains]
    place = pick_place(text, quote, places, prefix, suffix, occurrence, article_id, "segments")
    chain = chains[places.index(place)]
    rendering, case_changes = _rendering(text, pieces, chain)
    inserted = _interpolations(text, pieces, chain)
    for x in inserted:
        problem = _insertion_problem(x)
        if problem is not None:
            raise QuoteNotFound(article_id, quote, reason=problem)
    return SegmentedMatch(
        tuple(selector_at(text, s, e) for s, e, _ in chain),
        rendering,
        quote,
        tuple(line for _, _, recorded in chain for line in recorded),
        tuple(sorted((*inserted, *case_changes), key=lambda x: (x.start, x.end))),
        "segments",
    )


def _typed_as_is(forms: TextForms, quote: str, article_id: str) -> bool:
    """Whether the quote, marks and all, stands in the text (exactly or up to typography)."""
    return bool(
        find_spans(forms, quote, allow_typo=False, article_id=article_id, words=False).spans
    )
