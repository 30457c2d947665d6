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


def ends_in_picture_credit(text: str) -> bool:
    """``text`` is a caption closing on its credit: ``… - Ảnh: Tom Reed``, ``… (Photo: Agency)``."""
    if len(text) > _MAX_CHARS or (":" not in text and "：" not in text):
        return False
    m = _CREDIT_TAIL.fullmatch(text.strip())
    if m is None:
        return False
    name = re.split(r"[:：]", m.group(0))[-1].strip(" )")
    return 1 <= len(name.split()) <= _NAME_WORDS
