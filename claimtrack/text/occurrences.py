"""Where a word stands in a text as a whole word, found without compiling a pattern per word.

The name rules look up every name an article writes ("is Ruiz ever written after a first
name?"). A regular expression per name costs more to compile than to run, and the compiled
patterns outgrow :mod:`re`'s cache on long articles; :func:`whole_word_at` finds the same places
with :meth:`str.find` and a check of the characters on either side. A word character is what
``\\w`` matches in a ``str`` pattern: a letter, a digit or ``_``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "APOSTROPHES",
    "followed_by",
    "free_before",
    "is_word_char",
    "whole_word_at",
    "written_alone",
]

APOSTROPHES = "’'"


def is_word_char(char: str) -> bool:
    """True for what ``\\w`` matches: a letter or digit of any script, or ``_``."""
    return char.isalnum() or char == "_"


def free_before(text: str, pos: int, apostrophe: bool = True) -> bool:
    r"""No word character (nor, with ``apostrophe``, an apostrophe) right before ``pos``:
    ``(?<![\w’'])`` there."""
    before = text[pos - 1] if pos else ""
    return not (before and (is_word_char(before) or (apostrophe and before in APOSTROPHES)))


def whole_word_at(
    text: str,
    word: str,
    *,
    apostrophe_before: bool = True,
    apostrophe_after: bool = False,
) -> Iterator[int]:
    """The start of each occurrence of ``word`` in ``text`` with no word character right
    before or after it (nor an apostrophe before, unless ``apostrophe_before`` is False, nor
    after, when ``apostrophe_after`` is True): ``(?<![\\w’'])word(?!\\w)`` by default.

    Occurrences do not overlap, as with :func:`re.finditer`: the search goes on after a match's
    end. The caller may stop early; each step costs one :meth:`str.find`.
    """
    if not word:
        return
    size = len(word)
    pos = text.find(word)
    while pos != -1:
        end = pos + size
        after = text[end] if end < len(text) else ""
        if (
            free_before(text, pos, apostrophe_before)
            and not (after and is_word_char(after))
            and not (apostrophe_after and after and after in APOSTROPHES)
        ):
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def followed_by(text: str, word: str, after: re.Pattern[str]) -> Iterator[re.Match[str]]:
    r"""Each match of ``after`` right after an occurrence of ``word`` with no word character or
    apostrophe before it: what ``(?<![\w’'])word(after)`` finds, without compiling a pattern
    per word. Occurrences do not overlap."""
    pos = text.find(word) if word else -1
    while pos != -1:
        m = after.match(text, pos + len(word)) if free_before(text, pos) else None
        if m is not None:
            yield m
            pos = text.find(word, m.end())
        else:
            pos = text.find(word, pos + 1)


def written_alone(text: str, word: str) -> bool:
    r"""``word`` stands somewhere in ``text`` with no word character or apostrophe on either
    side: ``(?<![\w’'])word(?![\w’'])``."""
    return any(whole_word_at(text, word, apostrophe_after=True))
