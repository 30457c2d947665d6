"""The noun phrase after an inverted cue: "said the foreign minister", "said Hon. Grace
Adeyemi", "said a Northport school board official", "sagte Ada Lund von der SP". Split out of
:mod:`claimtrack.aids.subjects`.
"""

from __future__ import annotations

import re

from claimtrack.aids.cue_appositions import named_after_comma
from claimtrack.aids.descriptions import plays_for_country
from claimtrack.aids.documents import DOCUMENT_NOUNS
from claimtrack.aids.joined_names import country_across_and
from claimtrack.aids.joint import partner_after
from claimtrack.aids.name_affixes import nickname_end
from claimtrack.aids.name_then_role import joined_role_end
from claimtrack.aids.name_words import ORG_WORDS, PEOPLE_NOUNS, SPEAKER_NOUNS, TITLES
from claimtrack.aids.speakers import (
    ABBREVIATED,
    PARTICLES,
    ROLE_NOUNS,
    is_nationality,
)
from claimtrack.aids.title_chains import lower_case_role, portfolio_of
from claimtrack.aids.title_places import affiliation_at
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token
from claimtrack.text.weekdays import is_weekday

__all__ = ["POSSESSIVE", "inverted_subject", "np_forward"]

POSSESSIVE = re.compile(r"\w[’']s$")  # "Acme’s", "Berg's"

# Words that end a noun phrase after a verb of saying: "said the skipper after the defeat", "a
# expliqué le ministre sur Radio Nord" (the broadcaster it spoke on is no part of the phrase).
_CLAUSE_AFTER = wordset("after before during following when while about sur auf")


_ONE_OF = wordset("a an one another")
_DESCRIBED_WORDS = 4


def _described_by_name(toks: list[Token], i: int, out: list[Token]) -> bool:
    """ "a Northport school board official": after "a" and a name, lower-case words up to the
    phrase's end ending in a speaker's noun; the name only describes who speaks."""
    if len(out) < 2 or out[0].lower not in _ONE_OF or not out[-1].is_capitalised:
        return False
    for tok in toks[i : i + _DESCRIBED_WORDS]:
        if not tok.is_word or tok.is_capitalised:
            return False
        if tok.lower in SPEAKER_NOUNS:
            return True
    return False


def _document_at(toks: list[Token], i: int) -> bool:
    return i < len(toks) and toks[i].lower in DOCUMENT_NOUNS


def np_forward(text: str, toks: list[Token], i: int) -> list[Token] | None:
    """The noun phrase starting at ``toks[i]`` up to punctuation or a lower-case verb-ish word."""
    out: list[Token] = []
    while i < len(toks) and sum(t.is_word for t in out) < 7:
        t = toks[i]
        if t.text == "." and out and out[-1].lower in ABBREVIATED and i + 1 < len(toks):
            i += 1  # "said Hon. Grace Adeyemi": the title's full stop
            continue
        if age_modifier(toks, i):
            described = i + 3 < len(toks) and toks[i + 3].is_word
            if described and toks[i + 3].lower not in _CLAUSE_AFTER:
                i += 3  # "said 71-year-old Kim Dale": the age describes the name that follows
                continue
            out = [*out, *toks[i : i + 3]]  # "said the 24-year-old.": the age is all there is
            break
        initial = out and len(out[-1].text) == 1 and out[-1].text.isupper()
        if t.text == "." and initial and i + 1 < len(toks) and toks[i + 1].is_capitalised:
            out, i = [*out, t], i + 1  # "said Vincent A. Forlenza", "said A.J. Lund": initials
            continue
        nick = nickname_end(toks, i) if out and out[-1].is_capitalised else 0
        if nick and nick < len(toks) and toks[nick].is_capitalised:
            out, i = [*out, *toks[i:nick]], nick  # "said Ezekiel ‘Ziggy’ Cameron": a nickname
            continue
        if joined := _inside_title(toks, i, out) or _country_end(toks, i, out):
            out, i = [*out, *toks[i:joined]], joined
            continue
        if not t.is_word or (out and t.lower in _CLAUSE_AFTER):
            break  # "said the skipper after the defeat": the phrase ends at "after"
        # A lower-case word after a name ends the phrase: "said Lukashenka at the meeting",
        # unless it joins the name: "aldus minister Mark de Vries".
        after = toks[i + 1 : i + 3]  # "Ada van der Berg": a particle or two, then the surname
        two = after and after[0].lower in PARTICLES
        particle = t.lower in PARTICLES and any(a.is_capitalised for a in after[: 2 if two else 1])
        if particle and out and affiliation_at(toks, i + 2 if two else i + 1):
            break  # "sagte Ada Lund von der SP": the party is no part of the name
        if particle and _place_then_day(toks, i):
            particle = False  # "kata Lunda di Jakarta, Senin": a place and the day, no surname
        # (a body's word in lower case before a role stays too: "said Northport chamber
        # president Ada Lund")
        body = t.lower in ORG_WORDS and i + 2 < len(toks) and toks[i + 1].lower in ROLE_NOUNS
        body = body and toks[i + 2].is_capitalised  # the name after the role
        body = body or portfolio_of(toks, i, out)  # "said Secretary of State Ada Lund"
        # "said a Northport council statement": the body's document, which speaks for it
        body = body or (t.lower in ORG_WORDS and _document_at(toks, i + 1))
        body = body or lower_case_role(toks, i, out)  # "said Northport police chief Ada Lund"
        body = body or _described_by_name(toks, i, out)  # "said a Northport board official"
        # "said Northport farmer Ada Lund": an everyday noun before the name describes her
        body = body or (t.lower in PEOPLE_NOUNS and i + 1 < len(toks) and _named_next(toks, i))
        body = body or _country_player(toks, i, out)  # "said the Norway international"
        lower = not t.is_capitalised and t.lower not in ROLE_NOUNS and not particle and not body
        # A nationality in the phrase is no name: "says (veteran) Senegalese political scientist".
        if out and out[-1].is_capitalised and lower and not is_nationality(out[-1].text):
            break
        out, i = [*out, t], i + 1
    # A name is never cut at the length limit ("il segretario della Uil del Lazio Ada Rossi").
    while 0 < len(out) < 14 and out[-1].is_capitalised and i < len(toks) and toks[i].is_capitalised:
        out, i = [*out, toks[i]], i + 1
    return named_after_comma(toks, i, out) or out or None  # ("said a farmer, Ada Lund.")


def _inside_title(toks: list[Token], i: int, out: list[Token]) -> int:
    """Where a title goes on past ``toks[i]``, a number, a joining word or a portfolio's comma
    between capitals (0 when it does not): "said District 3 Commissioner Ada Lund" (a seat's
    number), "said Chamber President & CEO Ada Lund", "said Ada Lund Police and Crime
    Commissioner"."""
    if not (out and out[-1].is_capitalised and i + 1 < len(toks)):
        return 0
    t = toks[i]
    if (t.text.isdigit() or t.text == "&") and toks[i + 1].is_capitalised:
        return i + 1
    if t.text == "," and portfolio_of(toks, i, out):
        return i + 1  # "said Minister for Jobs, Skills and Small Business Ada Lund"
    # ("said Ada Lund and Tom Berg": "and" joins two people, not a title)
    return joined_role_end(toks, i) if t.lower == "and" else 0


def _country_end(toks: list[Token], i: int, out: list[Token]) -> int:
    """Where a country's name that "and" at ``toks[i]`` is inside ends: "said Bosnia | and
    Herzegovina’s foreign ministry"; 0 when it is no country's "and"."""
    found = country_across_and(toks, i, i - len(out)) if out else None
    return found[1] if found else 0


def _country_player(toks: list[Token], i: int, out: list[Token]) -> bool:
    """ "international" at ``toks[i]`` after a country's name: a player for its team ("the
    New Zealand international"), not a word after the speaker's name."""
    if toks[i].lower != "international" or not out or not out[-1].is_capitalised:
        return False
    two = f"{out[-2].text} {out[-1].text}" if len(out) >= 2 else ""
    return plays_for_country(out[-1].text) or (bool(two) and plays_for_country(two))


def _named_next(toks: list[Token], i: int) -> bool:
    """A capitalised word after ``toks[i]``, and another after it: a first name and a surname."""
    return i + 2 < len(toks) and toks[i + 1].is_capitalised and toks[i + 2].is_capitalised


def _place_then_day(toks: list[Token], i: int) -> bool:
    """``toks[i]`` ("di") opens "di Jakarta, Senin": where and when the words were said."""
    return i + 3 < len(toks) and toks[i + 2].text == "," and is_weekday(toks[i + 3].text)


def age_modifier(toks: list[Token], i: int) -> bool:
    """``toks[i:i + 3]`` is an age written before a name: "71-year-old"."""
    return (
        i + 2 < len(toks)
        and toks[i].text.isdigit()
        and toks[i + 1].text == "-"
        and toks[i + 2].lower in ("year-old", "year-olds")
    )


def inverted_subject(text: str, toks: list[Token], i: int) -> list[Token] | None:
    """The subject after an inverted speech verb ("said Ada Lund"), read past a possessive
    ("said Acme’s CEO") and a body's initials ("said Harbour University (HU) economist …")."""
    np = _past_acronym(text, toks, _past_possessive(text, toks, np_forward(text, toks, i)))
    np = _past_second_role(text, toks, np)
    return partner_after(toks, np) or np  # ("said Ada Lind and Tom Berg": the pair, if people)


def _past_second_role(text: str, toks: list[Token], np: list[Token] | None) -> list[Token] | None:
    """ "said union president and Northport farmer Ada Lund": one person with two roles; the
    phrase after "and" ends in the name (but "said Ada Lund and Tom Berg" are two people)."""
    if not np or not (np[-1].lower in SPEAKER_NOUNS or np[-1].lower in TITLES):
        return np
    k = next(n for n, t in enumerate(toks) if t.start == np[-1].start) + 1
    if not (k + 1 < len(toks) and toks[k].lower == "and"):
        return np
    second = np_forward(text, toks, k + 1)
    named = second and second[-1].is_capitalised and second[-1].lower not in TITLES
    return second if named else np


def _past_possessive(text: str, toks: list[Token], np: list[Token] | None) -> list[Token] | None:
    """ "said Acme®’s CEO": the phrase is the possessed role ("CEO"), never the possessor; None
    when nothing follows the possessive."""
    if not np:
        return np
    k = next(n for n, t in enumerate(toks) if t.start == np[-1].start) + 1
    while k < len(toks) and toks[k].text in ("®", "™"):
        k += 1
    if k + 1 < len(toks) and toks[k].text in ("’", "'") and toks[k + 1].lower == "s":
        return np_forward(text, toks, k + 2)
    if POSSESSIVE.search(np[-1].text):
        # "said Berg’s rival": the rival speaks; the phrase keeps its owner ("Berg’s rival", a
        # description), or None when nothing follows the possessive.
        owned = np_forward(text, toks, k)
        return [*np, *owned] if owned else None
    return np


def _past_acronym(text: str, toks: list[Token], np: list[Token] | None) -> list[Token] | None:
    """ "said Harbour University (HU) economist Ada Lund": the body's initials in brackets do
    not end the phrase; the role and the name after them are its head."""
    if not np:
        return np
    k = next(n for n, t in enumerate(toks) if t.start == np[-1].start) + 1
    if not (
        k + 3 < len(toks)
        and toks[k].text == "("
        and toks[k + 1].text.isupper()
        and toks[k + 2].text == ")"
    ):
        return np
    return [*np, *(np_forward(text, toks, k + 3) or [])]
