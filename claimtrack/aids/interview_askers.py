"""An interviewer's labelled question, and the unlabelled answer under it.

Many interviews label the host's questions ("Ada Bay: … ?", then "AB: … ?") and set the guest's
answers as plain paragraphs right under each question, the guest never labelled. The paragraph
after a question is then no more of the host's turn: it is the answer. A label is read as the
interviewer's when it labels two turns or more and every one of them ends in a question (or
breaks off: "… won't..."); the paragraphs after such a question, up to the next label, quote
mark or question, are the guest's answer. No label names the guest: the answer is the person
the lead names as the guest (or first), never the host, below the sure bin; with nobody named,
it comes without a speaker, never with the host's name at a label's confidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import Label, is_question_label
from claimtrack.aids.interview_plain import asks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = ["answer_after", "askers", "initials_of", "the_guest"]

_ENDS = ".!?…"
_GUEST_CONFIDENCE = 0.6
# A question broken off ("… won't...", "… and —"): the host cut short, or the guest cutting in.
_TRAILING = ("...", "…", "—", "--")


def askers(text: str, labels: Sequence[Label], keys: dict[str, str]) -> set[str]:
    """The speakers (label keys) who only ask: labelled twice or more, each turn a question.
    A "Q:" is left to the rules for questions."""
    turns: Counter[str] = Counter()
    asking: Counter[str] = Counter()
    for lab in labels:
        key = keys[lab.text.lower()]
        turns[key] += 1
        body = text[lab.body_start : lab.para.end].rstrip()
        asking[key] += asks(body) or body.endswith(_TRAILING)
    return {
        key
        for key, n in turns.items()
        if n >= 2 and asking[key] == n and not is_question_label(key)
    }


def initials_of(label: str, name: str) -> bool:
    """Whether ``label`` is the initials of ``name`` ("RK" of "Riz Kaan"), a name of two words
    or more."""
    words = name.split()
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == label.upper()


def the_guest(people: Sequence[str], hosts: set[str]) -> Attribution | None:
    """The guest among ``people`` (the lead's guest, then the people named before the turns):
    the first who shares no word with a host's label."""
    host_words = {w for key in hosts for w in key.split()}
    for person in people:
        if not host_words & set(person.lower().split()):
            return Attribution(person, person, None, _GUEST_CONFIDENCE, person, "interviewee")
    return None


def answer_after(
    reader: ArticleReader,
    index: int,
    labelled: set[int],
    out: dict[int, Found],
    guest: Attribution | None = None,
) -> None:
    """The unlabelled paragraphs after the question in paragraph ``index``: the guest's answer
    (``guest``, else without a speaker). Stops at a label, a quote mark, a heading, a line with
    no sentence end or a paragraph that asks (the next question, unlabelled)."""
    text = reader.text
    paras = reader.paragraphs
    att = guest or Attribution(None, None, None, 0.5, None, "none")
    for para in paras[index + 1 :]:
        body = text[para.start : para.end].rstrip()
        last = para.index == len(paras) - 1
        if para.index in labelled or para.heading or not body or body[:1] in MARK_OPENERS:
            return
        if asks(body) or not (body[-1:] in _ENDS or last):
            return
        out[para.index] = (para.start, para.start + len(body), att)
