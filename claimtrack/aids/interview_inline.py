"""A transcript whose line breaks were lost: turns labelled in capitals inside one paragraph.

Forum reposts and reflowed copies join a transcript's lines into one long paragraph:
"CHARLIE ROSE: Welcome. SHAH QURESHI: Thank you. CHARLIE ROSE: So what changed? …". Each label
in capitals with a colon that opens a sentence (the paragraph's start, or after ".", "?", "!" or
a bracketed stage direction) starts a turn that runs to the next label. A paragraph is read so
only with two labels at least, one speaker labelled twice (a transcript takes turns), and no
label that names nobody ("NOTE:", "PHOTO:"). The speaker is the label as a name ("Charlie
Rose"); a label's role after a comma ("BARACK OBAMA, PRESIDENT OF …") is left out. Turns score
below the labelled turns of a well-kept transcript: the reflow may have joined more than turns.

A short interview run into its lead the same way ("… spoke to him about his plans. Q: What comes
first? A: “Reform.” Q: …") is read by its "Q:" and "A:" labels: two questions at least, each
answered before the next is asked. The questions have no speaker; the answers are the guest's
the lead names as such (:func:`~claimtrack.aids.interview_plain.lead_guest`), or the one whose
full name opens the run-in lead when it says the host talked "with him" or "to her"; else
nobody's. They stay below the sure band, and come without the quote marks they stand in.
"""

from __future__ import annotations

import re
from collections import Counter

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import NAMELESS, is_not_speaker
from claimtrack.aids.interview_plain import CLOSERS, PLAIN_CONFIDENCE, lead_guest
from claimtrack.aids.label_words import label_name
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = ["inline_turns"]

_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?…)\]\"”] ))"
    r"([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3})(?:, [A-Z][A-Z .’'-]{1,40})?: (?=\S)"
)
# A stage direction closing a turn: "(BEGIN VIDEO CLIP)", "(LAUGHTER)", "[CROSSTALK]".
_DIRECTION = re.compile(r"\s*[(\[][A-Z][A-Z .’'-]*[)\]]\s*$")
_CONFIDENCE = 0.75
# "Q:" and "A:" opening a sentence, or after an answer's closing mark.
_QA_LABEL = re.compile(r"(?:^|(?<=[.!?…\"”’] ))([QA]): (?=\S)")
_MIN_EXCHANGES = 2  # a question and its answer, twice


def inline_turns(reader: ArticleReader) -> dict[int, list[tuple[Found, str]]]:
    """The turns of each paragraph that holds a reflowed transcript, by paragraph index (each
    with its kind, ``interview``)."""
    text = reader.text
    out: dict[int, list[tuple[Found, str]]] = {}
    for para in reader.paragraphs:
        body = text[para.start : para.end]
        if body.count(": ") < 2:
            continue
        labels = [
            m
            for m in _INLINE_LABEL.finditer(body)
            if len(m.group(1)) > 2 and not is_not_speaker(m.group(1))
        ]
        counts = Counter(m.group(1) for m in labels)
        if len(labels) < 3 or counts.most_common(1)[0][1] < 2:
            if (qa := _qa_turns(reader, para.index, body, para.start)) is not None:
                out[para.index] = qa
            continue
        turns: list[tuple[Found, str]] = []
        for m, nxt in zip(labels, [*labels[1:], None], strict=True):
            start = para.start + m.end()
            end = para.start + (nxt.start() if nxt is not None else len(body))
            words = text[start:end]
            words = _DIRECTION.sub("", words).rstrip()
            if words:
                turns.append(
                    ((start, start + len(words), _speaker(reader, m.group(1))), "interview")
                )
        out[para.index] = turns
    return out


def _qa_turns(
    reader: ArticleReader, index: int, body: str, start: int
) -> list[tuple[Found, str]] | None:
    """The turns of a paragraph whose interview runs on after its lead as "Q: … A: …", or
    None when its labels do not take turns, a question first."""
    labels = list(_QA_LABEL.finditer(body))
    order = "".join(m.group(1) for m in labels)
    taking_turns = all(label == "QA"[i % 2] for i, label in enumerate(order))
    if len(order) < 2 * _MIN_EXCHANGES or not taking_turns:
        return None
    guest = lead_guest(reader, index) or _talked_with(reader, body[: labels[0].start()])
    asker = Attribution(None, None, "Q:", 0.5, None, "none")
    answerer = (
        Attribution(guest, guest, "A:", PLAIN_CONFIDENCE, None, "interviewee")
        if guest is not None
        else Attribution(None, None, "A:", 0.5, None, "none")
    )
    turns: list[tuple[Found, str]] = []
    for m, nxt in zip(labels, [*labels[1:], None], strict=True):
        begin, end = m.end(), (nxt.start() if nxt is not None else len(body))
        words = body[begin:end].rstrip()
        quoted = len(words) > 1 and words[0] in MARK_OPENERS and words[-1] in CLOSERS
        if quoted and words[-1] != ")":  # (a bracket closes a stage direction, not the quote)
            begin, words = begin + 1, words[1:-1]  # the answer in its quote marks: the words
        if words.strip():
            who = asker if m.group(1) == "Q" else answerer
            turns.append(((start + begin, start + begin + len(words), who), "interview"))
    return turns


def _talked_with(reader: ArticleReader, lead: str) -> str | None:
    """The person whose full name opens ``lead`` (or one of its sentences), first, when the
    lead says the host talked with "him" or "her"."""
    if _WITH_PRONOUN.search(lead) is None:
        return None
    for m in _OPENING_NAME.finditer(lead):
        if reader.names.is_person(m.group(1)):
            return m.group(1)
    return None


# "had a chance to talk with him", "sat down with her", "spoke to him"
_WITH_PRONOUN = re.compile(
    r"\b(?:talk(?:ed)?|sp(?:eak|oke)|sat down|chat(?:ted)?|caught up) (?:with|to) (?:him|her)\b"
)
# A sentence opening with a full name: "Ada Lund, who …", "Ada Lund is now …".
_OPENING_NAME = re.compile(
    r"(?:^|(?<=[.!?] ))((?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+)(?=,? (?:who|is|has|was)\b|,)"
)


def _speaker(reader: ArticleReader, label: str) -> Attribution:
    if label.lower().split()[0] in NAMELESS:
        return Attribution(None, None, label + ":", 0.5, label, "none")
    name = label_name(label, reader.text)
    full = name if " " in name else (reader.names.full_name(name) or name)
    return Attribution(name, full, label + ":", _CONFIDENCE, label, "interview-label")
