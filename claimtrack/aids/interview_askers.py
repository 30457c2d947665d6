"""An interviewer's labelled question, and the unlabelled answer under it.

Many interviews label the host's questions ("Ada Bay: … ?", then "AB: … ?") and set the guest's
answers as plain paragraphs right under each question, the guest never labelled. The paragraph
after a question is then no more of the host's turn: it is the answer. A label is read as the
interviewer's when it labels two turns or more and every one of them ends in a question (or
breaks off: "… won't..."); the paragraphs after such a question, up to the next label, quote
mark or question, are the guest's answer. No label names the guest: the answer is the person
the lead names as the guest (or first), never the host, below the sure bin; with nobody named,
it comes without a speaker, never with the host's name at a label's confidence.

Two labels in a row where the first asks and the other answers are an interview's turns too
(:func:`asked_and_answered`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_labels import (
    Label,
    initials,
    is_answer_label,
    is_question_label,
    is_site,
)
from claimtrack.aids.interview_plain import CLOSERS, asks
from claimtrack.aids.interview_prose import speaks_as_i, speaks_to_you
from claimtrack.aids.label_words import label_name
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.name_words import camel_initials, has_initials, without_titles
from claimtrack.aids.turn_runs import introduced
from claimtrack.aids.unmarked import MARK_OPENERS, Found

__all__ = [
    "addressed_first",
    "answer_after",
    "asked_and_answered",
    "askers",
    "bio_after",
    "initials_of",
    "outlet_spelt",
    "reporter_of",
    "the_guest",
]

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
    return (len(name.split()) >= 2 and has_initials(name, label)) or camel_initials(name, label)


def addressed_first(text: str, labels: Sequence[Label], people: list[str]) -> list[str]:
    """``people`` with the one the questions call by first name put first: "Q: First off
    Paudie, thank you for …" is asked of Paudie Quinn, whoever the lead names first (a host
    calls the guest by first name; a name followed by a comma, "?" or "!" is called)."""
    asked = " ".join(
        text[lab.body_start : lab.para.end] for lab in labels if is_question_label(lab.text)
    )
    for person in people:
        given = person.split()[0]
        if " " in person and re.search(rf"(?<![\w-]){re.escape(given)}[,?!]", asked):
            return [person, *(p for p in people if p != person)]
    return people


# "Eva Holm is a sports writer at the Courier": the page's journalist, who asked.
_WRITER = re.compile(
    r"\b(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|intern"
    r"|freelancer?|producer|host|presenter|blogger)s?\b",
    re.IGNORECASE,
)


def bio_after(reader: ArticleReader, labels: Sequence[Label]) -> list[str]:
    """The one person a paragraph after the first label opens by introducing ("Ada Lund is a
    professor of …"), whom no paragraph before the labels names: an expert's Q&A ends on
    the guest's bio. Nobody when several are so introduced."""
    text, first = reader.text, labels[0].para.index
    lead = text[: reader.paragraphs[first].start]
    found = {
        name
        for para in reader.paragraphs[first + 1 :]
        if (name := introduced(body := text[para.start : para.end])) is not None
        and not _WRITER.search(body[len(name) : len(name) + 60])  # the interviewer's own bio
    }
    found = {name for name in found if name not in lead}
    return [found.pop()] if len(found) == 1 else []


def the_guest(people: Sequence[str], hosts: set[str]) -> Attribution | None:
    """The guest among ``people`` (the lead's guest, then the people named before the turns):
    the first who shares no word with a host's label."""
    host_words = {w for key in hosts for w in key.split()}
    for person in people:
        if not host_words & set(person.lower().split()):
            name = without_titles(person)  # ("Amb. Ada Lund Berg")
            return Attribution(name, name, None, _GUEST_CONFIDENCE, person, "interviewee")
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
        # An answer may end on a quotation ("… folks saying, ‘Don’t touch it.’"); a question
        # it quotes there ("… just going 'OK, how are we going to do this?'") asks nobody.
        ends = body.rstrip(CLOSERS)
        quoted = ends != body and ends.endswith("?")
        if (asks(body) and not quoted) or not (ends[-1:] in _ENDS or last):
            return
        out[para.index] = (para.start, para.start + len(body), att)


def asked_and_answered(text: str, first: Label, then: Label, keys: dict[str, str]) -> bool:
    """ "Jan Kos: …?" and right after it "Ewa Lind: …": a question answered by another name."""
    if then.para.index != first.para.index + 1 or first.bare or then.bare:
        return False
    asker = len(first.text.split()) >= 2 or initials(first.text) or is_site(first.text)
    if not (asker and len(then.text.split()) >= 2) and not _guest_named(text, first, then):
        # Full names ("Jan Kos"), a paper's initials or web address asking ("FT: …?",
        # "sportblatt.de: …?"), not datelines ("Kyiv: …?", "Moscow: …").
        return False
    a, b = keys[first.text.lower()], keys[then.text.lower()]
    if a == b or any(is_question_label(x) or is_answer_label(x) for x in (a, b)):
        return False
    asked = text[first.body_start : first.para.end].rstrip()
    # A question ends the turn, or the turn is short: a long paragraph of news with a question
    # inside ("… So what aired instead? Reruns.") under a run-in head in capitals asks nobody.
    return asked[-1:] == "?" or ("?" in asked and len(asked.split()) <= _ASKING_WORDS)


_ASKING_WORDS = 60
"""Most words of a question turn whose question is not its last sentence."""


def _guest_named(text: str, first: Label, then: Label) -> bool:
    """ "Kim: …?" then "Lund: …": one-word labels, a question ending its turn, answered by
    a person the lead names in full ("Prime Minister Ada Lund"), or a question to "you" answered
    as "I" or "we": an interview's two turns."""
    if first.bare or " " in first.text or " " in then.text or not then.text[:1].isupper():
        return False
    if text[first.body_start : first.para.end].rstrip()[-1:] != "?":
        return False
    answer = text[then.body_start : then.para.end]
    if speaks_to_you(text[first.body_start : first.para.end]) and speaks_as_i(answer):
        return True  # "… What is your vision?" / "… We have to respect …": asked, answered
    lead = text[max(0, first.para.start - 3000) : first.para.start]
    name = re.escape(then.text)
    return re.search(rf"[A-Z][\w’'-]+ {name}\b|\b{name} [A-Z][\w’'-]+", lead) is not None


def reporter_of(text: str, label: str) -> str:
    """The person a label in capitals stands for: the one reporter the lead names as its
    outlet's ("EBR:" after "this interview with EBR’s Ada Lund"), else the label's name."""
    owned = re.compile(rf"(?<![\w-]){re.escape(label)}[’']s ({_REPORTER})")
    names = {m.group(1) for m in owned.finditer(text)}
    return names.pop() if len(names) == 1 else label_name(label, text)


def outlet_spelt(label: str, head: str) -> str | None:
    """The one outlet ``head`` (the headline and the text above the first label) spells with
    the initials ``label`` ("NHR:" after "From the Northport Harbour Review", "HC:" after
    "HarbourCentral"), or None."""
    spelt = {run for run in _capitalised_runs(head) if has_initials(run, label)}
    spelt |= {w for w in _CAMEL.findall(head) if camel_initials(w, label)}
    return spelt.pop() if len(spelt) == 1 else None


# "Northport Harbour Review", "HarbourCentral": an outlet's name, spelt by a label's initials.
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]{2,5}))+")
_CAMEL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")


def _capitalised_runs(head: str) -> set[str]:
    """Every run of two or more capitalised words in ``head``, and each of its tails."""
    runs: set[str] = set()
    for m in _CAPITALISED_RUN.finditer(head):
        words = m.group().split()
        runs.update(" ".join(words[k:]) for k in range(len(words) - 1))
    return runs


_REPORTER = r"(?:[A-Z][\w’'-]*\.? ){1,3}[A-Z][\w’'-]+"
