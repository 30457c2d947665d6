"""Words under a line that names their speaker and role: "Michael Käld, Finland coach" over
"There are no lucky goals! We had a lot of training camps …".

Sports bodies and press offices print reactions so: a line of its own with a person's name and
their role after a comma, then what they said in the first person, without quote marks. The
paragraph right under such a line is a block quote of that person (the paragraphs after it go
on as :func:`claimtrack.aids.unmarked.block_goes_on` reads them), below the sure band: no cue
says the words are theirs.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_prose import speaks_as_i
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speakers import ROLE_NOUNS
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.first_names import is_given_name
from claimtrack.text.sentences import Paragraph

__all__ = ["NAME_HEADED_CONFIDENCE", "name_headed_block"]

NAME_HEADED_CONFIDENCE = 0.6
"""No cue says the words are the person's: the line above them only names them."""

# "Michael Käld, Finland coach", "Ada Lund, Harbour FC captain": two to four capitalised words,
# a comma, then a role of at most six words, and no sentence's end.
_NAME_AND_ROLE = re.compile(
    r"((?:[A-ZÀ-Þ][\w’'-]+ ){1,3}[A-ZÀ-Þ][\w’'-]+), ((?:[\w’'.&-]+ ){0,5}[\w’'.&-]+)"
)
_MIN_WORDS = 6


def name_headed_block(reader: ArticleReader, para: Paragraph) -> Found | None:
    """``para`` as the first paragraph of what the line above it names a speaker of, or None."""
    if para.index == 0 or para.heading:
        return None
    above = reader.paragraphs[para.index - 1]
    line = reader.text[above.start : above.end].strip()
    m = _NAME_AND_ROLE.fullmatch(line)
    if m is None or not any(w.lower() in ROLE_NOUNS for w in m.group(2).split()):
        return None
    name = m.group(1)
    if not (is_given_name(name.split()[0]) or reader.names.is_person(name)):
        return None
    body = reader.text[para.start : para.end].rstrip()
    if any(mark in body for mark in MARK_OPENERS[:4]) or len(body.split()) < _MIN_WORDS:
        return None
    if not speaks_as_i(body):
        return None
    att = Attribution(name, name, None, NAME_HEADED_CONFIDENCE, name, "named")
    return para.start, para.start + len(body), att
