"""Whom a paragraph that quotes nobody is about: the newcomer a cue-less quote after it goes to.

News brings in a second speaker with a paragraph about them and then quotes them with no cue:

    “…,” Hale said.
    City boss Ana Ruiz was less happy.
    “…”

A reader gives the last quote to Ruiz. The paragraph's subject named in full is such a newcomer
(one sentence), and so is the one person a longer paragraph names more often than anyone else,
twice at least ("Lund had waited six years for this night … Lund's first title fight").
"""

from __future__ import annotations

import re
from collections import Counter

from claimtrack.aids.found import Attribution
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.subjects import main_subject
from claimtrack.text.first_names import is_given_name
from claimtrack.text.tokens import tokenize

__all__ = ["introduced", "shown_as_person"]

_OWNER = re.compile(r"(?<=s)[’']$")  # a plural-style possessive the chunk keeps
_MENTIONS = 2  # the fewest times a longer paragraph names its newcomer


def introduced(reader: ArticleReader, index: int) -> Attribution | None:
    """The person paragraph ``index`` (which quotes and reports nobody) is about, or None."""
    if len(reader.sentences(index)) == 1:
        return _subject(reader, index)
    return _most_named(reader, index)


def _subject(reader: ArticleReader, index: int) -> Attribution | None:
    """A one-sentence paragraph's subject, named in full ("City boss Ana Ruiz was less happy.",
    "Defender Tom Hale had a different view.")."""
    para = reader.paragraphs[index]
    if reader.text[para.start : para.end].rstrip()[-1:] not in ".:":
        return None
    start, end = reader.sentences(index)[0]
    toks, _ = reader.chunks(start, end)
    found = main_subject(reader, para, toks[:8])
    if found is None or found.how not in ("named", "surname") or " " not in found.full:
        return None
    return Attribution.of(found, None)


def _most_named(reader: ArticleReader, index: int) -> Attribution | None:
    """The one person a paragraph of several sentences names most, and at least twice, in any
    form the article gives a full name for ("Lund … Lund's first fight"); none on a tie."""
    para = reader.paragraphs[index]
    toks = tokenize(reader.text[para.start : para.end], para.start)
    named: Counter[str] = Counter()
    written: dict[str, str] = {}
    for chunk in name_chunks(reader.text, toks):
        name = _OWNER.sub("", chunk.name)  # ("Raskas’ first fight": Raskas)
        full = reader.names.full_name(name) if chunk.kind == "person" else None
        if full and " " in full and reader.names.is_person(full):
            named[full] += 1
            written.setdefault(full, name)
    ranked = named.most_common(2)
    if (
        not ranked
        or ranked[0][1] < _MENTIONS
        or (len(ranked) == 2 and ranked[1][1] == ranked[0][1])
    ):
        return None
    full = ranked[0][0]
    how = "named" if written[full] == full else "surname"
    return Attribution(written[full], full, None, 0.75, written[full], how)


def shown_as_person(reader: ArticleReader, full: str) -> bool:
    """``full`` opens with a first name, or the article shows its surname as a person's and a
    gender for it ("Raskas had waited … his hands"): a person, not a group whose name reads like one
    ("the Kessel Front", though "Kessel Front attacks, he had" follows it with a "he")."""
    first, _, rest = full.partition(" ")
    if is_given_name(first):
        return True
    surname = rest.rpartition(" ")[2]
    return bool(surname) and reader.names.is_person(surname) and reader.gender(full) is not None
