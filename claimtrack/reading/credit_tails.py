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
    # "… storage. (Montage: ETH Zurich)": what made the picture, in brackets
    r"|\S.{0,250}?[.!?]\s*\((?:photo|image|picture|foto|montage|graphic|illustration|infographic"
    r"|collage|rendering|grafik)s?:?\s+(?P<source>[^()]{1,40})\)"
    # "… farm gate prices pic by Ada Lund (Mana)": "pic", a caption's word, needs no stop
    r"|\S.{0,250}?\s(?:pics?|pix)(?: by|:)\s+(?P<pic>(?-i:[A-Z])[^.!?:()]{0,60}?)"
    r"(?:\s\([^()]{1,30}\))?\.?"
    r"|\S.{0,250}?[.!?]\s*cr[ée]dito\s*:\s*(?P<credito>\S[^.!?]{0,60})",
    re.IGNORECASE,
)

# "… chancellor candidate Ada LundImage: picture-alliance/dpa": the credit's label glued to the
# caption (a page's copy loses the break between them), or after a space with an owner after a
# slash. Prose never runs a word into "Image:".
_LABELLED = re.compile(
    r"\S.{0,250}?(?:(?P<glued>[a-z\d.)])|\s)(?:Image|Photo|Picture|Foto|Bild)s?:\s?"
    r"(?P<credit>\S[^:!?]{0,80})"
)
_CREDIT_WORDS = 8


def ends_in_picture_credit(text: str) -> bool:
    """``text`` is a caption closing on its credit: ``… - Ảnh: Tom Reed``, ``… (Photo: Agency)``,
    ``… disco. Photo by Ada Lund.``."""
    if len(text) > _MAX_CHARS:
        return False
    if (by := _CREDIT_BY.fullmatch(text.strip())) is not None:
        if name := by["name"] or by["glued"] or by["pic"]:
            # a name in capitals ("Photo by Ada Lund"), not "Photo evidence showed"
            words = name.split()
            return len(words) <= _NAME_WORDS and all(w[0].isupper() or w in _JOINS for w in words)
        return len((by["source"] or by["credito"]).split()) <= 2 * _NAME_WORDS
    if ":" not in text and "：" not in text:
        return False
    if (labelled := _LABELLED.fullmatch(text.strip())) is not None:
        credit = labelled["credit"]
        if (labelled["glued"] or "/" in credit) and len(credit.split()) <= _CREDIT_WORDS:
            return True
    m = _CREDIT_TAIL.fullmatch(text.strip())
    if m is None:
        return False
    name = re.split(r"[:：]", m.group(0))[-1].strip(" )")
    return 1 <= len(name.split()) <= _NAME_WORDS
