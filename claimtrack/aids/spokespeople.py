"""A body's spokesperson speaks for the body: "a spokesperson for the Meath Wind Group said",
"a Velm Council spokeswoman said", and a later bare "the spokesperson" after either.

News names no person there; the words are the body's, and the speaker a careful reader writes
down is the body ("Meath Wind Group"), as for "the group said". A person's spokesperson ("a
spokesperson for Ada Lund", "Lund's spokesman") is no body: the description stays as written.
A run of capitals before "spokesperson" is a body with a body's word in it ("Velm Council",
"Acme Holdings"); "a Lund spokesperson" may be a politician's. One word alone ("a Velmcorp
spokesperson") is a body when the article names it elsewhere too, never as a person, and it is
no first name and no nationality; initials ("a UN spokesman") are a body's even named once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_words import HONORIFICS, ORG_WORDS, TITLES
from claimtrack.aids.speakers import is_nationality
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = ["SPOKES", "names_a_body", "spoken_for"]

SPOKES = wordset("spokesperson spokesman spokeswoman")
_DETERMINERS = wordset("a an the")
_BODY_WORDS = 6  # capitals in a body's name read before or after the role
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIALS = re.compile(r"[A-Z]{2,5}")
# A country's initials make a description: "a US spokesman" is no body's.
_COUNTRY_INITIALS = wordset("us usa uk uae drc prc rok dprk")


def spoken_for(
    text: str, words: Sequence[Token], at: int, is_person: Callable[[str], bool] | None = None
) -> str | None:
    """The body the spokesperson in ``words`` (a speaker phrase's words) speaks for, as the
    article names it; None when the phrase names no body (or names a person). ``is_person``
    tells whether the article names a person so: one word before the role ("a Velmcorp
    spokesperson") is a body when it does not (and is no first name)."""
    if not words:
        return None
    k = next((n for n, t in enumerate(words) if t.lower in SPOKES), None)
    if k is None:
        return None
    body = _body_at(list(words), k) or _one_word_body(text, words, k, is_person)
    if not body and len(words) <= 2 and k == len(words) - 1:
        body = _earlier_body(text, words[k], at)  # "the spokesperson"
    if not body or not names_a_body([t.text for t in body]):
        return None
    if any(t.start >= max(body[-1].end, words[k].end) for t in words):
        return None  # ("a spokeswoman for Acme Holdings chief executive Ada Lund": hers)
    return text[body[0].start : body[-1].end]


def names_a_body(names: list[str]) -> bool:
    """Capitalised words that name a body, not a person: no possessive, and a body's word in
    them ("Velm Council") or no first name opening them ("Meath Wind Group", "Acme")."""
    if _POSSESSIVE.search(names[-1]):
        return False
    if any(w.lower() in ORG_WORDS or "&" in w for w in names):
        return True  # ("Johnson & Johnson": a firm's "&", though "Johnson" is a first name)
    if len(names) == 1 and _INITIALS.fullmatch(names[0]):
        return True  # ("UN", though "Un" is a first name)
    return not is_given_name(names[0]) and not _titled_person(names)


def _titled_person(names: list[str]) -> bool:
    """ "Mr Lund", "President Ada Lund": a courtesy word, or a title before a first name, opens
    a person's name. ("Health Canada" is a body: "Health" titles no first name.)"""
    k = next((n for n, w in enumerate(names) if w.lower().rstrip(".") not in TITLES), len(names))
    if k == 0 or k == len(names):
        return False
    honorific = any(w.lower().rstrip(".") in HONORIFICS for w in names[:k])
    return honorific or is_given_name(names[k])


def _one_word_body(
    text: str, words: Sequence[Token], k: int, is_person: Callable[[str], bool] | None
) -> list[Token]:
    """ "Velmcorp cut 300 jobs … a Velmcorp spokesperson": the one capitalised word before the
    role, when the article names it elsewhere too and names no person so ("a Lund
    spokesperson" after "Ada Lund" is hers; "an Acme spokesperson" alone may be a person's)."""
    if is_person is None or k < 1 or (k >= 2 and words[k - 2].lower not in _DETERMINERS):
        return []
    word = words[k - 1]
    if not (_capital(word) and word.text.isalpha()) or is_nationality(word.text):
        return []
    if is_person(word.text) or not names_a_body([word.text]) or word.lower in _COUNTRY_INITIALS:
        return []
    if _INITIALS.fullmatch(word.text):
        return [word]  # initials name a body ("a UN spokesman") even when named once
    elsewhere = re.finditer(r"(?<!\w)" + re.escape(word.text) + r"(?!\w)", text)
    return [word] if next(elsewhere, None) and next(elsewhere, None) else []


def _earlier_body(text: str, role: Token, at: int) -> list[Token]:
    """ "the spokesperson" after "a Spokesperson of the Foreign Office" (or "the Foreign
    Office spokesperson"): the body named with the role earlier in the article, nearest first.
    Each mention is read in a window of 80 characters either side (a long article stays
    cheap)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(role.lower) + r"(?!\w)", re.IGNORECASE)
    mentions = list(pattern.finditer(text, max(0, at - 12_000), role.start))
    for m in reversed(mentions[-20:]):
        toks = tokenize(text[max(0, m.start() - 80) : m.end() + 80], max(0, m.start() - 80))
        k = next((n for n, t in enumerate(toks) if t.start == m.start()), None)
        body = _body_at(toks, k) if k is not None else []  # ("co-spokesperson": one token)
        if body:
            return body
    return []


def _body_at(toks: list[Token], k: int) -> list[Token]:
    """The body a role word at ``toks[k]`` is held at: "the Foreign Office spokesperson", "a
    Spokesperson of the Foreign Office"."""
    j = k
    while j > 0 and k - j < _BODY_WORDS and (_capital(toks[j - 1]) or _firm_and(toks, j - 1)):
        j -= 1
    body = [t for t in toks[j:k] if t.lower not in _DETERMINERS]
    if body and not any(t.lower in ORG_WORDS or "&" in t.text for t in body):
        return []  # ("a Lund spokesperson": a politician's, perhaps; "&" joins a firm's name)
    if not body and k + 2 < len(toks) and toks[k + 1].lower in ("of", "for"):
        m = k + 3 if toks[k + 2].lower == "the" else k + 2
        while m < len(toks) and m - k < 2 + _BODY_WORDS and _in_name(toks, m, k):
            body.append(toks[m])
            m += 1
    return body


def _capital(tok: Token) -> bool:
    return tok.is_capitalised and tok.is_word


def _firm_and(toks: list[Token], m: int) -> bool:
    """ "&" between capitals, inside a firm's name: "Procter & Gamble"."""
    return toks[m].text == "&" and m > 0 and _capital(toks[m - 1]) and _capital(toks[m + 1])


def _in_name(toks: list[Token], m: int, k: int) -> bool:
    """``toks[m]`` goes on the body's name after the role at ``toks[k]``: a capital, or a
    small word between capitals ("Department of Health", "Marks and Spencer")."""
    tok = toks[m]
    if tok.is_word and tok.is_capitalised:
        return True
    joins = tok.lower in ("of", "for", "and", "&", "the")
    return joins and m + 1 < len(toks) and toks[m + 1].is_capitalised and toks[m + 1].is_word
