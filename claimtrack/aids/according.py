"""Speech credited with "according to": "According to Ada Lind, “…”", "“…,” according to Lind".

The phrase names the speaker in English ("according to X"), in one word in other languages
("según X", "selon lui", "secondo Salvini", "laut Lund") and in Russian ("по словам X", "по
его словам"). Read the same way before a quote and after it.
"""

from __future__ import annotations

from claimtrack.aids.cue_appositions import named_after_comma
from claimtrack.aids.found import Attribution
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speakers import ABBREVIATED
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

__all__ = ["according_after", "according_cue", "according_np"]


def np_until_comma(toks: list[Token], i: int) -> list[Token]:
    """The words from ``toks[i]`` to the next punctuation, past an initial's or a title's stop
    ("according to A.J. Lund", "according to Dr. Lund")."""
    out: list[Token] = []
    while i < len(toks) and len(out) < 8:
        tok = toks[i]
        stop = tok.text == "." and out and i + 1 < len(toks) and toks[i + 1].is_capitalised
        if not tok.is_word and not (
            stop and (len(out[-1].text) == 1 or out[-1].lower in ABBREVIATED)
        ):
            break
        out.append(tok)
        i += 1
    return out


# "По его словам" ("in his words"): the owner is the pronoun that speaks.
_RUSSIAN_OWNERS = {"его": "он", "её": "она", "ее": "она", "их": "они"}


def according_np(toks: list[Token], i: int, one_word: frozenset[str]) -> list[Token] | None:
    """The speaker's words when ``toks[i]`` opens "according to X" (in English, in one word
    of ``one_word``: "según X", or in Russian: "по словам X", "по его словам"); else None."""
    low, n = toks[i].lower, len(toks)
    if low == "according" and i + 1 < n and toks[i + 1].lower == "to":
        return _named_after(toks, i + 2, np_until_comma(toks, i + 2))
    if low in one_word and i + 1 < n:
        return _named_after(toks, i + 1, np_until_comma(toks, i + 1))
    if low != "по" or i + 2 >= n:
        return None
    if toks[i + 1].lower == "словам":
        return np_until_comma(toks, i + 2)
    owner = toks[i + 1]
    if owner.lower in _RUSSIAN_OWNERS and toks[i + 2].lower == "словам":
        return [Token(_RUSSIAN_OWNERS[owner.lower], owner.start, owner.end)]
    return None


def _named_after(toks: list[Token], i: int, np: list[Token]) -> list[Token]:
    """``np`` (from ``toks[i]``), or the name set off after it when it describes someone:
    "according to the police commander of Zone 8, Tom Berg." is Tom Berg."""
    named = named_after_comma(toks, i + len(np), np) if np else []
    return named or np


def according_cue(
    reader: ArticleReader, para: Paragraph, np: list[Token], tok: Token
) -> Attribution | None:
    """The speaker of "according to X" (``tok`` opens it, ``np`` is X), before or after a quote."""
    found = resolve_np(reader, para, np, tok.start)
    cue = reader.text[tok.start : np[-1].end]
    # "по словам Анны Беловой": a name in the genitive, unless it grew, is no sure name.
    genitive = tok.lower == "по" and found is not None and found.how == "named"
    return None if found is None else Attribution.of(found, cue, 0.7 if genitive else 0.95)


def according_after(
    reader: ArticleReader, para: Paragraph, np: list[Token], tok: Token
) -> Attribution | None:
    """ "“…,” according to Ada Lind", "«…», selon le ministre": below the sure band, since after
    a quote the phrase often names who reported the words ("according to the Courier")."""
    att = according_cue(reader, para, np, tok) if np else None
    return None if att is None else att.scaled(0.8)
