"""A caption ending in its picture's credit after a dash, a bar or a bracket, in many languages.

``Mayor Ada Lund at the quay (Harbour Daily) - Ảnh: Tom Reed``, ``The new ferry – Foto: Jan
Berg``, ``Die Fähre | Bild: Hafenblatt``, ``Паром в порту (Фото: Иван Петров)``: the word for
"photo" (English, Vietnamese, German, the Romance and Slavic languages, Hungarian, Korean), its
colon and a name of at most six words close the line. A story's sentence does not end so.
"""

from __future__ import annotations

import re

__all__ = ["ends_in_picture_credit"]

_CREDIT_TAIL = re.compile(
    r"\S.{0,250}?\s*[-–—|(/]\s*(?:ảnh|photo|image|picture|foto|fotó|fotografía|fotografia"
    r"|imagem|bild|zdjęcie|фото|снимка|사진)s?\s*[:：]\s*[^\s.!?:()][^.!?:()]{0,60}\)?",
    re.IGNORECASE,
)
_MAX_CHARS = 320
_NAME_WORDS = 6
_JOINS = frozenset(("of", "the", "and", "de", "da", "du", "van", "von", "&"))


# The same credit in English with no colon, after a sentence's end or a dash: "… disco. Photo
# by Ada Lund.", "Protest anger: Photo The Standard.", "… – image by Northport Rescue", "…
# prison. (Photo internet)"; and "Crédito:" after a stop ("Judge Ada Lund. Credito:STF").
_CREDIT_BY = re.compile(
    r"\S.{0,250}?(?:[.!?:]\s+|\s*[-–—|/]\s*|\s(?=(?-i:[A-Z])\w+ credit\b))"
    r"(?:photo|photograph|image|picture)s?(?: by| courtesy(?: of)?| credit:?)?"
    r"\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^.!?:()]{0,60}?)\.?"
    # "… outside the hospital.Credit: Jane Roe": a credit glued to the caption's stop
    r"|\S.{0,250}?[.!?]\s*(?-i:Credit):\s*(?P<glued>(?-i:[A-Z])[^.!?:()]{0,60}?)\.?"
    r"|\S.{0,250}?[.!?]\s*\((?:photo|image|picture|foto)s?:?\s+(?P<source>[^()]{1,40})\)"
    r"|\S.{0,250}?[.!?]\s*cr[ée]dito\s*:\s*(?P<credito>\S[^.!?]{0,60})",
    re.IGNORECASE,
)


def ends_in_picture_credit(text: str) -> bool:
    """``text`` is a caption closing on its credit: ``… - Ảnh: Tom Reed``, ``… (Photo: Agency)``,
    ``… disco. Photo by Ada Lund.``."""
    if len(text) > _MAX_CHARS:
        return False
    if (by := _CREDIT_BY.fullmatch(text.strip())) is not None:
        if name := by["name"] or by["glued"]:
            # a name in capitals ("Photo by Ada Lund"), not "Photo evidence showed"
            words = name.split()
            return len(words) <= _NAME_WORDS and all(w[0].isupper() or w in _JOINS for w in words)
        return len((by["source"] or by["credito"]).split()) <= 2 * _NAME_WORDS
    if ":" not in text and "：" not in text:
        return False
    m = _CREDIT_TAIL.fullmatch(text.strip())
    if m is None:
        return False
    name = re.split(r"[:：]", m.group(0))[-1].strip(" )")
    return 1 <= len(name.split()) <= _NAME_WORDS
