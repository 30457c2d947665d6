"""A headline that ends in its byline: "The vibe is changing – By Dr Ada Lund", "… Wig By Ada
Lund", and a repost's credit after it: "Workers to strike – by Ada Lund (Reuters U.S. – February
7, 2017)". The headline is what comes before; the names are authors; the day in the credit is
the story's when the page prints no other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.reading.bylines import credited_at_the_end, names_in_byline
from claimtrack.text.date_lines import trailing_date

__all__ = ["credited_day", "signed_headline"]

# The byline's "By" capitalised (a headline's own "by" is not: "Hit by storm"), or after a dash
# ("… – by Ada Lund"); a credit in brackets may follow.
_SIGNED = re.compile(
    r"(?P<head>\S.{9,}?)\s*(?:(?:[–—|-]\s*)?\bBy|[–—|-]\s*by):?\s+(?P<by>[^–—|()]{3,60}?)"
    r"(?:\s*\((?P<credit>[^()]{2,80})\))?"
)
_COURTESY = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+")


def signed_headline(
    title: str | None, authors: Sequence[str], text: str
) -> tuple[str | None, tuple[str, ...]]:
    """The headline without the byline it ends in, and the authors (those a closing credit in
    ``text`` names too: :func:`credited_at_the_end`) with its names, without a courtesy title
    ("Dr Ada Lund" is Ada Lund); else the headline as it is."""
    authors = credited_at_the_end(authors, text)
    m = _SIGNED.fullmatch(title or "")
    names = names_in_byline("By " + m["by"]) if m is not None else []
    if m is None or not names or len(m["head"].split()) < 3:
        return title, authors
    known = {a.casefold() for a in authors}
    more = [n for n in (_COURTESY.sub("", name) for name in names) if n.casefold() not in known]
    return m["head"].rstrip(" –—|-"), (*authors, *more)


def credited_day(title: str | None) -> PartialDate | None:
    """The day the credit after a headline's byline ends with ("(Reuters – February 7, 2017)")."""
    m = _SIGNED.fullmatch(title or "")
    if m is None or not m["credit"] or not names_in_byline("By " + m["by"]):
        return None
    for _, _, found in trailing_date(m["credit"]):
        if found.date is not None and found.date.precision is DatePrecision.DAY:
            return found.date
    return None
