"""Quoted words that are a title, not speech: “Salt and Iron”, “Northwest BC Economic Briefing”.

Split out of :mod:`claimtrack.aids.attribution`, which uses it before and after looking for a cue.
"""

from __future__ import annotations

from claimtrack.text.lexicon import wordset

__all__ = ["is_title"]

_TITLE_SMALL = wordset("of the and a an in on for to at by with from or vs nor but as")


def is_title(quoted: str) -> bool:
    """Words in Title Case with no sentence end: a book, a programme or a report, not speech."""
    words = quoted.split()
    if len(words) < 2 or quoted.rstrip()[-1:] in "!?…,;:":
        return False
    rating = len(words) <= 4 and all(w[:1].isupper() for w in words)
    if quoted.rstrip()[-1:] == "." and not rating:
        return False  # a sentence; but a rating such as “Above Average.” is still a name
    capitalised = 0
    for word in words:
        head = word.lstrip("‘'(\"“")[:1]
        if not head.isalpha():
            continue
        if head.isupper():
            capitalised += 1
        elif word.lower() not in _TITLE_SMALL:
            return False
    return capitalised >= 2
