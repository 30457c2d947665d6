"""When and where words were said, as an aside between commas prints them after the speaker.

"The plan, said Ada Lund on Monday, “…”", "…, said Ada Lund in Velm, “…”": the words after
the speaker's name say only when or where, so the aside still credits the quote to the name.
Anything else there ("said Ada Lund, who chairs it") is more than an aside.
"""

from __future__ import annotations

from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token
from claimtrack.text.weekdays import is_weekday

__all__ = ["only_circumstance"]

_WHEN = wordset("yesterday today tonight morning afternoon evening night earlier later")


def only_circumstance(words: list[Token]) -> bool:
    """True for "", "yesterday", "on Monday (night)", "last week", "in Velm", "in New York on
    Monday": at most one phrase of time and one of place, nothing else."""
    rest, when, where = words, False, False
    while rest:
        if not when and (n := _when_length(rest)):
            rest, when = rest[n:], True
        elif not where and (n := _where_length(rest)):
            rest, where = rest[n:], True
        else:
            return False
    return True


def _when_length(words: list[Token]) -> int:
    """How many words open with a time: "yesterday", "on Monday (night)", "last/this week"."""
    low = [t.lower for t in words[:3]]
    if low[0] in _WHEN:
        return 1
    if len(low) < 2 or not (
        (low[0] == "on" and is_weekday(words[1].text)) or low[0] in ("last", "this")
    ):
        return 0
    return 3 if len(low) == 3 and low[2] in _WHEN else 2


def _where_length(words: list[Token]) -> int:
    """How many words open with where or how the words were said: "in Velm", "in New York"
    (capitalised words), "at the meeting", "in a statement" (a determiner, up to two words)."""
    if words[0].lower not in _WHERE:
        return 0
    if len(words) > 1 and words[1].lower in _DETERMINERS:
        n = 2
        while n < min(len(words), 4) and words[n].is_word:
            n += 1
        return n if n > 2 else 0
    n = 1
    while n < min(len(words), 4) and words[n].text[:1].isupper() and words[n].text.isalpha():
        n += 1
    return n if n > 1 else 0


_WHERE = wordset("in at during")
_DETERMINERS = wordset("a an the his her their its")
