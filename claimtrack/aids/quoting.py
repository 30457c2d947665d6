"""The person a report quotes, not the outlet quoting them.

News relays other outlets' quotes with a quoting verb: "The Ledger quotes Ada Lind, analyst at
…", "the Courier quoted Ada Lind as saying", "Ada Lind was quoted by the Courier as saying",
"Citing Ada Lind, the Courier reported that …". The words are the quoted person's; the outlet,
the verb's subject (or agent), only reports them.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.mentions import ArticleReader, Resolved
from claimtrack.aids.speakers import NameChunk, name_chunks
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["QUOTING", "before_quoted", "cited_source", "quoted_person"]

QUOTING = wordset("quote quotes quoted quoting cite cites cited citing")
_PASSIVE = wordset("is was were are be been being")


def quoted_person(reader: ArticleReader, toks: Sequence[Token]) -> Resolved | None:
    """The person a quoting verb names: "The Ledger quotes Brian Holm, analyst at …"."""
    verb = next((k for k, t in enumerate(toks) if t.lower in QUOTING), None)
    if verb is None:
        return None
    named = name_chunks(reader.text, toks[verb + 1 :])
    chunks = [c for c in named if c.kind == "person"]
    if not chunks or " " not in chunks[0].name:
        # "… release quotes the Health Ministry as saying": a body quoted, when no one is
        bodies = [c for c in named if c.kind == "org"]
        if bodies and not chunks:
            name = bodies[0].name
            return Resolved(name, reader.org_name(name), bodies[0].text, "organisation", 0.6)
        return None
    return _resolved(reader, chunks[0])


def cited_source(reader: ArticleReader, toks: Sequence[Token]) -> Resolved | None:
    """The person the words before a cue's verb quote: "quoted Ada Lind as (saying)", "Citing
    Ada Lind, the Courier reported", "Ada Lind was quoted by the Courier as (saying)"."""
    if not toks:
        return None
    if toks[0].lower in ("citing", "quoting"):
        comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
        return quoted_person(reader, toks[:comma])
    if toks[-1].lower != "as":
        return None
    passive = before_quoted(toks)
    if len(passive) < len(toks):
        people = [c for c in name_chunks(reader.text, passive) if c.kind == "person"]
        if not people or " " not in people[-1].name:
            return None
        return _resolved(reader, people[-1])
    return _set_off_before_as(reader, toks) or quoted_person(reader, toks)


def _set_off_before_as(reader: ArticleReader, toks: Sequence[Token]) -> Resolved | None:
    """ "cited former minister and leader of the Harbour movement, Tom Berg, as (saying)": the
    name set off by commas just before "as" is whom the roles before it describe."""
    if len(toks) < 5 or toks[-2].text != ",":
        return None
    opening = next((k for k in range(len(toks) - 3, 0, -1) if toks[k].text == ","), None)
    if opening is None or not any(t.lower in QUOTING for t in toks[:opening]):
        return None
    inner = toks[opening + 1 : -2]
    people = [c for c in name_chunks(reader.text, inner) if c.kind == "person"]
    if len(people) != 1 or " " not in people[0].name or not all(t.is_word for t in inner):
        return None
    return _resolved(reader, people[0])


def _resolved(reader: ArticleReader, chunk: NameChunk) -> Resolved:
    full = reader.names.full_name(chunk.name) or chunk.name
    written = reader.text[chunk.start : chunk.end]
    return Resolved(chunk.name, full, written, "surname" if full != chunk.name else "named", 0.8)


def before_quoted(toks: Sequence[Token]) -> Sequence[Token]:
    """The words before a passive quoting verb ("Ada Lind" of "Ada Lind was quoted by …"), or
    all of ``toks`` when there is none."""
    for k in range(1, len(toks)):
        if toks[k].lower in QUOTING and toks[k - 1].lower in _PASSIVE:
            return toks[: k - 1]
    return toks
