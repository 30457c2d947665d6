"""The role a pronoun's person was given when the article names nobody: "The coach, known for
his passion, … “…,” he said" → "the coach". Split out of :mod:`claimtrack.aids.pronouns`.

A role set off after a name ("said Maria Lund, the coach") is that person's: when her first
name shows the other gender, "he" is not "the coach" either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.speakers import ORG_NOUNS, ROLE_NOUNS, NameChunk
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["PERSON_ROLES", "role_before"]

# Role nouns that name one person ("the coach"), not a body or a crowd ("the ministry").
PERSON_ROLES = (
    ROLE_NOUNS
    - ORG_NOUNS
    - wordset(
        "officials experts sources observers analysts politicians leaders representatives "
        "spokesmen officers critics activists witnesses members residents negotiators "
        "investigators diplomats lawmakers spokespeople source government"
    )
)


def role_before(
    reader: ArticleReader, scanned: Sequence[tuple[list[Token], list[NameChunk]]], wrong: str
) -> str | None:
    """ "The coach, known for his passion, … he said": the role a pronoun's person was given
    when the article names nobody ("the coach"), nearest first; never the role of a person
    set off before it whose gender is ``wrong`` for the pronoun."""
    for toks, chunks in scanned:
        for k in range(len(toks) - 1, 0, -1):
            word = toks[k].lower.removesuffix("’s").removesuffix("'s")
            after = toks[k + 1] if k + 1 < len(toks) else None
            if after is not None and (after.is_capitalised or after.lower in ROLE_NOUNS):
                continue  # "the head coach Tom Reed": a title before a name
            if reader.is_quoted(toks[k].start):
                continue  # a role inside quoted words is someone the speaker talks about
            if word in PERSON_ROLES and toks[k - 1].lower in ("the", "this"):
                if _set_off_after(reader, toks, chunks, k - 1, wrong):
                    return None  # "said Maria Lund, the coach": hers, and she is no "he"
                return f"the {word}"
    return None


def _set_off_after(
    reader: ArticleReader, toks: list[Token], chunks: list[NameChunk], k: int, wrong: str
) -> bool:
    """A person of the ``wrong`` gender is named right before the comma before ``toks[k]``."""
    if k < 2 or toks[k - 1].text != ",":
        return False
    named = next((c for c in chunks if c.end == toks[k - 2].end and c.kind == "person"), None)
    return named is not None and reader.gender(named.name, guess=True) == wrong
