"""Analysts' quoting conventions, read off a typed quote (DESIGN.md §3).

A typed quote is cut into pieces: runs of the source's words, **elisions** (``...``, ``…``,
``[...]``, ``[…]``, ``. . .``: words left out) and **insertions** (``[Lukashenko]``: the
analyst's words in place of the source's). A ``[t]he`` bracket glued to the start of a word is
the convention for a changed letter case and stays part of its run of words. The pieces keep
their typed characters, so the rendering can show them as the analyst wrote them.
"""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["Piece", "has_conventions", "pieces_of"]

_ELISION = r"\[\s*(?:…|\.\s*\.\s*\.)\s*\]|…|\.(?:\s?\.){2,}"
_TOKEN = re.compile(
    rf"(?P<elision>{_ELISION})|(?P<insertion>\[(?P<inner>[^\[\]]*[^\[\]\s][^\[\]]*)\])"
)
# "[t]he": a bracket glued to the letters after it, standing for the source's own letters.
_GLUED = re.compile(r"\[(?P<inner>[^\W\d_]{1,3})\](?=[^\W\d_])")


@frozen
class Piece:
    """One piece of a typed quote: ``kind`` is ``"words"``, ``"elision"`` or ``"insertion"``.

    ``typed`` is the piece as typed; ``inner`` the words inside an insertion's brackets.
    """

    kind: str
    typed: str
    inner: str = ""


def has_conventions(quote: str) -> bool:
    """Whether ``quote`` has an elision, an insertion or a ``[t]he`` bracket."""
    return _TOKEN.search(quote) is not None


def pieces_of(quote: str) -> list[Piece]:
    """The pieces of ``quote``, in order; runs of words keep their typed spacing."""
    pieces: list[Piece] = []
    pos = 0
    for m in _TOKEN.finditer(quote):
        if _GLUED.match(quote, m.start()):
            continue  # "[t]he" belongs to its word
        if m.start() > pos:
            pieces.append(Piece("words", quote[pos : m.start()]))
        if m.group("elision"):
            pieces.append(Piece("elision", m.group()))
        else:
            pieces.append(Piece("insertion", m.group(), m.group("inner").strip()))
        pos = m.end()
    if pos < len(quote):
        pieces.append(Piece("words", quote[pos:]))
    return [p for p in pieces if p.kind != "words" or p.typed.strip()]


def unglued(words: str) -> tuple[str, list[tuple[int, str]]]:
    """``words`` with each ``[t]he`` bracket taken off, and where each was (offset, letters)."""
    out: list[str] = []
    glued: list[tuple[int, str]] = []
    pos = 0
    for m in _GLUED.finditer(words):
        out.append(words[pos : m.start()])
        glued.append((sum(map(len, out)), m.group("inner")))
        out.append(m.group("inner"))
        pos = m.end()
    out.append(words[pos:])
    return "".join(out), glued
