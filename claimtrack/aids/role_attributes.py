"""Words before a role that describe the person, not the office: "the two-time Cup-winning coach".

"the Serbian foreign minister" picks one office among several (its modifiers are the office's);
"the two-time Super Rugby-winning coach" or "the 12-year veteran forward" says something about
the one coach the article has named. Used by :mod:`claimtrack.aids.coreference` to resolve such a
description to the only person named with its head role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.name_words import DEMONYMS, TITLES
from claimtrack.aids.role_words import DETERMINERS
from claimtrack.text.lexicon import wordset

__all__ = ["attributive", "body_before"]

# A hyphenated attribute of a person: "two-time", "Cup-winning", "long-serving", "hard-hitting",
# "record-breaking", "12-year", "award-nominated".
_ATTRIBUTE = re.compile(
    r"^[\w’'.]+-(?:time|times|winning|serving|breaking|hitting|talking|scoring|year|season|"
    r"game|match|nominated|decorated|capped)$",
    re.IGNORECASE,
)
# Words that pick one office or person among several: never an attribute.
_OFFICE_PICKING = wordset(
    "former ex acting interim deputy vice assistant new incoming outgoing then current "
    "previous late first second other same"
)


def attributive(words: Sequence[str], head: str) -> bool:
    """True when the words before ``head`` in a description are attributes of a person: one of
    them a hyphenated attribute ("two-time", "Cup-winning") and the rest capitalised words of
    its name ("Super" in "Super Rugby-winning") or other such attributes; no demonym, title or
    word that picks an office ("former", "deputy", "new")."""
    low = [w.lower() for w in words]
    if head not in low:
        return False
    before = [w for w in words[: low.index(head)] if w.lower() not in DETERMINERS]
    if not any(_ATTRIBUTE.match(w) for w in before):
        return False
    for w in before:
        lw = w.lower()
        if lw in _OFFICE_PICKING or lw in DEMONYMS or lw in TITLES:
            return False
        if not (_ATTRIBUTE.match(w) or w[:1].isupper()):
            return False
    return True


def body_before(words: Sequence[str], head: str) -> list[str]:
    """The body's name before ``head`` in a description, lower-cased: "the Velm Energy CEO" →
    ["velm", "energy"]; empty when any word before the head is not a capitalised word of a
    name (a demonym, a title or a word that picks an office: "the Velm deputy mayor")."""
    low = [w.lower() for w in words]
    if head not in low:
        return []
    before = [w for w in words[: low.index(head)] if w.lower() not in DETERMINERS]
    for w in before:
        lw = w.lower()
        if not w[:1].isupper() or lw in _OFFICE_PICKING or lw in DEMONYMS or lw in TITLES:
            return []
    return [w.lower().replace("’", "'").removesuffix("'s") for w in before]
