"""Two offices joined by "and" before one name: "Deputy Prime Minister and Interior Minister Ada
Lind" is one person holding both, not a description ("Deputy") and a second speaker.

News writes a double portfolio as a chain of capitalised titles before the name; the first
title names nobody by itself (a chunk of titles only) and must not be read as a role description
of its own. With a determiner before it ("the Prime Minister and Foreign Minister Ada Lind") the
phrase may name two people, and is left alone. A title's portfolio joins it the same way
("Secretary of State Ada Lind", "Minister of Foreign Affairs and Trade Ada Lind":
:func:`portfolio_of`). Used by :mod:`claimtrack.aids.subjects`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimtrack.aids.name_words import ROLE_NOUNS
from claimtrack.aids.role_words import OF_WORDS
from claimtrack.aids.speakers import NameChunk, is_breaker
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import STOPWORDS, wordset
from claimtrack.text.tokens import Token

__all__ = ["after_titles", "lower_case_role", "portfolio_of"]

_AND = wordset("and und et y e i и")
_DETERMINERS = wordset("the a an this that le la les el los las il lo der die das")


def after_titles(toks: Sequence[Token], k: int, by_start: Mapping[int, NameChunk]) -> int:
    """Where to look for the person a role word at ``toks[k]`` describes: past "and" when the
    word is one of a chunk of titles chained to a titled name ("Deputy Prime Minister and
    Interior Minister Ada Lind"), else the next token."""
    at = toks[k].start
    chunk = next((c for c in by_start.values() if c.start <= at < c.end), None)
    if chunk is None or chunk.kind != "title":
        return k + 1
    first = next(n for n, t in enumerate(toks) if t.start >= chunk.start)
    if first > 0 and toks[first - 1].lower in _DETERMINERS:
        return k + 1  # "the Prime Minister and Foreign Minister Ada Lind": maybe two people
    m = next((n for n, t in enumerate(toks) if t.start >= chunk.end), len(toks))
    if m + 1 >= len(toks) or toks[m].lower not in _AND:
        return k + 1
    person = by_start.get(toks[m + 1].start)
    if person is None or person.kind != "person" or person.text == person.name:
        return k + 1
    return m + 1


def portfolio_of(toks: list[Token], i: int, out: list[Token]) -> bool:
    """``toks[i]`` ("of", maybe "the" after it, or "and" inside the portfolio) joins a title
    to its portfolio: "Minister of Health Ada Lund", "Governor of the Northport Bank, Ada
    Lund", "Minister of Foreign Affairs and Trade Ada Lund", "Minister for Ports Ada Lund"."""
    word = toks[i].lower
    if not out or i + 1 >= len(toks):
        return False
    if word == ",":  # "Minister for Jobs, Skills and Small Business Ada Lund": a list
        return _portfolio_list(toks, i, out)
    if word == "the":  # after the portfolio's "of": "Governor of the Northport Bank"
        return out[-1].lower in OF_WORDS and toks[i + 1].is_capitalised
    the = toks[i + 1].lower == "the" and i + 2 < len(toks)
    if not toks[i + 2 if the else i + 1].is_capitalised:
        return False
    if word == "and":
        return any(o.lower in _PORTFOLIO_WORDS for o in out[1:])
    return word in _PORTFOLIO_WORDS and (out[-1].lower in ROLE_NOUNS or is_breaker(out[-1].text))


_PORTFOLIO_WORDS = OF_WORDS | {"for"}  # "Minister for Ports and Harbours Ada Lund"
_LISTED = 4  # capitalised words in one item of a portfolio's list


def _portfolio_list(toks: list[Token], i: int, out: list[Token]) -> bool:
    """The comma at ``toks[i]`` parts the items of a portfolio's list, which goes on with
    capitals to "and" and more capitals: "Minister for Jobs, Skills and Small Business Ada
    Lund". A first name after the comma opens an apposition ("Minister for Jobs, Ada Lund")."""
    if not (out[-1].is_capitalised and any(o.lower in _PORTFOLIO_WORDS for o in out[1:])):
        return False
    k = i + 1
    if k >= len(toks) or is_given_name(toks[k].text):
        return False
    while k < len(toks) and k - i <= _LISTED and toks[k].is_capitalised and toks[k].is_word:
        k += 1
    if k == i + 1 or k + 1 >= len(toks):
        return False
    return toks[k].lower in _AND | {","} and toks[k + 1].is_capitalised


def lower_case_role(toks: list[Token], i: int, out: list[Token]) -> bool:
    """``toks[i]`` opens a role in lower case between a place or body and the name: "said
    Northport regional police chief Ada Lund", "said Northport county council leader Ada Lund"
    (at most three words, ending in a role noun, a capitalised name right after). A role the
    lists lack ("said Northport wide receiver Ada Lund") counts when its words are no small
    words and a first name and a surname close the phrase."""
    if not out or not out[-1].is_capitalised:
        return False
    for k in range(i, min(len(toks) - 1, i + 3)):
        tok = toks[k]
        if not tok.text.isalpha() or tok.is_capitalised or tok.lower in _DETERMINERS | _AND:
            return False
        if tok.lower in ROLE_NOUNS:  # (or the role ends the phrase: "says Northport health
            return toks[k + 1].is_capitalised or not toks[k + 1].is_word  # minister.")
        if tok.lower in STOPWORDS or tok.lower.endswith("ly"):
            return False  # "said Lund in northern …", "said Lund yesterday": no role
        if toks[k + 1].is_capitalised:
            return _first_and_surname_close(toks, k + 1)
    return False


def _first_and_surname_close(toks: list[Token], k: int) -> bool:
    """``toks[k:]`` is a listed first name, a capitalised surname, then the sentence's end or a
    comma: a person's name closing the phrase."""
    if k + 2 >= len(toks) or not is_given_name(toks[k].text):
        return False
    return toks[k + 1].is_capitalised and toks[k + 2].text in (".", ",", ";", "!", "?")
