"""A body's name that runs across "and", read back from the verb it is the subject of:
"Cheshire West and Chester Council said", "the Department for Environment, Food and Rural
Affairs said", "the Department of Health and Social Care said".

The run of capitals before a verb stops at "and", so such a body spoke as its last words
("Chester Council", "Rural Affairs"). Two shapes are one body: places' names before one body's
word (:func:`claimtrack.aids.body_names.one_body_across_and`), and the list a body's "of" or
"for" goes on to ("Environment, Food and Rural Affairs"), unless the list's last name is a
body of its own ("the Ministry of Defence and Velm Police said": two bodies).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.body_names import (
    JOINS,
    in_complement_list,
    is_body_head,
    is_own_body,
    one_body_across_and,
)
from claimtrack.aids.given_names import is_given_name
from claimtrack.text.tokens import Token

__all__ = ["body_across_and", "list_comma"]

_RUN_WORDS = 3  # capitals in one name of the list ("Cheshire West")
_LIST_TOKENS = 14  # a list's tokens back to its body's "of": "of Environment, Food and"


def body_across_and(toks: Sequence[Token], k: int, j: int) -> int:
    """Where the body's name opens whose last words are ``toks[k : j + 1]`` after "and" at
    ``toks[k - 1]``; -1 when the run after "and" is a name of its own."""
    after = [t.text for t in toks[k : j + 1]]
    head = _list_head(toks, k - 1)
    if head >= 0:
        own = is_own_body(after) or is_given_name(after[0]) or len(after) > _RUN_WORDS
        return -1 if own else head
    o = _run_start(toks, k - 1)
    if o == k - 1 or in_complement_list(" ".join(t.text for t in toks[max(0, o - 12) : o])):
        return -1  # ("Minister of Water, Irrigation and Fire Service": a list's last two)
    return o if one_body_across_and([t.text for t in toks[o : k - 1]], after) else -1


def _run_start(toks: Sequence[Token], end: int) -> int:
    """The start of the run of capitals that ends before ``toks[end]`` (at most a few)."""
    o = end
    while o >= 1 and end - o < _RUN_WORDS and toks[o - 1].is_word and toks[o - 1].is_capitalised:
        o -= 1
    return o


def _list_head(toks: Sequence[Token], at: int) -> int:
    """Where the body opens ("Department") whose "of"/"for" goes on to a list of capitalised
    names ending at the "and" at ``toks[at]``; -1 when none does."""
    o = at
    while o >= 2 and at - o < _LIST_TOKENS:
        o = _run_start(toks, o)
        before = toks[o - 1] if o >= 1 else None
        if before is None or o == at:
            return -1
        if before.lower in JOINS and o >= 2 and is_body_head(toks[o - 2].text):
            return _run_start(toks, o - 1) if toks[o - 2].is_capitalised else -1
        if before.text != ",":
            return -1
        o -= 1
    return -1


def list_comma(toks: Sequence[Token], j: int) -> bool:
    """The comma at ``toks[j]`` parts the names of a body's list ("the Department for
    Environment, Food and Rural Affairs said"): no apposition opens there."""
    m = j + 1
    while m < len(toks) and m - j < _LIST_TOKENS and toks[m].lower not in ("and", "&"):
        if not (toks[m].text == "," or (toks[m].is_word and toks[m].is_capitalised)):
            return False
        m += 1
    end = m + 1
    while end < len(toks) and end - m <= _RUN_WORDS and toks[end].is_capitalised:
        end += 1
    if m >= len(toks) or end == m + 1:
        return False
    return 0 <= _list_head(toks, m) < j and body_across_and(toks, m + 1, end - 1) >= 0
