"""An interview with no labels at all: questions once set in bold, now plain paragraphs.

The page alternates a short paragraph that asks the guest something ("How do you see the
strike?") with answers in the first person ("We asked for this for weeks."). An explainer's
question subheadings ("What happens next?") look the same but ask nobody: they are told apart
by the address. Every question must speak to "you" (in the languages the rules know), most
answers must speak as "I" or "we", and at least three such exchanges must follow each other.
The answers are the person the article names most before the first question (else the one the
headline names); with nobody named, or a name that does not read as one, the page is refused.
Turns stay below 0.8: no label names their speaker.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.discourse import topic_person
from claimtrack.aids.interview_plain import PLAIN_CONFIDENCE, asks, lead_interviewer, plain_turns
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import Found
from claimtrack.text.lexicon import wordset

__all__ = ["prose_interview"]

_YOU = wordset(
    """
    you your yours yourself vous votre vos tu toi ton ta tes sie ihnen ihr ihre du dich dir
    dein deine usted ustedes tú su sus lei voi tuo tua suo sua pan pani pana panu panią państwo
    вы вас вам вами ваш ваша ваше ваши ты тебя du ni dig er din ert você vocês senhor senhora
    """
)
_I_WE = wordset(
    """
    i i'm i’m i've i’ve i'd i’d we we're we’re we've we’ve my our me us mine ours je j' nous mon
    ma mes notre nos moi ich wir mein meine unser unsere mich mir uns yo nosotros nosotras mi
    mis nuestro nuestra me io noi mio mia nostro nostra ja my mnie nas nasz nasza mój moja
    я мы мне меня нас нам наш наша мой моя jag vi min mitt vår oss mig eu nós meu minha nosso
    """
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PARTICLES = wordset("de da di del della der van von la le du dos das bin ibn al el")
# Prepositions that open a lead's sentence and get read as part of the name after them.
_OPENERS = wordset(
    """
    with from for after by to mit von bei für nach laut zu avec pour selon par chez con por
    para según da dal per tra fra przez z ze od dla с со у от для
    """
)
_EXCHANGES = 3
"""Question-and-answer exchanges in a row needed before a page is read as an interview."""
_QUESTION_WORDS = 80
"""A question is at most this many words (a longer paragraph is commentary)."""


def _words(body: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(body)}


def prose_interview(reader: ArticleReader) -> dict[int, Found]:
    """The turns of an unlabelled interview, by paragraph index; empty when the page is not
    clearly one (see the module's description)."""
    text = reader.text
    paras = reader.paragraphs
    for para in paras[:-1]:
        body = text[para.start : para.end].strip()
        if not _addressed_question(body):
            continue
        topic = topic_person(reader, para.index, look_back=para.index)
        guest = _guest_name(topic.speaker_full or "") if topic is not None else None
        if guest is None:
            return {}
        answerer = Attribution(guest, guest, None, PLAIN_CONFIDENCE, None, "interviewee")
        asker = lead_interviewer(reader, para.index, guest)
        interviewer = Attribution(
            asker, asker, None, PLAIN_CONFIDENCE, None, "interview-label" if asker else "none"
        )
        out: dict[int, Found] = {}
        plain_turns(reader, para.index, (interviewer, answerer), False, out)
        return out if _clear(text, out, answerer) else {}
    return {}


def _guest_name(name: str) -> str | None:
    """A person's name as a name reads ("Anna Berger", "Ana de la Cruz"); a sentence's opening
    preposition glued to it is dropped ("Mit Anna Berger"), and words glued beyond that ("der
    Chefin Anna Berger") refuse the guess rather than give the answers to a phrase."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in _OPENERS:
        words = words[1:]
    if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words):
        return " ".join(words)
    return None


def _addressed_question(body: str) -> bool:
    return asks(body) and len(body.split()) <= _QUESTION_WORDS and bool(_words(body) & _YOU)


def _clear(text: str, turns: dict[int, Found], answerer: Attribution) -> bool:
    """Three exchanges at least, every question addressed to "you", most answers in the first
    person."""
    questions = [f for f in turns.values() if f[2] != answerer]
    answers = [f for f in turns.values() if f[2] == answerer]
    if len(questions) < _EXCHANGES or len(answers) < _EXCHANGES:
        return False
    if not all(_addressed_question(text[s:e]) for s, e, _ in questions):
        return False
    first_person = sum(bool(_words(text[s:e]) & _I_WE) for s, e, _ in answers)
    return first_person * 3 >= len(answers) * 2
