"""Two header lines read together, where one alone could be the headline.

- a **row of sections** over a headline: ``News Aerial Firefighting`` (every word capitalised)
  over ``Evacuation orders lifted in …`` (sentence case): the row is the site's menu, the line
  under it the headline (a listing's headlines, packed together, share their case);
- a **document's title** under an office's name: ``President of the Republic of Northland`` over
  ``Address by Ada Lund, the President …`` — a title that says what the page is (an address,
  remarks, a statement, a speech, a transcript by or of someone) is the headline, never the
  standfirst of the shorter line above it.
"""

from __future__ import annotations

import re

from claimtrack.reading.line_rules import words

__all__ = ["document_title", "section_row"]

_DOCUMENT = re.compile(
    r"(?:address|remarks|statement|speech|transcript|message|keynote|interview|briefing"
    r"|opening remarks|closing remarks)\s+(?:by|of|from|to|at|delivered by)\s",
    re.IGNORECASE,
)


def section_row(above: str, line: str) -> bool:
    """``above`` is a row of sections over ``line``, a headline in sentence case."""
    return all(w[:1].isupper() for w in words(above)) and any(
        w[:1].islower() for w in words(line)[1:]
    )


def document_title(text: str) -> bool:
    """The line says what document the page is: ``Remarks by …``, ``Address of …``."""
    return _DOCUMENT.match(text) is not None
