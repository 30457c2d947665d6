"""A short tag in brackets after a name: "Sen. Ada Lund (D-N.Y.) said", "Lund (pictured) said".

US news tags a politician with party and state, captions tag a person with a place in the
picture: the name before the brackets is still the subject of the verb after them.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.text.tokens import Token

__all__ = ["name_tag_end", "past_name_tag"]

_NAME_PARENTHESIS = 5
"""Most tokens in a parenthesis set after a name: "(D)", "(R-Texas)", "(D-N.Y.)", "(pictured)"."""


def name_tag_end(toks: Sequence[Token], k: int) -> int | None:
    """The index of the ")" closing a short parenthesis opened at ``toks[k]`` right after a
    capitalised word ("Sen. Ada Lund (D-N.Y.) said": a party and state, "(pictured)"): the
    name speaks, the parenthesis only tags it. None when ``toks[k]`` opens no such tag."""
    if toks[k].text != "(" or k == 0 or not toks[k - 1].is_capitalised:
        return None
    for m in range(k + 2, min(len(toks), k + 2 + _NAME_PARENTHESIS)):
        if toks[m].text == ")":
            return m
        if toks[m].text in ("(", '"', "“", "”", ",", ";"):
            return None
    return None


def past_name_tag(toks: list[Token], j: int) -> int:
    """The index before a name's tag (:func:`name_tag_end`) ending at ``toks[j]``, else ``j``."""
    if j < 2 or toks[j].text != ")":
        return j
    for k in range(j - 2, max(-1, j - 2 - _NAME_PARENTHESIS), -1):
        if toks[k].text == "(":
            return k - 1 if name_tag_end(toks, k) == j else j
    return j
