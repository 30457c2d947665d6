"""Short names an article gives in brackets after a full name: "Bima Sastrowardo (Bimo)".

News in many countries introduces a leader's popular short name or initials once, in brackets
after the full name ("Presiden Bima Sastrowardo (Bimo)", "Ana Marta Lopes Ortiz (AMLO)"), then
writes only the short name. A cue naming the short name is that person. Used by
:class:`claimtrack.aids.name_index.NameIndex`.
"""

from __future__ import annotations

import re
from itertools import islice

from claimtrack.aids.name_words import TITLES, has_initials, without_titles
from claimtrack.text.lexicon import wordset

__all__ = ["alias_of", "bracketed_aliases"]

# A full name and its short form in brackets: one word of a capital and lower case, or three to
# five capitals (a body's acronym after its name is no person's: the full name must be a name).
_ALIAS = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+) \(([A-Z][a-z]{2,}|[A-Z]{3,5})\)")

# Titles of Indonesian and Malay news before a full name with its short form ("Presiden Bima
# Sastrowardo (Bimo)"); not stripped elsewhere ("Presiden RI" is the office, not a name).
_BEFORE_ALIAS = wordset("presiden wakil menteri gubernur bupati ketua")

MAX_ALIASES = 50
"""Bracketed short forms read per article."""


def bracketed_aliases(text: str) -> dict[str, str]:
    """Each short name in brackets after a full name, mapped to that full name (titles
    stripped); a short name given for two different names, or a one-word "full name", is left
    out."""
    found: dict[str, set[str]] = {}
    for m in islice(_ALIAS.finditer(text), MAX_ALIASES):
        full = " ".join(w for w in m.group(1).split() if w.lower() not in _BEFORE_ALIAS)
        full = without_titles(full)
        if _derived(m.group(2), full):
            found.setdefault(m.group(2), set()).add(full)
    return {a: f.pop() for a, f in found.items() if len(f) == 1 and " " in next(iter(f))}


def _derived(short: str, full: str) -> bool:
    """The short form is made from the name: it opens as one of its words does ("Bimo" of
    "Bima Sastrowardo") or is its initials ("AMLO"); never an outlet or a party ("(Reuters)",
    "(Labour)") in brackets after a name."""
    if short.isupper():
        return has_initials(full, short)
    return any(w[:3].lower() == short[:3].lower() for w in full.split())


def alias_of(name: str, aliases: dict[str, str]) -> str | None:
    """The full name a short name stands for, titles before it allowed ("Bimo", "Presiden
    Bimo" → "Bima Sastrowardo"), or None."""
    *titles, last = name.split() or [""]
    if last not in aliases or any(w.lower() not in TITLES | _BEFORE_ALIAS for w in titles):
        return None
    return aliases[last]
