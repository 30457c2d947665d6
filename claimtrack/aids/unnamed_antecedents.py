"""Someone the article has not named who spoke just before a pronoun's cue: "One parent said the
turnaround was the head's work. He said: “…”" → the parent, whom the text never names, not
the head named further back (nor the one the parent speaks of).

Split out of :mod:`claimtrack.aids.pronouns`, which asks it before it looks for a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.aids.descriptions import INDEFINITE
from claimtrack.aids.name_words import PEOPLE_NOUNS, many_of
from claimtrack.aids.pronoun_roles import PERSON_ROLES
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.text.lexicon import wordset

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["unnamed_speaker_before"]

_MAX_MODIFIERS = 2  # "one angry parent", "a long-time local resident"
_ONE_PERSON = PEOPLE_NOUNS | PERSON_ROLES
# Person nouns whose gender the noun itself shows ("one mother … he said" is someone else).
_FEMALE = wordset("mother woman girl grandmother wife daughter sister policewoman businesswoman")
_MALE = wordset("father man boy grandfather husband son brother policeman businessman fisherman")


def unnamed_speaker_before(
    reader: ArticleReader, para_index: int, start: int, at: int, wrong: str
) -> str | None:
    """The words of an indefinite person ("One parent") who opens the sentence before the
    pronoun's own (which starts at ``start``; the pronoun at ``at``) as the subject of a speech
    verb, when the pronoun's sentence has only quoted words before it and the noun's gender is
    not ``wrong`` for it; None otherwise."""
    own = reader.chunks_of((start, at))[0]
    if any(t.is_word and not reader.is_quoted(t.start) for t in own):
        return None  # "When Berg came back, he said": the pronoun's own sentence goes first
    before = reader.previous_sentences(para_index, start, limit=1)
    if not before or reader.is_quoted(before[0][0]):
        return None
    toks = [t for t in reader.chunks_of(before[0])[0] if t.is_word]
    if len(toks) < 3 or toks[0].lower not in INDEFINITE:
        return None
    for k in range(1, min(len(toks) - 1, _MAX_MODIFIERS + 2)):
        noun = toks[k].lower
        if toks[k + 1].lower not in SPEECH_VERBS:
            continue
        if noun not in _ONE_PERSON or many_of(noun, _ONE_PERSON):
            return None  # ("a report said", "several residents said": no one person)
        if noun in (_FEMALE if wrong == "f" else _MALE):
            return None
        if any(t.is_capitalised for t in toks[1:k]):
            return None  # "A Velm resident" may be named by the body later; leave it
        # (the determiner in small letters: the words describe someone, they name no one)
        return f"{toks[0].lower} {reader.text[toks[1].start : toks[k].end]}"
    return None
