"""How far a labelled speaker's turn runs: the unlabelled paragraphs after a label.

A transcript prints a label and then the turn, over one paragraph or several; the turn ends at
the next label, at a quote, or at a line too short to be speech (a footer, a crosshead). Split
out of :mod:`claimtrack.aids.interviews`.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import is_question_label
from claimtrack.aids.interview_statements import after_note
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.transcript_marks import quoted_turn
from claimtrack.aids.transcript_pages import runs_on
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.turn_labels import CAPS_TURN

__all__ = ["introduced", "turn_goes_on"]

_NUMBERED = re.compile(r"\d{1,2}[.)] [A-Z]")


# "Ada Lund is a professor of economics at …": a paragraph introducing a person (a guest's bio).
_BIO = re.compile(r"((?:[A-ZÀ-Þ][\w’'-]+ ){1,3}[A-ZÀ-Þ][\w’'-]+) is (?:the|a|an) ")


def introduced(paragraph: str) -> str | None:
    """The person ``paragraph`` opens by introducing ("Ada Lund is a professor of …")."""
    m = _BIO.match(paragraph)
    return m[1] if m is not None else None


def turn_goes_on(
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
    paras = reader.paragraphs
    for para in map(paras.__getitem__, range(index + 1, len(paras))):  # no copy of the tail
        body = text[para.start : para.end].rstrip()
        if labelled_first and (quoted := quoted_turn(body)) is not None:
            # A broadcast's copy quotes the turn under its label ("Ada Lund" / "“Yes.”").
            out[para.index] = (para.start + quoted[0], para.start + quoted[1], att)
            return
        if para.index in labels or body[:1] in MARK_OPENERS or CAPS_TURN.match(body):
            return  # (a label in capitals ends the turn, even one not read as a speaker)
        if not labelled_first and introduced(body) is not None:
            return  # "Ada Lund is a professor of …": the page's bio of the guest, not the turn
        # The turn under a label on its own line may be short ("Yep."); more after it is not,
        # unless it leads on ("So, the call went like this:"), which no footer does.
        # A short line right before the next label is still inside the transcript ("Thanks.").
        short = (
            len(body.split()) < (4 if body.endswith(":") else 8) and para.index + 1 not in labels
        )
        # A turn translated after it ("[Question in Hindi: Approximate translation] …") is no
        # heading, however short.
        start = after_note(text, para.start, para.start + len(body))
        heading = (para.heading or short) and not labelled_first and start == para.start
        if heading and not _asks_the_asker(reader, para.index, body, labels):
            return
        if not labelled_first and para.index + 1 in labels and _NUMBERED.match(body):
            return  # "1. Who is Ada Lund?" over the next label: the transcript's chapter
        last = para.index == len(reader.paragraphs) - 1  # a copy cut off mid-sentence
        # ":" leads on to more of it; so does a sentence broken over paragraphs ("…, | firstly")
        if not body or not (body[-1:] in ".!?…:" or last or runs_on(reader, para.index)):
            return
        out[para.index] = (start, para.start + len(body), att if labelled_first else turn)
        labelled_first = False


def _asks_the_asker(reader: ArticleReader, index: int, body: str, labels: set[int]) -> bool:
    """A question right above a labelled question ("Does that answer it, Tom?" / "QUESTION: I
    think so.") is the speaker's own, put to the asker: the transcript labels its asker."""
    if not body.endswith("?") or index + 1 not in labels:
        return False
    nxt = reader.paragraphs[index + 1]
    label = reader.text[nxt.start : min(nxt.end, nxt.start + 40)].partition(":")
    return bool(label[1]) and is_question_label(label[0].strip())
