"""A header line of byline and date pieces: ``Melanie Arter | April 14, 2017 | 12:34pm EDT``.

Pages print who wrote the story and when on one line, set apart by bars or dots, run together
(``By Jane Roe March 3, 2024``) or as a blog's post line (``Posted on March 3, 2024 by …``).
:func:`read_compound_line` reads the names and the day of such a line; the names themselves are
read as :func:`~claimtrack.reading.bylines.names_in_byline` reads a byline.
"""

from __future__ import annotations

import re

from claimtrack.model import PartialDate
from claimtrack.reading.bylines import READING_TIME, is_role, looks_like_name, names_in_byline
from claimtrack.reading.dated_reports import names_a_report
from claimtrack.reading.headline_shapes import PICTURE_AGENCIES
from claimtrack.reading.post_heads import post_heading
from claimtrack.text.date_lines import DAY_CELLS, DateLine, read_date_line, trailing_date
from claimtrack.text.first_names import is_given_name
from claimtrack.text.month_names import ENGLISH_MONTH

__all__ = ["read_compound_line", "theme_header_title"]

_TRAILING_READING_TIME = re.compile(r"\s+\d+\s*(?:min|mins|minutes?)\s+read$", re.I)
# A counter beside the byline: "Comments (3)", "3 Comments", "1,234 views", "No comments".
_COUNTER = re.compile(
    r"(?:(?:no|\d[\d,.]*)\s+)?(?:comments?|views?|reads?|shares?)(?:\s*\(\d[\d,.]*\)|\s*:?\s*\d[\d,.]*)?",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\d{1,3}(?:[,.]?\d{3})*")  # a count of views or shares, alone
# A document's kind before its date: "Press Release Date: …", "Media Statement, 3 May 2019".
_DOCUMENT = re.compile(
    r"(?:press|news|media)\s+(?:release|statement|advisory)s?(?:\s+date)?|release\s+date",
    re.IGNORECASE,
)
# Pieces: set apart by bars and dots, by a run of spaces (a table's cells), or by a dash before
# an update's label ("Por Ana Ruiz 17/12/2025 - Atualizado em 26/01/2026").
_PIECES = re.compile(
    r"\s*(?:\s[|·•/]\s|\|)\s*|\s{3,}|\s[-–—]\s(?=(?i:(?:last )?updated|atualizado"
    r"|actualizado|mis à jour|aktualisiert|aggiornato)\b)"
)
_PICTURE_AGENCY = re.compile(PICTURE_AGENCIES, re.IGNORECASE)
# A name run into its date ("Ana Ruiz17/12/2025"): the copy lost the space between them.
_GLUED_DATE = re.compile(r"(?<=[a-zà-ÿ])(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)")
# The time zone a page spells out after its time: ", Atlantic Standard Time (GMT-4)", " (UTC+3)".
_ZONE_TAIL = re.compile(
    r"(?:,?\s+(?:[A-Z][a-z]+ ){1,2}(?:Standard|Daylight|Summer) Time)?"
    r"(?:\s*\((?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\))?$"
)
# A line of labelled fields, each piece opening with its label ("Date: 3 April 2020 Author: Jane
# Roe"); a label inside a piece ("Publish Date : …") opens none.
_FIELD = r"(?i:authors?|by|date|published(?: on)?|posted(?: on)?|updated|written by)\s*:"
_FIELD_START = re.compile(_FIELD)
_NEXT_FIELD = re.compile(rf"\s+(?={_FIELD})")
_LABEL_WORD = re.compile(
    r"[A-Z][A-Z&'’ -]{1,30}|[A-Z][a-z]+"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?",  # a clock time
    re.IGNORECASE,
)


def read_compound_line(text: str) -> tuple[list[str], PartialDate | None] | None:
    """A header line of byline and date pieces: ``Melanie Arter | April 14, 2017 | 12:34pm EDT``,
    ``By: Aditi Pai | Oct 27, 2014``, ``REPORTING · 27th January 2010``.

    The names and the date (None when the date has no year), or None when a piece is neither a
    name, a date, a time nor a one-word label.
    """
    if (post := post_heading(text)) is not None:  # "Thread title by harbourfan: 11:05am On …"
        return [post.poster], post.date
    if len(text) > 160 or (DAY_CELLS.fullmatch(text.strip()) and read_date_line(text)):
        return None  # ("19 | MAY | 2019": one day set out in cells, a date line)
    text = _ZONE_TAIL.sub("", _GLUED_DATE.sub(" ", text))
    fielded = _FIELD_START.match(text.strip()) is not None
    pieces = [
        q for p in _PIECES.split(text.strip()) for q in (_NEXT_FIELD.split(p) if fielded else [p])
    ]
    pieces = [p for p in pieces if p]
    if len(pieces) == 1:
        one = text.strip()
        found = _posted_on_by(one) or _byline_run_into_date(one) or _date_then_name(one)
        return found or _theme_meta(one) or _theme_header(one)
    if not 2 <= len(pieces) <= 5:
        return None
    names: list[str] = []
    date: PartialDate | None = None
    dated = False
    for piece in pieces:
        day = read_date_line(piece) or _issue_date(piece)
        if (posted := _posted_on_by(piece)) is not None and posted[0]:
            names.extend(posted[0])  # "posted Sep 5, 2019 by Ada Lund   [ updated … ]"
            date, dated = date or posted[1], True
        elif day is not None:
            date = date or day.date
            dated = True
        elif READING_TIME.fullmatch(piece) or _COUNTER.fullmatch(piece) or _COUNT.fullmatch(piece):
            continue  # "5 min read", "Comments (3)", "No Comments", "1,234 views", "314"
        elif _PICTURE_AGENCY.fullmatch(piece):
            continue  # "Getty Images": the picture's credit beside the byline
        elif byline := names_in_byline(piece) or ([piece] if _bare_name(piece) else []):
            names.extend(byline)
        elif run := _byline_run_into_date(piece):  # "By Jane Roe July 4, 2020 | 12:06 am"
            names.extend(run[0])
            date, dated = date or run[1], True
        elif not (_LABEL_WORD.fullmatch(piece) and (piece[0].isupper() or piece[0].isdigit())):
            return None
    return (names, date) if dated else None


# A magazine's issue before its day: "No. 12, 3 March 2024", "№ 1 от 20 января 2014", "Issue 7 -
# March 3, 2024", "Nr. 12 vom 3. März 2024".
_ISSUE = re.compile(
    r"(?:№|no\.|nr\.|n[º°]|issue|ausgabe|выпуск|número|numéro)\s*\d{1,4}"
    r"(?:\s*[,–—-]\s*|\s+(?:от|of|du|vom|del|de)\s+|\s+)(?=\d|[^\W\d_])",
    re.IGNORECASE,
)


# A day written out before the author's name: "October 6, 2025 Ada Lund", "6 October 2025 Ada
# Lund", "21st January 2014 - Ada Lund", "2023-02-07  Ada Lund".
_LEADING_DAY = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4}|\d{4}-\d{2}-\d{2})\s+(?:[-–—|]\s+)?"
)


def _date_then_name(text: str) -> tuple[list[str], PartialDate | None] | None:
    """ "October 6, 2025 Ada Lund": the day, then a name that opens with a first name ("October
    6, 2025 Council Meeting" names no one)."""
    m = _LEADING_DAY.match(text)
    found = read_date_line(m.group(0).strip(" -–—|")) if m else None
    if m is None or found is None:
        return None
    rest = text[m.end() :].strip()
    if looks_like_name(rest) and not is_role(rest) and is_given_name(rest.split()[0]):
        return [rest], found.date
    return None


def _issue_date(piece: str) -> DateLine | None:
    """The day of a magazine's issue credit (``№ 1 от 20 января 2014``), else None."""
    m = _ISSUE.match(piece)
    return read_date_line(piece[m.end() :]) if m else None


# A weekday between the name and the date, maybe run into the name ("ADA LUNDSunday, 21 April").
_WEEKDAY_AFTER = re.compile(r"(?:\s+|(?<=[A-Z]))(?i:mon|tues|wednes|thurs|fri|satur|sun)day$")
# A letter's or a release's place before its day, as Portuguese, Spanish and French pages print
# it: "Northport, 1º de julho de 2014", "Northport, le 3 mai 2019". A writer's byline with such a
# day carries its label ("Por Ana Lima, 1 de julho de 2014").
_PLACE_DAY = re.compile(r"[,\s–—-]*(?:le\s+\d|\d{1,2}[º°o]?\s+de\s+[^\W\d_]{3,10}\s+de\s)", re.I)


def _bare_name(text: str) -> bool:
    """Whether ``text``, unlabelled, is a person's name: not an office ("Staff Writer") and not
    a kind of report ("Rugby Reports - 7th September 2024" is a report's name and day)."""
    return looks_like_name(text) and not (is_role(text) or names_a_report(text))


def _byline_run_into_date(text: str) -> tuple[list[str], PartialDate | None] | None:
    """A byline run into its date: ``By Jane Roe March 3, 2024``, ``Jane Roe, 3 May 2019``.

    A bare name needs a mark or a label before the date (``Jane Roe, …``, ``Jane Roe Updated:
    …``): "Election Results Due March 3, 2024" is a headline, not a name and a date.
    """
    # "by Jane Roe January 18, 2023 6:04 PM 1 min read": the reading time after the date.
    text = _TRAILING_READING_TIME.sub("", text)
    for head, joiner, found in trailing_date(text):
        head = _WEEKDAY_AFTER.sub("", head)  # "Ada Lund Sunday, 21 April 2024": the date's day
        if names := names_in_byline(head):
            return names, found.date
        if _DOCUMENT.fullmatch(head):
            return None  # "Press Release Date: Tuesday, March 5, 2019": no one's name
        if _PLACE_DAY.match(text, len(head)):
            return None
        if _bare_name(head) and (joiner.strip() or found.labelled):
            return [head], found.date
    return None


# "Posted on March 3, 2024 by harbourwatcher": a blog's date and its author's handle; "March 3,
# 2024 by Jane Roe": the date, then its author, with no label.
_POSTED_ON_BY = re.compile(
    r"(?P<label>(?:posted|published|written)(?:\s+on)?\s+)?(?P<when>\S.{3,59}?)\s+by\s+"
    r"(?P<who>[^,|;]{2,40})",
    re.IGNORECASE,
)


def _posted_on_by(text: str) -> tuple[list[str], PartialDate | None] | None:
    m = _POSTED_ON_BY.fullmatch(text)
    found = read_date_line(m.group("when")) if m else None
    if m is None or found is None:
        return None
    who = m.group("who").strip()
    # The label says who it is: a handle ("harbourwatcher") counts as well as a name; without
    # it, only a byline's name does.
    names = names_in_byline("By " + who)
    if not names and m["label"] and len(who.split()) <= 3:
        names = [who]
    date = found.date if found.kind == "published" else None  # "Updated … by …": no publication
    return (names, date) if names or m["label"] else None


# "Posted on Author Ada Lund Comment(0)": a blog theme's meta line, its date lost in the copy.
_THEME_META = re.compile(
    r"posted on\s+(?:(?P<when>\S.{3,40}?)\s+)?author\s+(?P<who>[^,|;()]{2,40}?)"
    r"\s+comments?\s*\(\d+\)",
    re.IGNORECASE,
)


def _theme_meta(text: str) -> tuple[list[str], PartialDate | None] | None:
    m = _THEME_META.fullmatch(text)
    if m is None:
        return None
    names = [n for n in names_in_byline("By " + m["who"]) if n[:1].isupper()]
    when = read_date_line(m["when"]) if m["when"] else None
    return (names, when.date if when is not None else None) if names else None


# A theme's header run into one line by the copy: the trail ("Home Harbour"), the headline, the
# day with its author, and the section again under them ("Home Harbour Velm to reopen May 5th,
# 2018 Ada Lund Harbour"). The section printed twice tells where the headline starts.
_THEME_HEADER = re.compile(
    r"Home\s+(?P<section>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}?)\s+(?P<title>\S.{9,199}?)"
    rf"\s+(?P<meta>(?:{ENGLISH_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {ENGLISH_MONTH},? \d{{4}})(?: \S+){{0,4}}?)\s+(?P=section)"
)


def theme_header_title(text: str) -> str | None:
    """The headline of a theme's header run into one line, else None."""
    found = _read_theme_header(text)
    return found[0] if found is not None else None


def _theme_header(text: str) -> tuple[list[str], PartialDate | None] | None:
    found = _read_theme_header(text)
    return found[1:] if found is not None else None


def _read_theme_header(text: str) -> tuple[str, list[str], PartialDate | None] | None:
    """The headline, the author and the day of a theme's header run into one line (the day
    alone counts), else None."""
    m = _THEME_HEADER.fullmatch(text) if len(text) <= 300 else None
    if m is None:
        return None
    day = read_date_line(m["meta"])
    found = _date_then_name(m["meta"]) or (([], day.date) if day is not None else None)
    return (m["title"], *found) if found is not None else None
