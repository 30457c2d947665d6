"""The last resort for a page's date: a whole day written somewhere in a header line.

The date-line rules (:mod:`~claimtrack.reading.page_dates`, :mod:`claimtrack.text.date_lines`)
read a line that is a date, with the few things pages print beside one. Pages print many
more: ``Published 4th Jun 2023, 13:20 BST- 1 min read``, ``20 Apr 2023 Jane Roe Last updated:
20 Apr 2023``, ``Friday 19 June 2015 | Published in Regional``, ``By the Press Office Date 19
September 2023``. No list of what may stand beside a date ends, so when no rule has read a date
the first whole day (day, month and year) written in a header line of furniture is the page's.
Prose is never read this way (a standfirst's "on 3 May 2021" dates an event), nor a photo's
credit (it dates the photo), nor a line that is only a date (the rules refused it on purpose: a
forum member's "Joined" day), nor the headline (:func:`~claimtrack.reading.header.dated_headline`
reads a date the headline carries), except a whole field of its line's bar of fields (``Headline
| Section | Site | 29.04.2014``, a page title's pattern; fields may be set apart by runs of
spaces instead).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.reading.line_rules import DropReason, is_sentence_like
from claimtrack.reading.lines import Line
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.dates import parse_date
from claimtrack.text.dates_within import full_dates_in

__all__ = ["HEADER_DATE_RANK", "date_in_header", "header_dates"]

HEADER_DATE_RANK = 9
"""Below every other kind of date the cleaner reads: this one is taken only when alone."""

_BAR = re.compile(r"\s*[|¦]\s*|\s{3,}")  # a bar, or a run of spaces between fields
_DAY = DatePrecision.DAY
_LONGEST = 240  # characters: a header's bar of fields, not a paragraph
# "PIX: Jane Roe / Agency / 13 MARCH 2020": a photo's credit dates the photo, not the page.
_PHOTO_CREDIT = re.compile(r"\b(?:photos?|pictures?|images?|fotos?|pix|pics?)\s*[:/|]", re.I)


def date_in_header(lines: Iterable[str]) -> PartialDate | None:
    """The first whole day written in one of ``lines`` (a page's header lines, the headline
    left out) that is furniture, not prose."""
    for text in lines:
        if len(text) > _LONGEST or is_sentence_like(text) or _PHOTO_CREDIT.search(text):
            continue
        if read_date_line(text, header=True) is not None:
            continue  # a whole date line the rules left unread on purpose ("Joined" / "- Mar 7")
        found = full_dates_in(text)
        if found:
            return found[0][2]
    return None


def header_dates(
    header: Sequence[Line], reasons: Sequence[DropReason | None]
) -> list[tuple[int, PartialDate]]:
    """``[(HEADER_DATE_RANK, day)]`` for the first day :func:`date_in_header` finds in the
    ``header`` lines (``reasons`` says which is the headline), else ``[]``."""
    lines = list(zip(header, reasons, strict=False))
    found = date_in_header(line.text for line, why in lines if why != DropReason.TITLE)
    # "Headline | Section | Site | 29.04.2014", "May 20, 2018    Jane Roe    Agency": a field of
    # the title's line
    if found is None:
        titles = (line.text for line, why in lines if why == DropReason.TITLE)
        days = (parse_date(field) for text in titles for field in _BAR.split(text))
        found = next((d for d in days if d is not None and d.precision is _DAY), None)
    return [] if found is None else [(HEADER_DATE_RANK, found)]
