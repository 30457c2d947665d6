"""A crosshead that quotes a speaker: "‘We will not sell the port’ – Lund".

English-language news in Africa, Britain, Ireland, South Asia and the Caribbean heads a section
of a story with a line of the speaker's own words in quote marks and the speaker's name after a
dash, no verb: "‘I’m not sure the ferry will sail’ – Berg", "“We have done our part” — Ada
Lind". Inside the body such a line is a quotation of the person named (the words are theirs:
the section below quotes them at length). The page's first line, its headline, stays out
(headlines are no body), and so does any line where the dash is followed by more than a name:
"‘Dune’ – a review" names no one.
"""

from __future__ import annotations

import re

from claimtrack.aids.found import Attribution
from claimtrack.aids.marks import scan_marks
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.unmarked import Found
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["quoted_crosshead"]

_DASH = re.compile(r"\s*[–—-]\s*")
_MAX_LINE = 300
_NAME_TOKENS = 5


def quoted_crosshead(reader: ArticleReader, para: Paragraph) -> Found | None:
    """``para`` as a crosshead quoting the person named after its dash, else None."""
    text = reader.text
    if para.index == 0 or para.end - para.start > _MAX_LINE:
        return None
    line = text[para.start : para.end].rstrip()
    if reader.title and " ".join(line.split()) == " ".join(reader.title.split()):
        return None  # the headline, repeated as the page's first lines often do
    spans = scan_marks(text, para)
    span = spans[0] if len(spans) == 1 else None
    if span is None or span.open != para.start or span.close is None:
        return None
    dash = _DASH.match(text, span.close + 1, para.start + len(line))
    if dash is None or len(text[span.start : span.end].split()) < 3:
        return None
    toks = tokenize(text[dash.end() : para.start + len(line)], dash.end())
    if not toks or len(toks) > _NAME_TOKENS or not all(t.is_capitalised for t in toks):
        return None
    found = resolve_np(reader, para, toks, toks[0].start)
    if found is None or found.how not in ("named", "surname"):
        return None
    att = Attribution(found.speaker, found.full, "–", 0.6, found.as_written, found.how)
    return span.start, span.end, att
