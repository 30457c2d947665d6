"""Partial quotes in a sentence a cue frames as a whole: "According to Lund, the country is “a
great bonfire” …", "Segundo ele, …", a cue closing the sentence ("… was a “new tragedy” for the
country, said Ada Lund."), or an aside ("The council, as Lund put it, “has listened”"). Split
out of :mod:`claimtrack.aids.governed`, whose rules for reported clauses and objects come first
(:func:`partial_cue`).
"""

from __future__ import annotations

from claimtrack.aids.according import according_np
from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.governed import (
    REACH,
    governed_partial,
    object_partial,
    title_case,
    verb_subject,
)
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.passive_agents import passive_said
from claimtrack.aids.speech_cues import ACCORDING, SPEECH_VERBS
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

__all__ = ["framed_partial", "partial_cue"]


def partial_cue(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a partial quote: governed by a reported clause, a verb's object, or in a
    sentence a cue frames."""
    said = passive_said(reader, para, span)
    if said is not None:  # "was branded “a disgrace” by …": the agent, never the subject
        return said if said.speaker else None  # (no one named: "by many")
    return (
        governed_partial(reader, para, span)  # "dijo … que … “…”"
        or object_partial(reader, para, span)  # "hailed its “best result ever”"
        or framed_partial(reader, para, span)  # "Segundo ele, … “…” …"
    )


_CUE_TOKENS = 10
_ACCORDING_TO = ["according", "to"]
"""Tokens of a cue that closes a sentence (", said NATO's head, Ada Lund.")."""


def framed_partial(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a short quote in a sentence a cue frames as a whole: "According to Lund,
    the country is “a great bonfire” …", "Segundo ele, …", or a cue closing the sentence
    ("… was a “new tragedy” for the country, said Ada Lund."); else None."""
    text = reader.text
    words = text[span.start : span.end].split()
    if len(words) < 2 or title_case(words) or span.close is None:
        return None
    start, end = reader.sentence_at(para.index, span.open)
    head = tokenize(text[start : min(span.open, start + REACH)], start)
    skip = 2 if len(head) > 1 and (head[0].lower, head[1].lower) == ("according", "to") else 1
    if head and (head[0].lower in ACCORDING or skip == 2):
        comma = next((k for k, t in enumerate(head[:8]) if t.text == ","), None)
        np = head[skip:comma] if comma is not None else []
        inner = head[comma + 1 :] if comma is not None else []
        verb = next((k for k, t in enumerate(inner) if t.lower in SPEECH_VERBS), None)
        said = verb_subject(reader, para, inner, verb) if verb is not None else None
        if said is not None:  # "According to the paper, Lind said …": Lind, who said it
            return said
        found = resolve_np(reader, para, np, np[0].start) if np else None
        if found is None or found.how == "unresolved":
            return None
        return Attribution.of(found, head[0].text, 0.7)
    near = max(start, span.open - REACH)  # a bounded stretch: a huge sentence stays linear
    aside = _as_put(reader, para, tokenize(text[near : min(end, span.close + REACH)], near))
    if aside is not None:
        return aside
    tail_start = max(span.close + 1, end - REACH)
    tail = tokenize(text[tail_start:end], tail_start)
    if text[span.start : span.close].rstrip().endswith(",") and tail_start == span.close + 1:
        # "… are “likely to get worse,” according to an official.": the comma inside the mark
        tail = [Token(",", span.close, span.close + 1), *tail]
    commas = [k for k, t in enumerate(tail) if t.text == ","]
    # (", according to Lund, the chief.": the comma before "according", not the last)
    at = next((k for k in commas if [t.lower for t in tail[k + 1 : k + 3]] == _ACCORDING_TO), None)
    # (", said Lund, the chair.": the comma before the verb, not the one before the role)
    voiced = [k for k in commas if any(t.lower in SPEECH_VERBS for t in tail[k + 1 :])]
    last = voiced[-1] if voiced else commas[-1] if commas else None
    if last is None or len(tail) - last > _CUE_TOKENS:
        return None
    cue = tail[at if at is not None else last :]
    if len(cue) > 3 and (cue[1].lower, cue[2].lower) == ("according", "to"):
        # "… is “long overdue”, according to Lund.": the phrase after it is the speaker (up
        # to a comma: "according to Lund, the chief"; but "according to the chief, Lund.")
        np = according_np(cue, 1, frozenset()) or []
        found = resolve_np(reader, para, np, np[0].start) if np else None
        if found is None or found.how == "unresolved":
            return None
        return Attribution.of(found, "according to", 0.7)
    if not any(t.lower in SPEECH_VERBS for t in cue):
        return None
    return after_cue(reader, para, cue)


_AS_PUT = {("put", "it"), ("said",), ("says",), ("noted",), ("notes",), ("wrote",), ("writes",)}


def _as_put(reader: ArticleReader, para: Paragraph, toks: list[Token]) -> Attribution | None:
    """ "The council, as Lund put it, “has listened”": an aside naming who put it so."""
    for k, tok in enumerate(toks[:-2]):
        if tok.lower != "as" or (k and toks[k - 1].text != ",") or reader.is_quoted(tok.start):
            continue
        for n in range(1, 5):
            verb = tuple(t.lower for t in toks[k + 1 + n : k + 1 + n + 2])
            if verb[:1] in _AS_PUT or verb in _AS_PUT:
                np = toks[k + 1 : k + 1 + n]
                found = resolve_np(reader, para, np, np[0].start)
                if found is not None and found.how != "unresolved":
                    return Attribution.of(found, " ".join(verb[: 2 if verb in _AS_PUT else 1]), 0.7)
                return None
    return None
