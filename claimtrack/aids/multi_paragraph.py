"""A quote of several paragraphs whose cue comes at its end.

News sets a long quote over several paragraphs: each opens with a quote mark, only the last
closes, and the cue often follows the last ("“We celebrate … decades. | “From our beginnings …
trillion,” Mr Ogunbanjo stated."). A cue-less opening paragraph is then that speaker's, at a
lower confidence than the paragraph the cue stands in (lower still when that cue is "he said").
"""

from __future__ import annotations

from claimtrack.aids.attribution import Attribution, Span, attribute
from claimtrack.aids.marks import scan_marks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.subjects import main_subject
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["NAMING_CUES", "closing_cue", "cue_at_the_end"]

_LOOK_AHEAD = 4
"""Paragraphs of one quote looked at after the opening one."""
# How the closing paragraph's cue names its speaker, and how sure the opening one is then
# ("“… | “…,” he said.": the pronoun as the cue rules resolve it, a little less sure, and only
# when the paragraph before the quote has that person as its subject: the quote's lead-in).
_OPENING = 8  # tokens of the lead-in's first sentence its subject stands in
_SURE = {"named": 0.7, "surname": 0.7, "organisation": 0.6, "pronoun": 0.6}
NAMING_CUES = ("named", "surname", "organisation")
"""How a closing paragraph's own cue names its speaker outright."""


def cue_at_the_end(reader: ArticleReader, para: Paragraph) -> Attribution | None:
    """The speaker of the closing paragraph of a quote left open at ``para``'s end."""
    text = reader.text
    later = reader.paragraphs[para.index + 1 : para.index + 1 + _LOOK_AHEAD]
    for nxt in later:
        spans = scan_marks(text, nxt)
        if not spans or spans[0].open != nxt.start:
            return None  # the quote does not go on here
        if spans[0].close is None:
            continue  # another paragraph of the quote, still open
        att = attribute(reader, nxt, spans[0], spans, [s.open for s in spans])
        if att is None or att.speaker is None or att.how not in _SURE:
            return None
        if att.how == "pronoun" and not _introduced(reader, para, att.speaker_full):
            return None
        return Attribution(
            att.speaker, att.speaker_full, att.cue, _SURE[att.how], att.as_written, "continuation"
        )
    return None


def closing_cue(
    reader: ArticleReader, para: Paragraph, span: Span, spans: list[Span]
) -> Attribution | None:
    """The speaker the cue of a quote's closing paragraph names (“…,” Ada Lund said.), else
    None: the paragraph that closes the quote says who spoke it, in its own words."""
    if span.close is None:
        return None
    att = attribute(reader, para, span, spans, [s.open for s in spans])
    return att if att is not None and att.how in NAMING_CUES and att.speaker is not None else None


def _introduced(reader: ArticleReader, para: Paragraph, full: str | None) -> bool:
    """The paragraph before ``para`` opens with ``full`` as its subject ("President Ada Lind,
    in an interview, said …" before "“… | “…,” she said.")."""
    if para.index == 0 or full is None:
        return False
    prev = reader.paragraphs[para.index - 1]
    start, end = reader.sentences(prev.index)[0]
    toks = tokenize(reader.text[start:end], start)
    found = main_subject(reader, prev, toks[:_OPENING])
    return found is not None and found.how in ("named", "surname") and found.full == full
