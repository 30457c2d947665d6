"""Names in running text: who is speaking, and their full name when the article gives it.

Rule-based and deliberately small. A *name chunk* is a run of capitalised words; titles,
organisation words, demonyms and courtesy words in it are stripped from the front, so the
person is the tail ("Ihor Voronchenko" from "Ukrainian Navy Ihor Voronchenko", "Pe Than" from
"U Pe Than"). A chunk that is all organisation words ("Foreign Ministry") is an organisation.
Pronouns are resolved to the nearest person named as a subject in the sentences before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from claimtrack.aids.body_names import joined_bodies
from claimtrack.aids.function_words import opening_function_word
from claimtrack.aids.given_names import korean_given_name
from claimtrack.aids.honorifics import honorific_pronoun
from claimtrack.aids.joined_names import country_across_and, firm_across_ampersand
from claimtrack.aids.name_affixes import (
    CYRILLIC,
    POST_NOMINALS,
    RUSSIAN_OUTLETS,
    as_spaced,
    before_name,
    closing_initials,
    first_initial,
    initials_only,
    is_outlet,
    name_suffix,
    nickname_end,
    without_nickname,
)
from claimtrack.aids.name_then_role import opens_joined_role
from claimtrack.aids.name_words import (
    DEMONYMS,
    EVENT_WORDS,
    HONORIFICS,
    OCCUPATION_ENDINGS,
    ORG_NOUNS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_ENDINGS,
    TITLES,
    place_or_group,
)
from claimtrack.aids.role_chains import body_heads, body_role
from claimtrack.aids.sentence_verbs import is_participle, participle_clause
from claimtrack.aids.title_places import (
    JOINED_PARTICLES,
    PARTICLES,
    PLACE_BEFORE_NAME,
    PLACE_OF,
    affiliation_at,
    after_particles,
    after_title_of,
    place_words,
)
from claimtrack.aids.word_names import (
    APPOSITION_AFTER,
    occupation_title,
    short_surname,
    title_as_first_name,
    title_as_surname,
    word_first_name,
)
from claimtrack.text.lexicon import TITLE_ABBREVIATIONS, wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = [
    "ABBREVIATED",
    "APPOSITION_AFTER",
    "CYRILLIC",
    "ORG_NOUNS",
    "PARTICLES",
    "PLACE_BEFORE_NAME",
    "PLACE_OF",
    "ROLE_NOUNS",
    "STOP_WORDS",
    "NameChunk",
    "base_word",
    "is_breaker",
    "is_nationality",
    "is_outlet",
    "name_chunks",
    "speaker_chunks",
]

_POSSESSIVE = re.compile(r"[’'][sS]$")  # ("GOH CHOK TONG’S INTERVIEW": in capitals too)
# A plural or s-final possessive, "TOLOnews’ Ada Lind", "the Jones' lawyer": it ends the run of
# capitals, so an outlet's or family's name never opens the person's. Not trimmed at the end of
# a run: "Zas’" is a transliterated name (soft sign), "Jones’" as written.
_S_POSSESSIVE = re.compile(r"(?<=[a-z])s[’']$")
_CONTRACTION = re.compile(r"[’'](?:m|re|ll|ve|d|t|n)$", re.IGNORECASE)
"""A word such as "I'm", "Don't" or "Mae’n" (Welsh) is never part of a name ("I'm Ann Lee")."""

PRONOUNS = wordset("he she they him her them it i we you his its")
PERSON_PRONOUNS = wordset("he she him her his")

# Capitalised words that do not start a name, wherever they stand.
STOP_WORDS = wordset(
    """
    a an the this that these those it its he she they we i you his her their our my your
    on in at for to of from by with after before during since until under over about as
    and but or nor so yet if while when where whereas although though because despite given
    however moreover meanwhile thus therefore instead indeed also still then there here now
    currently recently previously again elsewhere afterwards subsequently separately
    not no only even just last next earlier later according like unlike both either neither
    each every some many most few several such what which who whom whose why how all any
    once one two three first second third today yesterday tomorrow finally firstly secondly
    mr mrs ms dr will can could should would may might must shall does did do is are was
    were has have had being having let please see image photo read nothing nobody none
    everything everyone everybody something someone somebody anything anyone anybody
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    il gli los las der die das el les la le o os
    below above christmas easter ramadan hanukkah thanksgiving halloween citing quoting
    hi hello hey dear thanks welcome goodbye
    regarding concerning considering following amid among toward towards via
    """
)


def base_word(word: str) -> str:
    """The word without a possessive ending: "Moscow’s" → "Moscow"."""
    return _POSSESSIVE.sub("", word)


def is_nationality(word: str) -> bool:
    # A list, not a suffix rule: "-ian" and "-ese" end surnames too (Bazarian, Albanese). A
    # plural ("Nigerians", "Samoans") is the people of a country, never one speaker.
    w = word.lower()
    return w in DEMONYMS or (w.endswith("s") and w[:-1] in DEMONYMS)


def is_breaker(word: str) -> bool:
    w = base_word(word).lower()
    return (
        w in TITLES
        or base_word(word).rstrip(".") == "Cr"  # a councillor, cased ("CR:" labels initials)
        or w in ORG_WORDS
        or is_nationality(w)
        or w.endswith(TITLE_ENDINGS)
        or (len(w) > 6 and w.endswith(OCCUPATION_ENDINGS))
        or (len(w) > 8 and w.endswith("ator"))  # "Administrator" ("Salvator" is a name)
        or ("-" in w and all(part in TITLES for part in w.split("-")))  # "Minister-President"
    )


@frozen
class NameChunk:
    """A run of capitalised words and what it names.

    ``text`` is the chunk as written (possessive dropped), ``name`` the part that names the
    speaker (titles stripped), ``kind`` one of ``person`` (a name after the titles), ``org``
    (body words only), ``acronym`` ("CSTO") or ``title`` (naming nobody: "Lithuanian").
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    titled: bool  # a title or role noun came right before the name: "minister Linkevičius"


# Titles written with a full stop that do not end a sentence.
ABBREVIATED = TITLE_ABBREVIATIONS
# An elided article or preposition opening a word: "Nell'intervista", "L’uomo" (not "O'Neill").
_ELIDED = re.compile(r"^(?:[LDJSCNMT]|Nell|Dell|All|Sull|Dall|Coll|Qu|Quell|Un)[’'][a-zà-ÿ]")


def _is_name_word(tok: Token, *, after_name: bool = False) -> bool:
    """A word of a name; after a name's first word, also a Korean given name ("Chan-wook") and
    a surname with its particles joined in lower case ("vandenLund")."""
    return (
        (
            tok.is_capitalised
            or (after_name and korean_given_name(tok.text))
            or (after_name and JOINED_PARTICLES.fullmatch(tok.text) is not None)
        )
        and base_word(tok.lower) not in STOP_WORDS
        and not any(ch.isdigit() for ch in tok.text)  # "U15", "Under-15", "G7": no name
        and not _CONTRACTION.search(tok.text)
        and not _ELIDED.match(tok.text)
    )


# A place in the genitive between a body or title and a name: "МИД России", "глава Украины".
_RUSSIAN_PLACE = re.compile(r"[а-яё](?:ии|ы|и)$")


def _body_initials(toks: Sequence[Token], k: int, last: Token) -> bool:
    """``toks[k]`` is a body's initials before a name ("МИД РФ Василий"), not the name's own
    initials after a courtesy title ("Mr YK Dale", "Mr. YK Dale")."""
    t = k - 2 if k >= 2 and toks[k - 1].text == "." else k - 1
    honoured = t >= 0 and base_word(toks[t].lower) in HONORIFICS
    body = base_word(last.lower)  # ("UK Power Networks": the initials open a body's name)
    named = _is_name(last) and not {body, body[:-1]} & ORG_WORDS
    initials = len(toks[k].text) > 1 and toks[k].text.isupper() and "&" not in toks[k].text
    return initials and named and not honoured  # ("S&P Global": a firm's own initials)


def _is_name(tok: Token) -> bool:
    """A word written as a name (capital, then lower case), not an acronym."""
    return tok.text[:1].isupper() and not tok.text.isupper()


_COMPASS = frozenset(("northern", "southern", "eastern", "western", "central"))
_OF_NEXT = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _chunk(text: str, toks: Sequence[Token], i: int, j: int) -> NameChunk:
    """Build a NameChunk from ``toks[i:j]`` (a run of name words and particles)."""
    before = toks[i - 1] if i > 0 else None
    words = toks[i:j]
    start, end = words[0].start, words[-1].end - (2 if _POSSESSIVE.search(words[-1].text) else 0)
    chunk_text = text[start:end]
    tail_from = 0
    for k, w in enumerate(words):
        surname = title_as_surname(words, k, toks[max(0, i - 2) : i])
        if is_breaker(w.text) and not (title_as_first_name(words, k) or surname):
            tail_from = k + 1
    if tail_from == 0 and occupation_title(words):
        tail_from = 1  # "Fisherman Tom Berg": the occupation describes the person
    while tail_from < len(words) and before_name(words, tail_from):
        tail_from += 1  # "Hon. Grace Adeyemi", "U Pe Than": a stop or a courtesy, no name
    country = any(w.lower == "and" for w in words)  # ("Minister of Bosnia and Herzegovina")
    if len(words) - tail_from >= 3 and after_title_of(toks, i) and not country:
        # "U.S. Ambassador to Russia Jon Huntsman", "director for Northern South Island Tom
        # Berg": the place is not part of the name (after a title in the chunk, only a place's
        # own words: "Secretary of State Alison Lundergan Grimes" keeps her first name).
        cut = place_words(words[tail_from:])
        if tail_from == 0 or place_or_group(" ".join(w.text for w in words[tail_from:][:cut])):
            tail_from += cut
    while tail_from < len(words) - 1 and _body_initials(toks, i + tail_from, words[-1]):
        tail_from += 1  # "МИД РФ Василий Небензя": the body's initials are no part of the name
    if 0 < tail_from < len(words) - 2 and _RUSSIAN_PLACE.search(words[tail_from].text):
        tail_from += 1  # "министр иностранных дел России Сергей Лавров": a place (genitive)
    tail = [] if before and honorific_pronoun([before, *words]) else words[tail_from:]
    if any(w.lower in ("&", "and") for w in tail):  # a firm's, a country's: "Procter & Gamble"
        return NameChunk(start, end, chunk_text, text[tail[0].start : end], "org", tail_from > 0)
    titled = tail_from > 0 or (before is not None and before.lower in ROLE_NOUNS)
    last_breaker = base_word(words[tail_from - 1].lower) if tail_from > 0 else ""
    if (len(tail) == 1 or initials_only(tail)) and last_breaker in ORG_WORDS - TITLES:
        tail = []  # "FC Tarvo", "Reuters Trust", "Kessel Foods U.S.": the body's own words
    if tail and tail[0].lower in PARTICLES and last_breaker in ORG_WORDS:
        tail = []  # "Consejo de Ministros", "Ministério da Saúde": the body's own words
    if tail and last_breaker in ORG_WORDS and base_word(tail[-1].lower) in ORG_WORDS:
        tail = []  # "Northport University Hospitals NHS Trust": one body's name, end to end
    if not tail:  # titles and demonyms alone ("Lithuanian", "Cabinet Secretary") name nobody
        if body_role([w.text for w in words]) or not any(
            base_word(w.lower) in ORG_WORDS for w in words
        ):
            return NameChunk(start, end, chunk_text, chunk_text, "title", titled)
        org = as_spaced([w for w in words if w.lower not in STOP_WORDS], base_word)
        return NameChunk(start, end, chunk_text, org, "org", titled)
    name = without_nickname(text[tail[0].start : end])
    demonyms = tail_from > 0 and all(is_nationality(w.text) for w in words[:tail_from])
    compass = tail_from > 0 and words[tail_from - 1].lower in _COMPASS  # "Central Velm"
    if (len(tail) == 1 and demonyms and (compass or _OF_NEXT.match(text, end))) or any(
        base_word(w.lower) in EVENT_WORDS for w in tail
    ):  # "African Cup of Nations", "World Cup Kessel": an event's or a body's name
        return NameChunk(start, end, chunk_text, name, "title", titled)
    if len(name) == 1:
        # "Y sentencia:", "E disse": a one-letter word alone (a conjunction opening a sentence,
        # an initial cut off its name) names nobody.
        return NameChunk(start, end, chunk_text, name, "title", titled)
    if len(tail) == 1 and len(tail[0].text) > 1 and tail[0].text.isupper():
        return NameChunk(start, end, chunk_text, name, "acronym", titled)
    return NameChunk(start, end, chunk_text, name, "person", titled)


def _is_middle_initial(toks: Sequence[Token], j: int) -> bool:
    """ "A" in "Vincent A. Forlenza": a stop word ("a", "I") read as an initial inside a name."""
    return (
        len(toks[j].text) == 1
        and toks[j].text.isupper()
        and j + 2 < len(toks)
        and toks[j + 1].text == "."
        and toks[j + 1].start == toks[j].end
        and _is_name_word(toks[j + 2])
    )


def _ends_possessive(word: str, following: str) -> bool:
    """True when ``word`` is a possessive that ends a run of capitals before ``following``
    (but "the Teachers’ Union" is one body's name)."""
    if _POSSESSIVE.search(word):
        return True
    return _S_POSSESSIVE.search(word) is not None and not is_breaker(following)


def _inner_stop(text: str, toks: Sequence[Token], i: int, j: int) -> bool:
    """The full stop at ``toks[j]`` is a title's or an initial's inside the name that opened at
    ``toks[i]``: "Gov. Francis", "Jeffrey J. Bazarian", "A.J. Lund" (initials run together)."""
    before, stop, after = toks[j - 1], toks[j], toks[j + 1]
    if not before.is_capitalised:
        return False
    initial = len(before.text) == 1
    if initial and len(after.text) == 1 and after.text.isupper() and after.start == stop.end:
        # "A.J. Lund": initials run together, then the surname alone ("the U.S. Fredrik Stamm":
        # a country's initials before a full name)
        k = j + 1
        while k + 2 < len(toks) and len(toks[k].text) == 1 and toks[k + 1].text == ".":
            k += 2
        alone = k + 1 >= len(toks) or not _is_name_word(toks[k + 1])
        return _is_name_word(toks[k]) and alone
    if not (_is_name_word(after) and after.start == stop.end + 1 and text[stop.end] == " "):
        return False
    if before.lower in ABBREVIATED:
        return True
    return initial and (j - 1 > i or first_initial(toks, i, _is_name_word))


def name_chunks(text: str, toks: Sequence[Token]) -> list[NameChunk]:
    """Every name chunk among ``toks`` (tokens of ``text``), in order."""
    chunks: list[NameChunk] = []
    i, n = 0, len(toks)
    while i < n:
        opens = (
            _is_name_word(toks[i]) or _is_middle_initial(toks, i) or word_first_name(text, toks, i)
        )
        if opens and (comma := participle_clause(text, toks, i)):
            i = comma + 1  # "Praising India, Berg said": the participle's object is no one
            continue
        if (
            not opens
            or is_participle(text, toks, i, _is_name_word)
            or opening_function_word(toks, i)
        ):
            i += 1  # (nor "Y", "O", "Und" opening a sentence in other languages)
            continue
        j = i + 1
        while j < n:
            tok = toks[j]
            gap = text[toks[j - 1].end : tok.start]
            if "\n" in gap or "   " in gap or "\t" in gap:
                break  # a name never runs across a line break or a menu's gaps ("Start   Kultur")
            if tok.lower in RUSSIAN_OUTLETS and CYRILLIC.search(toks[j - 1].text):
                break  # "заявил Песков ТАСС": the outlet told is not part of the name
            if tok.text in POST_NOMINALS or opens_joined_role(toks, i, j):
                break  # "Jim Roe OBE", "Ada Lund Fire and Rescue Chief": no more of the name
            named = _is_name_word(tok, after_name=True) or _is_middle_initial(toks, j)
            if named and not _ends_possessive(toks[j - 1].text, tok.text):
                j += 1
            elif tok.text == "." and j + 1 < n and _inner_stop(text, toks, i, j):
                j += 1  # "Jeffrey J. Bazarian", "Gov. Francis Nwifuru", "A.J. Lund"
            elif tok.text == "." and (k := closing_initials(toks, i, j, _is_name_word)):
                j = k  # "Kessel Foods U.S. said": the country's initials end the firm's name
            elif (
                tok.lower in PARTICLES
                and (k := after_particles(toks, j)) < n
                and _is_name_word(toks[k])
                and not _POSSESSIVE.search(toks[j - 1].text)
                and not affiliation_at(toks, k)
            ):
                j = k + 1  # "Lula da Silva", "Ursula von der Leyen"
            elif firm_across_ampersand(text, toks, j, _is_name_word):
                j += 2  # "Procter & Gamble": one firm's name
            elif country := country_across_and(toks, j, i):
                j = country[1]  # "Bosnia and Herzegovina": one country's name
            elif tok.text == "O" and j + 1 < n and _is_name_word(toks[j + 1]):
                j += 2  # "John O Malley": an Irish surname's "O" with its apostrophe lost
            elif (k := nickname_end(toks, j)) and k < n and _is_name_word(toks[k]):
                j = k + 1  # "Ezekiel ‘Ziggy’ Cameron": a nickname in quotes inside the name
            elif short_surname(text, tok):
                j += 1  # "Khiem Do, a fund manager": a surname that is also a small word
            elif name_suffix(toks, j):
                j += 3 if j + 2 < n and toks[j + 2].text == "." else 2  # "Ada Cruz, Jr."
            else:
                break
        chunks.append(_chunk(text, toks, i, j))
        i = j
    return body_heads(toks, chunks)


def speaker_chunks(text: str, np: Sequence[Token]) -> list[NameChunk]:
    """The people, bodies and acronyms ``np`` names; an outlet told is not the speaker."""
    if not np:
        return []
    # The words before the phrase tell a place from a name: "Ambassador to | Moscow Jon
    # Huntsman", "Minister of Foreign Affairs of | Northland Tom Berg" (the subject found
    # starts after "to" or "of").
    reach = max(0, np[0].start - 120)
    before = tokenize(text[reach : np[0].start], reach)[-10:]
    context = before + list(np) if before and before[-1].lower in PLACE_BEFORE_NAME else list(np)
    # (a title's words join a body's name first: "Department for | Environment")
    named = joined_bodies(
        text, np, [c for c in name_chunks(text, context) if c.start >= np[0].start]
    )
    chunks = [c for c in named if c.kind in ("person", "org", "acronym")]  # "Bank of England"
    if len(chunks) > 1 and chunks[-2].kind == "person" and is_outlet(chunks[-1].name):
        chunks.pop()  # "сказал Лавров ТАСС": Lavrov told TASS
    return chunks
