"""Bodies whose names run across a small word or end in a common noun: "the Royal College of
Nursing", "the Bank of England", "the Institute for Fiscal Studies", "South Lakes police", "the
KMT caucus".

A run of capitalised words stops at "of", so "the Royal College of Nursing said" read as
"Nursing" said and "the Bank of England said" as "England" said. Two name chunks joined by "of",
"for" or "on", the first ending in a body's word (College, Bank, Institute, Society), are one
body. A place's or a party's name with a body's common noun after it, last before the verb
("Northport police said", "the KMT caucus said"), is that body, not the place.

Only the chunks of a speaker's noun phrase or a sentence's subject are joined
(:func:`claimtrack.aids.speakers.speaker_chunks`, :func:`claimtrack.aids.subjects.main_subject`):
the name chunker itself still stops at "of", which keeps "Minister of Health Ada Lund" a person
after a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from claimtrack.aids.countries import is_country_or_region
from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_words import ORG_WORDS, TITLES
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:  # (speakers imports this module)
    from claimtrack.aids.speakers import NameChunk

__all__ = [
    "JOINS",
    "in_complement_list",
    "is_body_head",
    "is_body_name",
    "is_own_body",
    "joined_bodies",
    "one_body_across_and",
]

# A body's head word before "of": ORG_WORDS, and heads that are also surnames ("Charlotte
# Church", "Ada College"), which are no breakers in a person's name, so they join only here.
_BODY_HEADS = ORG_WORDS | wordset(
    """
    college society league church trust board club school institution tribunal observatory
    laboratory conference confederation order
    """
)
JOINS = ("of", "for", "on")
# A body's common noun after a place's or a party's name: "Northport police", "KMT caucus".
_BODY_NOUNS = wordset(
    """
    police council government caucus embassy ministry department party union club team
    campaign committee authority authorities office consulate delegation
    """
)


def is_body_head(word: str) -> bool:
    """ "College", "Bank", "Institute": a body's word, which an "of" after it continues."""
    return word.lower() in _BODY_HEADS


def _head(name: str) -> str:
    """The name's last word in lower case, without a possessive ("College’s" → "college")."""
    words = name.split()
    return _POSSESSIVE.sub("", words[-1].lower()) if words else ""


_POSSESSIVE = re.compile(r"[’']s$")


def joined_bodies(text: str, np: Sequence[Token], chunks: list[NameChunk]) -> list[NameChunk]:
    """``chunks`` (a speaker noun phrase's name chunks) with "X of Y" bodies made one chunk
    and a trailing body noun ("police") joined to the name before it."""
    out: list[NameChunk] = []
    for n, chunk in enumerate(chunks):
        prev = out[-1] if out else None
        if prev is not None and chunk.start < prev.end:
            continue  # (a chunk of the list a body's name took in)
        gap = text[prev.end : chunk.start] if prev is not None else ""
        if (
            prev is not None
            and gap.strip() in JOINS
            and gap.startswith(" ")
            and gap.endswith(" ")
            and _head(prev.text) in _BODY_HEADS
            and chunk.kind in ("person", "org", "acronym", "title")
            and not _titled_person(chunk)
        ):
            out[-1] = _body(text, prev.start, chunk.end, prev)
            continue
        if prev is not None and gap in _AND and _places_before_body(text, prev, chunk):
            out[-1] = _body(text, prev.start, chunk.end, chunk)
            continue
        if prev is not None and _portfolio_goes_on(prev, chunk, gap):
            out[-1] = evolve(prev, end=chunk.end, text=text[prev.start : chunk.end], kind="title")
            continue
        if prev is not None and (end := _complement_end(text, prev, chunks, n)):
            out[-1] = _body(text, prev.start, end.end, prev)
            continue
        out.append(chunk)
    if out and np:
        last, noun = out[-1], np[-1]
        if (
            noun.lower in _BODY_NOUNS
            and noun.text.islower()
            and text[last.end : noun.start] == " "
            and last.kind in ("person", "org", "acronym")
        ):
            out[-1] = _body(text, last.start, noun.end, last)
    return out


def _portfolio_goes_on(prev: NameChunk, chunk: NameChunk, gap: str) -> bool:
    """``chunk`` is a word of the portfolio a title holds ("the Minister | for | Culture |
    and | Media"): no one's name, and no body of its own."""
    if prev.kind != "title" or chunk.kind not in ("person", "org", "title"):
        return False
    words = chunk.text.split()
    if len(words) > 2 or _titled_person(chunk) or is_given_name(words[0]) or is_own_body(words):
        return False
    if gap in (" for ", " of "):
        return _head(prev.text) in TITLES
    return gap in _AND and any(f" {w} " in prev.text for w in ("for", "of"))


def _titled_person(chunk: NameChunk) -> bool:
    """ "Northport CEO Ada Lund" after "Association of": a person named after a title, whom
    the body's name does not swallow."""
    return chunk.kind == "person" and chunk.titled and chunk.name != chunk.text


_AND = (" and ", " & ")


def _places_before_body(text: str, prev: NameChunk, chunk: NameChunk) -> bool:
    return (
        not in_complement_list(text[max(0, prev.start - 120) : prev.start])  # (a list's two)
        and chunk.kind == "org"
        and prev.kind == "person"
        and not prev.titled
        and one_body_across_and(prev.text.split(), chunk.text.split())
    )


def one_body_across_and(before: Sequence[str], after: Sequence[str]) -> bool:
    """ "Cheshire West | and | Chester Council", "Brighton | and | Hove City Council": two
    places' names before one body's word are that body's name. A person ("Ada Lund and Velm
    Council"), a country ("Belarus and Northport Police"), a title or a body ("Velm Police
    and Ada Council") before "and" is one of two."""
    return (
        0 < len(before) <= _PLACE_WORDS
        and bool(after)
        and _head(after[-1]) in _SHARED_HEADS
        and not (len(before) > 1 and is_given_name(before[0]))  # (one word: "Avon")
        and not any(w.lower() in _BODY_HEADS or w.lower() in TITLES for w in before)
        and not is_country_or_region(" ".join(before))
    )


_PLACE_WORDS = 3
# A body's word two places share ("Avon and Somerset Constabulary"), not a firm's word that
# ends a list ("Minister of Water, Irrigation and Energy").
_SHARED_HEADS = _BODY_NOUNS | wordset(
    "trust board service constabulary college university hospital commission partnership"
)


def _complement_end(
    text: str, body: NameChunk, chunks: Sequence[NameChunk], n: int
) -> NameChunk | None:
    """The last chunk of the list that goes on a body's "of" ("Department for Environment,
    Food and Rural Affairs", "Department of Health and Social Care"): chunks from ``n`` on,
    joined by commas and a last "and". A body of its own after "and" ("Ministry of Defence
    and Velm Police") or a person ends no list."""
    if not any(w in JOINS for w in body.text.split()):
        return None
    for k in range(n, min(len(chunks), n + _LIST_CHUNKS)):
        chunk, before = chunks[k], chunks[k - 1] if k > n else body
        gap = text[before.end : chunk.start]
        if chunk.kind not in ("person", "org", "title") or _titled_person(chunk):
            return None
        if gap in _AND or gap == ", and " or (gap == ", " and " & " in chunk.text):
            last = chunk.text.split(" & ")[-1].split()  # ("Media & Sport": a firm's "&" read)
            own_body = is_own_body(last) or is_given_name(last[0])
            return None if own_body or len(last) > _PLACE_WORDS else chunk
        if gap != ", ":
            return None
    return None


_LIST_CHUNKS = 5


def _body(text: str, start: int, end: int, like: NameChunk) -> NameChunk:
    written = text[start:end]
    name = written.removeprefix("The ").removeprefix("the ")
    return evolve(like, start=start, end=end, text=written, name=name, kind="org")


# An "of" or "for", then capitalised names and commas, up to a comma: a complement's list.
# (each name ends at a comma or at spaces, never both ways: no backtracking on long gaps)
_COMPLEMENT_LIST = re.compile(r"(?:^|\s)(?:of|for)\s+(?:[A-Z][\w’'-]*(?:\s*,\s*|\s+)){1,8}$")


def in_complement_list(before: str) -> bool:
    """``before`` (the text before a run of capitals) ends inside the list an "of" or "for"
    goes on to, at a comma: "Minister of Water, | Irrigation and …" (the run is the list's,
    not places sharing a body's word; "On Monday, | Velm and …" is no list)."""
    return before.rstrip().endswith(",") and _COMPLEMENT_LIST.search(before[-120:]) is not None


def is_own_body(words: Sequence[str]) -> bool:
    """ "Velm Police", "Northport Council": a name ending in a body's own common noun, a body
    of its own after "and", never the last item of another body's list."""
    return bool(words) and _head(words[-1]) in _BODY_NOUNS


def is_body_name(name: str) -> bool:
    """ "Bank of England", "Northport police": a name this module joined, a body's, never a
    person's or a place's."""
    words = name.split()
    joined = any(
        w in JOINS and words[k - 1].lower() in _BODY_HEADS for k, w in enumerate(words) if k
    )
    return joined or (len(words) > 1 and words[-1] in _BODY_NOUNS)
