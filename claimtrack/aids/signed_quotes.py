"""A quotation signed on the line under it: "“What a season.”" / "–Ada Lund, harbour master".

Quote roundups, epigraphs and pull-quote boxes set a quotation as a paragraph of its own and
sign it on the next line with a dash and the speaker's name, maybe a title before it and a role
after a comma ("–Harbour Master Tom Bergholm", "— Ada Lund, mayor of Northport"). That
signature is the quotation's cue; the cleaner keeps it as the story's line
(:func:`~claimtrack.reading.neighbours.speaker_label`), not as a byline.
"""

from __future__ import annotations

import re

from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.subjects import np_forward
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["signed_below"]

_SIGNATURE = re.compile(r"[-–—]\s*(?=[A-ZÀ-ÞА-ЯЁ])")
_LONGEST = 100  # characters: a name, a title and a role, never a paragraph
_CLOSERS = '”"’»'


def signed_below(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker a dash and a name under paragraph ``para`` name, when the quotation
    ``span`` is the whole paragraph; else None."""
    text = reader.text
    if span.open != para.start or span.close is None or para.index + 1 >= len(reader.paragraphs):
        return None
    if text[span.close : para.end].strip(_CLOSERS + ".!? ") != "":
        return None  # words after the quotation: a sentence of the story, not a set quote
    below = reader.paragraphs[para.index + 1]
    line = text[below.start : below.end]
    mark = _SIGNATURE.match(line)
    if mark is None or len(line) > _LONGEST:
        return None
    toks = tokenize(line[mark.end() :], below.start + mark.end())
    np = np_forward(text, toks, 0) if toks else None
    found = resolve_np(reader, below, np, toks[0].start) if np else None
    if found is None or found.speaker is None:
        return None
    return Attribution.of(found, line[: mark.end()].strip(), 0.9)
