"""A labelled turn whose quote is left open: its speaker goes on in the next paragraph.

Interviews print an answer as ``Name: "…`` and, when the answer runs over paragraphs, open the
quote once and close it in a later paragraph (``Berg: "I feel … | … in the end."``). The
paragraph after such a turn continues the labelled speaker, whatever the outlet or language.
"""

from __future__ import annotations

import re

from claimtrack.aids.found import Attribution
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize

__all__ = ["open_turn"]

# A label of at most six words, a colon and an opening quote mark: "Ada Lind: “…", "LIND: «…".
_LABEL = re.compile(r"([^\W\d][^:\n\"“”«»„]{0,60}?)\s*:\s*([\"“«„])")
_CLOSING = {'"': '"”', "“": '”"', "«": "»", "„": "“”"}


def open_turn(reader: ArticleReader, index: int) -> Attribution | None:
    """The person labelling paragraph ``index`` when its quote opens and is never closed there
    (the answer goes on below), else None. Below the sure bin: the continuation is read from
    the marks, not from a cue."""
    para = reader.paragraphs[index]
    text = reader.text
    m = _LABEL.match(text, para.start, para.end)
    if m is None or len(m.group(1).split()) > 6:
        return None
    rest = text[m.end() : para.end]
    if any(mark in rest for mark in _CLOSING[m.group(2)]):
        return None  # the quote closes in its own paragraph
    toks = tokenize(m.group(1), para.start)
    chunks = name_chunks(text, toks)
    if len(chunks) != 1 or chunks[0].kind != "person" or chunks[0].end != toks[-1].end:
        return None
    name = chunks[0].name
    full = reader.names.full_name(name) or name
    return Attribution(name, full, None, 0.7, m.group(1), "continuation")
