"""A place or portfolio between a title and a name, and a party after it, in one run of capitals.

"U.S. Ambassador to Russia Jon Huntsman", "Prime Minister of Papua New Guinea Peter O'Neill",
"Minister for Education and Youth Ada Lund": the words after the title's "to", "of" or "for"
(and after each "and" of a double portfolio) name where or what the title is held, not the
person; a particle before a party ("Ada Lund von der SP") ends the name. Used by
:mod:`claimtrack.aids.speakers` when it builds a name chunk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.name_words import ORG_WORDS, ROLE_NOUNS, TITLES
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = [
    "PARTICLES",
    "PLACE_BEFORE_NAME",
    "PLACE_OF",
    "SHORT_FIRST_NAMES",
    "affiliation_at",
    "after_particles",
    "after_title_of",
    "before_affiliation",
    "place_words",
    "title_before",
]

# Words before a place that a person's name follows in one run of capitals: "Prime Minister of
# Papua New Guinea Peter O'Neill", "il presidente degli Stati Uniti Ada Rossi".
PLACE_OF = wordset("of in from for degli del della dei delle di de des du da dello do das dos")
PLACE_BEFORE_NAME = PLACE_OF | {"to"}
PARTICLES = wordset(
    "von van der den de la le al el bin bint ibn da di do du del della dos das ter ten es ur ul"
)
# A surname whose particles are joined to it in lower case: "Lori vandenEnden", "deGrom".
JOINED_PARTICLES = re.compile(
    "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + "){1,2}[A-Z][a-z]{2,20}"
)
_POSSESSIVE = re.compile(r"[’']s$")
_CHAIN_TOKENS = 12
"""Most tokens back from a name to the "for" of its double portfolio."""


def affiliation_at(toks: Sequence[Token], k: int) -> bool:
    """The words at ``toks[k]``, after a particle, name a party or body, not a surname: "Ada
    Lund von der SP", "Tom Berger von der Freisinnig-Demokratischen Partei" (an acronym, or a
    body's word within three words; "Ursula von der Leyen" is a name)."""
    if k >= len(toks):
        return False
    acronym = toks[k].text.isupper() and 2 <= len(toks[k].text) <= 6
    return acronym or any(_POSSESSIVE.sub("", t.lower) in ORG_WORDS for t in toks[k : k + 3])


def before_affiliation(name: str) -> str:
    """``name`` without a party after a particle: "Ada Lund von der SP" → "Ada Lund"."""
    toks = tokenize(name)
    for k in range(1, len(toks) - 1):
        if toks[k].lower in PARTICLES:
            after = k + 2 if toks[k + 1].lower in PARTICLES else k + 1
            if affiliation_at(toks, after):
                return name[: toks[k].start].rstrip()
    return name


def after_title_of(toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` follows a title and "to/in/of": "Ambassador to Russia Jon Huntsman"; or the
    "and" of a portfolio after one: "Minister for Jobs, Skills and Small Business Ada Lund"."""
    return title_before(toks, i) >= 0


def title_before(toks: Sequence[Token], i: int) -> int:
    """Where the title opens that ``toks[i]`` follows (see :func:`after_title_of`); -1 when
    none does."""
    k = i - 1
    if k >= 1 and toks[k].lower in ("and", "&"):
        k -= 1
        while (
            k > 0
            and i - k < _CHAIN_TOKENS
            and (toks[k].is_capitalised or toks[k].text == "," or toks[k].lower in ("and", "&"))
        ):
            k -= 1
        if k == i - 2:
            return -1  # "Minister for and …": no portfolio before the "and"
    if k < 1 or toks[k].lower not in PLACE_BEFORE_NAME:
        return -1
    if _title_at(toks[k - 1]):
        return k - 1
    # "President of the Republic of Northland Tom Berg", "Minister of Foreign Affairs of
    # Northland Tom Berg": the body's name between the title's "of" and the place's.
    j = k - 1
    while j > 0 and i - j < _CHAIN_TOKENS and (toks[j].is_capitalised or toks[j].lower == "the"):
        j -= 1
        if toks[j].lower in PLACE_OF and j >= 1 and _title_at(toks[j - 1]):
            return j - 1
    return -1


def _title_at(tok: Token) -> bool:
    return _POSSESSIVE.sub("", tok.lower) in TITLES or tok.lower in ROLE_NOUNS


def place_words(words: Sequence[Token]) -> int:
    """How many words open ``words`` as a place before a person's name: the name is the
    surname with its particles and initials, and one first name ("Russia Jon Huntsman" → 1,
    "Moscow Vincent A. Forlenza" → 1)."""
    k = len(words) - 1
    while k > 0 and (
        words[k - 1].lower in PARTICLES or words[k - 1].text == "." or len(words[k - 1].text) == 1
    ):
        k -= 1
    k = max(0, k - 1)
    return k - 1 if k > 0 and words[k - 1].lower in SHORT_FIRST_NAMES else k


# Abbreviated first names written before another first name: "Md Eira Nestvold" (Bangladesh).
SHORT_FIRST_NAMES = wordset("md mohd muhd mst")


def after_particles(toks: Sequence[Token], j: int) -> int:
    """Index after the run of (at most two) particles at ``toks[j]``: "von der" in a name."""
    return j + 2 if j + 1 < len(toks) and toks[j + 1].lower in PARTICLES else j + 1
