"""Speech without quote marks, and paragraphs whose quotes must not count twice.

Two kinds of paragraph are speech with no marks around it: a block quote after a paragraph that
ends "X commented," or "X said:", and an interview answer after a speaker label ("NILS EKDAHL:
…", "A: …" in a Q&A). A teaser paragraph the page repeats (whole, or cut short with "…") gives
its quotes once.
"""

from __future__ import annotations

import re
from collections import Counter

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.subjects import subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["block_quote", "interview_answers", "repeated_paragraphs"]

Found = tuple[int, int, Attribution]

# "NILS EKDAHL: …", "Ekdahl: …", "Q: …", "A: …" at the start of a paragraph.
# "ANTHONY ALBANESE, PRIME MINISTER: …" (a transcript) keeps the name and drops the role.
_LABEL = re.compile(
    r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(, [A-Z][A-Z .’'-]{1,40})?\s?:\s+(?=\S)"
)
_QUESTION_LABELS = wordset("q question interviewer journalist reporter host moderator")
# Labels that are not speakers: "Note: …", "Photo: …", "Read more: …".
_NOT_SPEAKERS = wordset(
    """
    note notes photo photos image video watch read more related update updated source sources
    interview interviews transcript
    editor editors warning disclaimer also see tags tag share category topics caption credit
    credits file pictured above below background context summary why what how when where who
    date time location published posted by from to subject fw fwd tel phone email web
    """
)
_ELLIPSIS = ("...", "…")
_MARK_OPENERS = "\"“„«‘'"


def _norm(text: str) -> str:
    return " ".join(text.split())


def repeated_paragraphs(reader: ArticleReader) -> set[int]:
    """Indexes of paragraphs that repeat another: a later identical copy, or a cut-short teaser."""
    text = reader.text
    groups: dict[str, list[tuple[int, str]]] = {}
    for para in reader.paragraphs:
        body = _norm(text[para.start : para.end])
        if len(body) >= 40 and not para.heading:
            groups.setdefault(body[:40], []).append((para.index, body))
    skip: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        for n, (index, body) in enumerate(members):
            stem = body.rstrip(".…").rstrip() if body.endswith(_ELLIPSIS) else None
            teaser = stem and any(o != body and o.startswith(stem) for _, o in members)
            if teaser or any(o == body for _, o in members[:n]):
                skip.add(index)
    return skip


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
    for para in reader.paragraphs:
        m = _LABEL.match(text, para.start, para.end)
        if m is None or m.group(1).lower().split()[0] in _NOT_SPEAKERS:
            continue
        labelled.append((para, m.group(1), m.end()))
        if m.group(2) and m.group(1).isupper():
            transcript.add(m.group(1).lower())  # "ANTHONY ALBANESE, PRIME MINISTER:"
    counts = Counter(label.lower() for _, label, _ in labelled)
    questions = any(label.lower() in _QUESTION_LABELS for _, label, _ in labelled)
    out: dict[int, Found] = {}
    first = _people_before(reader, labelled[0][0].index) if labelled else []
    for para, label, body_start in labelled:
        low = label.lower()
        if not (questions or counts[low] >= 2 or low in transcript):
            continue
        near = _people_before(reader, para.index)
        att = _label_speaker(reader, label, first if low in ("a", "answer") else near)
        end = para.end
        while end > body_start and text[end - 1].isspace():
            end -= 1
        if end > body_start:
            out[para.index] = (body_start, end, att)
            if att.speaker is not None:
                _turn_goes_on(reader, para.index, att, {p.index for p, _, _ in labelled}, out)
    return out


def _turn_goes_on(
    reader: ArticleReader, index: int, att: Attribution, labels: set[int], out: dict[int, Found]
) -> None:
    """Unlabelled paragraphs right after an answer are the same answer (a transcript's turn)."""
    text = reader.text
    turn = Attribution(
        att.speaker, att.speaker_full, att.cue, att.confidence, att.as_written, "continuation"
    )
    for para in reader.paragraphs[index + 1 :]:
        body = text[para.start : para.end].rstrip()
        if para.index in labels or para.heading or body[:1] in _MARK_OPENERS:
            return
        last = para.index == len(reader.paragraphs) - 1  # a copy cut off mid-sentence
        if len(body.split()) < 8 or not (body[-1:] in ".!?…" or last):
            return
        out[para.index] = (para.start, para.start + len(body), turn)


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


def block_quote(reader: ArticleReader, para: Paragraph) -> Found | None:
    """A paragraph quoted without marks after a paragraph ending "X commented," or "X said:"."""
    if para.index == 0:
        return None
    prev = reader.paragraphs[para.index - 1]
    text = reader.text
    prev_text = text[prev.start : prev.end].rstrip()
    if prev.heading or prev_text[-1:] not in ",:":
        return None
    body = text[para.start : para.end]
    if len(body.split()) < 4 or body[:1] in '"“„«‘':
        return None
    ps, pe = reader.sentences(prev.index)[-1]
    toks = tokenize(text[ps:pe], ps)
    # The cue must close the paragraph: "… Baunov commented," / "… as he put it:".
    for i in range(len(toks) - 1, max(len(toks) - 5, -1), -1):
        if toks[i].lower in SPEECH_VERBS or (
            toks[i].lower == "it" and i > 0 and toks[i - 1].lower == "put"
        ):
            verb_i = i - 1 if toks[i].lower == "it" else i
            subject = subject_before(toks, verb_i)
            if subject is None:
                return None
            found = resolve_np(reader, prev, subject, subject[0].start)
            if found is None:
                return None
            cue = text[toks[verb_i].start : toks[-1].end]
            return para.start, para.end, Attribution.of(found, cue, 0.75)
    return None
