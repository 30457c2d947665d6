"""Acronyms that stand for a role, not a body: "said the RMO", "the Azerbaijani FM told".

An article that names "Dodoma Regional Medical Officer, Dr Ada Lund" and then writes "said the
RMO" means her, not a body called "Regional Medical Officer"; "FM" for a foreign minister is
common enough in South Asian and Caucasian English to be known without being spelled out. The
acronym is read as the role words it stands for, and those resolve as a role description does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.coreference import resolve_description
from claimtrack.aids.name_words import ROLE_NOUNS
from claimtrack.aids.role_words import DETERMINERS, ROLE_WORDS
from claimtrack.aids.speakers import ORG_NOUNS
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["KNOWN_ROLE_ACRONYMS", "acronym_holder"]

KNOWN_ROLE_ACRONYMS = {
    "fm": "foreign minister",
    "dg": "director general",
    "dpm": "deputy prime minister",
    "ob": "mayor",  # der OB: the Oberbürgermeister
}
"""Role acronyms read without the article spelling them out (a body's never are)."""


def acronym_holder(
    reader: ArticleReader, para_index: int, np: Sequence[Token], acronym: str, at: int
) -> tuple[str, str] | None:
    """The person a role acronym at a cue refers to ("the Azerbaijani FM" → the foreign minister
    named before), as written and in full; None when the acronym names a body or nobody named
    holds the role."""
    spelled = KNOWN_ROLE_ACRONYMS.get(acronym.lower()) or reader.spelled_out(acronym)
    role = spelled.lower().split()
    if spelled == acronym or not role or role[-1] in ORG_NOUNS:
        return None
    if role[-1] not in ROLE_WORDS and role[-1] not in ROLE_NOUNS:
        return None  # "NCPF" → "National Council of Public Finance": a body
    before = [t.text for t in np if t.is_word and t.text != acronym and t.lower not in DETERMINERS]
    found = resolve_description(reader, para_index, before + role, at, reader.actors, reader.when)
    if found is None or found.how != "role" or found.confidence < 0.85:
        return None
    return found.name, reader.names.full_name(found.name) or found.name
