"""A lead-in in capitals before a name: "MINISTER OLA Berg has …" names Ola Berg.

Some pages set a paragraph's first words in capitals; when the article writes one of those
words elsewhere in lower or mixed case, the capitals are styling and the words before the name
are its first names.
"""

from __future__ import annotations

import re

from claimtrack.aids.speakers import STOP_WORDS, base_word, is_breaker

__all__ = ["MAX_STYLED", "lead_in"]


# A run of words in capitals opening a line before a name in mixed case: a lead-in's or drop
# cap's styling ("MINISTER ADA Lind said …", "ADA Lind has …"), not acronyms.
_CAPS_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+ +){1,4}")


def lead_in(text: str, start: int, words: list[str], styled: dict[str, bool]) -> list[str]:
    """ "MINISTER OLA Berg has …": the words of a lead-in in capitals just before a name are
    its first names when the article writes one of the run's words elsewhere in lower or mixed
    case (so the capitals are the page's styling): "Ola Berg". Titles in the run stay
    titles. ``styled`` caches each word's answer (at most :data:`MAX_STYLED` words are looked
    up, each a scan of the text)."""
    if len(words) != 1:
        return words  # "LONDON Ada Lind said": the name is whole; the capitals are a dateline
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    run = _CAPS_RUN.fullmatch(text, line_start, start)
    if run is None:
        return words
    caps = run.group().split()
    if not any(_written_lower(text, w, styled) for w in caps):
        return words
    first: list[str] = []
    for w in reversed(caps):
        if is_breaker(w) or base_word(w.lower()) in STOP_WORDS:
            break
        first.insert(0, w[0] + w[1:].lower())
    return first + words


MAX_STYLED = 20


def _written_lower(text: str, word: str, styled: dict[str, bool]) -> bool:
    """ "Taoiseach" or "minister" somewhere for "TAOISEACH", "MINISTER"."""
    if word not in styled:
        if len(styled) >= MAX_STYLED:
            return False
        rest = re.escape(word[1:].lower())
        head = re.escape(word[0]) + "|" + re.escape(word[0].lower())
        styled[word] = re.search(rf"(?<!\w)(?:{head}){rest}(?!\w)", text) is not None
    return styled[word]
