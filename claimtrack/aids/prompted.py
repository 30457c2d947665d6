"""Quotes answering a topic prompt: "On the injury:" and then "“It’s a knock, nothing more.”"

Press-conference write-ups (sport clubs, ministries, company calls) put a short prompt line
before each answer, "On the different challenge of facing the hosts at Lakeside Park:", and the
answer in quote marks in the paragraph after. The prompt ends with a colon, so a cue rule would
read it as "X: “…”" and give the quote to whoever the prompt names (a stadium, a rival, a team
mate); but the prompt is the reporter's question, and nobody in it speaks. The speaker is the
one a label line names before the prompts ("Ada Lind, head coach:"), else nobody the rules can
name (the quotation rules then fall back on the speaker of the quotes before).
"""

from __future__ import annotations

import re

from claimtrack.aids.found import Attribution
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.text.tokens import tokenize

__all__ = ["PROMPT_CONFIDENCE", "prompted_speaker"]

# A prompt in English: "On …:", "About …:", "Regarding …:", "Asked about …:", "On whether …:".
_PROMPT = re.compile(r"(?:On|About|Regarding|Asked about|Asked whether|Asked if) [^:\n]{2,200}:$")
_PROMPT_WORDS = 30
_PROMPT_CHARS = 300
_CUE_WORDS = 4
# A label line naming who answers: "Ada Lind, head coach:", "Ada Lind (captain):", "Ada Lind:".
_LABEL = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?:,? [^:\n]{2,60})?:$")
_LOOK_BACK = 15
"""Paragraphs looked back for the label line (a label heads a few prompts and answers)."""
PROMPT_CONFIDENCE = 0.6
"""Below the sure bin: a label line is a layout the rules infer, not a cue."""


def is_prompt(line: str) -> bool:
    """ "On the second half:" (a short line; a speech verb closing it makes it a cue: "On
    Monday she said:", "On the injury, Lind told reporters:")."""
    line = line.strip()
    if len(line) > _PROMPT_CHARS or len(line.split()) > _PROMPT_WORDS:
        return False
    if _PROMPT.fullmatch(line) is None:
        return False
    words = [t for t in tokenize(line) if t.is_word][1:]  # (past the opener: "Asked about")
    return not any(t.lower in SPEECH_VERBS for t in words[-_CUE_WORDS:])


def prompted_speaker(reader: ArticleReader, index: int) -> Attribution | None:
    """For a quote opening paragraph ``index`` after a prompt line: the labelled speaker, or an
    attribution with no speaker; None when the paragraph before is no prompt."""
    text = reader.text
    if index == 0:
        return None
    prev = reader.paragraphs[index - 1]
    if prev.end - prev.start > _PROMPT_CHARS or not is_prompt(text[prev.start : prev.end]):
        return None
    if not _another_prompt(reader, index - 1):
        return None
    for para in reversed(reader.paragraphs[max(0, index - 1 - _LOOK_BACK) : index - 1]):
        if para.end - para.start > _PROMPT_CHARS:
            continue  # a paragraph of prose, no label
        line = text[para.start : para.end].strip()
        if is_prompt(line):
            continue
        label = _LABEL.fullmatch(line)
        if label is None:
            continue
        name = _person(reader, label.group("name"))
        if name is not None:
            full = reader.names.full_name(name) or name
            how = "surname" if full != name else "named"
            return Attribution(name, full, None, PROMPT_CONFIDENCE, name, how)
    return Attribution(None, None, None, 0.3)


def _another_prompt(reader: ArticleReader, index: int) -> bool:
    """A page of prompts has more than one ("On Monday, about the strike:" alone may be a
    sentence's opening): another within :data:`_LOOK_BACK` paragraphs either side."""
    paras = reader.paragraphs[max(0, index - _LOOK_BACK) : index + _LOOK_BACK + 1]
    text = reader.text
    return any(
        p.index != index and p.end - p.start <= _PROMPT_CHARS and is_prompt(text[p.start : p.end])
        for p in paras
    )


def _person(reader: ArticleReader, words: str) -> str | None:
    """The person's name a label's words hold ("Head Coach Ada Lind" → "Ada Lind")."""
    chunks = name_chunks(words, tokenize(words))
    people = [c for c in chunks if c.kind == "person" and " " in c.name]
    return people[0].name if len(people) == 1 and reader.names.is_person(people[0].name) else None
