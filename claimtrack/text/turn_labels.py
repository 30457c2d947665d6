"""A transcript's turn label in capitals opening a line: "KULEBA: I'm very honest", "ADA LUND:
…", "Q: …". The line is a speaker's turn: it starts a paragraph of its own (never the wrapped
tail of the line above) and ends the turn before it, whether or not its label is read as a
speaker. And a speaker's heading over a quotation: a name and a role, nothing else ("Ada Lund
(head coach, Northport FC)" / "“…”"). And a broadcast transcript's cast line ("Presenter: Ada
Lund", "Speaker: Tom Berg, Prime Minister"), which names who takes part: a line of its own."""

from __future__ import annotations

import re

__all__ = ["CAPS_TURN", "CAST_LABEL", "CAST_WORDS", "NAME_AND_ROLE"]

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
