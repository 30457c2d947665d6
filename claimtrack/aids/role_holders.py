"""Who holds a role the page names: "Minister:" on a transcript is the one minister the lead
names ("Harbour Minister Ada Lund", "the harbour minister Ada Lund", "Ada Lund, the harbour
minister,"). Two people with the role, and the label names nobody."""

from __future__ import annotations

import re

from claimtrack.aids.name_words import HONORIFICS
from claimtrack.aids.title_places import PARTICLES

__all__ = ["PARTICLE", "named_with_role", "role_holder"]

PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
"""A particle inside a name, as a pattern: "Bill de Blasio", "Ada van Lund"."""

# What may stand between a role and the name: its domain and an honorific ("Minister for
# Foreign Affairs, Dr Ada Lund", "Minister of Ports Ada Lund", "Presidente da República, Ana
# Lima").
_DOMAIN = r" (?:of|for|da|de|do|del|della|di|du) (?:the )?(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+"
_ROLE_DOMAIN = rf"(?:{_DOMAIN})?,?"
_ROLE_HONORIFIC = rf"(?: (?:{'|'.join(sorted(HONORIFICS))})\.?)?"


def named_with_role(text: str, role: str) -> str | None:
    """The one name the text writes with ``role``: after it ("Prime Minister Ada Lund", "the
    harbour minister Ada Lund", "Minister for Foreign Affairs, Dr Ada Lund") or before it in
    apposition ("Ada Lund, the harbour minister,"). "PM" is the prime minister."""
    role = _ROLE_ABBREVIATIONS.get(role.casefold(), role)
    words = role.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]  # "Hon Minister:" is the minister, whatever honour the lead gives
    role = " ".join(words)
    word = r"(?!(?:By|And|In|On|At|For|From|Of|To|The|With)\b)[A-Z][\w’'-]+"  # "… Roe By Kim"
    name = rf"((?:{word} (?:{PARTICLE} )?){{1,2}}{word})"  # ("Mayor Bill de Blasio")
    said = rf"(?i:{re.escape(role)})"  # "Minister:" is the "minister" of the lead
    after = re.compile(rf"{said}{_ROLE_DOMAIN}(?i:{_ROLE_HONORIFIC}) {name}")
    before = re.compile(
        rf"\b{name}, (?:the |a )?(?:[\w’'-]+ ){{0,3}}{said}(?:{_DOMAIN})?(?:[,.]|$)", re.M
    )
    names = {m.group(1) for m in after.finditer(text)} | {m.group(1) for m in before.finditer(text)}
    return names.pop() if len(names) == 1 else None


_ROLE_ABBREVIATIONS = {"pm": "Prime Minister", "fm": "Foreign Minister"}


def role_holder(text: str, cover: str, role: str) -> str | None:
    """The one person ``text``, else the page above it (``cover``), names with ``role``."""
    return named_with_role(text, role) or named_with_role(cover, role)
