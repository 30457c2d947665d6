"""Teasers set as labelled turns: a line a later turn of the same speaker says word for word.

A page may print "José Gomes: I am disappointed" above the statement that says it, or
"José Gomes: “I am disappointed”" where the article quotes those words again: a headline or a
teaser in a speaker label's shape, not a turn of an interview.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.aids.interview_labels import Label

__all__ = ["without_teasers"]

_ENDS = ".!?…"
_CLOSERS = '”"»'
_OPENERS = '“"«„'


def without_teasers(text: str, labels: list[Label], keys: dict[str, str]) -> list[Label]:
    """A labelled line a later turn of the same speaker says word for word is a headline or a
    teaser ("José Gomes: I am disappointed" above the statement that says it): not a turn.
    So is "José Gomes: “I am disappointed”" when the article quotes those words again."""
    bodies = [text[lab.body_start : lab.para.end].rstrip() for lab in labels]
    said = [_squashed(body) for body in bodies]
    everything = ""

    def teaser(n: int) -> bool:
        nonlocal everything
        if len(said[n].split()) < 4:
            return False
        if bodies[n][:1] in _OPENERS and bodies[n][-1:] in _CLOSERS:
            everything = everything or _squashed(text)
            return everything.count(said[n]) >= 2  # the teaser and the quote it repeats
        if bodies[n][-1:] in _ENDS + _CLOSERS:
            return False
        key = keys[labels[n].text.lower()]
        later = range(n + 1, len(labels))
        return any(keys[labels[k].text.lower()] == key and said[n] in said[k] for k in later)

    return [lab for n, lab in enumerate(labels) if not teaser(n)]


def _squashed(body: str) -> str:
    """Lower case, accents and punctuation dropped ("mulţumit" and "mulțumit" are one word)."""
    folded = unicodedata.normalize("NFKD", body.lower())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())
