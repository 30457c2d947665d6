"""Quotes whose cue is not a speech verb: a question put to someone, a sentence about someone.

The words quoted inside a clause opened by "When asked" (in any of a few languages) are the
question's, put by someone the article usually does not name, never the answer of the person
asked: such a quote is reported without a speaker. A full sentence quoted with no cue right
after a sentence about a person named in full ("Ada Lind will meet the farmers. “It is
important that they are heard.”") is most often that person's: theirs, at low confidence.
A cue that goes on ", quoting the minister" or ", citing Ana Ruiz" hands the words to the one
quoted.
"""

from __future__ import annotations

import re

from claimtrack.aids.according import according_np
from claimtrack.aids.forward_phrases import np_forward
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speakers import is_breaker
from claimtrack.aids.speech_cues import ACCORDING
from claimtrack.aids.subjects import main_subject
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["NEXT_TO_SUBJECT", "asked_in", "quoting_someone", "subject_just_before"]

_ASKED = wordset(
    "asked preguntado preguntada preguntados consultado consultada interrogé interrogée "
    "interrogés interpellato interpellata gefragt"
)
_OPENERS = wordset("when if once after cuando si al quand lorsque quando als wenn")


def asked_in(reader: ArticleReader, para: Paragraph, span: Span) -> bool:
    """The quote stands in a clause that opens its sentence with "(When) asked …" and no
    comma has closed that clause before the quote."""
    start, _ = reader.sentence_at(para.index, span.open)
    if span.open - start > 300:
        return False
    toks = [t for t in tokenize(reader.text[start : span.open], start) if t.text not in "“”\"'‘’«»"]
    first = 1 if toks and toks[0].lower in _OPENERS else 0
    if len(toks) <= first or toks[first].lower not in _ASKED:
        return False
    return not any(t.text in ",;:" for t in toks[first + 1 :])


NEXT_TO_SUBJECT = 0.6
"""Scaling of a cue-less quote given to the subject of the sentence before it: a guess that
holds most of the time, never at the sure bin."""


def subject_just_before(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The person, named in full, who is the subject of the sentence right before a quote that
    opens the next sentence of the same paragraph; None when there is none."""
    start, _ = reader.sentence_at(para.index, span.open)
    if reader.text[start : span.open].strip() or start <= para.start:
        return None
    earlier = reader.previous_sentences(para.index, start, limit=1)
    if not earlier or earlier[0][0] < para.start or earlier[0][1] - earlier[0][0] > 400:
        return None
    toks, _ = reader.chunks_of(earlier[0])
    if any(reader.is_quoted(t.start) for t in toks):
        return None  # a sentence that quotes someone else: its cue, not its subject
    # "According to Tom Berg, chair of the club, the thaw is no accident. “…”": his words go on.
    source = according_np(toks, 0, ACCORDING) if toks else None
    found = resolve_np(reader, para, source, source[0].start) if source else None
    if found is None or found.how not in ("named", "surname"):
        found = main_subject(reader, para, toks)
    if found is None or found.how not in ("named", "surname") or " " not in found.full:
        return None
    if any(is_breaker(word) for word in found.full.split()):
        return None  # "the Farmers Union": a body, which speaks through someone
    return Attribution.of(found, None, NEXT_TO_SUBJECT)


_QUOTING = re.compile(r",\s*(?:quoting|citing|citando|citant|zitierte?)\s")


def quoting_someone(
    reader: ArticleReader, para: Paragraph, tail: str, at: int, att: Attribution
) -> Attribution:
    """ "“…,” Hale said, quoting the minister": the words are the minister's (less surely), or
    nobody's sure words when the one quoted cannot be named."""
    stop = re.search(r"[.!?\n]", tail)
    m = _QUOTING.search(tail, 0, stop.start() if stop else len(tail))
    if m is None:
        return att
    toks = tokenize(tail[m.end() :], at + m.end())
    np = np_forward(reader.text, toks, 0)
    found = resolve_np(reader, para, np, np[0].start) if np else None
    if found is None:
        return att.scaled(0.5)
    cue = reader.text[at + m.start() + 1 : at + m.end()].strip()
    return Attribution.of(found, cue, 0.8)
