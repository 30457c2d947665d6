"""Who a description refers to: roles, organisation words and gendered pronouns in one article.

"the Belarusian leader", "the head of state" or "the President" name nobody by themselves; a
careful reader takes them for the person the article named before with that role ("President
Alexander Lukashenka", "Oskar Varga, the head of state,"). "the ministry" and "the company" are
the nearest organisation named before whose name carries that word ("the Foreign Ministry") or,
for generic words, the nearest organisation at all. "she" is never a man the article writes
about as "he" or "Mr". When the caller gives the casebook's actors, a role they held on the
article's date resolves a description the article itself does not.

Everything here reads a bounded window before the cue (:data:`WINDOW_CHARS`), sentence by sentence
through :class:`~claimtrack.aids.mentions.ArticleReader`'s caches, so the cost per quote is fixed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from claimtrack.aids.descriptions import INDEFINITE
from claimtrack.aids.epithets import EPITHET_CONFIDENCE, epithet_person
from claimtrack.aids.forward_phrases import POSSESSIVE
from claimtrack.aids.name_words import PEOPLE_NOUNS, many_of
from claimtrack.aids.role_attributes import attributive, body_before
from claimtrack.aids.role_evidence import role_evidence
from claimtrack.aids.role_words import (
    DETERMINERS,
    FORMER,
    GENERIC_HOLDERS,
    GENERIC_ORGS,
    HEADS,
    LEADER,
    NP_END,
    OF_WORDS,
    ROLE_PHRASES,
    ROLE_WORDS,
    SAME_ROLE,
)
from claimtrack.aids.speakers import ABBREVIATED, ORG_NOUNS, PLACE_OF, ROLE_NOUNS, NameChunk
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.model import Actor, PartialDate
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["Referent", "org_head", "resolve_description"]

WINDOW_CHARS = 12_000
"""How far back (in characters) a description looks for the person or body it refers to."""


@frozen
class Referent:
    """Who a description refers to: the name as the article writes it, and how it was found."""

    name: str
    how: str  # "role", "organisation" or "actor"
    confidence: float


# "an official", "a senior EU official": someone the article did not name.
# ("a Velm Wind Action Group spokeswoman": a body's name of up to five capitalised words)
_UNNAMED = (
    r"\b(?:an?|one|another)\s+(?:(?:[\w-]+\s+){{0,3}}?|(?-i:(?:[A-Z][\w&'’-]*\s+){{4,5}}))"
    r"{head}s?\b"
)
_SPOKESMAN = "spokesman"  # (the one head of "spokesperson", "spokeswoman", "portavoz" …)
_AGE_WORD = re.compile(r"(?:\d{1,3}-)?years?-old")


def role_key(words: Sequence[str]) -> tuple[str, frozenset[str]]:
    """The head of a role description and its modifiers: "foreign minister" → minister, {foreign}.

    "head of state" and "prime minister" are one head each.
    """
    # (an owner is a modifier like any other: "Velm’s mayor" is the Velm mayor)
    low = [w.lower().replace("’", "'").removesuffix("'s") for w in words]
    low = [w for w in low if w not in DETERMINERS]
    # (an age says nothing of the role: "the 43-year-old spokesman" is the spokesman)
    ageless = [w for w in low if not (w.isdigit() or w == "-" or _AGE_WORD.fullmatch(w))]
    if not ageless and any(_AGE_WORD.fullmatch(w) for w in low):
        ageless = ["year-old"]  # "the 24-year-old": the age is all the description says
    low = ageless
    joined = " ".join(low)
    for phrase, head in ROLE_PHRASES.items():
        if phrase in joined:
            return head, frozenset()
    # "the former national skipper after the defeat": the description ends before "after".
    end = next((k for k, w in enumerate(low) if k and w in NP_END), len(low))
    low = low[:end]
    if not low:
        return "", frozenset()
    # The head is the last role noun: "il presidente Usa", "el ministro español" put the
    # modifier after it; "head of the ministry" holds its role at the body after "of".
    held = next((k for k, w in enumerate(low) if k and w in OF_WORDS), None)
    if held is not None:
        role = low[held - 1]
        return SAME_ROLE.get(role, role), frozenset(low[held + 1 :])
    at = max((k for k, w in enumerate(low) if w in SAME_ROLE), default=len(low) - 1)
    head = SAME_ROLE.get(low[at], low[at])
    return head, frozenset(low[:at] + low[at + 1 :])


def org_head(words: Sequence[str]) -> str | None:
    """The organisation word a description ends in ("the ministry" → ministry), if any; not
    when a role is held at it ("the head of the centre" is a person, not the centre)."""
    low = [w.lower() for w in words]
    held = any(
        (w in OF_WORDS and k and low[k - 1] in ROLE_WORDS | HEADS)
        or (w == "for" and k and low[k - 1] in _SPEAKS_FOR)  # "a spokesperson for the group"
        for k, w in enumerate(low)
    )
    return low[-1] if low and low[-1] in ORG_NOUNS and not held else None


_SPEAKS_FOR = wordset("spokesperson spokesman spokeswoman spokespeople representative")

Window = list[tuple[list[Token], list[NameChunk]]]


def _window(reader: ArticleReader, para_index: int, pos: int) -> Window:
    """Tokens and name chunks of the sentences before ``pos``, nearest first (bounded)."""
    out = []
    floor = max(0, pos - WINDOW_CHARS)
    spans = reader.sentences_before(para_index, pos, floor)
    for n, (start, end) in enumerate(spans):
        later = spans[n - 1] if n > 0 else None
        if later is not None and _ends_in_title(reader.text[start:end]) and later[0] >= end:
            # "Ada Okafor, Hon. | Minister of Culture, …": the splitter cut at a title.
            end = later[1]
        toks, chunks = reader.chunks(start, min(end, pos))
        out.append((toks, reader.unquoted(chunks)))
    return out


_TITLE_END = re.compile(r"\b(\w+)\.\s*$")


def _ends_in_title(sentence: str) -> bool:
    """The sentence ends in an abbreviated title ("… Hon."): it was cut too early."""
    m = _TITLE_END.search(sentence)
    return m is not None and m.group(1).lower() in ABBREVIATED


def _portfolio(toks: list[Token], k: int) -> bool:
    """The chunk at ``toks[k]`` follows "<role> of/de/di": the office's portfolio or place
    ("Minister of Foreign Affairs", "ministro de Relaciones Exteriores"), not a person (but
    "Prime Minister of Papua New Guinea Peter O'Neill" runs place and name together)."""
    if k < 2 or toks[k - 1].lower not in PLACE_OF:
        return False
    role = toks[k - 2].lower
    return SAME_ROLE.get(role, role) in ROLE_WORDS or role in ("ministro", "ministra")


def _office_words(reader: ArticleReader, name: str) -> bool:
    """ "Exteriores de Chile", "Foreign Affairs": no person's name ("Peter O'Neill" after
    "Prime Minister of Papua New Guinea" is one)."""
    return not reader.names.is_person(name) or any(w in PLACE_OF for w in name.split())


def _matches(head: str, modifiers: frozenset[str], evidence: set[str], exact: bool) -> bool:
    if head in LEADER and not exact:
        return bool(evidence & LEADER)
    if head in HEADS and not exact:
        # "the head of the ministry": someone with a role, named with that body.
        return bool(evidence & ROLE_WORDS) and bool(modifiers) and modifiers <= evidence
    if head not in evidence:
        return False
    plain = {m for m in modifiers if not m[:1].isupper()}
    return not plain or bool(plain & evidence) or not (plain - {"top", "senior", "former"})


def _actor_for(
    actors: Sequence[Actor], head: str, modifiers: frozenset[str], when: PartialDate | None
) -> Actor | None:
    found = []
    for actor in actors:
        title = actor.role_on(when)
        if title is None:
            continue
        t_head, t_mods = role_key(title.split())
        words = set(title.lower().replace("-", " ").split()) | {t_head}
        if (head in LEADER and t_head in LEADER) or head in words:
            demonyms = {m[:5] for m in modifiers if len(m) > 5}
            if not demonyms or any(w[:5] in demonyms for w in words | t_mods):
                found.append(actor)
    return found[0] if len(found) == 1 else None


_PERSONS_OWNERS = wordset("his her their")


def resolve_description(
    reader: ArticleReader,
    para_index: int,
    words: Sequence[str],
    pos: int,
    actors: Sequence[Actor] = (),
    when: PartialDate | None = None,
) -> Referent | None:
    """The person or organisation a description at ``pos`` refers to, or None when unsure."""
    window = _window(reader, para_index, pos)
    head = org_head(words)
    if head is not None:
        return _resolve_org(window, head)
    head, modifiers = role_key(words)
    if not head or (words and words[0].lower() in INDEFINITE):
        return None  # "a spokesperson for the firm": someone the article has not named
    if words[0].lower() in _PERSONS_OWNERS or any(
        POSSESSIVE.search(w) and reader.names.is_person(w[:-2]) for w in words
    ):
        return None  # "Lund's spokesperson", "his lawyer": someone who works for Lund
    if many_of(head, ROLE_WORDS | ROLE_NOUNS | PEOPLE_NOUNS | GENERIC_HOLDERS):
        return None  # "officers said", "officials said": many, not the one the article names
    people = _people(reader, window)
    for exact in (True, False):
        # "the Prime Minister" is the prime minister named, before a nearer president.
        for name, evidence, _, _ in people.values():  # nearest first
            if _matches(head, modifiers, evidence, exact):
                return Referent(name, "role", 0.9)
    if (named := _body_holder(reader, window, people, head, words)) is not None:
        return Referent(named, "role", 0.85)  # "the Velm CEO": the CEO named with Velm
    holders = [p[0] for p in people.values() if head in p[1]]
    if len(holders) == 1 and attributive(words, head):
        return Referent(holders[0], "role", 0.7)  # "the two-time Cup-winning coach"
    actor = _actor_for(actors, head, modifiers, when) if actors else None
    if actor is not None:
        return Referent(actor.name, "actor", 0.85)
    if head not in LEADER and any(w.lower() in OF_WORDS for w in words):
        # "the head of the teachers' union": nobody named with it is unknown; but "the director
        # of Harbour Lights" (a film, no body) is the one director named ("director Ada Lund")
        body = any(w.lower() in ORG_NOUNS for w in words)
        return Referent(holders[0], "role", 0.6) if len(holders) == 1 and not body else None
    if head in LEADER and any(w.lower() in ORG_NOUNS for w in words):
        return None  # "the union president": a body's leader, not the story's main subject
    if (subject := _main_subject(reader, people, head, modifiers, pos)) is not None:
        return Referent(subject, "role", 0.6)
    epithet = epithet_person(reader, people, words, holders)
    return Referent(epithet, "role", EPITHET_CONFIDENCE) if epithet is not None else None


def _body_holder(
    reader: ArticleReader, window: Window, people: _People, head: str, words: Sequence[str]
) -> str | None:
    """ "the Velm Energy CEO": the one person named with the role ``head`` in a sentence that
    names the body ("Velm Energy will sell …, the company's CEO Ada Lund said"); a person, not
    a word of a committee's name ("Commissioner and Chairman, Information and …")."""
    body = set(body_before(words, head))
    found = set()
    for toks, chunks in window if body else ():
        # (capitalised words only: "the US envoy" is not named by "us")
        named = {t.lower.replace("’", "'").removesuffix("'s") for t in toks if t.is_capitalised}
        if body <= named:
            held = (people.get(c.name.split()[-1]) for c in chunks if c.kind == "person")
            found |= {p[0] for p in held if p is not None and head in p[1]}
    found = {name for name in found if reader.names.is_person(name)}
    return found.pop() if len(found) == 1 else None


def _main_subject(
    reader: ArticleReader, people: _People, head: str, modifiers: frozenset[str], pos: int
) -> str | None:
    """Nobody named with the role ``head``: the person most often the subject who holds no other
    role; for "the official" or "the politician", the office holder last in view."""
    former = bool(modifiers & FORMER)  # "the former skipper" is now, say, the coach
    any_role = head in LEADER or head in GENERIC_HOLDERS or former
    free = [
        p
        for p in people.values()
        if p[3]
        and (any_role or not p[1] & ROLE_WORDS)
        and reader.names.is_person(p[0])  # ("promoting Daesh ideology": a group, no one)
    ]
    if any(" " in p[0] for p in free):
        free = [p for p in free if " " in p[0]]  # a full name before a lone capitalised word
    if free and (head in GENERIC_HOLDERS or head == _SPOKESMAN):
        # (not after "an official said …" or "a spokesperson for the group said …": someone
        # the article did not name, who speaks for a body)
        spelled = sorted({head} | {w for w, same in SAME_ROLE.items() if same == head})
        unnamed = _UNNAMED.format(head="(?:" + "|".join(map(re.escape, spelled)) + ")")
        seen = reader.text[max(0, pos - WINDOW_CHARS) : pos]
        if re.search(unnamed, seen, re.IGNORECASE):
            return None
        if head in GENERIC_HOLDERS:
            return free[0][0]
    free.sort(key=lambda p: -p[3])
    if len(free) == 1 or (free and free[0][3] >= 2 * free[1][3]):
        return free[0][0]
    return None


_People = dict[str, tuple[str, set[str], int, int]]


def _people(reader: ArticleReader, window: Window) -> dict[str, tuple[str, set[str], int, int]]:
    """People in ``window`` by surname, nearest first: fullest name, role words, mentions, and
    mentions as a subject (not after a preposition, not a possessive)."""
    people: dict[str, tuple[str, set[str], int, int]] = {}
    for toks, chunks in window:
        for chunk in chunks:
            if chunk.kind != "person" or len(chunk.name) < 3:
                continue
            k = next((n for n, t in enumerate(toks) if t.start >= chunk.start), 0)
            if k == 0 and not (" " in chunk.name or chunk.titled):
                continue  # one capitalised word opening a sentence is seldom a name
            if k > 0 and toks[k - 1].text == "(":
                continue  # "(Reuters)", "(Media)": a credit or a label, not a person
            if k == 0 and _dateline(toks, chunk):
                continue  # "ADDIS ABABA, Feb 2 –": the place the story was filed from
            if _portfolio(toks, k) and _office_words(reader, chunk.name):
                continue  # "el ministro de Relaciones Exteriores": an office, not a person
            possessive = reader.text[chunk.end : chunk.end + 2] in ("’s", "'s")
            subject = not possessive and not (k > 0 and toks[k - 1].lower in PREPOSITIONS)
            subject = subject or (not possessive and _titled_of(toks, k, chunk))
            written = chunk.name.split()
            if len(written) >= 4 and k > 0 and toks[k - 1].lower in PLACE_OF:
                written = written[-2:]  # "of Papua New Guinea Peter O'Neill": the place goes
            surname, full = written[-1], " ".join(written)
            name, evidence, count, subjects = people.get(surname, (full, set(), 0, 0))
            if len(full) > len(name):
                name = full
            evidence = evidence | role_evidence(toks, chunk)
            people[surname] = (name, evidence, count + 1, subjects + subject)
    return people


def _titled_of(toks: list[Token], k: int, chunk: NameChunk) -> bool:
    """The "of" before ``chunk`` (at ``toks[k]``) is its title's: "Minister of Health (of
    Velmland) Tom Berg visited", the sentence's subject (not "a letter to the Minister …")."""
    if not chunk.titled or k < 2 or toks[k - 1].lower != "of":
        return False
    m, role = k - 2, False
    while m >= max(0, k - 8) and (toks[m].is_capitalised or toks[m].lower == "of"):
        role = role or toks[m].lower in ROLE_NOUNS
        m -= 1
    return role and not (m >= 0 and toks[m].lower in _BEFORE_AN_OBJECT)


_BEFORE_AN_OBJECT = PREPOSITIONS | DETERMINERS  # "to the Minister of …": written to, no subject


def _dateline(toks: list[Token], chunk: NameChunk) -> bool:
    """``chunk`` opens the sentence in capitals before a comma, a bracket or a dash."""
    after = next((t for t in toks if t.start >= chunk.end), None)
    return chunk.name.isupper() and after is not None and after.text in (",", "(", "–", "—", "-")


def _resolve_org(window: Window, head: str) -> Referent | None:
    generic = head in GENERIC_ORGS
    fallback: str | None = None  # the nearest body named as a subject, else the nearest named
    fallback_is_subject = False
    for toks, chunks in window:
        starts = [t.start for t in toks]
        for chunk in reversed(chunks):
            if chunk.kind not in ("org", "acronym"):
                continue
            if head in chunk.name.lower().split():
                return Referent(chunk.name, "organisation", 0.85)
            k = bisect_left(starts, chunk.start)
            # "a letter from Northport Capital": not the company that then "said"
            subject = not (k > 0 and toks[k - 1].lower in PREPOSITIONS)
            if chunk.kind == "org" and (fallback is None or (subject and not fallback_is_subject)):
                fallback, fallback_is_subject = chunk.name, subject
    if generic and fallback is not None:
        return Referent(fallback, "organisation", 0.7)
    return None
