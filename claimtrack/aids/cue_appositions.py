"""A name set off by a comma after the description that follows a cue: "said another farmer,
George Kauka.", "said the chairman of the union, Ada Lund.", "kata Ketua Fakta, Azas Tigor
Nainggolan." The phrase after the verb stops at the comma, so the speaker was the description
("another farmer"); the name closing the sentence is the person it describes.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.name_words import TITLES
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["named_after_comma"]

_MAX_NAME = 5  # words of the name set off
_OPENERS = wordset("a an the another one its their his her")


def named_after_comma(toks: Sequence[Token], i: int, phrase: Sequence[Token]) -> list[Token]:
    """The tokens of a name at ``toks[i]`` (a comma) that closes the sentence after ``phrase``,
    a description ("another farmer") or a title ("Ketua Fakta"); else no tokens."""
    if not phrase or i >= len(toks) or toks[i].text != ",":
        return []
    described = (
        not phrase[-1].is_capitalised or phrase[0].lower in TITLES or phrase[0].lower in _OPENERS
    )  # ("said a farmer from Trans Nzoia, Ada Lund.": the place ends the description)
    if not described:
        return []  # "said Ada Lund, Northport's mayor": the name came first
    j = i + 1
    while j < len(toks) and j - i <= _MAX_NAME:
        if toks[j].is_word and toks[j].is_capitalised:
            j += 1
        elif toks[j].text == "." and toks[j - 1].lower in TITLES and j > i + 1:
            j += 1  # "Prof. Ada Lund": the title's full stop
        else:
            break
    # The sentence closes after the name, or goes on with where or how it was said ("…, Ada
    # Lund in an interview").
    closes = j == len(toks) or toks[j].text in (".", ",", ";") or toks[j].lower in PREPOSITIONS
    name = [t for t in toks[i + 1 : j] if t.is_word]
    return list(toks[i + 1 : j]) if closes and len(name) >= 2 else []
