"""A quote after a participle lead-in and a name, with no verb: "Commenting on the plan, Ada
Lind: “…”" (or after a role set off before the name: "Under 11s Head Coach, Ada Lind “…”"),
a paragraph that opens with a role and a name: "Delta manager Rob Kettle, “Delighted …", and a
statement's heading: "Comments attributed to Housing Minister Ada Lund “…”".

Press releases and trade news open a quote with a participle clause and the speaker's name,
and leave the verb out: "Commenting on the award, Sir Tom Vale; “We are delighted …",
"Speaking after the match, coach Mara Olsen: “…”", "Reacting to the news, Ola Berg – “…”".
The person named last before the quote, with nothing but a comma, colon, semicolon or dash
between, is the speaker; the sentence must open with the participle (so "The report, Ada
Lind: “…”" names no one). Match reports and round-ups open each reaction so, the name and a
comma or colon before the quote, with no verb.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.documents import attributes_to
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
_END = re.compile(r"[.!?…][\"”’»]?\s+")
_ROLE_FIRST = re.compile(r"(?:[\w’'-]+ ){0,5}([\w’'-]+), ")
_ROLE_BEFORE = re.compile(r"(?:[\w’'-]+ ){0,5}([\w’'-]+) ")
_REACH = 400
"""Characters before the quote read (a bounded cost)."""


def participle_lead(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The person a participle lead-in names right before the quote, else None."""
    text = reader.text
    start = _sentence_start(text, para, span.open)
    if start is None:
        return None
    head = tokenize(text[start : span.open], start)
    attributed = attributes_to(head)  # a statement's heading: "Comments attributed to …"
    if not head or not (head[0].is_capitalised or head[0].text[0].isdigit()):
        return None  # (a club's name may open with its year: "1874 Northwich manager …")
    _, chunks = reader.chunks(start, span.open)
    people = [c for c in reader.unquoted(chunks) if c.kind == "person"]
    if not people or text[people[-1].end : span.open].strip(" ,:;–—-"):
        return None
    chunk = people[-1]
    role = _ROLE_FIRST.fullmatch(text, start, chunk.start)
    cue: str | None = text[head[0].start : head[2].end] if attributed else head[0].text
    participle = head[0].lower in _PARTICIPLES or attributed
    if not participle and not (role and role[1].lower() in ROLE_NOUNS):
        if not _opens_with_role(text, para, start, chunk.start, span.open):
            return None  # ("Under 11s Head Coach, Ada Lind “…”": her role, her name, her words)
        cue = None  # no word cues the quote: the name's place does
    full = reader.names.full_name(chunk.name) or chunk.name
    how = "surname" if full != chunk.name else "named"
    return Attribution(chunk.name, full, cue, 0.7, chunk.text, how)


def _opens_with_role(text: str, para: Paragraph, start: int, name: int, quote: int) -> bool:
    """The paragraph opens with a role and the name, set off by a comma or a colon right
    before the quote: "Delta manager Rob Kettle, “…" (not "Rob Kettle, “…": a list or a
    vocative may put a bare name so)."""
    if start != para.start or text[start:quote].rstrip()[-1:] not in ",:":
        return False
    role = _ROLE_BEFORE.fullmatch(text, start, name)
    return role is not None and role[1].lower() in ROLE_NOUNS


def _sentence_start(text: str, para: Paragraph, pos: int) -> int | None:
    """Where the sentence holding ``pos`` starts: after the last full stop before it, at most
    ``_REACH`` characters back (a sentence splitter may start one at the quote's mark)."""
    floor = max(para.start, pos - _REACH)
    ends = [m.end() for m in _END.finditer(text, floor, pos)]
    if ends:
        return ends[-1]
    return floor if floor == para.start else None
