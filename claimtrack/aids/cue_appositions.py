"""Names set off by commas around a role at a cue.

After the verb: "said another farmer, George Kauka.", "said the chairman of the union, Ada
Lund.", "kata Ketua Fakta, Azas Tigor Nainggolan." The phrase after the verb stops at the comma,
so the speaker was the description ("another farmer"); the name closing the sentence is the
person it describes.

Before it: "Ada Lind, General Manager, Norvale Steel, said": the name the role is set off after
speaks, not the body the role is held at.

In a clause's subject: "the club’s head coach Tom Berg condemned it, saying …" and "Ada Lind,
assistant professor, warned …": the person beside the role speaks, not the role's description.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimtrack.aids.name_words import HONORIFICS, ROLE_NOUNS, SPEAKER_NOUNS, TITLES
from claimtrack.aids.role_words import OF_WORDS
from claimtrack.aids.speakers import NameChunk, is_breaker
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.aids.title_chains import after_titles
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["apposed_person", "name_before_role", "named_after_comma", "role_end"]

_MAX_NAME = 5  # words of the name set off
_OPENERS = wordset("a an the another one its their his her")


def named_after_comma(toks: Sequence[Token], i: int, phrase: Sequence[Token]) -> list[Token]:
    """The tokens of a name at ``toks[i]`` (a comma) that closes the sentence after ``phrase``,
    a description ("another farmer") or a title ("Ketua Fakta"); else no tokens."""
    if not phrase or i >= len(toks) or toks[i].text != ",":
        return []
    described = (
        not phrase[-1].is_capitalised or phrase[0].lower in TITLES or phrase[0].lower in _OPENERS
    )  # ("said a farmer from Trans Nzoia, Ada Lund.": the place ends the description)
    untitled = [t for t in phrase if t.is_word and t.lower not in TITLES]
    if not described or (len(untitled) >= 2 and all(t.is_capitalised for t in untitled)):
        # "said Ada Lund, Northport's mayor", "says Dr Ada Lund, Harbour Board Manager": the
        # name came first
        return []
    j = i + 1
    while j < len(toks) and j - i <= _MAX_NAME:
        if toks[j].is_word and toks[j].is_capitalised:
            j += 1
        elif toks[j].text == "." and toks[j - 1].lower in TITLES and j > i + 1:
            j += 1  # "Prof. Ada Lund": the title's full stop
        else:
            break
    # The sentence closes after the name, or goes on with where or how it was said ("…, Ada
    # Lund in an interview").
    closes = j == len(toks) or toks[j].text in (".", ",", ";") or toks[j].lower in PREPOSITIONS
    name = [t for t in toks[i + 1 : j] if t.is_word]
    return list(toks[i + 1 : j]) if closes and len(name) >= 2 else []


def _is_title_word(tok: Token) -> bool:
    return tok.lower in ROLE_NOUNS or is_breaker(tok.text)


def _in_role(toks: Sequence[Token], m: int) -> bool:
    """``toks[m]`` is a word of a role: a title word, a preposition before the body it is held
    at, or "and"/"&" between two title words ("Executive Director & CFO")."""
    tok = toks[m]
    if tok.text in ("and", "&"):
        return m >= 1 and m + 1 < len(toks) and all(map(_is_title_word, (toks[m - 1], toks[m + 1])))
    return tok.is_word and (_is_title_word(tok) or tok.lower in _ROLE_OF)


def name_before_role(toks: Sequence[Token], k: int) -> list[Token] | None:
    """The name before a role set off by commas that ends at the comma ``toks[k]``: "Ada
    Lind, General Manager," or "Ada Lind, Chief Executive Officer of Norvale," → Ada Lind. A
    role of title words alone ("General Manager") names nobody; the name it follows does."""
    m = k - 1
    while m >= 0 and _in_role(toks, m):
        if toks[m].lower in _ROLE_OF:
            m -= 1  # "Chief Executive Officer of Norvale": the body is past the role
            while m >= 0 and toks[m].is_capitalised and not _is_title_word(toks[m]):
                m -= 1
            continue
        m -= 1
    if m == k - 1 or m < 1 or toks[m].text != "," or not _is_title_word(toks[m + 1]):
        return None
    end = m - 1
    start = end
    while start - 1 >= 0 and toks[start - 1].is_capitalised:
        start -= 1
    run = list(toks[start : end + 1])
    if not run or not toks[end].is_capitalised or all(_is_title_word(t) for t in run):
        return None
    return run


_ROLE_OF = wordset("of at for")


def apposed_person(
    toks: Sequence[Token], k: int, by_start: Mapping[int, NameChunk], chunks: Sequence[NameChunk]
) -> NameChunk | None:
    """The person a role noun at ``toks[k]`` is set beside: named after the role, past its last
    noun, a comma or brackets ("the club’s head coach Tom Berg", "the minister's adviser
    (Media), Orji U. Orji,"), or before it past a comma ("Ada Lind, assistant professor")."""
    return _person_after(toks, role_end(toks, k), by_start) or _person_before(toks, k, chunks)


def role_end(toks: Sequence[Token], k: int) -> int:
    """The last noun of a role that starts with the noun at ``toks[k]`` ("head coach")."""
    while k + 1 < len(toks) and toks[k + 1].lower in SPEAKER_NOUNS:
        k += 1
    return k


def _person_after(
    toks: Sequence[Token], k: int, by_start: Mapping[int, NameChunk]
) -> NameChunk | None:
    """A person named right after the role noun at ``toks[k]`` (past a comma or brackets)."""
    j = after_titles(toks, k, by_start)  # ("Deputy Premier and Health Minister Ada Lind")
    if j < len(toks) and toks[j].lower in OF_WORDS:
        # "le ministre des Affaires étrangères, Jean Dupont, a déclaré": past the complement.
        comma = next((m for m in range(j, min(len(toks), j + 14)) if toks[m].text == ","), None)
        if comma is None:
            return None
        k = j = comma
    depth = 0
    while j < len(toks) and j - k <= 6:
        t = toks[j].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif t != "," and depth == 0 and toks[j].lower not in HONORIFICS and t != ".":
            chunk = by_start.get(toks[j].start)  # (past "Dr", "Mr.": the person's courtesy)
            return chunk if chunk is not None and chunk.kind == "person" else None
        j += 1
    return None


def _person_before(toks: Sequence[Token], k: int, chunks: Sequence[NameChunk]) -> NameChunk | None:
    """ "Ada Lind, assistant professor of …": a role after a name and a comma is hers."""
    j = k - 1
    while j >= 0 and toks[j].is_word and not toks[j].is_capitalised and k - j <= 3:
        j -= 1  # "assistant", "senior"
    if j < 1 or toks[j].text != ",":
        return None
    person = next((c for c in chunks if c.end == toks[j - 1].end), None)
    return person if person is not None and person.kind == "person" else None
