"""An office's full address before a person's role, with commas between its parts: "“…,”
Department of Labor, Office of Inspector General Southeast Region Special Agent-in-Charge Tom
Berg said" (United States agencies sign their statements so).

Read back from the verb, such a subject is long and holds commas, so the apposition rules (a
comma opens "Ada Lund, the port director, said") and the usual reach of a cue's subject (a
dozen words) both stop inside it. A comma is part of such a chain only when the words before it
are one body's name in Title Case ("Department of Labor": a body's word, capitals, "of", "for",
"and", "the") and the words after it run on in Title Case to the verb: "“…,” in Geneva, the
minister said" and "“…,” Ada Lund, the port director said" are no chains.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.name_words import ORG_WORDS
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["chain_end"]

_JOINERS = wordset("of for and the &")
_MOST_TOKENS = 32  # "Department of Labor, Office of Inspector General … Tom Berg": 20


def chain_end(toks: Sequence[Token], i: int) -> int | None:
    """The index of the first token after an office chain that opens at ``toks[i]`` and holds
    a comma, else None; see the module's notes."""
    if i >= len(toks) or not toks[i].is_capitalised:
        return None  # (most subjects: "he said", "the minister said")
    end = min(len(toks), i + _MOST_TOKENS)
    k, commas, body = i, 0, False
    while k < end:
        tok = toks[k]
        if tok.text == ",":
            if not body or k + 1 >= end or not toks[k + 1].is_capitalised:
                return None
            commas += 1
        elif not _in_title(toks, k):
            break
        body = body or tok.lower in ORG_WORDS
        k += 1
    return k if commas and toks[k - 1].is_capitalised else None


def _in_title(toks: Sequence[Token], k: int) -> bool:
    """A word of a name or title in Title Case: capitalised, a joiner, or a part of a hyphened
    title ("Agent-in-Charge")."""
    tok = toks[k]
    if tok.is_capitalised or tok.text == "-" or (tok.is_word and tok.text[:1].isupper()):
        return True  # ("Agent-in-Charge" is one token)
    if tok.lower in _JOINERS and k > 0 and toks[k - 1].is_capitalised:
        return True
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "-" and toks[k + 1].text == "-"
