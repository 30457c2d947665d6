"""Two people who speak together: "“…,” Ada Lind and Tomas Berg said in a joint statement".

A cue whose subject joins two people's names with "and" quotes both of them. Giving the words
to the one named last (as the name rules alone would) is half wrong at full confidence; the
speaker is the pair, as written, with each name in its fullest form, below the sure bin (a
pair is seldom named again the same way, so nothing confirms it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.name_words import ROLE_NOUNS
from claimtrack.aids.speakers import NameChunk
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.name_index import NameIndex

__all__ = ["JOINT_CONFIDENCE", "joined_subject", "joint_speakers"]

JOINT_CONFIDENCE = 0.6


def joint_speakers(
    names: NameIndex, np: Sequence[Token], chunks: Sequence[NameChunk]
) -> tuple[str, str] | None:
    """("Lind and Berg", "Ada Lind and Tomas Berg") when the last two chunks of ``np`` are
    people joined by "and" and nothing else; else None."""
    if len(chunks) < 2 or any(c.kind != "person" for c in chunks[-2:]):
        return None
    first, last = chunks[-2], chunks[-1]
    between = [t.lower for t in np if first.end <= t.start < last.start]
    # "Mayor Ada Lind and council leader Tomas Berg": the second one's role may stand between.
    role = between[1:]
    if between[:1] != ["and"] or (role and not _lower_role(np, first.end, last.start)):
        return None
    if any(t.lower in PREPOSITIONS for t in np if t.start < first.start):
        return None  # "the ministers of Velm and Tarvo": places, not the speakers
    if not (names.is_person(first.name) and names.is_person(last.name)):
        return None
    written = f"{first.name} and {last.name}"
    full = " and ".join(names.full_name(c.name) or c.name for c in (first, last))
    return written, full


def _lower_role(np: Sequence[Token], start: int, end: int) -> bool:
    """The words after "and" between two names are a role in lower case ("council leader")."""
    role = [t for t in np if start <= t.start < end][1:]
    return (
        0 < len(role) <= 3
        and all(t.is_word and not t.is_capitalised for t in role)
        and role[-1].lower in ROLE_NOUNS
    )


_NAME_WORDS = 4  # a name and its title before "and": "Mayor Ada Lind"


def joined_subject(toks: Sequence[Token], subject: Sequence[Token]) -> list[Token] | None:
    """The subject ``subject`` with the name joined to it before "and" ("Lind and Berg said",
    "Mayor Ada Lind and council leader Tomas Berg said"), for :func:`joint_speakers` to weigh;
    None when no name stands joined before it."""
    if not subject:
        return None
    s = next((n for n, t in enumerate(toks) if t.start == subject[0].start), None)
    if s is None:
        return None
    k = s - 1
    while k >= 1 and s - k <= 3 and toks[k].lower != "and" and toks[k].lower.isalpha():
        k -= 1  # past a role in lower case: "and council leader"
    if k < 1 or toks[k].lower != "and" or not toks[k - 1].is_capitalised:
        return None
    a = k - 1
    while a - 1 >= 0 and k - a < _NAME_WORDS and toks[a - 1].is_word and toks[a - 1].is_capitalised:
        a -= 1
    if a > 0 and toks[a - 1].is_word:
        return None  # "After meeting Lind and Berg said": the pair is what he met
    return [*toks[a:s], *subject]
