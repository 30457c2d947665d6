"""A surname misspelt once: "Mbekwanu" in an article that names "Sipho Mbekwana".

News copy misspells a long surname now and then (a letter doubled, dropped, swapped or
changed). When a one-word name the article writes at most twice and never in full is one edit
away from the surname of exactly one full name the article writes, it is taken for that person,
below the sure bin (a guess from spelling). Short names (under six letters) are left alone:
"Khan" and "Kahn" are different people. A surname's "O’" or "D’" left out ("Sullivan" for
"Terrence O’Sullivan") is a slip too. Used by :class:`claimtrack.aids.name_index.NameIndex`.
"""

from __future__ import annotations

import re

__all__ = ["MIN_LETTERS", "MISSPELT_CONFIDENCE", "full_surnames", "one_edit", "respelt"]

MIN_LETTERS = 6
MISSPELT_CONFIDENCE = 0.6
"""Confidence of a speaker whose name was matched to the article's full name by spelling."""
MAX_SURNAMES = 400
"""Surnames of full names collected per article (a text of endless names stays cheap)."""

# (an Irish surname's "O’" counts: "Ada O’Sullivan")
_FULL_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z’'-]+ ([A-Z](?:[’'][A-Z])?[a-z’'-]{5,})(?![\w’'])")


def full_surnames(text: str) -> frozenset[str]:
    """The last words of two-word capitalised runs in ``text`` ("Sipho Mbekwana" →
    Mbekwana), at most :data:`MAX_SURNAMES`."""
    found: set[str] = set()
    for m in _FULL_NAME.finditer(text):
        found.add(m.group(1))
        if len(found) >= MAX_SURNAMES:
            break
    return frozenset(found)


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one letter inserted, dropped, changed or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def respelt(name: str, surnames: frozenset[str], text: str) -> str | None:
    """The one surname of the article ``name`` misspells, or None."""
    if len(name) < MIN_LETTERS or not name[:1].isupper() or name in surnames:
        return None
    close = [
        s
        for s in surnames
        if (abs(len(s) - len(name)) <= 1 and one_edit(name, s)) or _prefix_lost(name, s)
    ]
    if len(close) != 1:
        return None
    pattern = re.compile(r"(?<![\w’'])" + re.escape(name) + r"(?![\w’'])")
    if len(pattern.findall(text, 0)) > 2:
        return None  # written so three times or more: the article's spelling, not a slip
    return close[0]


def _prefix_lost(name: str, surname: str) -> bool:
    """ "Sullivan" for "O’Sullivan": the surname's Irish "O’" or French "D’" left out."""
    return surname[2:] == name and surname[:1] in "OD" and surname[1:2] in "’'"
