"""First names, from a dictionary, and a head glued to a name in front of its first name.

A run of capitals before a quote's verb may carry words that are no part of the name: the end
of a title ("Minister for Education and Youth Alan Tudge"), an outlet in another language's
case ("mówi Wirtualnej Polsce Adam Nowak"). Where the first word that is a known first name
stands inside the run, the words before it are such a head when none of them is a first name
itself, a particle or an initial, and either the word right before the first name is a role
("Latah County Prosecutor Bill Thompson": a role noun, or a word the article also writes in
lower case) or the head has two words or more and the article writes the name without it too
(one word, not a function word such as "Enligt" or "Amid", may be the person's own first
name: "Aiyaz Sayed Khaiyum" is called "Sayed Khaiyum"). A name the article only ever writes in
full stays whole ("Ejaz Anwar Chauhan": "Ejaz" is no entry of the dictionary, is written in
lower case nowhere, and "Anwar Chauhan" is never written alone).

The dictionary of first names is :mod:`claimtrack.text.first_names`.
"""

from __future__ import annotations

import functools
import re

from claimtrack.aids.name_words import ROLE_NOUNS, TITLES
from claimtrack.aids.sentence_openers import looks_common
from claimtrack.aids.speech_cues import ACCORDING
from claimtrack.aids.title_places import PARTICLES, SHORT_FIRST_NAMES
from claimtrack.text.first_names import given_name_gender, is_given_name
from claimtrack.text.lexicon import wordset

__all__ = [
    "couple_surnames",
    "first_of_couple",
    "given_name_gender",
    "is_given_name",
    "korean_given_name",
    "names_nobody",
    "speaks_by_first_name",
    "without_glued_head",
]


_SHORT = 2  # "Md", "Dr": an abbreviation or an initial, never a head to drop


def _no_head(word: str) -> bool:
    """A word of the name itself: an initial, a particle, "Mohd", a word in lower case."""
    low = word.lower()
    short = len(word) <= _SHORT or low in SHORT_FIRST_NAMES
    return short or low in PARTICLES or not word[:1].isupper()


def without_glued_head(name: str, text: str) -> str:
    """``name`` without a head glued in front of its first name (see the module's notes)."""
    words = name.split()
    if len(words) < 3:
        return name
    givens = [k for k, w in enumerate(words) if is_given_name(w) and len(words) - k >= 2]
    # (a given name may head a place too: "Ganda Ward MCA Oscar Lund" is the MCA's name)
    titled = [k for k in givens[1:] if _title_word(words[k - 1])]
    first = titled[0] if titled else next((k for k, w in enumerate(words) if is_given_name(w)), 0)
    if first == 0 or len(words) - first < 2:
        return name
    head = words[:first]
    if any(_no_head(w) for w in head):
        return name
    rest = " ".join(words[first:])
    if _role(words[first - 1], text):
        return rest  # "Latah County Prosecutor Bill Thompson": a role right before the name
    if len(head) == 1 and not (head[0].lower() in ACCORDING or looks_common(head[0])):
        return name  # "Aiyaz Sayed Khaiyum": one word before a first name may be the first name
    alone = len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text))
    whole = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    return rest if alone > whole else name


# Endings of long words for what a person does: "Goaltender", "Prosecutor", "Treasurer" (eight
# letters or more, before a first name the dictionary knows: short first names end so too,
# "Umer", "Onder", and "-man" ends "Lukman", "Abdulrahman").
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ent", "ary")
_DOER_LETTERS = 7  # "Planner", "Officer" ("Spencer" is in the dictionary: a name, no head)
_ACRONYM = re.compile(r"[A-Z]{3,5}")  # "MLA Ada Lund", "DSP Ravi Rao": a seat or a rank


def _title_word(word: str) -> bool:
    """A title or a seat's acronym, never a first name: "MCA", "Senator" ("Rose Mary Lund",
    "Spencer Tom Lund" keep their first names)."""
    if is_given_name(word):
        return False
    return word.lower() in _ROLE_WORDS or _ACRONYM.fullmatch(word) is not None


def _role(word: str, text: str) -> bool:
    """``word`` names a role: a role noun or title ("Prosecutor"), a doer's word ("Goaltender"),
    or a word the article also writes in lower case, as nouns are and names are not ("the
    undersecretary said")."""
    low = word.lower()
    doer = len(low) >= _DOER_LETTERS and low.endswith(_DOER_ENDINGS)
    if low in ROLE_NOUNS or low in TITLES or doer or _ACRONYM.fullmatch(word):
        return True
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


_ROLE_WORDS = TITLES | ROLE_NOUNS
_HEADING_OPENERS = wordset("key main top latest other more related further recent major next")


def names_nobody(label: str, text: str) -> bool:
    """A label in Title Case of common words, not a name ("Closing Remarks:" over each item of
    a listing): two words or more, none a first name or a title, the last one written in lower
    case elsewhere in ``text`` ("… with positive remarks"), as a noun is and a surname seldom."""
    words = label.split()
    if len(words) < 2 or label.isupper():
        return False
    if words[0].lower() in _HEADING_OPENERS:
        return True  # "Key Developments:", "Main Points:", "Latest Updates:": a section's head
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    owned = words[owner + 1 :] if owner is not None else []
    if owned and not any(w.isupper() or w.lower() in _ROLE_WORDS for w in owned):
        return True  # "Ada Lund's Top Priorities: …" names nobody ("Northland's FM:" does)
    if any(is_given_name(w) or w.lower() in TITLES or w.lower() in ROLE_NOUNS for w in words):
        return False
    return re.search(rf"(?<![\w-]){re.escape(words[-1].lower())}(?![\w-])", text) is not None


_WORD = r"[A-Z][\w’'-]+"


def couple_surnames(text: str, first: str) -> set[str]:
    """ "Maria and Craig Dowling": the surname a first name shares with the name after "and"
    ("Maria Dowling"), when both are given names, a surname follows, and no more after it."""
    if " " in first or not is_given_name(first):
        return set()
    pattern = rf"\b{re.escape(first)} (?:and|&) ({_WORD}) ({_WORD})\b(?! [A-Z])"
    return {
        f"{first} {m.group(2)}"
        for m in re.finditer(pattern, text)
        if is_given_name(m.group(1)) and not is_given_name(m.group(2))
    }


_BEFORE_COUPLE = re.compile(rf"(?<![\w’'-])({_WORD}) (?:and|&) $")


def first_of_couple(text: str, end: int, words: list[str]) -> list[str]:
    """ "Maria Dowling" when the name ``words`` (``["Craig", "Dowling"]``), ending at ``end``,
    follows "Maria and ": the same couple as :func:`couple_surnames`, read from the surname's
    side."""
    start = end - len(" ".join(words))
    if len(words) != 2 or not is_given_name(words[0]) or text[start:end] != " ".join(words):
        return []
    m = _BEFORE_COUPLE.search(text[max(0, start - 40) : start])
    return [f"{m.group(1)} {words[1]}"] if m and is_given_name(m.group(1)) else []


def speaks_by_first_name(text: str, name: str) -> bool:
    """``name`` is a first name alone that ``text`` has speak ("says Nell", "Nell said"): a
    person ("India", "Jan" are first names too, but no page has them say a thing)."""
    return " " not in name and is_given_name(name) and name in _speaking_words(text)


@functools.lru_cache(maxsize=16)
def _speaking_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` has speak, read once per text (pronoun rules ask often)."""
    return frozenset(m.group(1) or m.group(2) for m in _SPEAKS.finditer(text))


_SAID = "(?:said|says|told|added|explained)"
_SPEAKS = re.compile(rf"\b{_SAID}\s+([A-Z][\w’'-]*)\b|\b([A-Z][\w’'-]*)\s+{_SAID}\b")


# A Korean given name of two romanised syllables, the second in lower case ("Park Chan-wook",
# "Lee Ju-heon", "Kim Do-hoon"): a name's word, though "Moscow-based" is none.
_SYLLABLE = re.compile(
    r"(?:[bcdghjkmnprstwy]{1,2}h?)?"
    r"(?:ae|eo|eu|oe|ui|wa|wae|we|wi|ya|yae|ye|yeo|yo|yu|oo|ee|ou|a|e|i|o|u)(?:ng|n|k|l|m|p)?"
)


def korean_given_name(word: str) -> bool:
    """A Korean given name of two romanised syllables: "Chan-wook" (not "Moscow-based")."""
    first, dash, second = word.partition("-")
    return (
        bool(dash)
        and first[:1].isupper()
        and second.islower()
        and _SYLLABLE.fullmatch(first.lower()) is not None
        and _SYLLABLE.fullmatch(second) is not None
    )
