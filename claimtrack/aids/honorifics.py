"""Styles of address used in place of a name: "His Lordship said", "Her Excellency told …".

A court report or a diplomatic note names the judge, the peer or the ambassador once and then
writes "His Lordship" or "Her Excellency". Such a style is a pronoun with a capital: it stands
for the man or woman "he" or "she" would stand for there. Used by
:func:`claimtrack.aids.mentions.resolve_np`; when nobody is named before, the style stays a
description, as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["honorific_pronoun"]

_STYLES = wordset(
    "excellency lordship ladyship majesty highness holiness grace worship honour honor eminence"
    " beatitude judgeship"
)
_OWNERS = {"his": "he", "her": "she"}
_RANKS = wordset("royal imperial serene")  # "His Royal Highness", "Her Imperial Majesty"


def honorific_pronoun(np: Sequence[Token]) -> Token | None:
    """ "His Lordship", "Her Royal Highness": "he" or "she" on the style's offsets, else None."""
    if not 2 <= len(np) <= 3 or np[0].lower not in _OWNERS or np[-1].lower not in _STYLES:
        return None
    if len(np) == 3 and np[1].lower not in _RANKS:
        return None  # ("His Own Grace"): one rank word at most, and only these
    if not all(t.text[:1].isupper() for t in np):
        return None  # "his honour said", "her grace": words, not a style
    return Token(_OWNERS[np[0].lower], np[0].start, np[-1].end)
