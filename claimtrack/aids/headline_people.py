"""The people a headline names, read with care for Title Case.

A headline in Title Case capitalises its verb too, so the name chunker reads "Governor Ada Lund
Announces Harbour Plan" as one long name. A name stops at a verb of saying in the third person
("Announces", "Says", "Warns"): the words before it are the name, the rest is the headline.
A headline in capitals capitalises everything: there a name must open with a first name the
dictionary lists ("WHEN YOUR INTERVIEW INCLUDES QUESTIONS" names nobody). A series' rubric
before a colon ("Five Questions: In the interim", "Sunday Interview: …") names nobody either.
"""

from __future__ import annotations

from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import tokenize

__all__ = ["headline_people"]


def headline_people(title: str | None) -> list[str]:
    """The names of people in ``title``, in order, each cut before a headline's verb."""
    if not title:
        return []
    out = []
    capitals = title.isupper()
    for chunk in name_chunks(title, tokenize(title)):
        if chunk.kind != "person":
            continue
        words = chunk.name.split()
        if capitals and not is_given_name(words[0].title()):
            continue
        if words[-1].lower() in _RUBRIC_WORDS and title[chunk.end : chunk.end + 1] == ":":
            continue
        cut = next(
            (
                k
                for k, w in enumerate(words)
                if k and w.lower().endswith("s") and w.lower() in SPEECH_VERBS
            ),
            len(words),
        )
        out.append(" ".join(words[:cut]))
    return out


_RUBRIC_WORDS = wordset(
    "questions question interview interviews conversation things minutes answers talk chat "
    "profile spotlight"
)
