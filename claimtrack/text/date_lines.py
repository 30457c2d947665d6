"""Date lines of a page: a line that is a publication, update or post date, and wire datelines.

``Published 12 March 2024``, ``March 12, 2024 / 9:41 AM / Updated 2 hours ago``, ``Posted by Kim
on 4 June 2022``, ``#3624866, posted on October 19, 2020 at 6:10 pm`` (a forum post),
``World25-9-2021 | 19:42`` (a section name run into the date), ``MINSK, November 23, 2023
/TASS/. …`` (a wire dateline). A time relative to the day of reading (``2 hours ago``, ``hace 2
horas``) is never read as a date. The dates themselves are read by :mod:`claimtrack.text.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.text.dates import (
    CLOCK_TIME,
    DATE_LABEL,
    MONTHS,
    looks_like_date,
    parse_date,
)
from claimtrack.text.dates_within import is_update_label
from claimtrack.text.relative_dates import RELATIVE
from claimtrack.text.weekdays import is_weekday

__all__ = [
    "DAY_CELLS",
    "DateLine",
    "lead_credit_date",
    "lead_today_date",
    "read_date_line",
    "repost_date",
    "trailing_date",
]


@frozen
class DateLine:
    """A line that is a date: the date (None when it names no year) and how it is labelled.

    ``kind`` is ``"published"`` (``Published …``, ``Posted …``, ``date …`` or no label) or
    ``"updated"`` (``Updated …``, ``Last modified …``): a publication date beats an update.
    """

    date: PartialDate | None
    kind: str
    labelled: bool


_POSTED_BY = re.compile(
    # "Posted by Kim on …"; a blog's footer names the category instead: "Posted in Ferries on …"
    r"^(?:posted|published|written|submitted|filed)\s+(?:by|in|under)\s+(?P<who>.{1,60}?)"
    r"\s+(?:on|at)\s+(?P<when>.+)$",
    re.IGNORECASE,
)
_PIECES = re.compile(r"\s+[/|•·]\s+|(?<=\S)\|(?=\S)")  # ("… CST|Updated: …": unspaced)
# An update's date after the publication's, with no bar between, maybe a count of comments
# after it: the publication's date is the line's.
_UPDATE_AFTER = re.compile(  # (or in brackets, and a reading time: "(updated on …) Reading …")
    r"(?i)(?<=\d)\s+(?:last\s+)?updated\s*:\s*[\w ,.:]{4,40}?(?:\s+\d{1,4})?$"
    r"|(?<=\d)\s+\((?:last\s+)?updated(?: on)?\s*:?\s*[^()]{4,40}\)(?=\s+reading time|$)"
    r"|\s+reading time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?)$"
)
_LAST_WORD = re.compile(r"\s+([^\W\d_]+)$")
# ("… in COVID-19 News Releases, Latest Department News": a post filed in several)
# (and "Tue, May 8, 2018 1:11 PM on Harbour Voices, Interview,": after the time, "on" too)
_IN_CATEGORY = re.compile(
    r"(?:\s+in|(?<=[AP]M)\s+on)\s+[A-Z0-9][\w&'’ -]{1,40}(?:,\s*[A-Z][\w&'’ -]{1,40}){0,5},?$"
)
# Labels of a publication date that the common ones (:data:`DATE_LABEL`) leave out.
_MORE_LABELS = re.compile(
    r"(?:(?:news|press|media) release\s+)?"  # "News Release Release Date: …": the page's kind
    r"(?:dated|released|release date|date of (?:release|publication)|filed|on|pubdate)"
    r"(?:\s+on)?\s*:\s*"
    r"|(?:dated|released|filed|on)(?:\s+on)?\s+(?=\d|[^\W\d_]+\.?\s+\d)",
    re.IGNORECASE,
)
# "Published: Friday | February 28, 2020 | 12:28 AM": the weekday set off by a bar like a piece.
_BARRED_WEEKDAY = re.compile(
    r"^(?P<before>[^\W\d]{0,20}\s*:?\s*)"
    r"(?P<day>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)\s+[|/•·]\s+",
    re.IGNORECASE,
)
_DIGIT, _WORD = re.compile(r"\d"), re.compile(r"[^\W\d_]+")
_PIECE_WORDS = 6  # a byline's or a place's piece before a date; a headline is longer
_BULLET = re.compile(r"^[-–•·*|]\s+")  # (or a bar left from a row of fields)
# "[2/23/2020 10:15:04 AM]": a stamp in brackets; "19 | MAY | 2019": a day set out in cells.
_BRACKETED = re.compile(r"^[\[(](?P<inner>[^\[\]()]{6,60})[\])]$")
DAY_CELLS = re.compile(r"^(\d{1,2})\s*[|/·•]\s*([^\W\d_]{3,12})\s*[|/·•]\s*(\d{4})$")
_TRAILING_SEPARATORS = re.compile(r"(?<=\w)[\s,،;|]*[,،;|]$")  # (a bar too: "… 01:46 PM |")
_NUMBERED = re.compile(r"^\d{1,3}\.\s+")
# "Margao, November 28", "Northport. December 2, 2021.": a place (one word, before a stop).
# (a wire's place may name its country and agency: "Edmonton, Northland (SPX) May 18, 2009")
_PLACE = re.compile(
    r"[A-ZÀ-ÞА-ЯЁ][^\W\d_]{2,30}\.\s+(?=\S)"
    r"|[A-ZÀ-ÞА-ЯЁ][\w.'’ -]{1,30},\s+"
    r"(?:[A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{1,20})? \([A-Z]{2,8}\)\s+)?(?=\S)"
)
# "#3624866, posted on …": a forum post's number before its date line.
_POST_NUMBER = re.compile(r"^#\d+[,:.]?\s+")
# A section name run into the date ("World25-9-2021"), or set off by a dash in the header
# ("Press briefing - Monday, 25 March 2019").
_GLUED_LABEL = re.compile(r"^[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2}(?=\d)")
_DASHED_LABEL = re.compile(r"^[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2} [-–—] ")


def read_date_line(text: str, *, header: bool = False, place: bool = True) -> DateLine | None:
    """Read a whole line that is a date: ``Published 12 March 2024``, ``date 2023-11-24``,
    ``March 12, 2024 / 9:41 AM / Updated 2 hours ago``, ``Posted by Kim on 4 June 2022``.

    None when the line is not a date line (a sentence that mentions a date is not one). A date
    line without a year gives ``DateLine(None, …)``: the year is never invented. ``header``
    also reads a date set off from a short label by a dash (``Briefing - 25 March 2019``);
    ``place=False`` refuses a place before the date (``Margao, November 28``).
    A forum post's header (``#3624866, posted on …``) is of kind ``"comment"``.
    """
    if len(text) > 160 or _DIGIT.search(text) is None:
        return None  # every date line states a day or a year
    found = _read_date_line(text, header, place)
    return found if found is not None else _printed_twice(text, header)


# Machine time stamps a page prints after the human date, run into it ("… 10:27 AM2022-10-05T10:
# 27:03+5:302022-10-05T10:35:22+5:30": the published and updated stamps of a date's markup).
_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{1,2}(?::?\d{2})?)?"
_STAMPS = re.compile(rf"(?<=[\d\sA-Za-z])\s*(?P<first>{_STAMP})(?:\s*{_STAMP})*$")


def _without_stamps(line: str) -> str:
    """``line`` without the machine stamps run into its end, when the first names the same day
    as the date before them (the page's own markup of it); else ``line`` as it is."""
    m = _STAMPS.search(line) if "T" in line else None
    if m is None or m.start() == 0:
        return line
    human = _read_date_line(line[: m.start()], False, False)
    stamp = parse_date(m["first"][:10])
    return line[: m.start()] if human is not None and human.date == stamp else line


# The session a briefing's transcript names after its date: "March 24, 2016 (PM)", "(morning)".
_SESSION = re.compile(
    r"(?<=\d)\s*\((?:[ap]\.?m\.?|morning|afternoon|evening)(?: session)?\)$", re.I
)


def _read_date_line(text: str, header: bool, place: bool) -> DateLine | None:
    line = _BULLET.sub("", " ".join(text.split()))  # a list item: "- 16 June 2016, 21:22"
    line = _BRACKETED.sub(r"\g<inner>", DAY_CELLS.sub(r"\1 \2 \3", line))
    line = _without_stamps(line)
    # A field's separator left at the end: "… 2008 06:23,", "… 12:38 AM ،،،" (Arabic commas).
    line = _TRAILING_SEPARATORS.sub("", line)
    line = _SESSION.sub("", line)  # "March 24, 2016 (PM)": the afternoon's briefing
    line = _UPDATE_AFTER.sub("", line)  # "… 7th Jan, 2015 Updated: 21st Oct, 2016   0"
    numbered = _NUMBERED.match(line)  # "1. November 2, 2021", but "25. März 2019" is a day
    if numbered is not None:
        date = parse_date(line[numbered.end() :])
        line = line[numbered.end() :] if date and date.precision is DatePrecision.DAY else line
    comment = _POST_NUMBER.match(line)
    line = line[comment.end() :] if comment else line
    posted = _POSTED_BY.match(line)
    if posted:  # "… on October 5, 2022 in Politics": the category after the date
        line = _IN_CATEGORY.sub("", posted.group("when"))
    elif (section := _IN_CATEGORY.search(line)) and looks_like_date(line[: section.start()]):
        line = line[: section.start()]  # "April 5th, 2011 in News": a blog's footer
    more = _MORE_LABELS.match(line)
    if more and more.end() < len(line):  # "Dated: 5 October 2022", "Released: …", "Filed on …"
        line, posted = line[more.end() :], posted or more
    if header:
        line = _without_label_after(line)
    line = _BARRED_WEEKDAY.sub(r"\g<before>\g<day>, ", line, count=1)
    pieces = _PIECES.split(line) if len(line) <= 120 else [line]
    if len(pieces) > 1 and (is_weekday(pieces[0]) or CLOCK_TIME.fullmatch(" " + pieces[0])):
        # "mardi | 21 mai 2024 | 20:00", "10:27 AM | October 5, 2024": the weekday or the time
        # set apart first
        pieces = pieces[1:]
    words_first = next((n for n, p in enumerate(pieces) if _DIGIT.search(p)), 0)
    short = all(len(_WORD.findall(p)) <= _PIECE_WORDS for p in pieces[:words_first])
    if header and 0 < words_first <= 3 and short:
        # "By: | Published: …", "Press office | Bogotá | Martes, 16 de agosto de 2016": a
        # byline's or a place's pieces before the date, in a page's header
        pieces = pieces[words_first:]
    head, rest = pieces[0], pieces[1:]
    weekday_last = _LAST_WORD.search(head)
    if (
        weekday_last
        and is_weekday(weekday_last[1])
        and looks_like_date(head[: weekday_last.start()])
    ):
        head = head[: weekday_last.start()]  # "5 Ekim 2024 Cumartesi": the weekday after the date
    if len(rest) > 3 or not all(_is_time_or_update(p) for p in rest):
        return None
    if not looks_like_date(head):
        head = _date_after_label(head, header, place)
        if head is None:
            return None
    labelled = bool(posted or comment) or DATE_LABEL.match(head) is not None
    kind = "comment" if comment else "updated" if is_update_label(head) else "published"
    return DateLine(parse_date(head), kind, labelled)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
# Where the second copy of a date may start: after a space, or run into the first one's end
# ("Nov 11th, 2017Nov 11th, 2017").
_SECOND_START = re.compile(r"(?<=\s)(?=\S)|(?<=\d)(?=[^\W\d_])")


def _printed_twice(text: str, header: bool) -> DateLine | None:
    """One day printed twice on its line, in one form or two: ``date 2017-01-17 January 17,
    2017`` (a labelled machine date and the human one), ``Nov 11th, 2017Nov 11th, 2017`` (a
    page's date and its tooltip run together). The first copy's label counts."""
    if len(_YEAR.findall(text)) != 2:
        return None
    line = " ".join(text.split())
    for m in _SECOND_START.finditer(line):
        second = parse_date(line[m.start() :])
        if second is None or second.precision is not DatePrecision.DAY:
            continue
        first = _read_date_line(line[: m.start()].strip(" ,|/–—-"), header, True)
        if first is not None and first.date == second:
            return first
    return None


# "02.02.2017 - Pressemitteilung", "March 3, 2024 — Press release": the kind of page after the date;
# "07.11.2010 - Interview conducted by Ada Lund & Tom Berg": a credit after the date.
_LABEL_AFTER = re.compile(
    r"\s[-–—]\s(?:[^\W\d_]+(?: [^\W\d_]+){0,2}|[^\W\d_]+(?: [^\W\d_]+){0,3} by [^\W\d_].{0,60})$"
)


def _without_label_after(line: str) -> str:
    """``line`` without a short label after a full date (``02.02.2017 - Pressemitteilung``)."""
    m = _LABEL_AFTER.search(line)
    if m is None:
        return line
    date = parse_date(line[: m.start()])
    return line[: m.start()] if date is not None and date.precision is DatePrecision.DAY else line


def _date_after_label(head: str, header: bool, with_place: bool) -> str | None:
    """The date after a place (``Margao, November 28``) or a section label, else None."""
    place = _PLACE.match(head) if with_place else None
    if place is not None:
        rest = head[place.end() :]
        # After a place a day without its year makes a date line, but never a bare year
        # ("By Jane Roe March 3, 2024" is no place and "2024").
        if looks_like_date(rest) and any(t.casefold() in MONTHS for t in _WORD.findall(rest)):
            return rest
    for pattern in (_GLUED_LABEL, _DASHED_LABEL) if header else (_GLUED_LABEL,):
        m = pattern.match(head)
        rest = head[m.end() :] if m is not None else ""
        if rest and looks_like_date(rest) and parse_date(rest):  # "Covid19 2020" is no date
            return rest
    return _date_after_section(head) if header else None


_WORD = re.compile(r"[^\W\d_]+")
# Where a date may start inside a line: after a space, or where a word runs into a digit or a
# lower-case letter into a capital ("World25-9-2021", "WorldMarch 3, 2024").
_DATE_START = re.compile(r"(?<=\s)\S|(?<=[^\W\d_])(?=\d)|(?<=[a-zß-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ])")
_SECTION = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_]*)(?: [A-ZÀ-ÞА-ЯЁ][^\W\d_]*)?")


def _date_after_section(head: str) -> str | None:
    """A full date after a one- or two-word section name (``Politics March 3, 2024``)."""
    for m in _DATE_START.finditer(head, 0, 40):
        if _SECTION.fullmatch(head[: m.start()].rstrip()):
            rest = head[m.start() :]
            date = parse_date(rest) if looks_like_date(rest) else None
            if date is not None:  # a one-word section may be the first of two ("Business News")
                return rest if date.precision is DatePrecision.DAY else None
    return None


# What joins a byline to the date after it ("By Jane Roe on March 3, 2024").
_JOINER = re.compile(r"(?:\s*(?:[,;|·•\-–—]|\bon\b|\bat\b|\ble\b|\bam\b|\bel\b|\bil\b))*\s*$")


def trailing_date(text: str) -> Iterator[tuple[str, str, DateLine]]:
    """Each way of reading ``text`` as words, a joiner and a date line ending it, left to right.

    ``By Jane Roe March 3, 2024`` gives ``("By Jane Roe", " ", …)``; ``Jane Roe, 3 May 2019``
    gives ``("Jane Roe", ", ", …)``. The date must name its month (a bare year is too little to
    split a line on). Nothing when no date ends the line.
    """
    # A date line ends with its year or a clock time (and a zone or "Uhr" at most): a line
    # with no digit near its end, or too long for a byline, has none.
    if len(text) > 160 or len(text.split()) > 16 or _DIGIT.search(text, len(text) - 16) is None:
        return
    for m in _DATE_START.finditer(text):
        # Not a place's date: in "Par Jane Roe, publié le 3 mars" the name is no place.
        found = read_date_line(text[m.start() :], place=False) if m.start() else None
        if found is None or found.date is None or found.date.precision is DatePrecision.YEAR:
            continue
        joiner = _JOINER.search(text, 0, m.start())
        cut = joiner.start() if joiner else m.start()
        yield text[:cut], text[cut : m.start()], found


_READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)(?:\s+read)?", re.IGNORECASE)


# A clock time with the part of the day named: "8:00 MALAM", "10.30 pagi", "9:00 du soir".
_DAY_PART = re.compile(
    r"\d{1,2}[:.]\d{2}\s+(?:pagi|siang|petang|sore|malam|du matin|du soir|de l[ae] (?:mañana"
    r"|tarde|noche|manhã)|da (?:manhã|tarde|noite)|morning|evening|night|صباحا|مساء|مساءً|ظهرا)",
    re.IGNORECASE,
)


def _is_time_or_update(piece: str) -> bool:
    return bool(
        CLOCK_TIME.fullmatch(" " + piece)
        or is_weekday(piece)  # "21 May 2025 | Wednesday | 8:00 PM": the day set apart
        or _DAY_PART.fullmatch(piece)
        or RELATIVE.match(piece)
        or _READING_TIME.fullmatch(piece)
        or looks_like_date(piece)
    )


# "The minister today, 16 May 2017, opened …", "Rais leo tarehe 16 Mei, 2017 amefanya …": a
# press release's lead names its own day after the word for today (the word makes it its day).
_TODAY_DATE = re.compile(
    r"\b(?:today|leo|aujourd'hui|heute|hoy|hoje|oggi|vandaag|dzisiaj|сегодня|сьогодні)"
    r"[,(\s]+(?:(?:the|on|am|le|el|il|tarehe|den)\s+){0,2}"  # "today (14 May 2003)" too
    r"(?P<date>\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4})",
    re.IGNORECASE,
)


def lead_today_date(paragraph: str) -> PartialDate | None:
    """The day a lead names as today (``… today, 16 May 2017, opened …``), only a whole date."""
    m = _TODAY_DATE.search(paragraph[:400])
    date = parse_date(m.group("date")) if m else None
    return date if date is not None and date.precision is DatePrecision.DAY else None


# "Le mercredi 12 janvier 2011 par Harbour News - Dans une interview …", "March 3, 2024 by Jane
# Roe — The board …": the lead opens with its day and who wrote it, then the story.
_LEAD_CREDIT = re.compile(
    r"(?:(?i:le|el|il|on)\s+)?(?P<date>[^\W\d_]{0,12}[,\s]*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{0,12}[,\s]*[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4})"
    r"\s+(?i:par|by|por|von|di|da|door|oleh|av)\s+[A-ZÀ-ÞА-ЯЁ][^–—]{0,60}?\s(?:-|–|—)\s+(?=\S)",
)


def lead_credit_date(paragraph: str) -> PartialDate | None:
    """The day a lead opens with before its credit (``Le mercredi 12 janvier 2011 par Harbour
    News - …``), only a whole date: the line stays the body's."""
    m = _LEAD_CREDIT.match(paragraph[:160])
    found = read_date_line(m.group("date"), header=True) if m else None
    date = found.date if found is not None else None
    return date if date is not None and date.precision is DatePrecision.DAY else None


# "(Article ©2018 Outlet – outlet.org – Moscow – May 24, 2018 – also appeared at …)": a
# newsletter's note on a reposted article, with the original's date among its pieces.
_REPOST_NOTE = re.compile(
    r"\(.*(?:©|\bcopyright\b|\b(?:also |originally |first )?(?:appeared|published) (?:at|in|on)\b)"
    r".*\)\.?",
    re.IGNORECASE,
)
_NOTE_PIECES = re.compile(r"\s+[–—|-]\s+|;\s+")


def repost_date(text: str) -> DateLine | None:
    """The original's date in a bracketed repost note, or None.

    Only a piece that is a whole date naming its day counts: the copyright's year alone
    (``©2018``) dates the notice, not the article.
    """
    if len(text) > 400 or not _REPOST_NOTE.fullmatch(text):
        return None
    days = {
        date
        for piece in _NOTE_PIECES.split(text.strip("(). "))
        if (date := parse_date(piece)) is not None and date.precision is DatePrecision.DAY
    }
    return DateLine(days.pop(), "published", False) if len(days) == 1 else None
