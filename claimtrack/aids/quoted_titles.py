"""Quoted words that are a title or a name, not speech: “Salt and Iron”, a report titled “…”,
"Acme Holdings Ltd. (“Acme”)", "Ezekiel “Ziggy” Cameron".

Split out of :mod:`claimtrack.aids.attribution`, which uses these before and after looking for a
cue.
"""

from __future__ import annotations

import re

from claimtrack.aids.found import Span
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import tokenize

__all__ = ["after_name_noun", "is_title", "quoted_name"]

_TITLE_SMALL = wordset("of the and a an in on for to at by with from or vs nor but as")


def is_title(quoted: str) -> bool:
    """Words in Title Case with no sentence end: a book, a programme or a report, not speech."""
    words = quoted.split()
    if len(words) < 2 or quoted.rstrip()[-1:] in "!?…,;:":
        return False
    rating = len(words) <= 4 and all(w[:1].isupper() for w in words)
    if quoted.rstrip()[-1:] == "." and not rating:
        return False  # a sentence; but a rating such as “Above Average.” is still a name
    capitalised = 0
    for word in words:
        head = word.lstrip("‘'(\"“")[:1]
        if not head.isalpha():
            continue
        if head.isupper():
            capitalised += 1
        elif word.lower() not in _TITLE_SMALL:
            return False
    return capitalised >= 2


# Nouns whose quoted complement is a name or a theme, not speech: "a round table on the theme
# « … »", "a report titled “…”", "una conferenza dal titolo «…»".
_NAME_NOUNS = wordset(
    "theme themes title titled entitled slogan motto topic headline banner hashtag thème titre "
    "intitulé intitulée intitulés sujet tema titolo título lema thema titel motto тема названием"
)


def after_name_noun(text: str, open_at: int) -> bool:
    """A naming noun stands right before the opening mark, or with the verb that gives its
    words ("the headline read “…”", "the slogan was: “…”"); "on the topic: “…”" is speech."""
    toks = tokenize(text[max(0, open_at - 40) : open_at], 0)
    if toks and toks[-1].text == ":" and len(toks) >= 3 and toks[-2].lower in _READ_AS:
        toks = toks[:-1]  # ("the headline read: “…”")
    if len(toks) >= 2 and toks[-1].lower in _READ_AS:
        return toks[-2].lower in _WRITTEN_NOUNS  # ("on the topic reads": the topic is no subject)
    return bool(toks) and toks[-1].lower in _NAME_NOUNS


# Verbs that give the words of a thing written: "the headline read", "the banner said".
_READ_AS = wordset("read reads ran runs said says was is")
_WRITTEN_NOUNS = wordset("headline headlines banner banners slogan motto hashtag caption")


def quoted_name(text: str, span: Span) -> bool:
    """The quoted words are a name, not speech: a defined term or a nickname inside a name."""
    return _defined_term(text, span) or _nickname(text, span)


# A capitalised word right before the opening mark and right after the closing one.
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]* $")
_NAME_AFTER = re.compile(r" [A-Z][\w’'-]+")


def _nickname(text: str, span: Span) -> bool:
    """ "Ezekiel “Ziggy” Cameron": one or two capitalised words between a first name and a
    surname."""
    if span.close is None:
        return False
    words = text[span.start : span.end].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    before = text[max(0, span.open - 30) : span.open]
    return bool(_NAME_BEFORE.search(before)) and bool(_NAME_AFTER.match(text, span.close + 1))


def _defined_term(text: str, span: Span) -> bool:
    """The quote fills a parenthesis: "Acme Holdings Ltd. (“Acme” or the “Company”)" names a
    party the way contracts and press releases do."""
    if span.close is None:
        return False
    before = text[max(0, span.open - 1) : span.open]
    after = text[span.close + 1 : span.close + 2]
    return before == "(" and after in (")", " ")  # (“Acme” or …) too
