"""A headline shares words with its story.

The header rules choose a line by its shape and place; a site's name printed at the page's top
(``Tagata Pasifika``), a search page's label (``Search Results``) or a map's (``Google Maps``)
can have a headline's shape and place. None of them shares a word with the story. Among 309
labelled headlines of real pages, 297 share a word of content with their story's text, most
with its first paragraphs; the rest name a genre (``Message from the Mayor``, ``Mayor's
Column``). So a chosen line that shares no word with the story's first paragraphs, nor with the
header's lines under it (a standfirst), gives way to a headline-shaped line of the header that
shares two or more with the story: that line says what the story is.
With no such line, the choice stands (a column's title names no word of the column).

Pages print the headline over the byline: of 37 labelled pages with both in the header, 34 do.
What stands between the byline and the story is a section's name, a match's score line, the
author's bio or a caption. So a chosen line under the byline gives way to a headline of four
words or more standing right over it (only date lines and bylines between).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.header_pairs import document_title
from claimtrack.reading.headlines import headline_shaped
from claimtrack.reading.line_rules import DropReason
from claimtrack.reading.lines import Line
from claimtrack.text.lexicon import STOPWORDS

__all__ = ["content_words", "headline_over_byline", "headline_sharing_words"]

_WORD = re.compile(r"[^\W\d_]{3,}")
# Small words of the other languages pages come in, which say nothing of a story either,
_FUNCTION_WORDS = frozenset({
    "sie", "sind", "der", "die", "das", "und", "ist", "ein", "eine", "den", "dem", "des", "mit",
    "von", "für", "auf", "sich", "nicht", "auch", "les", "une", "est", "que", "qui", "dans",
    "pour", "avec", "sur", "pas", "los", "las", "una", "por", "con", "para", "del", "como",
    "che", "della", "per", "non", "sono", "het", "een", "van", "voor", "niet", "zijn", "dat",
    # and a site's own words, which its chrome and any story may share
    "get", "new", "news", "latest", "home", "more", "read", "click", "here", "now", "today",
    "online", "website", "site", "page", "search", "results", "welcome", "follow", "share",
})  # fmt: skip
_STEM = 5  # "Ministers"/"minister", "tested"/"tests": a word's first letters stand for it
_LEAD_CHARS = 1500  # the story's first paragraphs, where its headline's words come back
_SHARED = 2  # one shared word may be chance ("news", a place); two tell the story
_OVER_BYLINE = 4  # words of a headline over the byline ("News | Sport" is a menu)
_CREDITS = (DropReason.BYLINE, DropReason.DATE)


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry content (no stopword), by their first letters."""
    return frozenset(
        w.casefold()[:_STEM]
        for w in _WORD.findall(text)
        if w.casefold() not in STOPWORDS and w.casefold() not in _FUNCTION_WORDS
    )


def headline_sharing_words(
    lines: Sequence[Line], candidates: Sequence[int], chosen: int | None, body_start: int
) -> int | None:
    """``chosen``, or the first candidate that shares words with the story when ``chosen``
    shares none (see the module's notes)."""
    if chosen is None:
        return None
    lead = _lead(lines, body_start)
    # (a standfirst under the headline may say what the story's first paragraphs do not)
    key = lines[chosen].text.casefold()
    under = [lines[i].text for i in candidates if i > chosen and lines[i].text.casefold() != key]
    if not lead or content_words(lines[chosen].text) & (lead | content_words(" ".join(under))):
        return chosen
    if document_title(lines[chosen].text):
        return chosen  # "Q&A with Ada Lund": a Q&A names its guest by initials ("AL:")
    for i in candidates:
        text = lines[i].text
        if (
            i != chosen
            and len(content_words(text) & lead) >= _SHARED
            and headline_shaped(text, least=_SHARED)
        ):
            return i
    return chosen


def _lead(lines: Sequence[Line], body_start: int) -> frozenset[str]:
    """The content words of the story's first paragraphs."""
    taken: list[str] = []
    size = 0
    for line in lines[body_start:]:
        if size >= _LEAD_CHARS:
            break
        taken.append(line.text)
        size += len(line.text)
    return content_words(" ".join(taken))


def headline_over_byline(
    lines: Sequence[Line],
    reason: Sequence[DropReason | None],
    candidates: Sequence[int],
    chosen: int | None,
) -> int | None:
    """``chosen``, or the headline right over the byline when ``chosen`` stands under it (see
    the module's notes)."""
    if chosen is None:
        return None
    credits = [i for i in range(chosen) if reason[i] is DropReason.BYLINE]
    if not credits:
        return chosen
    above = credits[0] - 1
    while above >= 0 and (not lines[above].text or reason[above] in _CREDITS):
        above -= 1
    if above in candidates and headline_shaped(lines[above].text, least=_OVER_BYLINE):
        return above
    return chosen
