"""The people an interview's turns may belong to: those named before a turn, most often first,
then those its headline or cover names ("Daily Press Briefing" under "Ada Lund"), then its
writers."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from attrs import evolve

from claimtrack.aids.found import Attribution
from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.headline_people import headline_people
from claimtrack.aids.interview_labels import title_and_name
from claimtrack.aids.label_words import cased_name
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = [
    "grown_from_lead",
    "named_before",
    "people_before",
    "person_in",
    "times_named",
    "writer_asked",
]

_COVER_LINES = 8  # the cover's last lines: a briefing's speaker, a meeting's guests


def named_before(reader: ArticleReader, index: int) -> Counter[str]:
    """How often each person is named (first and last name) before paragraph ``index``."""
    names: Counter[str] = Counter()
    for para in reader.paragraphs[max(0, index - 12) : index]:
        _, chunks = reader.chunks(para.start, para.end)
        names.update(c.name for c in chunks if c.kind == "person" and " " in c.name)
    return names


def times_named(counts: Counter[str], name: str) -> int:
    """How often ``counts`` names the person ``name`` is, by surname: "Mr. Cooper" counts
    each "Bill Cooper"; an outlet's name ("Energy Weekly") counts nothing."""
    last = name.split()[-1] if name.split() else ""
    return sum(n for named, n in counts.items() if named.split()[-1] == last)


def people_before(reader: ArticleReader, index: int) -> list[str]:
    """People named (first and last name) before paragraph ``index``, most often named first."""
    people = [name for name, _ in named_before(reader, index).most_common()]
    # The headline or the cover names the subject when the text does not.
    heads = [reader.title or "", *reader.cover.splitlines()[-_COVER_LINES:]]
    # (in Title Case every word is capitalised: a first name shows a person, not "Real Questions")
    people += [
        name
        for line in heads
        for name in headline_people(line)
        if " " in name and is_given_name(name.split()[0])
    ]
    return people + [a for a in reader.authors if " " in a]  # the byline: an interviewer


def person_in(description: str) -> str:
    """The person a guest's description names after a title ("Interim UNH President Bonnie
    Newman" → "Bonnie Newman"), else the description as it is."""
    people = [c for c in name_chunks(description, tokenize(description)) if c.kind == "person"]
    return people[0].name if len(people) == 1 and people[0].titled else description


def grown_from_lead(att: Attribution, lead: list[str]) -> Attribution:
    """ "Tova:" after "Interview: Tova Lindgren": a one-word label is the one person named
    before the turns whose first or last name it is (a guess: below 0.8)."""
    word = (att.speaker_full or "").lower()
    found = {p for p in lead if word in (p.split()[0].lower(), p.split()[-1].lower())}
    found = {title_and_name(p)[1] for p in found} - {att.speaker_full}  # "StS Brandt": a title
    if len(found) != 1:
        return att
    full = cased_name(found.pop())  # ("ADA LUND" on the cover: Ada Lund)
    return evolve(att, speaker_full=full, confidence=min(att.confidence, 0.75))


# The writer is the one questioned: "I should be interrogated as well", "he cornered me".
_ASKED_ME = re.compile(
    r"\b(?:(?:interviewed|grilled|interrogated|questioned|quizzed|cornered) me\b"
    r"|I (?:get|got|was|be|am|should be) (?:grilled|interviewed|interrogated|questioned|quizzed))"
)


def writer_asked(reader: ArticleReader, index: int) -> bool:
    """The lead before paragraph ``index`` says the page's own writer is the one questioned
    ("we figured it fair that I get grilled as well"): the answers are the writer's, not those
    of the colleague the lead names as asking them."""
    return any(_ASKED_ME.search(reader.text, p.start, p.end) for p in reader.paragraphs[:index])
