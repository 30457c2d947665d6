"""An interview's turns in a plain-text page: where a transcript starts, never its headline.

A turn is a speaker's label in capitals, a colon, then speech (``KULEBA: I'm very honest``). An
interview printed as questions and labelled answers opens with its first question, unlabelled,
right above the first answer (``What is the status of the port?`` / ``JANE ROE: While …``): the
question is the body's first line, never the page's headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import is_sentence_like, words
from claimtrack.reading.lines import Line, standalone
from claimtrack.text.turn_labels import CAPS_TURN, TIMED_TURN

__all__ = [
    "DASH_TURN",
    "QA_MARK",
    "TURN",
    "asks_answered",
    "first_of_questions",
    "interview_turn",
    "opens_interview",
    "question_above",
    "transcript_turn",
]

TURN = CAPS_TURN  # an interview's turn ("KULEBA: I'm very honest"): a label in capitals
DASH_TURN = re.compile(r"[-–—]\s*\S")  # "– Yes, …": a turn of a dash-set interview
# "Q. What changed?" / "A. Everything." / "Q> …", and as Spanish, Portuguese and Italian papers
# set them: "P. ¿Por qué …?" / "R. Porque …", "P.- …", "—P. …", "Pregunta. …", "Domanda. …".
QA_MARK = re.compile(
    r"[—–-]?\s?([QAPRD]|Pregunta|Respuesta|Pergunta|Resposta|Domanda|Risposta)"
    r"(?:(?<=Q)\d{1,2})?"  # a numbered question: "Q1. …"
    r"(?:\.\s?[-–—]|[.>]|(?<=[QA])\s[–—-])\s*(?=[^\s.])"  # ("Q – Why …?")
)


def interview_turn(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a turn of an interview: ``HOST: …`` over another turn (``GUEST: …``), or
    ``Q. …`` over ``A. …``.

    One labelled line alone may be a headline's kicker (``EXCLUSIVE: Minister quits``). A
    transcript may set each label on a line of its own (``MINISTER:`` / ``Good afternoon.`` /
    ``QUESTION:``): a label line with speech under it and another label line after that.
    """
    if _label_line(lines[i].text):
        return _label_line_turn(lines, i)
    if not _labelled(lines[i].text):
        return False
    nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].text), None)
    if nxt is None:
        return False
    answer = lines[nxt].text
    asked = _QUESTION.match(lines[i].text) is not None
    return _labelled(answer) or (asked and _NAMED.match(answer) is not None)


# "Q: What now?" over "Minister Ada Lund: We wait.": an answer labelled with its speaker's name
# and role in ordinary case, under a question labelled as one; the answer starts a sentence
# ("Northport: the harbour …" is a dateline's place).
_QUESTION = re.compile(r"(?:Q|QUESTION|Question)\s?[:.].*\?\s*$")
_NAMED = re.compile(
    r"(?:[A-ZÀ-Þ][\w.’'-]*,? (?:(?:of|and|for|the|de) )*){0,8}[A-ZÀ-Þ][\w’'-]+: [A-Z0-9“‘\"']"
)


# A speaker's label alone on its line: "MINISTER:", "QUESTION:", "JANE ROE:".
_LABEL_LINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .,'’-]{0,60}:")
_LABEL_LINE_REACH = 12  # lines a label-line transcript's first turn takes, at most


def _label_line(text: str) -> bool:
    """A label alone on its line: in capitals, or with the turn's time ("Speaker 2 (00:08):")."""
    return bool(_LABEL_LINE.fullmatch(text) or TIMED_TURN.fullmatch(text))


def _label_line_turn(lines: Sequence[Line], i: int) -> bool:
    """Label line ``i`` has speech under it and another label line below that."""
    said = False
    for j in range(i + 1, min(len(lines), i + _LABEL_LINE_REACH)):
        text = lines[j].text
        if not text:
            continue
        if _label_line(text):
            return said
        said = True
    return False


# A turn's label in ordinary case: "Ada Lund: Good morning", "Mayor Tom Berg: …", "Lund: …".
_CASED_TURN = re.compile(r"(?:[A-ZÀ-Þ][\w.’'-]{0,30} ){0,4}(?P<last>[A-ZÀ-Þ][\w’'-]{1,30}):\s+\S")


def transcript_turn(text: str, others: Sequence[str]) -> bool:
    """``text`` is a turn of a transcript: its label's last word names whoever a label opening
    one of ``others`` names ("Lund: …?" under "Ada Lund: It is the show …"), so a last line
    asking a question is a turn, never the headline a footer repeats."""
    if (m := _CASED_TURN.match(text)) is None:
        return False
    return any(
        (n := _CASED_TURN.match(other)) is not None and n["last"] == m["last"] for other in others
    )


def _labelled(text: str) -> bool:
    """A turn's label opens the line: "HOST: …", or a newspaper's "Q. …" / "A. …"."""
    return bool(TURN.match(text) or QA_MARK.match(text) or TIMED_TURN.match(text))


_MAX_QUESTION_WORDS = 60


def question_above(lines: Sequence[Line], i: int) -> int:
    """The interview's first question when line ``i`` is an answer labelled with its speaker
    (``JANE ROE: While the port is ready, …``, or ``– While …`` under ``– What …?``) and the
    line above it asks (``What is the status of the port?``), or any answer under a question
    opened by a dash (``—¿Why?`` / ``Because …``): the question opens the body (it is never
    the headline). Else ``i``."""
    above = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].text), None)
    if above is not None and _BRACKETED.fullmatch(lines[above].text):
        return question_above(lines, above)  # "…?" / "[Ada Lund]" / the answer
    return above if above is not None and asks_answered(lines, above) else i


def opens_interview(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a turn of an interview (:func:`interview_turn`) or its first question
    (:func:`asks_answered`): the body's, never the header's."""
    return interview_turn(lines, i) or asks_answered(lines, i)


def asks_answered(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a question (unlabelled) answered by a turn labelled with its speaker, or
    a question after a dash answered after a dash or in plain prose."""
    text = lines[i].text
    if not (text.endswith("?") and 3 <= len(words(text)) <= _MAX_QUESTION_WORDS):
        return False
    nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].text), None)
    if nxt is None:
        return False
    if DASH_TURN.match(text):  # "– Do you like it here?" / "– Yes, …": a dash-set interview
        # (or one that marks only its questions: "—¿Why the harbour?" / "Because …")
        return bool(DASH_TURN.match(lines[nxt].text) or is_sentence_like(lines[nxt].text))
    if not TURN.match(text) and (
        TURN.match(lines[nxt].text) or _BRACKETED.fullmatch(lines[nxt].text)
    ):
        return True  # (a press conference's label in brackets on its own line: "[Ada Lund]")
    # "What was your favourite unit?" / "I have to say the warrants unit, …": a question to
    # "you" answered in the first person, as a Q&A sets them with no labels.
    answer = lines[nxt].text
    return (
        bool(_YOU.search(text))
        and is_sentence_like(answer)
        and bool(_FIRST_PERSON.search(" ".join(answer.split()[:_ANSWER_OPENING])))
    )


_BRACKETED = re.compile(r"\[[A-ZÀ-Þ][\w.’' -]{1,40}\]")
_YOU = re.compile(r"(?i)\byou(?:r|rs|rself)?\b")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i[’']m|i[’']ve|we|we[’']re|my|our)\b")
_ANSWER_OPENING = 12  # words of the answer that speak as "I" or "we"


_QUESTION_REACH = 16  # lines after a question where a Q&A asks again
_MORE_QUESTIONS = 2


def first_of_questions(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` asks, alone on its line, and so do two more of the lines after it set apart
    from their answers: the first question of a Q&A set without labels ("Has the win sunk
    in?" / "Yes, …" / "How did it feel?" / …), never its headline."""
    if not lines[i].text.endswith("?"):
        return False
    after = [j for j in range(i + 1, min(len(lines), i + _QUESTION_REACH)) if lines[j].text]
    asked = [j for j in after if lines[j].text.endswith("?") and standalone(lines, j)]
    return len(asked) >= _MORE_QUESTIONS
