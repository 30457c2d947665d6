"""Where a name stands on its line: in a picture's credit ("Picture: NCA / Tom Hale"), or in a
heading whose title case capitalises every word. :class:`~claimtrack.aids.name_index.NameIndex`
reads neither as a person's full name. And which of two people with one surname a bare surname
means (:func:`introduced_first`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from claimtrack.text.headings import HEADING_MAX_CHARS, is_heading
from claimtrack.text.lexicon import STOPWORDS
from claimtrack.text.occurrences import whole_word_at

__all__ = ["credited", "introduced_first", "is_body", "line_at", "styled_heading"]

# A photo or picture credit before a name on its line: "Picture: NCA / Tom Hale", "Foto: Ana
# Ruiz", "Credit: Belga / Ana Ruiz": a photographer's or an agency's words, not a speaker's name.
_CREDIT = re.compile(
    r"(?:/\s*|\b(?:Photo|Photos|Picture|Pictures|Image|Credit|Credits|Foto|Fotos|Bild|Crédit|"
    r"Crédito)\s*:[^\n]{0,60})$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def credited(text: str, start: int) -> bool:
    """A name at ``start`` stands in a credit: after a slash or a "Photo:" label on its line."""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    return _CREDIT.search(text, max(line_start, start - 80), start) is not None


def styled_heading(text: str, pos: int, name: str) -> bool:
    """A name inside a heading line with other words, in title case (it capitalises them all,
    so its capitals show no name). In sentence case ("Harbour coach Ada Lund") they do."""
    line = line_at(text, pos)
    if not is_heading(line) or line.strip(" \t\"“”'’«»:-–—") == name:
        return False
    return not any(w[:1].islower() and w not in STOPWORDS for w in _WORD.findall(line))


def line_at(text: str, pos: int) -> str:
    """The line holding ``pos`` when it is short enough to be a heading, else "" (only a
    bounded stretch around ``pos`` is read: a page of one long line stays linear)."""
    start = text.rfind("\n", max(0, pos - HEADING_MAX_CHARS - 1), pos) + 1
    end = text.find("\n", pos, pos + HEADING_MAX_CHARS + 1)
    end = len(text) if end < 0 and len(text) - pos <= HEADING_MAX_CHARS else end
    if (start == 0 and pos > HEADING_MAX_CHARS) or end < 0:
        return ""
    return text[start:end]


def introduced_first(text: str, surname: str, forms: Collection[str]) -> str | None:
    """The one full name among ``forms`` written before ``surname`` first stands alone, or None.

    "Magistrate Colin John … John said … Dolton “Degree” John, a fisherman": a reporter's bare
    surname means the person already introduced, not one named later with the same surname.
    """
    firsts = {form: text.find(form) for form in forms}
    for at in whole_word_at(text, surname):
        if not any(text.endswith(form, 0, at + len(surname)) for form in forms):
            before = [form for form, first in firsts.items() if 0 <= first < at]
            return before[0] if len(before) == 1 else None
    return None


def is_body(text: str, word: str) -> bool:
    """``word`` names a body elsewhere in ``text``: one word written after "of", "at" or "for"
    ("President of TasFarmers Ian Sauer TasFarmers expressed …": the body, no surname)."""
    if _WORD.fullmatch(word):
        return word in _words_after_of(text)
    return re.search(rf"\b(?:of|at|for) (?:the )?{re.escape(word)}(?![\w’'-])", text) is not None


_WORD = re.compile(r"[\w’'-]+")
_AFTER_OF = re.compile(r"\b(?:of|at|for) (?=([\w’'-]+)(?: ([\w’'-]+))?)")


@functools.lru_cache(maxsize=4)
def _words_after_of(text: str) -> frozenset[str]:
    """The words written after "of", "at" or "for" (and "the") in ``text``, read once per text:
    a search of the whole text per word made a page of a thousand names quadratic."""
    found: set[str] = set()
    for m in _AFTER_OF.finditer(text):
        found.add(m[1])
        if m[1] == "the" and m[2]:
            found.add(m[2])
    return frozenset(found)
