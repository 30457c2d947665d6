"""Documents that speak in news copy: "the statement read", "the release said", "said the
latest bulletin from the Harbour Met Service".

A document's noun as a cue's subject names whoever issued it: the body or the person named after
it with "from", "by" or "of" (:func:`document_from`), else nobody yet (the quotation rules look
for the issuer: :func:`claimtrack.aids.discourse.document_issuer`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.speakers import ORG_NOUNS, speaker_chunks
from claimtrack.aids.spokespeople import names_a_body
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader, Resolved

__all__ = [
    "ATTRIBUTED_NOUNS",
    "DOCUMENT_NOUNS",
    "attributes_to",
    "document_from",
    "document_owner",
    "issuing_body",
]

# Documents that "say" things: "the statement read", "the release said".
DOCUMENT_NOUNS = wordset(
    "statement release communique communiqué letter memo post tweet notice announcement filing "
    "decree ordinance bulletin advisory alert warning email e-mail note"
)

# What a government statement's heading attributes to its speaker: "Comments attributed to
# Housing Minister Ada Lund:" over the quotes.
ATTRIBUTED_NOUNS = wordset("comments comment quotes quote quotations remarks")


def document_from(reader: ArticleReader, np: Sequence[Token]) -> tuple[str, str, str] | None:
    """ "a bulletin from the Harbour Met Service", "the statement by Ada Lund": the body or the
    person named after the document's noun and "from", "by" or "of": ``(name as written, full
    name, how)``, else None."""
    k = next((n for n, t in enumerate(np[:-2]) if t.lower in DOCUMENT_NOUNS), None)
    if k is None or np[k + 1].lower not in ("from", "by", "of"):
        if attributes_to(np):  # "Comments attributed to Ada Lund:"
            return _issued_by(reader, np[3:])
        return _issuer_before(reader.text, np)
    return _issued_by(reader, np[k + 2 :])


def document_owner(
    words: Sequence[Token], resolve: Callable[[list[Token]], Resolved | None]
) -> Resolved | None:
    """ "the party’s statement", "Lund’s letter", "her post": the owner before a document's
    noun, as ``resolve`` finds it ("the party", "Lund", "she"); None when no one owns it or the
    owner is not found ("their letter": whose, unknown; "Monday’s statement": no one's)."""
    if len(words) < 2 or words[-1].lower not in DOCUMENT_NOUNS:
        return None
    owner = words[-2]
    base = owner.text.removesuffix("’s").removesuffix("'s")
    if owner.lower in _OWNING_PRONOUNS:
        np = [Token(_OWNING_PRONOUNS[owner.lower], owner.start, owner.end)]
    elif base != owner.text and base.isalpha():
        np = [*words[:-2], Token(base, owner.start, owner.start + len(base))]
    else:
        return None
    found = resolve(np)
    return found if found is not None and found.how != "unresolved" else None


_OWNING_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _issued_by(reader: ArticleReader, np: Sequence[Token]) -> tuple[str, str, str] | None:
    """The body or the person ``np`` (the words after "by", "from") names first."""
    chunks = speaker_chunks(reader.text, np)
    if not chunks:
        return None
    chunk = chunks[0]
    if chunk.kind == "org":
        return chunk.name, reader.org_name(chunk.name), "organisation"
    if chunk.kind == "person" and reader.names.is_person(chunk.name):
        full = reader.names.full_name(chunk.name) or chunk.name
        return chunk.name, full, "named"
    if chunk.kind == "person" and names_a_body(chunk.name.split()):
        return chunk.name, reader.org_name(chunk.name), "organisation"  # "… from Velmcorp"
    return None


def attributes_to(np: Sequence[Token]) -> bool:
    """ "Comments attributed to …", "Quotes attributable to …": a statement's heading, the
    speaker named after its first three words."""
    words = [t.lower for t in np[:3]]
    return (
        len(np) > 3
        and words[0] in ATTRIBUTED_NOUNS
        and words[1] in ("attributed", "attributable")
        and words[2] == "to"
    )


def _issuer_before(text: str, np: Sequence[Token]) -> tuple[str, str, str] | None:
    """ "the Velmish government press release", "a Northport council statement": a body named
    before the document's noun, ending in a body's word (government, council, ministry),
    issued it."""
    words = [t for t in np if t.is_word]
    if len(words) < 3 or words[-1].lower not in DOCUMENT_NOUNS:
        return None
    body = _body_before(words)
    if len(body) < 2 or body[-1].lower not in ORG_NOUNS or not body[0].is_capitalised:
        return None
    name = text[body[0].start : body[-1].end]
    return name, name, "organisation"


_NOT_ISSUER = wordset("the a an its their latest new recent")
_DOCUMENT_MODIFIERS = wordset("press news media joint official written")
_FORMER = wordset("former retired onetime erstwhile ex")


def issuing_body(
    words: Sequence[Token], heads: frozenset[str] = DOCUMENT_NOUNS
) -> list[Token] | None:
    """ "a council statement", "the police press release": the body's noun alone before the
    document's (or another of ``heads``: "a council spokesman"), which speaks as "the
    council" would; or after it, "a spokesman for the ministry". One word in small letters may
    go before the body's noun ("a foreign ministry spokesman"); None for anything else."""
    if len(words) < 2:
        return None
    body = _body_before(words) if words[-1].lower in heads else _body_after(words, heads)
    if len(body) == 2 and not any(t.is_capitalised for t in body):
        # ("a former police spokesman" no longer speaks for the police)
        return body if body[0].lower not in _FORMER and body[1].lower in ORG_NOUNS else None
    return body if len(body) == 1 and body[0].lower in ORG_NOUNS else None


def _body_before(words: Sequence[Token]) -> list[Token]:
    """The words before the phrase's last word (its document or role), without determiners
    and a document's own modifiers ("press release", "news release", "joint statement")."""
    body = [t for t in words[:-1] if t.lower not in _NOT_ISSUER]
    while body and body[-1].lower in _DOCUMENT_MODIFIERS:
        body = body[:-1]
    return body


def _body_after(words: Sequence[Token], heads: frozenset[str]) -> list[Token]:
    """The words after "for the" or "of the" that follow the phrase's head, with only
    determiners before it: "a spokesman for the ministry" → "ministry"."""
    at = next((k for k, t in enumerate(words) if t.lower in heads), None)
    if at is None or any(t.lower not in _NOT_ISSUER for t in words[:at]):
        return []
    if [t.lower for t in words[at + 1 : at + 3]] not in (["for", "the"], ["of", "the"]):
        return []
    return list(words[at + 3 :])
