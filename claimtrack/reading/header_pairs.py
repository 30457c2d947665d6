"""Two header lines read together, where one alone could be the headline.

- a **row of sections** over a headline: ``News Ferries Ports Weather`` (every word capitalised)
  over ``Ferry crews return to the channel as …`` (sentence case): the row is the site's menu,
  the line under it the headline (a listing's headlines, packed together, share their case);
- a **document's title** under an office's name: ``President of the Republic of Northland`` over
  ``Address by Ada Lund, the President …`` — a title that says what the page is (an address,
  remarks, a statement, a speech by someone, a transcript of something) is the headline, never
  the standfirst of the shorter line above it; ``Transcript by Ada Lund MP`` only credits it.
"""

from __future__ import annotations

import re

from claimtrack.reading.line_rules import words

__all__ = ["document_title", "section_row"]

_DOCUMENT = re.compile(
    r"(?:(?:written |oral )?testimony|address|remarks|statement|speech|message|keynote"
    r"|interview|(?:press |media )?briefing|opening remarks|closing remarks)"
    r"\s+(?:by|of|from|to|at|delivered by)\s"
    r"|transcript\s+(?:of|from)\s",  # ("Transcript by Ada Lund MP" credits the office)
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
