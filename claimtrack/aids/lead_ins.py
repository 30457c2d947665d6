"""A quote after a participle lead-in and a name, with no verb: "Commenting on the plan, Ada
Lind: “…”" (or after a role set off before the name: "Under 11s Head Coach, Ada Lind “…”").

Press releases and trade news open a quote with a participle clause and the speaker's name,
and leave the verb out: "Commenting on the award, Sir Tom Vale; “We are delighted …",
"Speaking after the match, coach Mara Olsen: “…”", "Reacting to the news, Ola Berg – “…”".
The person named last before the quote, with nothing but a comma, colon, semicolon or dash
between, is the speaker; the sentence must open with the participle (so "The report, Ada
Lind: “…”" names no one).
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_words import ROLE_NOUNS
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["participle_lead"]

_PARTICIPLES = wordset(
    """
    commenting speaking reacting responding talking writing addressing explaining
    """
)
_END = re.compile(r"[.!?…]\s+")
_ROLE_FIRST = re.compile(r"(?:[\w’'-]+ ){0,5}([\w’'-]+), ")
_REACH = 400
"""Characters before the quote read (a bounded cost)."""


def participle_lead(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The person a participle lead-in names right before the quote, else None."""
    text = reader.text
    start = _sentence_start(text, para, span.open)
    if start is None:
        return None
    head = tokenize(text[start : start + 20], start)
    if not head or not head[0].is_capitalised:
        return None
    _, chunks = reader.chunks(start, span.open)
    people = [c for c in reader.unquoted(chunks) if c.kind == "person"]
    if not people or text[people[-1].end : span.open].strip(" ,:;–—-"):
        return None
    chunk = people[-1]
    role = _ROLE_FIRST.fullmatch(text, start, chunk.start)
    if head[0].lower not in _PARTICIPLES and not (role and role[1].lower() in ROLE_NOUNS):
        return None  # ("Under 11s Head Coach, Ada Lind “…”": her role, her name, her words)
    full = reader.names.full_name(chunk.name) or chunk.name
    how = "surname" if full != chunk.name else "named"
    return Attribution(chunk.name, full, head[0].text, 0.7, chunk.text, how)


def _sentence_start(text: str, para: Paragraph, pos: int) -> int | None:
    """Where the sentence holding ``pos`` starts: after the last full stop before it, at most
    ``_REACH`` characters back (a sentence splitter may start one at the quote's mark)."""
    floor = max(para.start, pos - _REACH)
    ends = [m.end() for m in _END.finditer(text, floor, pos)]
    if ends:
        return ends[-1]
    return floor if floor == para.start else None
