"""A machine transcript's numbered voices: "Speaker 1 (00:00): …", "SPEAKER 02: …".

A speech-to-text service labels each voice by a number, never by a name: the label names
nobody, and its turns come out with no speaker. In a transcript of two voices where one brings
the other on ("With us now is the finance minister, Ada Lund", "My guest is Ada Lund", "I'm
joined by Ada Lund"), the other voice is that guest: a guess, below 0.8. More voices, or more
than one person brought on, and every turn stays unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.name_words import (
    ORG_WORDS,
    TITLES,
    place_or_group,
    without_role_after,
    without_titles,
)
from claimtrack.text.first_names import is_given_name
from claimtrack.text.turn_labels import NUMBERED_VOICE, TIME_STAMP

if TYPE_CHECKING:  # (interview_labels reads the labels with numbered_label)
    from claimtrack.aids.interview_labels import Label

__all__ = ["is_numbered", "numbered_label", "voice_guest"]

_GUEST_CONFIDENCE = 0.6
_NO_PERSON = ORG_WORDS | TITLES  # ("Harbour Board", "Minister Lund")
_VOICE = re.compile(NUMBERED_VOICE)
# "Speaker 2 (00:08): …", "Speaker 2:" alone on its line (the turn under it).
_NUMBERED_LABEL = re.compile(rf"({NUMBERED_VOICE})(?:\s?\({TIME_STAMP}\))?\s?:(?:\s+(?=\S)|\s*$)")
# Up to four capitalised words (titles before the name go), or a first name and a surname that
# speech-to-text set in lower case ("Ada lund, the minister"), set off by a comma, a full stop
# or "the" after it.
_NAME = (
    r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){1,3}"
    r"|[A-ZÀ-Þ][\w’'-]+ (?P<low>[a-zß-ÿ][\w’'-]+)(?=[,.]| the ))"
)
_ROLE = r"(?:(?:the|our|a) [^.,;!?]{2,60}?,? )?"
_WHEN = r"(?: (?:now|today|tonight|this (?:morning|evening|afternoon|week)|live|in the studio))"
# (speech-to-text hears "is" as "as": "With us now as Ada Lund")
_BROUGHT_ON = re.compile(
    rf"\b(?:(?:[Ww]ith|[Jj]oining|[Hh]ere with) (?:us|me){_WHEN}{{0,2}},? (?:is|as)"
    rf"|[Mm]y guest{_WHEN}? is|I[’']m joined{_WHEN}? by) {_ROLE}{_NAME}"
)


def numbered_label(text: str, at: int, end: int) -> re.Match[str] | None:
    """A numbered voice's label at ``at`` ("Speaker 2 (00:08): …"); group 1 is the voice."""
    return _NUMBERED_LABEL.match(text, at, end)


def is_numbered(label: str) -> bool:
    """ "Speaker 2", "SPEAKER_01": a label that numbers a voice and names nobody."""
    return _VOICE.fullmatch(label) is not None


def voice_guest(text: str, labels: Sequence[Label]) -> dict[int, Attribution]:
    """The turns of the guest one of two numbered voices brings on in its first turn, by
    paragraph index: the other voice's turns, given the guest's name."""
    voices = list(dict.fromkeys(lab.text for lab in labels))
    if len(voices) != 2 or not all(is_numbered(v) for v in voices):
        return {}
    brought: dict[str, set[str]] = {}
    for lab in labels:
        if lab.text not in brought:  # a voice's first turn
            brought[lab.text] = _brought_on(text, lab.body_start, lab.para.end)
    hosts = [v for v in voices if brought[v]]
    if len(hosts) != 1 or len(brought[hosts[0]]) != 1:
        return {}
    guest = voices[1] if voices[0] == hosts[0] else voices[0]
    name = brought[hosts[0]].pop()
    return {
        lab.para.index: Attribution(
            name, name, lab.text + ":", _GUEST_CONFIDENCE, lab.text, "interviewee"
        )
        for lab in labels
        if lab.text == guest
    }


def _brought_on(text: str, start: int, end: int) -> set[str]:
    """The people a host's turn brings on: a first name and more, titles left out ("Velm
    Harbour Board" brought on is no person)."""
    found = set()
    for m in _BROUGHT_ON.finditer(text, start, end):
        name = without_role_after(without_titles(m["name"]))
        words = name.split()
        body = place_or_group(name) or any(w.lower() in _NO_PERSON for w in words)
        if len(words) >= 2 and (is_given_name(words[0]) or not (m["low"] or body)):
            found.add(name)
    return found
