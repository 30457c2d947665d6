"""Descriptions of a role held at a body: "the head of the ministry", "the chair of Acme".

A role held at a body speaks, not the body: "the head of the Teachers' Union" as written. (A
body's spokesperson speaks for the body: :mod:`claimtrack.aids.spokespeople`.) Used by
:mod:`claimtrack.aids.mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.countries import is_country_or_region
from claimtrack.aids.documents import DOCUMENT_NOUNS
from claimtrack.aids.joined_names import country_across_and
from claimtrack.aids.name_words import PEOPLE_NOUNS, SPEAKER_NOUNS, is_people_noun, many_of
from claimtrack.aids.role_words import GENERIC_ORGS, OF_WORDS
from claimtrack.aids.speakers import ORG_NOUNS, ROLE_NOUNS, NameChunk, is_nationality
from claimtrack.aids.spokespeople import SPOKES
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = [
    "DESCRIBED_LAST",
    "DETERMINERS_AFTER_OF",
    "INDEFINITE",
    "aged_person",
    "as_group",
    "demonym_epithet",
    "description_phrase",
    "family_pronoun",
    "held_description",
    "is_description_head",
    "is_group_noun",
    "later_holder",
    "name_in_complement",
    "names_another",
    "office_owner",
    "owned_after",
    "plays_for_country",
    "role_of_body",
    "unnamed_description",
    "with_indefinite",
    "without_unnamed_employer",
]

# Articles between "of" and a body: "head of the union", "responsabile della Farnesina".
DETERMINERS_AFTER_OF = wordset("the la il lo le el l")


def role_of_body(np: Sequence[Token], chunk: NameChunk) -> bool:
    """ "the head of the Foreign Ministry", "il responsabile della Farnesina": a role held at a
    body speaks, not the body (a full person's name after "of" is the person: "the President
    of Belarus Alexander Lukashenka")."""
    if chunk.kind == "person" and chunk.text != chunk.name:
        return False  # the place and the name in one run: "of Belarus Alexander Lukashenka"
    k = next((n for n, t in enumerate(np) if t.start >= chunk.start), len(np))
    if k >= 2 and np[k - 1].lower in ("and", "&"):
        # "the foreign ministers of Velm and Tarvo": the second of two places or bodies, after
        # a role in lower case ("the Ministry of Defence and Velm Police" are two bodies)
        paired = k - 1
        while paired > 0 and np[paired - 1].is_capitalised and np[paired - 1].is_word:
            paired -= 1
        if paired >= 2 and not np[paired - 2].is_capitalised:
            k = paired
    while k > 0 and np[k - 1].lower in DETERMINERS_AFTER_OF:
        k -= 1
    of = np[k - 1].lower if k >= 2 else ""
    role = np[k - 2].lower if k >= 2 else ""
    plural = role.endswith("s") and role[:-1] in ROLE_NOUNS  # ("the ministers of Velm")
    return (of in OF_WORDS or of == "for") and (role in ROLE_NOUNS or plural)


_HEAD_DETERMINERS = wordset("the a an one another")
_COMPLEMENT_PREPOSITIONS = wordset("in on at for of from with about")


def name_in_complement(np: Sequence[Token], chunk: NameChunk) -> bool:
    """ "a friend of Ada Lund", "the UN's rapporteur on human rights in Norland": a described
    speaker with a name in a preposition's complement; the name is not who speaks. (A name
    run into a role after "of" is the person: "the President of Belarus Alexander
    Lukashenka".)"""
    if not np or np[0].lower not in _HEAD_DETERMINERS:
        return False
    if chunk.kind == "person" and chunk.text != chunk.name:
        return False
    k = next((n for n, t in enumerate(np) if t.start >= chunk.start), len(np))
    # ("the running mate of presidential candidate Ada Lund": a role in lower case before the
    # name in the complement is that person's, not the speaker's)
    if k > 0 and np[k - 1].lower in _HOLDER_ROLES:
        k -= 1
        while k > 0 and np[k - 1].is_word and np[k - 1].text.islower() and k > 2:
            if np[k - 1].lower in _COMPLEMENT_PREPOSITIONS:
                break
            k -= 1
    # ("a trader at a Velm brokerage": the place names the body, not who speaks)
    while k > 0 and (np[k - 1].lower in DETERMINERS_AFTER_OF or np[k - 1].lower in ("a", "an")):
        k -= 1
    return k >= 2 and np[k - 1].lower in _COMPLEMENT_PREPOSITIONS and not np[k - 2].is_capitalised


_HOLDER_ROLES = (ROLE_NOUNS - ORG_NOUNS) | wordset("hopeful")


def owned_after(text: str, np: Sequence[Token], chunk: NameChunk) -> bool:
    """A role ("Lind’s lawyer", "Acme chief executive") or anything owned ("Berg’s rival")
    follows the name in the phrase: the name is not who speaks. So do everyday people in small
    letters: "Velm parents", "Kessel fans", "Lund supporters" are people the name describes."""
    if any(t.start >= chunk.end and (t.lower in ROLE_NOUNS or is_people_noun(t.text)) for t in np):
        return True
    return text[chunk.end : chunk.end + 2] in ("’s", "'s") and np[-1].end > chunk.end + 2


def held_description(text: str, words: Sequence[Token]) -> str | None:
    """A role held at a body, as news labels it: "the head of the Teachers' Union" as written;
    a person's spokesperson, "a spokesperson for Ada Lund" → "Ada Lund spokesperson"."""
    at = next(
        (
            k
            for k, t in enumerate(words)
            if k and (t.lower in OF_WORDS or t.lower == "for") and words[k - 1].lower in ROLE_NOUNS
        ),
        None,
    )
    if at is None or at + 1 >= len(words):
        return None
    body = list(words[at + 1 :])
    while body and body[0].lower in DETERMINERS_AFTER_OF:
        body = body[1:]
    if not body or not body[0].is_capitalised:
        return None
    role = words[at - 1]
    if role.lower in SPOKES and words[at].lower in ("for", "of"):
        return f"{text[body[0].start : body[-1].end]} {role.text}"
    return text[role.start : words[-1].end]


def names_another(text: str, np: Sequence[Token], chunk: NameChunk) -> bool:
    """The speaker phrase ``np`` names ``chunk`` but someone else speaks: a role held at a body
    (:func:`role_of_body`), a role or thing owned after the name (:func:`owned_after`), a
    description with the name in its complement (:func:`name_in_complement`)."""
    return (
        role_of_body(np, chunk)
        or owned_after(text, np, chunk)
        or name_in_complement(np, chunk)
        or _described_after(np, chunk)
        or _spokesperson_for(np, chunk)
        or _group_at_body(np, chunk)
    )


def _group_at_body(np: Sequence[Token], chunk: NameChunk) -> bool:
    """ "students at Velm University", "workers at the Northport docks": a group at a place or
    body speaks, not the body. (A firm's analysts or a ministry's officials speak for it:
    "analysts at Velm Capital said" is the firm's note.)"""
    head = [t for t in np if t.end <= chunk.start]
    if head and head[-1].lower == "the":
        head = head[:-1]
    if len(head) != 2 or head[1].lower not in ("at", "of", "from"):
        return False
    return is_group_noun(head[0].text) and head[0].lower not in _SPEAK_FOR_BODY


_SPEAK_FOR_BODY = wordset("analysts economists strategists officials executives")


def _spokesperson_for(np: Sequence[Token], chunk: NameChunk) -> bool:
    """ "a spokeswoman for Velm prime minister Ada Lund": the spokesperson speaks for the one
    named, however that name is titled. (The phrase ends at a comma, so "…, Piet Arvo" after
    it, the spokesperson, is read apart.)"""
    head = [t for t in np if t.end <= chunk.start]
    k = next((n for n, t in enumerate(head) if t.lower in SPOKES), None)
    return k is not None and k + 1 < len(head) and head[k + 1].lower in ("for", "of")


def _described_after(np: Sequence[Token], chunk: NameChunk) -> bool:
    """ "a Northport school board official", "one Harbour Bank economist": the name is what the
    unnamed speaker is described by; a role noun in lower case ends the phrase after it."""
    if not np or np[0].lower not in _DESCRIBED_OPENERS:
        return False  # ("Lund slammed fuel traders": a verb after the name, not a description)
    tail = [t for t in np if t.start >= chunk.end and t.is_word]
    # ("a Northport council statement" is the council's; "the UNMA release" is UNMA's)
    issued = len(tail) >= 2 and tail[-1].lower in DOCUMENT_NOUNS and tail[-2].lower in ORG_NOUNS
    said = tail and (tail[-1].lower in SPEAKER_NOUNS or issued)
    return bool(said) and all(t.text.islower() for t in tail)


_DESCRIBED_OPENERS = wordset("a an one another the")


# The last word of a description that speaks: a role ("the minister"), a body ("the ministry
# said") or someone nobody names ("a retiree told").
DESCRIBED_LAST = ORG_NOUNS | PEOPLE_NOUNS
_NOT_IN_DESCRIPTION = wordset(
    "the a an one though although but and while as when that which who whom to declined did not "
    "le la les l' el los las il lo gli der die das den un une uno una ein eine o os um uma"
    # ("the ruling through his lawyer, who claimed": the lawyer, not the ruling)
    " through with by from for in on at via against after before"
)


def is_description_head(word: str) -> bool:
    """``word`` can end a description of who speaks: a role ("minister"), a kind of person or
    body ("resident", "ministry") or their plural ("economists", "deputies", "spokesmen")."""
    low = word.lower()
    return low in ROLE_NOUNS or low in DESCRIBED_LAST or is_group_noun(low)


def description_phrase(tokens: Sequence[Token]) -> list[Token]:
    """The role phrase of a description, ending at its role noun: "one House member"."""
    cut = max((k for k, t in enumerate(tokens) if t.text in ",;:()"), default=-1)
    if cut >= 0 and any(t.is_word for t in tokens[cut + 1 :]):
        tokens = tokens[cut + 1 :]  # "Dans son discours, la maire": the phrase after the comma
    words = [t for t in tokens if t.is_word]
    last = max((k for k, t in enumerate(words) if is_description_head(t.text)), default=-1)
    k = last
    while k - 1 >= 0 and last - k < 3 and words[k - 1].lower not in _NOT_IN_DESCRIPTION:
        k -= 1
    # A run of capitals is not cut: "Prime Minister Ada Lund’s spokesman", not "Minister …".
    while (
        k - 1 >= 0
        and last - k < 6
        and words[k].is_capitalised
        and words[k - 1].is_capitalised
        and words[k - 1].lower not in _NOT_IN_DESCRIPTION
    ):
        k -= 1
    if k >= 2 and (country := country_across_and(words, k - 1, k - 4)):
        k = country[0]  # "Trinidad and Tobago’s prime minister": the whole country's name
    held = next((n for n in range(k, last) if n and words[n].lower in OF_WORDS), None)
    if held is None and k >= 2 and words[k - 1].lower in DETERMINERS_AFTER_OF:
        held = k - 2 if words[k - 2].lower in OF_WORDS else None
    if held is not None and words[held - 1].lower in ROLE_NOUNS:
        k = held - 1  # "the head of the Teachers' Union": the role, held at the body
    return list(words[k : last + 1]) if last >= 0 else []


# Words opening a description of someone the article has not named ("a resident").
INDEFINITE = wordset("a an another one some several un una une ein eine einen uno um uma")


def with_indefinite(tokens: Sequence[Token], phrase: list[Token]) -> list[Token]:
    """``phrase``, cut from ``tokens``, with the indefinite article written before it: "A
    resident of Velm said" is someone the article has not named, not the person it names most."""
    at = next((n for n, t in enumerate(tokens) if phrase and t.start == phrase[0].start), 0)
    return [tokens[at - 1], *phrase] if at and tokens[at - 1].lower in INDEFINITE else phrase


def unnamed_description(tokens: Sequence[Token]) -> list[Token]:
    """The role phrase of a description, with its indefinite article when it names no body
    ("One parent"): someone the article does not name, whom a "he" after it goes on with."""
    phrase = description_phrase(tokens)
    return phrase if any(t.is_capitalised for t in phrase) else with_indefinite(tokens, phrase)


def without_unnamed_employer(words: list[Token]) -> list[Token]:
    """ "a dealer at a local bank", "a dealer at a Velm bank": someone new, "a dealer"; a body
    the article does not name (an indefinite phrase ending in lower case) is not the speaker,
    whatever article the person's role has ("the dealer at a local bank": "the dealer").
    Other ``words`` come back whole."""
    if len(words) < 4 or (words[0].lower not in INDEFINITE and words[0].lower != "the"):
        return words
    k = next((n for n in range(2, len(words) - 1) if words[n].lower in _EMPLOYED_AT), 0)
    if not k or words[k + 1].lower not in INDEFINITE or words[-1].is_capitalised:
        return words
    return words[:k]


_EMPLOYED_AT = wordset("at with from in for")


_HIS = wordset("father dad grandfather")
_HERS = wordset("mother mum mom grandmother")
_COUNT_WORDS = wordset("one two three four five six seven eight nine ten eleven twelve")


def family_pronoun(words: Sequence[Token]) -> str | None:
    """ "(said) the father of three", "the mother-of-two": a description of the person the
    article is about, read as "he" or "she" would be. "the father of the victim" is someone
    else (None): only a count of children says the person is the one already in view."""
    parts = " ".join(t.lower for t in words).replace("-", " ").split()
    if len(parts) < 3 or parts[-2] != "of":
        return None
    if not (parts[-1].isdigit() or parts[-1] in _COUNT_WORDS):
        return None
    return "he" if parts[-3] in _HIS else "she" if parts[-3] in _HERS else None


_OFFICES = wordset("office cabinet spokesperson spokesman spokeswoman")


def office_owner(words: list[Token]) -> list[str] | None:
    """ "the minister’s office" → ["the", "minister"]: the role whose office speaks."""
    if len(words) < 2 or words[-1].lower not in _OFFICES:
        return None
    owner = words[-2].text
    base = owner.removesuffix("’s").removesuffix("'s")
    if base == owner or base.lower() not in ROLE_NOUNS:
        return None
    return [t.text for t in words[:-2]] + [base]


def as_group(np: Sequence[Token]) -> Sequence[Token]:
    """``np`` in lower case when it is a group of people capitalised to open a sentence
    ("Police", "Residents": a plural, so no surname; "Baker said" is a name) or a body by a
    release's defined term ("the Company"): a description, not a name; else ``np``."""
    group = len(np) == 1 and np[0].is_capitalised and is_group_noun(np[0].lower)
    defined = len(np) == 2 and np[0].lower == "the" and np[1].lower in GENERIC_ORGS
    return [Token(t.lower, t.start, t.end) for t in np] if group or defined else np


_GROUPS = wordset("police staff authorities")


def is_group_noun(word: str) -> bool:
    """ "analysts", "economists", "police": people named as a group, never a surname (a plural
    of a word for a person, or a group's own word)."""
    low = word.lower()
    listed = low.endswith("s") and low in SPEAKER_NOUNS  # ("investors", "justices")
    return listed or many_of(low, SPEAKER_NOUNS) or low in _GROUPS  # ("deputies", "spokesmen")


def later_holder(text: str, words: Sequence[Token], at: int) -> str | None:
    """ "The Mayor said: …" before "… while Mayor Ada Lund denied it": the one person the
    article names with that title after the cue, when it names no one before it (the caller's
    rules look back first); None when it names none or several."""
    said = list(words[1:] if words and words[0].lower == "the" else words)
    # ("says Northport health minister": a place and a portfolio before the title, as written)
    if not 1 <= len(said) <= 4 or any(t.lower in _INDEFINITE or not t.is_word for t in said):
        return None
    role = said[-1].lower
    if role not in ROLE_NOUNS or role in ORG_NOUNS or role.endswith("s"):
        return None
    phrase = r"\s+".join(re.escape(t.text) for t in said)
    titled = re.compile(rf"(?<![\w-]){phrase}\s+({_LATER_NAME})", re.IGNORECASE)
    names = {m[1] for m in titled.finditer(text, at) if m[1][:1].isupper()}
    return names.pop() if len(names) == 1 else None


_INDEFINITE = frozenset(("a", "an", "one", "another"))
# Two or three capitalised words: a person's first name and surname after their title.
_LATER_NAME = r"(?-i:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})"


_AGE = re.compile(r"(\d{1,3})-year-old\b")
_NAME = r"((?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+)"


# Words for a country's people the demonym list lacks ("the New Zealander", "the Dutchman").
_PEOPLE_OF = wordset(
    """
    zealander dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman
    irishwoman scotsman scotswoman welshman welshwoman briton brit scot kiwi swede dane pole
    finn spaniard turk
    """
)


def demonym_epithet(np: Sequence[Token]) -> bool:
    """ "said the New Zealander", "the 31-year-old Dane added", "said the former Norway
    international": a nationality (or a country's player) standing for the person the story
    is about, as a pronoun does (never a speaker's name)."""
    words = [t for t in np if t.is_word and not _AGE_PART.fullmatch(t.lower)]
    if words[1:2] and words[1].lower in _BEFORE_EPITHET:
        words = [words[0], *words[2:]]
    if len(words) not in (2, 3, 4) or words[0].lower != "the":
        return False
    last = words[-1]
    if last.lower == "international":  # a country's player ("the New Zealand international")
        return plays_for_country(" ".join(t.text for t in words[1:-1]))
    return (
        len(words) < 4
        and last.is_capitalised
        and (is_nationality(last.text) or last.lower in _PEOPLE_OF)
    )


def plays_for_country(name: str) -> bool:
    """``name`` before "international" is a country's or its people's: "the Norway
    international", "the New Zealand international" is a player for its team."""
    return is_country_or_region(name) or is_nationality(name)


_AGE_PART = re.compile(r"\d{1,3}|year-old")
_BEFORE_EPITHET = wordset("former veteran young")


def aged_person(text: str, np: Sequence[Token], at: int) -> str | None:
    """ "the 45-year-old told the court": the person last named before ``at`` with that age in
    apposition ("Tom Hale, 45,")."""
    aged = _AGE.search(text, max(0, np[0].start - 8), np[-1].end) if np else None
    if aged is None:
        return None
    pattern = re.compile(_NAME + r", " + re.escape(aged.group(1)) + r"\b")
    found = None
    for m in pattern.finditer(text, max(0, at - 12_000), at):
        found = m.group(1)
    return found
