"""Two people who speak together: "“…,” Ada Lind and Tomas Berg said in a joint statement".

A cue whose subject joins two people's names with "and" quotes both of them. Giving the words
to the one named last (as the name rules alone would) is half wrong at full confidence; the
speaker is the pair, as written, with each name in its fullest form, below the sure bin (a
pair is seldom named again the same way, so nothing confirms it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.speakers import NameChunk
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.name_index import NameIndex

__all__ = ["JOINT_CONFIDENCE", "joint_speakers"]

JOINT_CONFIDENCE = 0.6


def joint_speakers(
    names: NameIndex, np: Sequence[Token], chunks: Sequence[NameChunk]
) -> tuple[str, str] | None:
    """("Lind and Berg", "Ada Lind and Tomas Berg") when the last two chunks of ``np`` are
    people joined by "and" and nothing else; else None."""
    if len(chunks) < 2 or any(c.kind != "person" for c in chunks[-2:]):
        return None
    first, last = chunks[-2], chunks[-1]
    between = [t for t in np if first.end <= t.start < last.start]
    if [t.lower for t in between] != ["and"]:
        return None
    if any(t.lower in PREPOSITIONS for t in np if t.start < first.start):
        return None  # "the ministers of Velm and Tarvo": places, not the speakers
    if not (names.is_person(first.name) and names.is_person(last.name)):
        return None
    written = f"{first.name} and {last.name}"
    full = " and ".join(names.full_name(c.name) or c.name for c in (first, last))
    return written, full
