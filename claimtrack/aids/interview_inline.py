"""A transcript whose line breaks were lost: turns labelled in capitals inside one paragraph.

Forum reposts and reflowed copies join a transcript's lines into one long paragraph:
"CHARLIE ROSE: Welcome. SHAH QURESHI: Thank you. CHARLIE ROSE: So what changed? …". Each label
in capitals with a colon that opens a sentence (the paragraph's start, or after ".", "?", "!" or
a bracketed stage direction) starts a turn that runs to the next label. A paragraph is read so
only with two labels at least, one speaker labelled twice (a transcript takes turns), and no
label that names nobody ("NOTE:", "PHOTO:"). The speaker is the label as a name ("Charlie
Rose"); a label's role after a comma ("BARACK OBAMA, PRESIDENT OF …") is left out. Turns score
below the labelled turns of a well-kept transcript: the reflow may have joined more than turns.
"""

from __future__ import annotations

import re
from collections import Counter

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import NAMELESS, is_not_speaker
from claimtrack.aids.label_words import label_name
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import Found

__all__ = ["inline_turns"]

_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?…)\]\"”] ))"
    r"([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3})(?:, [A-Z][A-Z .’'-]{1,40})?: (?=\S)"
)
# A stage direction closing a turn: "(BEGIN VIDEO CLIP)", "(LAUGHTER)", "[CROSSTALK]".
_DIRECTION = re.compile(r"\s*[(\[][A-Z][A-Z .’'-]*[)\]]\s*$")
_CONFIDENCE = 0.75


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


def _speaker(reader: ArticleReader, label: str) -> Attribution:
    if label.lower().split()[0] in NAMELESS:
        return Attribution(None, None, label + ":", 0.5, label, "none")
    name = label_name(label, reader.text)
    full = name if " " in name else (reader.names.full_name(name) or name)
    return Attribution(name, full, label + ":", _CONFIDENCE, label, "interview-label")
