"""Subject pronouns of other languages at a cue, read as the English one: "«…», ha detto lei"
(she), "— заявил он" (he), "ont-ils dit" (they). Split out of :mod:`claimtrack.aids.mentions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.text.tokens import Token

__all__ = ["as_english_pronoun"]


_FOREIGN_PRONOUNS = {
    "él": "he", "ella": "she", "lui": "he", "lei": "she", "elle": "she", "он": "he", "она": "she",
    "они": "they", "ils": "they", "ellos": "they", "loro": "they",
}  # fmt: skip


def as_english_pronoun(np: Sequence[Token]) -> Sequence[Token]:
    """``np`` itself, or, when it is one foreign pronoun, the English pronoun on its offsets."""
    if len(np) == 1 and (english := _FOREIGN_PRONOUNS.get(np[0].lower)):
        return [Token(english, np[0].start, np[0].end)]
    return np
