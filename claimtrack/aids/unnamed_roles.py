"""Quotations whose speaker the text never names: a person's role alone ("a police spokesman
said", "the principal says", "said a resident").

The rules read such a role as the speaker's description (``resolution`` "description") when no
earlier mention names who holds it. A careful reader says the text never tells who spoke: the
quotation keeps the words at its cue (``speaker_as_written``) and how it was read, and its
speaker and full name are None, as are those of the quotes that carry that role on (a
continuation, "he said"). A body named by its common noun ("the police", "the foreign
ministry") is the body speaking, and keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from claimtrack.aids.name_words import ORG_NOUNS, ORG_WORDS
from claimtrack.aids.quotation import Quotation

__all__ = ["unnamed"]

_CARRIED = ("description", "continuation", "pronoun", "model")
_POSSESSIVE = re.compile(r"[’']s?$")


def unnamed(found: Sequence[Quotation]) -> tuple[Quotation, ...]:
    """``found`` with no speaker where the rules read only a person's role that nobody named
    ("a police spokesman said", "the principal says"): the words stay as written, the speaker
    and the full name are None (the text never says who), and so are they for the quotes that
    carry that role on. A body named by its common noun ("the police", "the foreign ministry")
    speaks as the body."""
    described = {q.speaker_full for q in found if q.resolution == "description"}
    roles = {d for d in described if d and d.islower() and _head(d) not in ORG_WORDS | ORG_NOUNS}
    return tuple(
        evolve(q, speaker=None, speaker_full=None)
        if q.speaker_full in roles and q.resolution in _CARRIED
        else q
        for q in found
    )


def _head(description: str) -> str:
    """The description's head word, before what it is of, without its possessive ("head of the
    dockers' union" → "head", "the ministry's" → "ministry")."""
    before_of = re.split(r"\s(?:of|for|de|du|des|del|di)\s", description, maxsplit=1)[0]
    return _POSSESSIVE.sub("", before_of.split()[-1].strip(".,"))
