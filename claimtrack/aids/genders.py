"""Whether the article shows a person as a man or a woman: the titles before their name and
the pronoun that follows a mention.

Pronoun resolution never reads "she" as a man the article shows as one, nor "he" as a woman;
where the article shows nothing, a first name given to one gender alone rules the other's
pronoun out ("Maria Lund met Tom Berg. “…,” he said": Berg) and lets a pronoun prefer the
person named nearby whom it fits; it never takes a pronoun from a current speaker it fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.aids.name_affixes import BALINESE_NAME_WORDS, BALINESE_OPENERS, NAME_PREFIXES
from claimtrack.aids.name_words import place_or_group
from claimtrack.aids.role_words import FEMALE, MALE, ROLE_WORDS
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.first_names import strict_given_name_gender
from claimtrack.text.lexicon import wordset
from claimtrack.text.occurrences import whole_word_at
from claimtrack.text.tokens import tokenize

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["gender_of"]

_SENTENCE_OPENERS = frozenset(("he", "she", "his", "her"))
# What follows a thing's or a body's name, never a person's: a relative "which", a role held
# at it ("the Harbour Party chairman … his").
_NOT_A_PERSON_NEXT = wordset("which") | ROLE_WORDS
_ARTICLES = wordset("the a an")
# A name after these is a place's ("in Mato Grosso"): no first name's gender is its.
_PLACE_PREPOSITIONS = wordset("in at near across throughout inside outside")
_MAX_PLACE_LOOKS = 20
_STOP = re.compile(r"[.!?]\s+(?!(?:He|She|His|Her)\b)|\s[A-Z]\w+\s[A-Z]|[\"“«„]")
_STOP_AFTER_OBJECT = re.compile(r"[.!?]\s|\s[A-Z]\w+\s[A-Z]|[\"“«„]")
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def gender_of(reader: ArticleReader, name: str, *, guess: bool = False) -> str | None:
    """ "m" or "f" when the article shows it (titles, the pronoun right after a mention), else None.

    Only the first pronoun within 60 characters after a mention counts, and only when no other
    capitalised name stands between: "Lind said his party" is evidence, "Lind met Berg, who
    said her" is not.
    """
    surname = name.split()[-1]
    male = female = 0
    for n, m in enumerate(re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", reader.text)):
        if n >= 50:
            break
        before = reader.text[max(0, m.start() - 20) : m.start()].lower().split()
        if before and before[-1].strip(".") in MALE:
            male += 2
        elif before and before[-1].strip(".") in FEMALE:
            female += 2
        after = reader.text[m.end() : m.end() + 60]
        # A sentence's end, another name, or an opening quote mark ("Lesa said with “every man
        # and his dog …”": the quoted words' pronouns are about others) ends the evidence; so
        # does any sentence's end after a preposition's object ("a fund for Harbour Nation. He
        # said": the one who speaks is someone else).
        lead = _word_before_name(reader.text, m.start())
        if lead in _ARTICLES:
            continue  # "the Harbour government … he": a place's or a body's name, no one's
        after_of = lead in PREPOSITIONS
        stop = (_STOP_AFTER_OBJECT if after_of else _STOP).search(after)
        hit = _PRONOUN.search(after[: stop.start()] if stop else after)
        between = tokenize(after[: hit.start()]) if hit else []
        first = next((t for t in between if t.is_word), None)
        if first is not None and first.lower in _NOT_A_PERSON_NEXT:
            continue  # "Harbour Creek, which flooded his home", "the Harbour Party chairman"
        if hit and not any(t.is_capitalised and t.lower not in _SENTENCE_OPENERS for t in between):
            if hit.group().lower() in MALE:
                male += 1
            else:
                female += 1
    if male > female:
        return "m"
    if female > male:
        return "f"
    return _given_name_gender(reader, name) if guess else None


def _given_name_gender(reader: ArticleReader, name: str) -> str | None:
    """The gender of the person's first name, where the article shows none and the name is
    only ever given to one ("Maria Lund met Tom Berg. “…,” he said": Berg). Names given to
    both, even mostly to one ("Kim", "Sasha"), tell nothing; nor do a place's words that
    open with a first name ("in Mato Grosso")."""
    full = reader.names.full_name(name) or name
    words = full.split()
    if len(words) < 2 or not words[0][:1].isupper() or place_or_group(full):
        return None
    if words[0] in BALINESE_OPENERS and words[1] in BALINESE_NAME_WORDS:
        return BALINESE_OPENERS[words[0]]  # "I Gusti Ketut Arvo" is a man's name
    for n, at in enumerate(whole_word_at(reader.text, words[0])):
        if n >= _MAX_PLACE_LOOKS:
            break
        if _word_before_name(reader.text, at) in _PLACE_PREPOSITIONS:
            return None
    if words[0] in NAME_PREFIXES and len(words) > 2:  # "Nor Ada Lund": Ada's
        return strict_given_name_gender(words[0]) or strict_given_name_gender(words[1])
    first = strict_given_name_gender(words[0])
    if len(words) > 2 and first and strict_given_name_gender(words[1]) not in (None, first):
        return None  # "Maha Ram Tesku": given names that disagree tell nothing
    return first


def _word_before_name(text: str, start: int) -> str:
    """The word before the name whose last word starts at ``start`` ("for" in "for Harbour
    Nation"), in lower case."""
    words = text[max(0, start - 60) : start].split()
    while words and words[-1][:1].isupper():
        words.pop()
    return words[-1].lower() if words else ""
