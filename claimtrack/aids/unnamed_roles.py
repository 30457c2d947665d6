"""Quotations whose speaker the text never names: a person's role alone ("a police spokesman
said", "the principal says", "said a resident").

The rules read such a role as the speaker's description (``resolution`` "description") when no
earlier mention names who holds it. A careful reader says the text never tells who spoke: the
quotation keeps the words at its cue (``speaker_as_written``) and how it was read, and its
speaker and full name are None, as are those of the quotes that carry that role on (a
continuation, "he said"). A body named by its common noun ("the police", "the foreign
ministry") is the body speaking, and keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from claimtrack.aids.descriptions import is_group_noun
from claimtrack.aids.name_words import ORG_NOUNS, ORG_WORDS, is_people_noun
from claimtrack.aids.quotation import Quotation
from claimtrack.text.lexicon import wordset

__all__ = ["unnamed"]

_CARRIED = ("description", "continuation", "pronoun", "model")
_POSSESSIVE = re.compile(r"[’']s?$")


def unnamed(found: Sequence[Quotation], text: str = "") -> tuple[Quotation, ...]:
    """``found`` with no speaker where the rules read only a person's role that nobody named
    ("a police spokesman said", "the principal says"): the words stay as written, the speaker
    and the full name are None (the text never says who), and so are they for the quotes that
    carry that role on. A body named by its common noun ("the police", "the foreign ministry")
    speaks as the body. A first word whose capital only opens the phrase ("Health officials
    said", where ``text`` writes "health" in small letters too) is a common word."""
    # A role read at a cue, or any someone not identified ("Some patients", "another
    # resident") however it was carried; "he" of "the coach" named at no cue is the coach.
    described = {
        q.speaker_full
        for q in found
        if q.speaker_full
        and (q.resolution == "description" or _indefinite(q.speaker_full))
        and q.resolution in _CARRIED
    }
    small = _small_words(text) if described else frozenset()
    roles = {d for d in described if _role_only(_common_first(d, small))}
    return tuple(
        evolve(q, speaker=None, speaker_full=None)
        if q.speaker_full in roles and q.resolution in _CARRIED
        else q
        for q in found
    )


def _role_only(description: str) -> bool:
    """A description in common nouns naming no body ("a police spokesman", "Another frustrated
    patient" at a sentence's start, "Some patients"): nobody named."""
    first, _, rest = description.partition(" ")
    if first.lower() in _DETERMINERS:
        description = first.lower() + " " + rest  # (capitalised only as a sentence's first word)
    head = _head(description)
    if head in ORG_WORDS | ORG_NOUNS:
        return False
    # Everyday people are nobody named whatever the capitals before them say: "Velm parents",
    # "a Kessel fan" (a role keeps them: "Velm officials" may speak for Velm).
    return description.islower() or is_people_noun(head)


def _common_first(description: str, small: frozenset[str]) -> str:
    """``description`` with its first word in small letters when the text also writes that
    word so (``small``): "Health officials" where the story speaks of "public health"; and a
    people's plural alone ("Officials said", "Economists said"), capitalised only to open a
    sentence, as "officials said" is."""
    first, space, rest = description.partition(" ")
    if space and first.istitle() and first.lower() in small:
        return f"{first.lower()} {rest}"
    if not space and first.istitle() and is_group_noun(first):
        return first.lower()
    return description


def _small_words(text: str) -> frozenset[str]:
    return frozenset(word for word in _WORD.findall(text) if word.islower())


_WORD = re.compile(r"[^\W\d_]+")


def _indefinite(description: str) -> bool:
    return description.split()[0].lower() in _INDEFINITE


_INDEFINITE = wordset("a an another one two three four five some several many few other")
_DETERMINERS = _INDEFINITE | wordset("the this that")


def _head(description: str) -> str:
    """The description's head word, before what it is of, without its possessive ("head of the
    dockers' union" → "head", "the ministry's" → "ministry")."""
    before_of = re.split(r"\s(?:of|for|de|du|des|del|di)\s", description, maxsplit=1)[0]
    return _POSSESSIVE.sub("", before_of.split()[-1].strip(".,"))
