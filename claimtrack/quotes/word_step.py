"""The word step of anchoring: a quote not found as typed, compared word by word.

The closest passages (:mod:`claimtrack.quotes.passages`) are compared with the typed quote
(:mod:`claimtrack.quotes.differences`): a passage is accepted only when every word has the same
letters and digits (the case of the quote's first letter forgiven) and the rest differs in
punctuation only. Anything else is refused with :class:`~claimtrack.errors.QuoteNotFound` naming
the differing words and carrying the source's own passage as ``suggestion``.
"""

from __future__ import annotations

from claimtrack.errors import QuoteNotFound
from claimtrack.quotes.differences import Comparison, compare
from claimtrack.quotes.forms import TextForms
from claimtrack.quotes.passages import MAX_QUOTE_LENGTH, closest_passages, words_of
from claimtrack.text.typography import fold_typography

__all__ = ["CLOSEST", "WordMatch", "word_matches"]

CLOSEST = 3
"""Passages shown in a QuoteNotFound."""

#: A passage accepted word by word: its span in the text and the differences recorded.
WordMatch = tuple[tuple[int, int], tuple[str, ...]]


def word_matches(
    forms: TextForms, quote: str, *, allow_typo: bool, article_id: str
) -> list[WordMatch]:
    """Every passage equal to ``quote`` word by word, in text order; else QuoteNotFound."""
    nq = fold_typography(quote).strip()
    if len(nq) > MAX_QUOTE_LENGTH:
        raise QuoteNotFound(
            article_id,
            quote,
            reason=f"the quote is {len(nq):,} characters and is not in the text as typed (nor "
            f"with typography forgiven); quotes longer than {MAX_QUOTE_LENGTH:,} characters are "
            f"not searched for a closest passage: quote a shorter passage",
        )
    norm, vocabulary = forms.normalized, forms.words
    typed = words_of(nq)
    compared = [
        (p.score, compare(nq, typed, vocabulary, p))
        for p in closest_passages(typed, vocabulary, CLOSEST)
    ]
    good = [c for _, c in compared if not c.problems(vocabulary, allow_typo)]
    if not good:
        raise _refusal(forms, quote, compared, allow_typo, article_id)
    by_span: dict[tuple[int, int], tuple[str, ...]] = {}
    for c in reversed(good):  # the better-scored passage wins a span both reach
        by_span[norm.span(c.start, c.end)] = c.recorded(allow_typo)
    return sorted(by_span.items())


def _refusal(
    forms: TextForms,
    quote: str,
    compared: list[tuple[float, Comparison]],
    allow_typo: bool,
    article_id: str,
) -> QuoteNotFound:
    """The QuoteNotFound for a quote no passage matches: the real differences, and the fix."""
    if not compared:
        return QuoteNotFound(
            article_id, quote, reason="no passage of the article shares a word with it"
        )
    text, norm, vocabulary = forms.text, forms.normalized, forms.words
    shown = []
    for score, c in compared[:CLOSEST]:
        start, end = norm.span(c.start, c.end)
        shown.append((score, start, end, text[start:end]))
    best = compared[0][1]
    differences = best.problems(vocabulary, allow_typo)
    typos_only = not allow_typo and best.words and not best.refused_marks and not best.case
    if typos_only and not best.problems(vocabulary, True):
        differences.append(
            "each differing word is a one-letter slip: pass allow_typo=True to accept it "
            "(the typed form is kept)"
        )
    return QuoteNotFound(
        article_id,
        quote,
        shown,
        reason=f"the closest passage differs: {differences[0]}" if differences else "",
        differences=differences,
        suggestion=shown[0][3],
    )
