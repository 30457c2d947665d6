"""The one subheading rule, used by the cleaner and by the sentence splitter.

A subheading is one short line that does not end like a sentence or a clause and holds no
sentence break: "How can the CSTO intervene?" and "Few have noticed Minsk's independent policy…"
are headings; "The summit ended." and "Minsk, Moscow and Astana:" are not.
"""

from __future__ import annotations

import re

__all__ = ["HEADING_MAX_CHARS", "HEADING_MAX_WORDS", "INTERNAL_BOUNDARY", "is_heading"]

HEADING_MAX_WORDS = 15
"""A subheading has at most this many words."""
HEADING_MAX_CHARS = 120
"""A subheading has at most this many characters."""

INTERNAL_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*\s+[\"“‘'«(\[]*[A-ZА-ЯЁІЎ0-9]")
"""A sentence break inside a line: terminal punctuation, space, then a capital or a digit."""

_CLOSERS = "\"'”’»)]“‘«„"
_CLOSERS_AND_SPACES = _CLOSERS + " \u00a0\u202f"
_OPENERS = "\"“‘'«([ "


def is_heading(line: str) -> bool:
    """True for a subheading: one short line that does not end like a sentence or a clause.

    A heading may end in ``?``, ``!`` or ``…`` but never in ``.``, ``,``, ``;`` or ``:``
    (closing quote marks and brackets aside); it starts with a capital or a digit (after any
    opening marks), or with an ellipsis when it continues the heading before it ("… except
    Moscow"); and it holds no sentence break.
    """
    line = line.strip()
    if not line or len(line) > HEADING_MAX_CHARS or "\n" in line:
        return False
    if len(line.split()) > HEADING_MAX_WORDS:
        return False
    last = line.rstrip(_CLOSERS_AND_SPACES)[-1:]  # ("… la population. »": French spacing)
    if last in ".,;:" or not last:
        return False
    if INTERNAL_BOUNDARY.search(line):
        return False
    if line.startswith(("…", "...")):
        return True
    first = line.lstrip(_OPENERS)
    return bool(first) and (first[0].isupper() or first[0].isdigit())
