"""A transcript's turn label in capitals opening a line: "KULEBA: I'm very honest", "ADA LUND:
…", "Q: …". The line is a speaker's turn: it starts a paragraph of its own (never the wrapped
tail of the line above) and ends the turn before it, whether or not its label is read as a
speaker."""

from __future__ import annotations

import re

__all__ = ["CAPS_TURN"]

CAPS_TURN = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .,'’-]{0,60}:\s")
