"""Interviews: turns after speaker labels, and questions followed by quoted answers.

An interview answer follows a speaker label ("NILS EKDAHL: …", "A: …", a label on a line of its
own: "Minister of Trade:"), or, in an interview written as prose, a question paragraph
("E il bilancio?") followed by a paragraph in quote marks: the answer of the person the article
is about. Questions come out without a speaker (the interviewer is rarely named).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from attrs import evolve

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.discourse import topic_person
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["interview_answers", "question_turns"]

# "NILS EKDAHL: …", "Ekdahl: …", "Q: …", "A: …" at the start of a paragraph.
# "ANTHONY ALBANESE, PRIME MINISTER: …" (a transcript) keeps the name and drops the role.
_LABEL = re.compile(
    r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(, [A-Z][A-Z .’'-]{1,40})?\s?:\s+(?=\S)"
)
# "Q. What changed?" / "A. Everything." (a newspaper's Q&A, with full stops).
_QA_DOT = re.compile(r"([QA])\.\s+(?=\S)")
# A speaker label alone on its line: "Minister of Trade:", "JANE DOE:".
_LINE_LABEL = re.compile(r"([^\W\d_][^\W\d_ ’'-]*(?: [^\W\d_][^\W\d_’'-]*){0,5})\s?:\s*")
_LABEL_SMALL = wordset("of the for and on de du des la le")
# A transcript's label in capitals with no colon: "GUYON Sure. Well, …", "MARY LOU Yes."
_CAPS_LABEL = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ’'-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ’'-]{2,})?) (?=[A-ZÀ-Þ“\"‘][a-zà-ÿ’' ,.])"
)


def _line_label(text: str, para: Paragraph) -> re.Match[str] | None:
    """A label alone on its line, in Title Case or capitals ("Minister of Trade:");
    "Follow us:" or "Key points:" are no speakers."""
    m = _LINE_LABEL.fullmatch(text, para.start, para.end)
    if m is None:
        return None
    words = m.group(1).split()
    return m if all(w[:1].isupper() or w.lower() in _LABEL_SMALL for w in words) else None


_QUESTION_LABELS = wordset(
    "q question interviewer journalist reporter host moderator frage pregunta domanda вопрос"
)
# Labels that are not speakers: "Note: …", "Photo: …", "Read more: …".
_NOT_SPEAKERS = wordset(
    """
    note notes photo photos image video watch read more related update updated source sources
    interview interviews transcript
    editor editors warning disclaimer also see tags tag share category topics caption credit
    credits file pictured above below background context summary why what how when where who
    date time location published posted by from to subject fw fwd tel phone email web
    themen thema sprecher sprecherin teilnehmer ort datum quelle foto fonte fuente tema
    """
)


def _label_name(label: str) -> str:
    return label.title() if label.isupper() and len(label) > 1 else label


def interview_answers(reader: ArticleReader) -> dict[int, Found]:
    """Interview turns by paragraph index: the text after a speaker label.

    An article is read as an interview only when it has a question label ("Q:") or the same
    speaker label on two paragraphs or more, so "Note: …" in a report is never speech. Questions
    come out without a speaker (the interviewer is rarely named); "A:" answers are the person the
    article names most before the first label; initials ("MMM:") are the person with them.
    """
    text = reader.text
    labelled: list[tuple[Paragraph, str, int]] = []
    transcript: set[str] = set()
    caps: set[str] = set()  # labels with no colon: a transcript only if two speakers alternate
    for para in reader.paragraphs:
        m = (
            _LABEL.match(text, para.start, para.end)
            or _QA_DOT.match(text, para.start, para.end)
            or _line_label(text, para)
            or _CAPS_LABEL.match(text, para.start, para.end)
        )
        if m is None or m.group(1).lower().split()[0] in _NOT_SPEAKERS:
            continue
        labelled.append((para, m.group(1), m.end()))
        if m.re is _CAPS_LABEL:
            caps.add(m.group(1).lower())
        if m.re is _LABEL and m.group(2) and m.group(1).isupper():
            transcript.add(m.group(1).lower())  # "ANTHONY ALBANESE, PRIME MINISTER:"
    counts = Counter(label.lower() for _, label, _ in labelled)
    if not _alternate(labelled, caps):
        labelled = [t for t in labelled if t[1].lower() not in caps]
        caps = set()  # datelines in capitals ("MOSCOW The Kremlin …") are no dialogue
    questions = any(label.lower() in _QUESTION_LABELS for _, label, _ in labelled)
    out: dict[int, Found] = {}
    first = _people_before(reader, labelled[0][0].index) if labelled else []
    for para, label, body_start in labelled:
        low = label.lower()
        if not (questions or counts[low] >= 2 or low in transcript or low in caps):
            continue
        near = _people_before(reader, para.index)
        att = _label_speaker(reader, label, first if low in ("a", "answer") else near)
        if low in caps:  # no colon: a guess that the capitals are a speaker
            att = evolve(att, confidence=min(att.confidence, 0.7))
        end = para.end
        while end > body_start and text[end - 1].isspace():
            end -= 1
        if end <= body_start and att.speaker is not None:
            # A label on a line of its own ("Minister of Trade:"): the turn follows.
            _turn_goes_on(reader, para.index, att, {p.index for p, _, _ in labelled}, out, True)
        elif end > body_start:
            out[para.index] = (body_start, end, att)
            if att.speaker is not None:
                _turn_goes_on(reader, para.index, att, {p.index for p, _, _ in labelled}, out)
    return out


def _alternate(labelled: list[tuple[Paragraph, str, int]], caps: set[str]) -> bool:
    """Labels in capitals with no colon take turns: one speaker right after another, twice at
    least, and a speaker comes back ("GUYON …", "STEVEN …", "GUYON …")."""
    turns = [(p.index, label.lower()) for p, label, _ in labelled if label.lower() in caps]
    changes = sum(b[0] == a[0] + 1 and b[1] != a[1] for a, b in pairwise(turns))
    # A speaker comes back; three datelines in a row ("MOSCOW", "KYIV", "BRUSSELS") do not.
    return changes >= 2 and len({label for _, label in turns}) < len(turns)


def _turn_goes_on(
    reader: ArticleReader,
    index: int,
    att: Attribution,
    labels: set[int],
    out: dict[int, Found],
    labelled_first: bool = False,
) -> None:
    """Unlabelled paragraphs right after an answer are the same answer (a transcript's turn);
    with ``labelled_first``, the first of them is the label's own turn."""
    text = reader.text
    turn = Attribution(
        att.speaker, att.speaker_full, att.cue, att.confidence, att.as_written, "continuation"
    )
    for para in reader.paragraphs[index + 1 :]:
        body = text[para.start : para.end].rstrip()
        if para.index in labels or para.heading or body[:1] in MARK_OPENERS:
            return
        last = para.index == len(reader.paragraphs) - 1  # a copy cut off mid-sentence
        if len(body.split()) < 8 or not (body[-1:] in ".!?…" or last):
            return
        out[para.index] = (para.start, para.start + len(body), att if labelled_first else turn)
        labelled_first = False


def _label_speaker(reader: ArticleReader, label: str, people: list[str]) -> Attribution:
    low = label.lower()
    speaker: str | None
    if low in _QUESTION_LABELS:
        speaker = None
    elif low in ("a", "answer"):
        speaker = people[0] if people else None
    elif label.isupper() and 2 <= len(label) <= 4 and " " not in label:
        initials = [p for p in people if "".join(w[0] for w in p.split()).upper() == label]
        speaker = initials[0] if initials else _label_name(label)
    else:
        speaker = _label_name(label)
    if speaker is None:
        return Attribution(None, None, label + ":", 0.5, label, "none")
    if any(w[:1].islower() for w in label.split()):
        # "Minister of Trade:": a role, not a name.
        return Attribution(speaker, speaker, label + ":", 0.7, label, "description")
    full = reader.names.full_name(speaker) or speaker
    # "A:" names nobody: the answerer is a guess (the person named first), so less sure.
    sure = 0.75 if low in ("a", "answer") else 0.9
    return Attribution(speaker, full, label + ":", sure, label, "interview-label")


def _people_before(reader: ArticleReader, index: int) -> list[str]:
    """People named (first and last name) before paragraph ``index``, most often named first."""
    names: Counter[str] = Counter()
    for para in reader.paragraphs[max(0, index - 12) : index]:
        _, chunks = reader.chunks(para.start, para.end)
        names.update(c.name for c in chunks if c.kind == "person" and " " in c.name)
    people = [name for name, _ in names.most_common()]
    if reader.title:  # the headline names the subject when the text does not
        title = reader.title
        chunks = name_chunks(title, tokenize(title))
        people += [c.name for c in chunks if c.kind == "person" and " " in c.name]
    return people


_ONLY_QUOTED = re.compile(r"[”\"»“’]\W{0,2}$")
_QUESTION_WORDS = 40
"""A question paragraph is at most this many words (a longer one is commentary)."""


def question_turns(reader: ArticleReader) -> tuple[dict[int, Found], dict[int, Attribution]]:
    """An interview written as prose: question paragraphs, each followed by a quoted answer.

    Returns the questions (no speaker) and, for each answer paragraph, its speaker: the person
    the article names most. Two question-and-answer pairs at least, so a rhetorical question in
    a report is never taken for an interview.
    """
    text = reader.text
    paras = reader.paragraphs
    pairs: list[tuple[Paragraph, Paragraph]] = []
    for para, answer in pairwise(paras):
        body = text[para.start : para.end].strip()
        if not body.endswith("?") or body[:1] in MARK_OPENERS or _LABEL.match(body):
            continue
        if len(body.split()) > _QUESTION_WORDS or any(m in body for m in '“”«»„"'):
            continue
        reply = text[answer.start : answer.end].strip()
        # The answer is a paragraph in marks and nothing else: no cue names another speaker.
        if reply[:1] in MARK_OPENERS and _ONLY_QUOTED.search(reply):
            pairs.append((para, answer))
    if len(pairs) < 2:
        return {}, {}
    subject = topic_person(reader, len(paras), look_back=len(paras))
    asked = Attribution(None, None, "?", 0.5, None, "none")
    questions = {
        q.index: (q.start, q.start + len(text[q.start : q.end].rstrip()), asked) for q, _ in pairs
    }
    if subject is None:
        return questions, {}
    answerer = Attribution(subject.speaker, subject.speaker_full, None, 0.6, None, "interviewee")
    return questions, {a.index: answerer for _, a in pairs}
