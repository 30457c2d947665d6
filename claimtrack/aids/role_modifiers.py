"""A name written before a role and a person's name modifies the role: it speaks for nobody.

"Saudi Arabia coach Hervé Marchal", "Acme chief executive Ada Lind", "Harriers coach Tom
Reed": the place, team or company before the lower-case role is whose the role is, and the
person is the name after it. Read as a person ("Arabia", once the demonym "Saudi" is stripped),
such a name is a pronoun's nearest antecedent and wins over the coach. Used by
:class:`claimtrack.aids.mentions.ArticleReader` on every sentence's chunks.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from claimtrack.aids.speakers import ROLE_NOUNS, NameChunk
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["role_modifiers"]

MAX_ROLE_WORDS = 2
"""Lower-case role words between the modifier and the name ("chief executive", "head coach")."""


def role_modifiers(chunks: list[NameChunk], toks: Sequence[Token]) -> list[NameChunk]:
    """``chunks`` with each person chunk that stands before lower-case role words and another
    chunk, or a one-word chunk before role words no name follows ("said a Makati trial court
    judge"), read as the body or place it names (kind ``org``, its whole text as the name)."""
    if not chunks:
        return chunks
    starts = {c.start for c in chunks}
    index = {t.start: n for n, t in enumerate(toks)}
    out = list(chunks)
    for n, chunk in enumerate(chunks):
        if chunk.kind != "person":
            continue
        k = next((index[s] for s in range(chunk.end, chunk.end + 3) if s in index), None)
        if k is None or k == 0 or toks[k - 1].end > chunk.end:
            continue
        m = k
        while m < len(toks) and m - k < MAX_ROLE_WORDS and _role_word(toks[m]):
            m += 1
        if m > k and m < len(toks) and toks[m].start in starts:
            out[n] = evolve(chunk, name=chunk.text, kind="org")
        elif (m := _role_end(toks, k)) > k and " " not in chunk.text and _no_name_after(toks, m):
            # "Ghana coach has stated …", "said a Makati trial court judge": the role is the
            # person (no name follows), the one word before it whose it is
            out[n] = evolve(chunk, name=chunk.text, kind="org")
    return out


def _role_word(tok: Token) -> bool:
    return tok.text.islower() and tok.lower in ROLE_NOUNS


def _no_name_after(toks: Sequence[Token], m: int) -> bool:
    """The role words end before a lower-case word or a sentence's end, not a name."""
    return m >= len(toks) or not toks[m].is_capitalised


def _role_end(toks: Sequence[Token], k: int) -> int:
    """Past lower-case words ending in a role ("trial court judge", "coach") from ``toks[k]``,
    at most three; ``k`` when they end in none."""
    end = k
    for m in range(k, min(len(toks), k + MAX_ROLE_WORDS + 1)):
        word = toks[m].lower
        if not toks[m].text.islower() or not toks[m].is_word or word in _NOT_MODIFIERS:
            break
        if word.endswith(("ed", "ing", "ly")):
            break  # "Samos staged a general strike": a verb, the name its subject
        if word in ROLE_NOUNS:
            end = m + 1
    return end


# Words that end a noun phrase: "Harbour said a …", "Northport has a …".
_NOT_MODIFIERS = wordset("a an the of to and or in on at for has had have is was are were")
