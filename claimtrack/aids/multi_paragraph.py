"""A quote of several paragraphs whose cue comes at its end.

News sets a long quote over several paragraphs: each opens with a quote mark, only the last
closes, and the cue often follows the last ("“We celebrate … decades. | “From our beginnings …
trillion,” Mr Ogunbanjo stated."). A cue-less opening paragraph is then that speaker's, at a
lower confidence than the paragraph the cue stands in.
"""

from __future__ import annotations

from claimtrack.aids.attribution import Attribution, attribute
from claimtrack.aids.marks import scan_marks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.sentences import Paragraph

__all__ = ["cue_at_the_end"]

_LOOK_AHEAD = 4
"""Paragraphs of one quote looked at after the opening one."""


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
        if att is None or att.speaker is None or att.how not in ("named", "surname"):
            return None
        return Attribution(
            att.speaker, att.speaker_full, att.cue, 0.7, att.as_written, "continuation"
        )
    return None
