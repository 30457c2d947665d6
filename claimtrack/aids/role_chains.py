"""A body's name written in front of a person's role: "Northland Farmers and Growers Association
president Tom Berg", "Bay of Plenty DHB CEO Ada Lund", "Vila do Conde Port Director Ada Lund".

The run of capitals before the role names the body the person works for, not a person: a
pronoun further on ("he said") stands for the person after the role, and the body's first words
("Northland Farmers", "Bay") are no speaker. The name chunker reads such a run as several chunks
("Northland Farmers" | "Growers Association"), the first of them shaped like a person's name.

A chunk is such a head when it holds no first name the dictionary knows, carries no title of its
own, and only the body's other words lie between it and a person named after a role: particles
and "of"/"and" ("Bay of Plenty", "Dar es Salaam"), more capitals and acronyms, brackets round an
acronym, and role words in lower case ("chief executive officer"). A verb, a comma or any other
word ends the chain: "Lund told Northport Council chair Ada Berg" keeps Lund.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_words import HONORIFICS, ORG_WORDS, ROLE_NOUNS, TITLES
from claimtrack.aids.role_words import ROLE_WORDS
from claimtrack.aids.title_places import PARTICLES
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.speakers import NameChunk

__all__ = ["body_heads", "body_role", "role_then_name"]

_JOINERS = wordset("of and & es")
_OF = wordset("of es")
_BRACKETS = frozenset("()")
_CHAIN_TOKENS = 14  # a body's name and a role: "Rural Alive and Well (RAW) chief executive officer"


def body_role(words: Sequence[str]) -> bool:
    """ "Cabinet Secretary", "Council Leader": a body's word, then the role held in it, names a
    role and nobody (the person, if any, is named after it). "General" ends bodies' names too
    ("Hospital General")."""
    last = words[-1].lower() if words else ""
    return len(words) >= 2 and last in _HEADS and last not in ORG_WORDS


_HEADS = ROLE_WORDS - {"general"}


def body_heads(toks: Sequence[Token], chunks: list[NameChunk]) -> list[NameChunk]:
    """``chunks`` (name chunks of ``toks``, in order) with each body's head before a person's
    role told as a body (kind ``org``), see the module's notes. Each chunk looks only a few
    tokens on, so a long run of text stays linear."""
    out = list(chunks)
    starts = [t.start for t in toks]
    for n, chunk in enumerate(chunks):
        if chunk.kind != "person" or not _untitled(chunk):
            continue
        k = bisect_left(starts, chunk.end)
        after = toks[k : k + _CHAIN_TOKENS]
        nxt = after[0].lower if after else ""
        if _has_first_name(chunk) and not (nxt in PARTICLES or nxt in _OF):
            continue  # ("Bay of Plenty": a first name too, but no person's name runs on "of")
        if after and _runs_to_a_role(after, chunks[n + 1 : n + 1 + _CHAIN_TOKENS]):
            out[n] = evolve(chunk, kind="org")
    return out


def _runs_to_a_role(after: Sequence[Token], later_chunks: Sequence[NameChunk]) -> bool:
    """Only a body's words (the tokens ``after`` a chunk) lie between it and a person named
    after a role (``later_chunks``: the chunks that follow it)."""
    later = list(later_chunks)
    role_before = False
    for tok in after:
        while later and later[0].end <= tok.start:
            later.pop(0)
        chunk = later[0] if later and later[0].start <= tok.start else None
        if chunk is not None and chunk.kind == "person":
            if role_before or chunk.text != chunk.name:
                return True  # the person: after a role, or with one in the chunk
            if _has_first_name(chunk):
                return False  # "Tom Berg and Ada Lund": two people
        if chunk is not None:
            role_before = False
            continue  # the body's own capitals ("Growers Association", "RAW")
        low = tok.lower
        if low in ROLE_NOUNS or low in TITLES:
            role_before = True
        elif low in _JOINERS or low in PARTICLES or tok.text in _BRACKETS or low in ORG_WORDS:
            role_before = False  # ("Northport chamber president Ada Lund": a body's word)
        else:
            return False
    return False


def _untitled(chunk: NameChunk) -> bool:
    """The chunk is all name, or a body's initials and a name ("RCEM Wales"): no title."""
    if chunk.text == chunk.name:
        return not chunk.titled
    head = chunk.text[: -len(chunk.name)].split() if chunk.text.endswith(chunk.name) else []
    return bool(head) and all(w.isupper() and len(w) > 1 for w in head)


def _has_first_name(chunk: NameChunk) -> bool:
    return any(is_given_name(word) for word in chunk.name.split())


def role_then_name(
    toks: Sequence[Token], k: int, chunk: NameChunk, by_start: dict[int, NameChunk]
) -> bool:
    """A lower-case role noun and a person's name follow the chunk at ``toks[k]`` ("Leeds boss
    Tom Barry", "RCEM Wales vice-president Dr Rob Perry"): the chunk is not the subject."""
    j = k
    while j < len(toks) and toks[j].start < chunk.end:
        j += 1
    if j + 1 >= len(toks) or toks[j].is_capitalised or toks[j].lower not in ROLE_NOUNS:
        return False
    n = j + 1
    while n < len(toks) - 1 and (toks[n].lower in HONORIFICS or toks[n].text == "."):
        n += 1  # the person's courtesy title ("Dr", "Mr.")
    named = by_start.get(toks[n].start)
    return named is not None and named.kind == "person"
