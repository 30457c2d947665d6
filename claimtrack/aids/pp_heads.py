"""The head of a noun phrase before a prepositional phrase: who speaks in "Dr. Ada Lind of the
University of Rochester said" (Ada Lind) and in "a friend of Ada Lund said" (the friend)."""

from __future__ import annotations

from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.tokens import Token

__all__ = ["described_head", "head_before_pp"]

_DESCRIBED_REACH = 4  # words of a description before its preposition: "a close friend of"


def described_head(toks: list[Token], p: int) -> list[Token] | None:
    """ "a friend of Ada Lund", "the lawyer for Tom Berg": a lower-case description before the
    preposition at ``toks[p]``, opened by an article; the description, which speaks."""
    for d in range(p - 1, max(-1, p - 1 - _DESCRIBED_REACH), -1):
        tok = toks[d]
        if tok.lower in ("a", "an", "the"):
            return toks[d:p] if d < p - 1 else None
        if not tok.is_word or tok.is_capitalised:
            return None
    return None


def head_before_pp(toks: list[Token], p: int) -> list[Token] | None:
    """The name before a prepositional phrase ending at ``toks[p]`` (at most 8 words back)."""
    k = p
    while k > 0 and p - k < 8:
        tok = toks[k]
        if tok.lower in PREPOSITIONS and toks[k - 1].is_capitalised:
            j = k - 1
            while j - 1 >= 0 and (toks[j - 1].is_capitalised or toks[j - 1].text == "."):
                j -= 1
            if j == 0 or toks[j - 1].lower not in PREPOSITIONS | {"the", "a", "an"}:
                return toks[j:k]
        if not (tok.lower in PREPOSITIONS or tok.lower in ("the", "and") or tok.is_capitalised):
            return None
        k -= 1
    return None
