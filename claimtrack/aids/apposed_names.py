"""A person named in an apposition at a cue: "Doe’s lawyer, Tom Hale, said", "said Acme’s
CEO, Ada Lind." The name between the commas speaks, not the description before it.

Split out of :mod:`claimtrack.aids.cue_after`.
"""

from __future__ import annotations

from itertools import pairwise

from claimtrack.aids.mentions import ArticleReader, Resolved
from claimtrack.aids.speakers import PARTICLES, name_chunks
from claimtrack.text.first_names import is_given_name
from claimtrack.text.tokens import Token

__all__ = ["named_apposition"]


def named_apposition(reader: ArticleReader, inner: list[Token]) -> Resolved | None:
    """A person's full name filling an apposition: ", Tom Hale,", ", Ada van der Berg," (or a
    first name alone: "Lund’s husband, Tomas,"; and nothing else)."""
    if not inner or not (inner[0].is_capitalised and inner[-1].is_capitalised):
        return None
    initials = [t.text == "." and len(b.text) == 1 for b, t in pairwise(inner)]
    words = [t.is_word and (t.is_capitalised or t.lower in PARTICLES) for t in inner]
    if not all(w or stop for w, stop in zip(words, [False, *initials], strict=True)):
        return None  # (", A.J. Lund,": an initial's stop)
    chunks = [c for c in name_chunks(reader.text, inner) if c.kind == "person"]
    if len(chunks) != 1 or chunks[0].end != inner[-1].end:
        return None
    name = chunks[0].name
    if " " not in name and not is_given_name(name):
        return None  # one word only when it is a first name ("Lund’s husband, Tomas,")
    full = reader.names.full_name(name) or name
    written = reader.text[chunks[0].start : chunks[0].end]
    return Resolved(name, full, written, "surname" if full != name else "named", 0.95)
