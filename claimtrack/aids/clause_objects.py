"""A name after its clause's verb is the verb's object, not the clause's subject.

"Local people rang the Guardian, complaining that the timetable made ‘no sense’": the first
name in the clause is the paper rung, and a participle after the comma ("complaining") goes
on with the clause's subject, whom the article does not name. A name is an object when a
verb in the past ("rang", "thanked") or a preposition ("wrote to") stands right before it or
before its article; other lower-case words there are part of a description ("hero of the day
Tom Berg", "union secretary Ada Lund"), and the name is the subject.

A noun with a verb's own subject after it is that verb's object too: "“…”, a charge it denies"
names no one who said the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.mentions import ArticleReader, Resolved, resolve_np
from claimtrack.aids.speech_cues import BETWEEN, PREPOSITIONS, SPEECH_VERBS
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

__all__ = ["cue_subject", "participle_subject", "relative_object", "stands_as_object"]

_ARTICLES = wordset("the a an this these those")
# Irregular pasts of verbs that take a person or a body as object ("-ed" forms are regular).
_IRREGULAR_PASTS = wordset(
    "rang told met wrote sent gave took saw hit beat sought brought caught led won lost left"
)


def participle_subject(
    reader: ArticleReader, para: Paragraph, toks: Sequence[Token]
) -> Resolved | None:
    """Who a participle after the clause ``toks`` goes on with ("Lund condemned it, saying
    that …"): the clause's main subject, or nobody when the first name is the verb's object."""
    main = main_subject(reader, para, toks)
    if main is None or stands_as_object(toks, main.as_written):
        return None
    return _reported_caller(reader, para, toks, main) or main


# "Lund said Berg actually called before they arrived, saying …": a reported call or message
# is the participle's act, so its sender speaks; after any other verb ("Lund said Berg was
# wrong, saying …") the one who said it goes on.
_SAID = wordset("said says")
_CALLS = wordset("called phoned rang texted emailed messaged wrote")
_CALL_GAP = 3  # words between the sender and the call ("Eva actually called")


def _reported_caller(
    reader: ArticleReader, para: Paragraph, toks: Sequence[Token], main: Resolved
) -> Resolved | None:
    last = main.as_written.split()[-1:]
    at = next((j for j, t in enumerate(toks) if [t.text] == last), None)
    if at is None or at + 1 >= len(toks) or toks[at + 1].lower not in _SAID:
        return None
    rest = toks[at + 3 if at + 2 < len(toks) and toks[at + 2].lower == "that" else at + 2 :]
    sender = main_subject(reader, para, rest) if rest else None
    if sender is None or sender.full == main.full:
        return None
    named = next((j for j, t in enumerate(rest) if t.text == sender.as_written.split()[-1]), None)
    gap = rest[named + 1 : named + 2 + _CALL_GAP] if named is not None else []
    return sender if any(t.lower in _CALLS for t in gap) else None


def cue_subject(reader: ArticleReader, para: Paragraph, toks: Sequence[Token]) -> Resolved | None:
    """ "“…,” the President said, urging …": the participle goes on with the speaker of the cue
    before it, as that cue's words name them (a description when the article names nobody)."""
    j = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].lower in SPEECH_VERBS), None)
    subject = subject_before(list(toks), j) if j is not None else None
    return resolve_np(reader, para, subject, subject[0].start) if subject else None


def stands_as_object(toks: Sequence[Token], written: str) -> bool:
    """The first mention written ``written`` in ``toks`` follows a verb or a preposition."""
    first = written.split()[0] if written.strip() else ""
    at = next((j for j, t in enumerate(toks) if t.text == first), None)  # (not "A" of "Ada")
    if at is None:
        return False
    j = at - 1
    while j >= 0 and toks[j].lower in _ARTICLES:
        j -= 1
    if j < 0 or not toks[j].is_word or toks[j].is_capitalised:
        return False
    word = toks[j].lower
    past = word in _IRREGULAR_PASTS or (len(word) > 4 and word.endswith("ed"))
    return past or word in PREPOSITIONS


# ("the president and the minister said", "the head of the union said": one subject)
_NOT_BEFORE_SUBJECT = PREPOSITIONS | BETWEEN | wordset("a an the and or & nor but")
_CLAUSE_SUBJECTS = wordset("he she it they we i the a an")


def relative_object(np: Sequence[Token]) -> bool:
    """ "“…”, a charge it denies", "a claim the council rejects": the noun is the object of a
    verb with its own subject after it (or the verb after an article is that noun: "a claim"),
    and the clause names no one who said the words."""
    if np[0].lower not in ("a", "an", "the"):
        return False
    return len(np) == 1 or any(
        np[k].lower in _CLAUSE_SUBJECTS
        and np[k - 1].is_word
        and not np[k - 1].is_capitalised
        and np[k - 1].lower not in _NOT_BEFORE_SUBJECT
        for k in range(2, len(np))
    )
