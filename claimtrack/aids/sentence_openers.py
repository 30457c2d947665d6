"""Words an article only ever writes at the start of a sentence: their capital shows no name.

"Ante una pregunta de …", "Siguió: «…»", "Tras la reunión": a capitalised word that opens every
sentence it is in is as likely a preposition or a verb (in any language) as a name; a name is
written mid-sentence somewhere ("said Ruiz", "Ana Ruiz").
"""

from __future__ import annotations

import re

__all__ = ["only_opens"]

# What stands before a word that opens a sentence: a line's start or a sentence's end (past a
# closing quote mark: "“…?” Siguió"), or an opening quote mark or bracket.
_ENDS = frozenset(".!?:;…\n")
_OPENING = frozenset("“«„(")


def only_opens(text: str, word: str) -> bool:
    """Every whole-word occurrence of ``word`` in ``text`` (at most 50 looked at) opens a
    sentence or a line."""
    pattern = re.compile(r"(?<![\w’'])" + re.escape(word) + r"(?![\w’'])")
    for n, m in enumerate(pattern.finditer(text)):
        if n >= 50:
            return False
        before = text[max(0, m.start() - 6) : m.start()].rstrip(" \t")
        if before[-1:] in _OPENING:
            continue
        before = before.rstrip(' \t"”»’')
        if before and before[-1] not in _ENDS:
            return False
    return True
