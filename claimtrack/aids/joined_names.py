"""One name across "&" or "and": a firm's ("Procter & Gamble", "Marks & Spencer") and a
country's ("Bosnia and Herzegovina", "Trinidad and Tobago").

The name chunker ends a name at any word that is not a name's, so "“…,” Procter & Gamble said"
found no subject at all (the quote went unattributed) and "Bosnia and Herzegovina’s foreign
ministry" spoke as "Herzegovina’s". "&" between two names' words joins one firm's name unless a
person's full name follows it ("Ada Lund & Tom Berg" are two people, as a byline writes them);
"and" joins only a country's name that the list of countries knows whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimtrack.aids.countries import is_country_or_region
from claimtrack.aids.given_names import is_given_name
from claimtrack.text.tokens import Token

__all__ = ["country_across_and", "firm_across_ampersand"]

_COUNTRY_WORDS = 3  # "Saint Vincent and the Grenadines": at most three words after "and"


def firm_across_ampersand(
    text: str, toks: Sequence[Token], j: int, name_word: Callable[[Token], bool]
) -> bool:
    """``toks[j]`` is "&" after a name's word and before another, and joins one firm's name:
    "Procter & Gamble", "Johnson & Johnson Inc" (not "Ada Lund & Tom Berg": a person's full
    name after it)."""
    if toks[j].text != "&" or j + 1 >= len(toks) or not name_word(toks[j + 1]):
        return False
    if "\n" in text[toks[j - 1].end : toks[j + 1].start]:
        return False  # (a line ends at it: a menu's "News &", then a heading)
    full_name_after = j + 2 < len(toks) and name_word(toks[j + 2])
    return not (full_name_after and is_given_name(toks[j + 1].text))  # ("… & Tom Berg")


def country_across_and(toks: Sequence[Token], j: int, earliest: int = 0) -> tuple[int, int] | None:
    """(start, end) of the country's name when ``toks[j]`` is the "and" inside it: "Bosnia |
    and Herzegovina", "Antigua and Barbuda’s" (possessive kept on the last token), opening no
    earlier than ``toks[earliest]``; else None."""
    if toks[j].lower != "and":
        return None
    for s in range(j - 1, max(earliest, j - _COUNTRY_WORDS, 0) - 1, -1):
        if not toks[s].is_capitalised:
            return None
        for k in range(j + 1, min(len(toks), j + 1 + _COUNTRY_WORDS)):
            if not (toks[k].is_capitalised or toks[k].lower == "the"):
                break
            name = " ".join(t.text for t in toks[s : k + 1])
            if name[-2:] in ("’s", "'s"):
                name = name[:-2]  # ("Trinidad and Tobago’s prime minister")
            if toks[k].is_capitalised and is_country_or_region(name):
                return s, k + 1
    return None
