"""A quotation set as a paragraph of its own, signed under it or headed above it by its speaker.

Quote roundups, epigraphs and pull-quote boxes sign a quotation on the next line with a dash
and the speaker's name, maybe a title before it and a role after a comma ("–Harbour Master Tom
Bergholm", "— Ada Lund, mayor of Northport"); a page of voices after a match heads each one with
the speaker's name and role ("Ada Lund (head coach, Northport FC)" / "“…”"). That line is the
quotation's cue; the cleaner keeps a signature as the story's line
(:func:`~claimtrack.reading.neighbours.speaker_label`), not as a byline.
"""

from __future__ import annotations

import re

from claimtrack.aids.forward_phrases import np_forward
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize
from claimtrack.text.turn_labels import NAME_AND_ROLE

__all__ = ["headed_above", "signed", "signed_below"]

_SIGNATURE = re.compile(r"[-–—]\s*(?=[A-ZÀ-ÞА-ЯЁ])")
_BRACKETED = re.compile(r"[\[(]\s*(?P<name>[A-ZÀ-Þ][^\[\]()]{2,60}?)\s*[\])]")
_LONGEST = 100  # characters: a name, a title and a role, never a paragraph
_CLOSERS = '”"’»'


def _whole_paragraph(reader: ArticleReader, para: Paragraph, span: Span) -> bool:
    """The quotation ``span`` is all of paragraph ``para`` (its closing marks and stop aside)."""
    if span.open != para.start or span.close is None:
        return False  # (words after the quotation: a sentence of the story, not a set quote)
    return reader.text[span.close : para.end].strip(_CLOSERS + ".!? ") == ""


def headed_above(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker a name and a role on the line above paragraph ``para`` name, when the
    quotation ``span`` is the whole paragraph; else None."""
    if para.index == 0 or not _whole_paragraph(reader, para, span):
        return None
    above = reader.paragraphs[para.index - 1]
    heading = NAME_AND_ROLE.fullmatch(reader.text, above.start, above.end)
    if heading is None:
        return None
    toks = tokenize(heading["name"], heading.start("name"))
    found = resolve_np(reader, above, toks, toks[0].start)
    if found is None or found.speaker is None or found.how not in ("named", "surname"):
        return None
    return Attribution.of(found, None, 0.85)


def signed_below(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker a dash and a name under paragraph ``para`` name, when the quotation
    ``span`` is the whole paragraph; else None."""
    text = reader.text
    if para.index + 1 >= len(reader.paragraphs) or not _whole_paragraph(reader, para, span):
        return None
    below = reader.paragraphs[para.index + 1]
    line = text[below.start : below.end]
    if len(line) > _LONGEST:
        return None
    if (bracketed := _BRACKETED.fullmatch(line.strip())) is not None:
        # "[ Ada Lund ]" under a reader's question: a person's name only, a credit's or an
        # agency's name ("(Reuters)") signs nothing
        toks = tokenize(bracketed["name"], below.start + line.index(bracketed["name"]))
        people = [c for c in name_chunks(text, toks) if c.kind == "person"]
        if len(people) != 1 or " " not in people[0].name:
            return None
        found = resolve_np(reader, below, toks, toks[0].start)
        named = found is not None and found.how in ("named", "surname")
        return Attribution.of(found, None, 0.85) if named and found else None
    mark = _SIGNATURE.match(line)
    if mark is None:
        return None
    toks = tokenize(line[mark.end() :], below.start + mark.end())
    np = np_forward(text, toks, 0) if toks else None
    found = resolve_np(reader, below, np, toks[0].start) if np else None
    if found is None or found.speaker is None:
        return None
    return Attribution.of(found, line[: mark.end()].strip(), 0.9)


def signed(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The quotation's speaker, signed under it or headed above it, or None."""
    return signed_below(reader, para, span) or headed_above(reader, para, span)
