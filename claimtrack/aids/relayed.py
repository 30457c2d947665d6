"""A statement relayed in full: a quote mark opens it, plain paragraphs go on, one mark ends it.

Agencies and ministries relay a statement of several paragraphs by opening a quote mark at its
first paragraph and closing it only at the end of its last, with no mark at the start of the
paragraphs between ("‘’The harbour board met on … | The strike has … | We call on … talks’’,
reads the statement."). Every paragraph of the run is the statement's, and the cue after the closing
mark names its speaker: the name at the cue, or, for "reads the statement", whoever issued the
statement in the lead. The run is read only when it is clear: the opening paragraph is one
quote left open from its first character, the paragraphs between have no mark at all and end
as sentences, and the closing paragraph has no opening mark before its closing one. With no
name at the closing cue, the name at the opening one speaks ("The ministry said: “…"); with
neither, nothing is taken (the paragraphs stay as they were read).
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span, attribute
from claimtrack.aids.issuers import document_issuer
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import Found
from claimtrack.text.sentences import Paragraph

__all__ = ["relayed_statements"]

_LOOK_AHEAD = 10
"""Paragraphs of one statement looked at after its opening paragraph."""
_CUE_WORDS = 8
"""Words of the cue after the closing mark ("reads the statement", "the ministry said")."""
_CONFIDENCE = 0.7
# The closing mark: a double mark, or two single marks set as one ("…situation’’, reads"),
# after a word or a sentence's punctuation, and before a comma, a full stop or a space.
_CLOSING = re.compile(r"(?<=[\w.!?…])(?:”|\"|»|’’|'')(?=[,.;]?(?:\s|$))")
_ANY_MARK = re.compile("[\"“”„«»]|‘’|’’|‘‘|''")
_ENDS = ".!?…"
# Resolutions that name a speaker at the cue (a pronoun as the cue rules resolve it).
_NAMED = frozenset(("named", "surname", "organisation", "role", "description", "actor", "pronoun"))


def relayed_statements(
    reader: ArticleReader, marked: dict[int, list[Span]]
) -> dict[int, tuple[Found, str]]:
    """The paragraphs of every statement relayed in full, by paragraph index, with the kind
    of each quotation (``quote`` for the first and last, ``continued`` between)."""
    out: dict[int, tuple[Found, str]] = {}
    paras = reader.paragraphs
    for para in paras:
        spans = marked.get(para.index, [])
        if para.index in out or len(spans) != 1 or spans[0].close is not None:
            continue
        run = _run(reader, para, marked)
        if run is None:
            continue
        last, close = run
        att = _speaker(reader, para, spans[0], last, close)
        if att is None:
            continue
        start = spans[0].start
        while start < spans[0].end and reader.text[start] in "‘’'":
            start += 1  # the second of two single marks set as one ("‘’In response …")
        out[para.index] = ((start, spans[0].end, att), "quote")
        for mid in paras[para.index + 1 : last.index]:
            end = mid.start + len(reader.text[mid.start : mid.end].rstrip())
            out[mid.index] = ((mid.start, end, att), "continued")
        end = last.start + len(reader.text[last.start : close].rstrip(" ,;"))
        out[last.index] = ((last.start, end, att), "quote")
    return out


def _run(
    reader: ArticleReader, first: Paragraph, marked: dict[int, list[Span]]
) -> tuple[Paragraph, int] | None:
    """The paragraph that closes the quote opened at ``first`` and where its mark stands."""
    text = reader.text
    for para in reader.paragraphs[first.index + 1 : first.index + 1 + _LOOK_AHEAD]:
        body = text[para.start : para.end].rstrip()
        if para.heading or len(body.split()) < 4:
            return None
        spans = marked.get(para.index, [])
        if spans:
            # A closing mark alone, after a sentence, is read as a quote from the start
            # (:mod:`claimtrack.aids.marks`): the statement's end, if nothing else is quoted.
            if len(spans) > 1 or spans[0].start != para.start or spans[0].close is None:
                return None
            after = text[spans[0].close + 1 : para.end]
            return (para, spans[0].close) if len(after.split()) <= _CUE_WORDS else None
        close = _CLOSING.search(text, para.start, para.end)
        if close is not None:
            if _ANY_MARK.search(text, para.start, close.start()) is not None:
                return None  # a quote of its own opens before it
            if len(text[close.end() : para.end].split()) > _CUE_WORDS:
                return None
            return para, close.start()
        if _ANY_MARK.search(body) is not None or body[-1:] not in _ENDS:
            return None
    return None


def _speaker(
    reader: ArticleReader, first: Paragraph, opened: Span, last: Paragraph, close: int
) -> Attribution | None:
    """Who the cue after the closing mark names ("reads the statement": who issued it), else
    the name at the opening cue ("The ministry said: “…")."""
    span = Span(last.start, close, last.start, close)
    closing = attribute(reader, last, span, [span], [span.open])
    if closing is not None and closing.how == "document":
        closing = document_issuer(reader, first.index, first.start)
    opening = attribute(reader, first, opened, [opened], [opened.open])
    closing, opening = _named(closing), _named(opening)
    cued = opened.open > first.start  # a cue before the mark in its own paragraph
    if closing and opening and cued and closing.speaker_full != opening.speaker_full:
        return None  # two speakers: a quote left open by mistake, not one statement
    att = closing or opening
    if att is None:
        return None
    return Attribution(
        att.speaker,
        att.speaker_full,
        att.cue,
        min(att.confidence, _CONFIDENCE),
        att.as_written,
        "continuation",
    )


def _named(att: Attribution | None) -> Attribution | None:
    return att if att is not None and att.speaker and att.how in _NAMED else None
