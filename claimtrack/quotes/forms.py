"""An article text's normalised forms, computed once and kept as long as their owner keeps them.

Anchoring a typed quote that is not in the text exactly compares it with the text folded by
:func:`~claimtrack.text.typography.normalize_typography`, and the word step with the text cut into
words. Both cost a pass over the whole article; a :class:`TextForms` computes each on first use
and keeps it. A casebook holds one per article for its life (dropped when the article is
replaced or removed), so anchoring the 1,000th quote in an article, in a casebook of 500
articles, costs what the first did. Calls without a casebook share a small cache keyed by text.
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.quotes.passages import Words, words_of
from claimtrack.text.typography import Normalized, normalize_typography

__all__ = ["TextForms", "forms_of"]


class TextForms:
    """The normal form and the words of one text, each computed on first use."""

    __slots__ = ("_normalized", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._normalized: Normalized | None = None
        self._words: Words | None = None

    @property
    def normalized(self) -> Normalized:
        """The text folded by :func:`~claimtrack.text.typography.normalize_typography`."""
        if self._normalized is None:
            self._normalized = normalize_typography(self.text)
        return self._normalized

    @property
    def words(self) -> Words:
        """The words of the normalised text (:func:`~claimtrack.quotes.passages.words_of`)."""
        if self._words is None:
            self._words = words_of(self.normalized.text)
        return self._words


# Keyed by the text itself: str caches its hash, and a hit on the same object compares by
# identity. Only for calls made without forms of their own (a casebook passes its own).
@lru_cache(maxsize=16)
def forms_of(text: str) -> TextForms:
    """Shared forms of ``text`` for callers that keep none (a small cache, by text)."""
    return TextForms(text)
