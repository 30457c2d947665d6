"""An interview written as prose: plain question paragraphs, each answered in quote marks.

Some papers set an interview's questions as plain paragraphs (once in bold) and its answers as
quotations with no cue: "How do you explain that?" / "‘Because nobody has felt it yet.’". The
answers are the person the article is about; the questions the interviewer's the lead names
("Ola Wren spoke to Ada Lund"), else nobody's. Two question-and-answer pairs at least, so a
rhetorical question in a report is never taken for an interview; or one, where a dash sets the
question apart, it speaks to "you" and the answer speaks as "I" or "we".

An answer may run over several paragraphs the way any quotation does (opened in each, closed
only in the last), or be cut off with the page. Once the page is such an interview, a short
remark put to the guest between two quoted answers ("That is what people expect from you.") is
the interviewer's turn too, though it does not ask: it speaks to "you", quotes nothing and
names nobody's words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import LABEL
from claimtrack.aids.interview_plain import PLAIN_CONFIDENCE, lead_guest, lead_interviewer
from claimtrack.aids.interview_prose import announces_interview, speaks_as_i, speaks_to_you
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.topic_people import topic_person
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.sentences import Paragraph

__all__ = ["question_turns"]

_ONLY_QUOTED = re.compile(r"[”\"»“’]\W{0,2}$")
_QUESTION_WORDS = 40
"""A question paragraph is at most this many words (a longer one is commentary)."""
_DASHED = re.compile(r"[-–—]\s?(?=[^\W\d_])")
_MARKS = '“”«»„"'


def question_turns(reader: ArticleReader) -> tuple[dict[int, Found], dict[int, Attribution]]:
    """An interview written as prose: question paragraphs, each followed by a quoted answer.

    Returns the turns read whole (the questions, with no speaker, and the answers left open at
    their paragraph's end) and, for each answer paragraph, its speaker: the person the article
    names most (see the module's description).
    """
    text = reader.text
    paras = reader.paragraphs
    pairs: list[tuple[Paragraph, Paragraph]] = []
    remarks: list[tuple[Paragraph, Paragraph]] = []
    for para, answer in pairwise(paras):
        body = text[para.start : para.end].strip()
        # A newspaper's Q&A may open each question with a dash ("-As for the talks, …").
        dashed = _DASHED.match(body) is not None
        if body[:1] in MARK_OPENERS or LABEL.match(body) or len(body.split()) > _QUESTION_WORDS:
            continue
        if any(m in body for m in _MARKS) or not _quoted_answer(reader, answer, dashed):
            continue
        if body.endswith("?") or dashed:
            pairs.append((para, answer))
        elif _remark(reader, para):
            remarks.append((para, answer))
    if len(pairs) < 2 and not (pairs and _marked_exchange(reader, *pairs[0])):
        return {}, {}
    if not any("?" in text[q.start : q.end] for q, _ in pairs):
        return {}, {}
    pairs = sorted(pairs + remarks, key=lambda pair: pair[0].index)
    first = pairs[0][0].index
    # The guest the lead names ("I sat down with Coach Lund"), else the person the page is about.
    guest = lead_guest(reader, first)
    subject = (
        Attribution(guest, guest, None, 0.6, None, "interviewee")
        if guest is not None
        else topic_person(reader, len(paras), look_back=len(paras))
    )
    # The questions are the interviewer's the lead names ("Lea Park spoke to Ada Lund"), else
    # nobody's.
    asker = lead_interviewer(reader, first, subject.speaker_full if subject else None)
    asked = Attribution(None, None, "?", 0.5, None, "none")
    if asker is not None:
        asked = Attribution(asker, asker, "?", PLAIN_CONFIDENCE, None, "interview-label")
    questions = {q.index: _question(text, q, asked) for q, _ in pairs}
    if subject is None:
        return questions, {}
    answerer = Attribution(subject.speaker, subject.speaker_full, None, 0.6, None, "interviewee")
    # An answer left open at its paragraph's end is the whole paragraph, whatever marks nest
    # inside it ("‘… they called him ‘traitor’ to the king. …"): read whole, as a turn.
    for _, answer in pairs:
        body = text[answer.start : answer.end].rstrip()
        opening = len(body) - len(body.lstrip()) + 1  # past the opening mark
        if not _ONLY_QUOTED.search(body):
            questions[answer.index] = (answer.start + opening, answer.start + len(body), answerer)
    return questions, {a.index: answerer for _, a in pairs}


def _quoted_answer(reader: ArticleReader, answer: Paragraph, dashed: bool) -> bool:
    """The answer is a paragraph in marks and nothing else: no cue names another speaker. A
    quotation left open goes on in the next paragraph, opened again there; the last one may
    be cut off with the page."""
    reply = reader.text[answer.start : answer.end].strip()
    if reply[:1] not in MARK_OPENERS:
        return False
    if _ONLY_QUOTED.search(reply):
        return True
    last = answer.index == len(reader.paragraphs) - 1
    if last:
        return dashed or reply[-1:] not in ".!?…"  # cut off mid-sentence with the page
    after = reader.paragraphs[answer.index + 1]
    following = reader.text[after.start : after.end].strip()
    # The next question ("What about the fans?") closes it too: the copy lost the closing mark.
    asked = following.endswith("?") and not any(m in following for m in _MARKS)
    return following[:1] in MARK_OPENERS or (asked and len(following.split()) <= _QUESTION_WORDS)


def _marked_exchange(reader: ArticleReader, question: Paragraph, answer: Paragraph) -> bool:
    """One exchange is enough (a page cut off after its first answer) when the answer speaks
    as "I" or "we" and either the question is set apart by an opening dash and speaks to
    "you", or the headline or the lead says an interview follows and the question asks."""
    text = reader.text
    body = text[question.start : question.end].strip()
    reply = text[answer.start : answer.end]
    dashed = _DASHED.match(body) is not None
    if not speaks_as_i(reply):
        return False
    return (dashed and speaks_to_you(body)) or (
        body.endswith("?") and announces_interview(reader, question.index)
    )


def _remark(reader: ArticleReader, para: Paragraph) -> bool:
    """A short remark put to the guest right after a quoted answer ("That is what people
    expect from you."): it speaks to "you" and ends a sentence."""
    if para.index == 0 or para.heading:
        return False
    body = reader.text[para.start : para.end].strip()
    before = reader.paragraphs[para.index - 1]
    closed = _ONLY_QUOTED.search(reader.text[before.start : before.end].strip()) is not None
    return closed and body[-1:] in ".!" and speaks_to_you(body)


def _question(text: str, para: Paragraph, asked: Attribution) -> Found:
    """A question paragraph's words, its opening dash left out."""
    body = text[para.start : para.end].rstrip()
    dash = _DASHED.match(body)
    return (para.start + (dash.end() if dash else 0), para.start + len(body), asked)
