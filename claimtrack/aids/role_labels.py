"""Speaker labels made of a role: "Minister of Health: …" (a role with its domain), and a
government transcript's role before the name ("Minister for Ports and the Pacific, Ada Lund:
…"). The role must hold a title word; who holds it is read elsewhere
(:mod:`claimtrack.aids.role_holders`)."""

from __future__ import annotations

import re

from claimtrack.aids.name_words import TITLES
from claimtrack.text.first_names import is_given_name

__all__ = ["role_label", "role_then_name"]

_ROLE_NAME_LABEL = re.compile(
    r"([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|the|and|on)){0,8}), "
    r"((?:[A-Z][\w.’'-]* ){1,3}[A-Z][\w’'-]*)\s?:\s+(?=\S)"
)
_ROLE_LABEL = re.compile(
    r"(([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) (?:of|for) (?:the )?[A-Z][\w’'-]*"
    r"(?: (?:and )?[A-Z][\w’'-]*){0,2})\s?:\s+(?=\S)"
)


def role_then_name(text: str, at: int, end: int) -> re.Match[str] | None:
    """A label opening ``text[at:end]`` that is a role opened by a title word, a comma and a
    name: group 1 the role, group 2 the name."""
    m = _ROLE_NAME_LABEL.match(text, at, end)
    return m if m is not None and m[1].split()[0].lower() in TITLES else None


def role_label(text: str, at: int, end: int) -> re.Match[str] | None:
    """A label opening ``text[at:end]`` that is a role with its domain ("Minister of Health:"):
    group 1 the label, group 2 the role's head ("Minister"), which holds a title word."""
    m = _ROLE_LABEL.match(text, at, end)
    if m is None or not any(w.lower() in TITLES for w in m[2].split()):
        return None
    domain = m[1][len(m[2]) :].split()
    # "Minister for Health Ada Lund:" is a name after its role (a cue, not a role's label)
    return None if any(is_given_name(w) for w in domain) else m
