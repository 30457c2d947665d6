"""A transcript's turn label in capitals opening a line: "KULEBA: I'm very honest", "ADA LUND:
…", "Q: …". The line is a speaker's turn: it starts a paragraph of its own (never the wrapped
tail of the line above) and ends the turn before it, whether or not its label is read as a
speaker. And a speaker's heading over a quotation: a name and a role, nothing else ("Ada Lund
(head coach, Northport FC)" / "“…”"). And a broadcast transcript's cast line ("Presenter: Ada
Lund", "Speaker: Tom Berg, Prime Minister"), which names who takes part: a line of its own.
And a machine transcript's turn label with the time of the turn ("Speaker 2 (00:08):", "Ada Lund:
(00:08)") or its numbered voice ("Speaker 2:"), which opens a paragraph of its own too. And
the number a transcript site prints after a clip's quoted words ("“Thank you.” 2")."""

from __future__ import annotations

import re

from claimtrack.text.lexicon import wordset

__all__ = [
    "CAPS_TURN",
    "CAST_LABEL",
    "CAST_WORDS",
    "CLIP_NUMBER",
    "NAME_AND_ROLE",
    "NUMBERED_VOICE",
    "TIMED_TURN",
    "TIME_STAMP",
    "cast_line",
    "is_cast_line",
]

CAPS_TURN = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .,'’-]{0,60}:\s")

# "Ada Lund (head coach, Northport FC)", "Ada Lund, head coach of Northport FC": a name of two to
# four words and a role, and nothing else (no verb, no full stop).
NAME_AND_ROLE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w.’'-]+(?: [A-ZÀ-Þ][\w.’'-]+){1,3})(?: \([^()]{2,60}\)|, [^.!?:]{2,60})"
)

# Who takes part in a broadcast, as its transcript lists them before the turns.
CAST_WORDS = (
    "presenter presenters host hosts speaker speakers guest guests interviewer reporter "
    "reporters moderator anchor correspondent producer panel panellists"
)
CAST_LABEL = re.compile(rf"(?i:{'|'.join(CAST_WORDS.split())}):\s+(?=[A-ZÀ-Þ])")
_CAST = wordset(CAST_WORDS)
# A name of two to six capitalised words (a role may come first: "Harbour Press Secretary Ada
# Lund"), maybe a role after a comma; a copy that ran the lines together goes on with the next
# cast line ("Ada Lund Speaker: Tom Berg, minister").
_NAMED = r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,5}(?:,(?: [^\s.!?:,]+){1,8})?"
_CAST_NAMES = re.compile(rf"\s*{_NAMED}(?:\s+{CAST_LABEL.pattern}{_NAMED})*\s*")


def cast_line(label: str, text: str, body_start: int, end: int) -> bool:
    """ "Presenter: Ada Lund" (``label`` "Presenter", the body from ``body_start``): a cast
    line, naming who takes part, not a turn."""
    return label.lower() in _CAST and _CAST_NAMES.fullmatch(text, body_start, end) is not None


def is_cast_line(line: str) -> bool:
    """A whole line that is a cast line: "Presenter: Harbour Press Secretary Ada Lund"."""
    m = CAST_LABEL.match(line) if len(line) <= 200 else None
    return m is not None and cast_line(line[: line.index(":")], line, m.end(), len(line))


#: A clock reading as a transcript stamps a turn: "00:01:23", "1:02", "00:01:23.5".
TIME_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
#: A machine transcript's numbered voice, which names nobody: "Speaker 1", "SPEAKER 02",
#: "Speaker_3", "Speaker A".
NUMBERED_VOICE = r"(?:Speaker|SPEAKER)[ _]?(?:\d{1,2}|[A-Z])(?![\w'’])"
# "Speaker 2 (00:08):", "Ada Lund (1:02:03):", "Ada Lund: (00:08)", "Speaker 2:": the label opens
# the line, and a prose sentence never opens that way.
TIMED_TURN = re.compile(
    rf"(?:(?:{NUMBERED_VOICE}|[A-ZÀ-Þ][\w.’'-]*(?: [A-ZÀ-Þ][\w.’'-]*){{0,3}})"
    rf"(?:\s?\({TIME_STAMP}\)\s?:|:\s?\({TIME_STAMP}\))|{NUMBERED_VOICE}\s?:)(?=\s|$)"
)

#: The number a transcript site prints after each clip's quoted words: "“Thank you.” 2".
CLIP_NUMBER = re.compile(r'(?<=[”"»])\s\d{1,4}\s*$')
