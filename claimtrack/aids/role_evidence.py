"""Role words written at one mention of a person: the titles before the name, an apposition
after it ("Ada Okafor, the culture minister,"), a role phrase set before it up to a comma ("the
foreign minister of Chile, Ana Ruiz"), a role it is given ("confirmed Ada Okafor as chairman").

What :func:`claimtrack.aids.coreference.resolve_description` matches a description against.
"""

from __future__ import annotations

import re

from claimtrack.aids.role_words import LEADER, ROLE_PHRASES, ROLE_WORDS, SAME_ROLE
from claimtrack.aids.speakers import ABBREVIATED, NameChunk
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["role_evidence"]


def role_evidence(toks: list[Token], chunk: NameChunk) -> set[str]:
    """Role words written at one mention of a person: titles before, an apposition after."""
    words = [w.strip(".,") for w in chunk.text[: len(chunk.text) - len(chunk.name)].lower().split()]
    k = next((n for n, t in enumerate(toks) if t.start >= chunk.start), len(toks))
    lo = k  # "Minister for Foreign Affairs Dr Ada Lind": the honorific hides no role
    while lo > 0 and (toks[lo - 1].lower in ABBREVIATED or toks[lo - 1].text == "."):
        lo -= 1
    before: list[str] = []
    for tok in reversed(toks[max(0, lo - (3 if lo == k else 5)) : k]):
        if tok.lower in _CLAUSE_WORDS:
            break  # "the spokesperson said that Straw": the role is not Straw's
        if tok.is_word:
            before.insert(0, tok.lower)
    if "of" in before and len(chunk.text.split()) < 3:
        # "President of Palau, Thomas Remengesu": the place holds no role; "Prime Minister of
        # Papua New Guinea Peter O'Neill" (place and name in one run) does.
        before = before[before.index("of") + 1 :]
    words += before
    after = next((n for n, t in enumerate(toks) if t.start >= chunk.end), len(toks))
    words += _apposition_after(toks, after)
    words += _role_before_comma(toks, lo)  # (before the honorific: "…, Dr Ada Lund")
    words += _role_as(toks, after)
    # "Deputy Prime Minister Ada Lind", "vice president": a lesser office, not "the Prime
    # Minister" or "the president"; the role words after the modifier are not hers.
    cut = next((n for n, w in enumerate(words) if w in _LESSER), None)
    if cut is not None:
        words = words[: cut + 1]
    joined = " ".join(words).replace("’", "'")
    found = {SAME_ROLE.get(w, w) for w in words}
    found |= {w.replace("’", "'").removesuffix("'s") for w in words}  # ("Velm’s mayor")
    for phrase, head in ROLE_PHRASES.items():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", joined):
            found.add(head)
    return found


# Modifiers that make a role another, lesser one: "Deputy Prime Minister", "vice-president",
# "assistant secretary", "stellvertretender Kanzler", "vice-ministre", "viceministro".
_LESSER = wordset(
    "deputy vice vice- assistant under under-secretary junior associate acting interim "
    "stellvertretende stellvertretender vize vize- adjoint adjointe vicepresidente viceministro "
    "vicepresidenta viceministra vice-ministre vice-président замминистра заместитель"
)


# Words between a role and a name that show the role is not the name's.
_CLAUSE_WORDS = wordset("that said says told and with met by to as than whom who which")
_NO_APPOSITION = PREPOSITIONS | wordset("after before when while as and but or where since until")


def _apposition_after(toks: list[Token], after: int) -> list[str]:
    """ "Ada Okafor, the culture minister,": the words of an apposition after a name. Not when
    they introduce the next name: "the daily El Diario, the foreign minister, Ana Ruiz,"."""
    words: list[str] = []
    if after >= len(toks) or toks[after].text != ",":
        return words
    if after + 1 < len(toks) and toks[after + 1].lower in _NO_APPOSITION:
        return words  # "in the capital, Northport, after judge Ada Lund …": a clause goes on
    for n, t in enumerate(toks[after + 1 : after + 9], after + 1):
        if t.text == "." and toks[n - 1].lower in ABBREVIATED:
            continue  # "Ada Okafor, Hon. Minister of Culture": the title goes on
        if t.text in ",.;":
            name = toks[n + 1 : n + 3]
            if t.text == "," and len(name) == 2 and all(w.is_capitalised for w in name):
                return []  # "…, the foreign minister, Ana Ruiz": the role is the next name's
            break
        if words and _title_before_name(words[-1], t):
            return []  # "the summit in Velm, President Ada Lund": the title is the next name's
        words.append(t.lower)
    return words


def _title_before_name(word: str, tok: Token) -> bool:
    """A role word written right before a capitalised first name: a title and its name."""
    role = SAME_ROLE.get(word, word)
    return tok.is_capitalised and role in _TITLES and is_given_name(tok.text)


_TITLES = ROLE_WORDS | LEADER


_AS = wordset("as como comme als")


def _role_as(toks: list[Token], after: int) -> list[str]:
    """ "confirmed Ada Okafor as EFCC chairman", "nombró a Ruiz como portavoz": the role a
    name is given right after it (up to five words, before any punctuation), when it holds a
    role word."""
    if after >= len(toks) or toks[after].lower not in _AS:
        return []
    words: list[str] = []
    for tok in toks[after + 1 : after + 6]:
        if not tok.is_word:
            break
        words.append(tok.lower)
    roles = {SAME_ROLE.get(w, w) for w in words}
    return words if roles & (ROLE_WORDS | LEADER) else []


def _role_before_comma(toks: list[Token], k: int) -> list[str]:
    """ "the foreign minister of Chile, Ana Ruiz,": a role phrase set before the name, up to a
    comma or the sentence's start (at most fourteen words back: a double portfolio, "Tánaiste
    and Minister for Foreign Affairs and Minister for Defence, Micheál Martin"), when it holds
    a role word."""
    if k < 2 or toks[k - 1].text != ",":
        return []
    words: list[str] = []
    for tok in reversed(toks[max(0, k - 15) : k - 1]):
        if not tok.is_word and tok.text not in "()":  # ("Medical Officer (RMO), Dr Ada Lund")
            break
        words.append(tok.lower)
    roles = {SAME_ROLE.get(w, w) for w in words}
    return words if roles & (ROLE_WORDS | LEADER) else []
