"""An invented harbour story to build page fixtures from: a headline, its paragraphs, a page."""

from __future__ import annotations

HEADLINE = "Harbour board says ferry strike will end this week"
LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."
QUOTE = "“We are relieved that the boats will sail again,” said Mara Quint, a ferry captain."
LAST = "The board will meet the union again next month to discuss the new timetable, Quint said."


def saved_page(*lines: str) -> str:
    """The lines as a page saved as text."""
    return "\n".join(lines) + "\n"
