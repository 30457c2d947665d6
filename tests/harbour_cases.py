"""An invented harbour story to build page fixtures from: a headline, its paragraphs, a page."""

from __future__ import annotations

from claimtrack.reading.cleaning import clean
from claimtrack.reading.results import DropReason

HEADLINE = "Harbour board says ferry strike will end this week"
LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."
QUOTE = "“We are relieved that the boats will sail again,” said Mara Quint, a ferry captain."
LAST = "The board will meet the union again next month to discuss the new timetable, Quint said."


def saved_page(*lines: str) -> str:
    """The lines as a page saved as text."""
    return "\n".join(lines) + "\n"


def assert_dropped_as_caption(line: str) -> None:
    """The line, set between two paragraphs of a quay story, is dropped as a picture's caption
    and the story's paragraphs stay."""
    page = "\n\n".join(
        [
            "Harbour board backs new quay",
            "The harbour board voted on Monday to build a new quay at Northport, its chair said.",
            line,
            "Work will start in the spring and the first ships are due to berth there next autumn.",
        ]
    )
    result = clean(page)
    assert line[:40] not in result.text
    assert "build a new quay" in result.text and "first ships" in result.text
    dropped = {page[d.start : d.end]: d.reason for d in result.dropped}
    assert dropped[line] is DropReason.IMAGE_CAPTION


# A briefing copied from a PDF: its lines wrap at the printed width, so they vary in length and
# the copy is not unwrapped line by line (one line is far longer than most).
PDF_BRIEFING = """\
NORTHLAND PRIME MINISTER ADA LUND MEETS THE PRESS, 11 August 2021

(GOVT. PRESS OFFICE); Prime Minister Ada Lund announces Cabinet decisions on issues from
health to the airline at a Press Conference on Wednesday 11 August 2021. The following is
the English transcript of the announcement by the Prime Minister.)
Just briefly, it now looks like a regular occurrence at the conclusion of Cabinet on each Wednesday
that I take this opportunity with the media to make brief summaries of highlights from the
Cabinet meetings. This is the third week of the new administration.
The first week was taken by budgetary issues, the second week was an opportunity for
Ministers to meet and orientate themselves to their Ministries and other areas of
responsibility. Meanwhile, the work of Cabinet goes on through its regular meetings that
we have on Wednesdays or when necessary.
This is our third week, and just to give some highlights of today's meeting.
MINISTRY OF COMMERCE AND LABOUR
We were discussing a particular proposal from the Ministry of Commerce and Labour on
grants given to private sector organisations.
"""
