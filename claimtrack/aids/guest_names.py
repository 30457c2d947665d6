"""A guest's name as a lead or a headline writes it: the words that are the name, or none.

Split out of :mod:`claimtrack.aids.interview_prose` and :mod:`claimtrack.aids.interview_plain`,
which name the answers of an unlabelled interview after the person the lead, the headline or a
line of its own names.
"""

from __future__ import annotations

from claimtrack.aids.name_words import HONORIFICS
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset

__all__ = ["guest_name", "name_line"]

_PARTICLES = wordset("de da di del della der van von la le du dos das bin ibn al el")
# Prepositions that open a lead's sentence and get read as part of the name after them.
_OPENERS = wordset(
    """
    with from for after by to mit von bei für nach laut zu avec pour selon par chez con por
    para según da dal per tra fra przez z ze od dla с со у от для
    """
)
# The first word of a building's or a place's name, in the languages the rules read.
_PLACE_HEADS = wordset(
    """
    casa palacio palácio palazzo palais plaza praça piazza place calle rua via avenida
    puerto porto port torre tower museo museu musée museum hotel hôtel hospital universidad
    universidade università université university estadio estádio stadio stade stadium
    parque parco parc park iglesia igreja chiesa église church castillo castelo castello
    château castle quinta villa
    """
)
# Russian surname endings of oblique cases ("Петровым", "Петровой", "Петровского"); "Петрова"
# may be a woman's name or a man's genitive, so it is not refused.
_DECLINED = ("ым", "ом", "им", "ем", "ой", "ого", "ему", "ому")


def guest_name(name: str) -> str | None:
    """A person's name as a name reads ("Anna Berger", "Ana de la Cruz"); a sentence's opening
    preposition glued to it is dropped ("Mit Anna Berger"), and words glued beyond that ("der
    Chefin Anna Berger") or a Russian surname in an oblique case ("Иваном Петровым") refuse the
    guess rather than give the answers to a phrase."""
    words = name.split()
    while len(words) > 2 and (words[0].lower() in _OPENERS or _courtesy(words[0])):
        words = words[1:]  # ("Me Ada Lunde": French "Maître", a lawyer's courtesy title)
    if words and words[0].lower() in _PLACE_HEADS:
        return None  # "Casa Norte", "Palacio Nacional": a building, where they spoke
    if len(words) >= 2 and words[-1].lower().endswith(_DECLINED):
        return None  # "с министром Иваном Петровым": a declined form is not the name
    if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words):
        return " ".join(words)
    return None


def _courtesy(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS or word in ("Me", "Maître")


def name_line(body: str) -> str | None:
    """``body`` is a person's name and nothing else, two to four capitalised words opening with
    a first name the dictionary lists ("Sharon Ooja"): a heading that names the next guest."""
    words = body.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return body if is_given_name(words[0]) else None
