"""The day a story's lead names as its own, when the page prints no date line.

A lead may name its day in a wire's dateline (``MINSK, November 23, 2023 /TASS/. …``), as
today (``The minister today, 16 May 2017, opened …``), before its credit (``Le mercredi 12
janvier 2011 par Harbour News - …``) or after the places a press release was filed from
(``Northport, Freedonia, January 16, 2008 - The festival …``) or a wire's name (``NORTHWIRE.
November 02, 2009. The council …``). Only a whole date counts (a wire's
dateline: with its year); these are the page's last resort for its date.
"""

from __future__ import annotations

import re

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.text.date_lines import lead_credit_date, lead_today_date
from claimtrack.text.dates import parse_date
from claimtrack.text.weekdays import WEEKDAY

__all__ = ["dateline_date", "lead_date", "lead_opening_date", "lead_place_date"]

# "MINSK, November 23, 2023 /TASS/. …", "WASHINGTON, March 3, 2024 (Reuters) — …", "NORTHPORT –
# May 6, 2015 – …", "NORTHPORT: 20 August 2012: …", "NORTHPORT, NORTHLAND, January 6, 2022 – …"
_DATELINE = re.compile(
    # ("NORTHPORT (Reuters) May 6, 2015 - …": after its agency, the place needs no mark)
    r"^\s*[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}(?:\s*\([^)]{1,30}\)(?:,|\s[–—]|:)?|,|\s[–—]|:)\s+"
    r"(?:[A-Z][A-Za-z]{0,5}\.(?:[A-Z]\.)?,\s+"  # a state: "FRANKLIN LAKES, N.J., Dec. 28, 2017"
    r"|[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,30},\s+)?"  # or a country in capitals
    r"(?P<date>[\w ,.]{4,40}?\d{4})\.?\s*(?:/|\(|—|–|-|\.|:)"
)


# "Northport, Harbourland (HIS): August 2, 2010 - …": a place in Title Case, its agency, and a
# whole date written out right after.
_CASED_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?(?:, [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)?"
    r"(?:\s*\([^)]{1,40}\))?[,:]\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
    r"\s*(?:/|\(|—|–|-|:)"
)
# "Northport May 4, 2011 The board …": one place and the whole date, no mark at all, then the
# story's first capital.
_BARE_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w'’-]{2,30}\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s+(?=[A-ZÀ-Þ])"
)


def dateline_date(paragraph: str) -> PartialDate | None:
    """The date of a wire dateline opening ``paragraph``, only when it states the year."""
    head = paragraph[:120]
    m = _DATELINE.match(head) or _CASED_DATELINE.match(head) or _BARE_DATELINE.match(head)
    return parse_date(m.group("date")) if m else None


def lead_date(paragraph: str) -> PartialDate | None:
    """The day a lead names as its own: in a wire's dateline with its year
    (:func:`~claimtrack.text.date_lines.dateline_date`), as today (:func:`lead_today_date`),
    before its credit (:func:`lead_credit_date`) or after the places it was filed from
    (:func:`lead_place_date`), or alone before a dash or a colon (:func:`lead_opening_date`)."""
    paragraph = _BULLET.sub("", paragraph)  # ("• KAMPALA – 01 August, 2012 – …": a list item)
    return (
        dateline_date(paragraph)
        or lead_today_date(paragraph)
        or lead_credit_date(paragraph)
        or lead_place_date(paragraph)
        or lead_opening_date(paragraph)
    )


_BULLET = re.compile(r"^\s*[•·▪*]\s+")
# A press release's dateline in mixed case: one to four places, each one to four capitalised
# words and a comma ("Northport, Harbour County, Freedonia, "), maybe the weekday, then the whole
# date and the mark joining it to the story ("January 16, 2008 - ", "Thurs. Nov. 20, 2025: ").
# The place may be a hashtag ("#Northland, June 28, 2022 – …") or set in brackets before a dash
# ("(Northport) – June 11, 2025 – …").
_PLACES = re.compile(
    r"(?:#?[A-ZÀ-ÞА-ЯЁ][\w.'’-]*(?: [A-ZÀ-ÞА-ЯЁ][\w.'’-]*){0,3}(?:,\s+|\s+(?=\())){1,4}"
    # ("Apia, Samoa – 26 September 2025 – …": the last place set off by a dash)
    # (or a wire's name too: "Northport, Freedonia – Harbour Wire – 1 June 2023 – …")
    r"(?:[A-ZÀ-ÞА-ЯЁ][\w.'’-]*(?: [A-ZÀ-ÞА-ЯЁ][\w.'’-]*){0,3}\s+[-–—]\s+){0,2}"
    r"|\([A-ZÀ-ÞА-ЯЁ][^()]{1,40}\)\s*[-–—]\s+"
)
# Or a wire's name in capitals and a full stop: "NORTHWIRE-NEWS. November 02, 2009. The …".
_WIRE_NAME = re.compile(
    r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&'’-]{2,}(?: [A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&'’-]+){0,3}\.\s+"
)
# (the date may stand in brackets: "Northport, Freedonia (February 2, 2023) – …", "(April 24,
# 2002 – Harbour Post)")
_DAY_THEN_MARK = re.compile(
    r"\(?(?P<date>\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"  # (a day first between dots: "04.05.2011")
    r"\)?\s*(?:[-–—:/(]|\.\s)"
)


def lead_place_date(paragraph: str) -> PartialDate | None:
    """The day of a press release's dateline opening the lead (``Northport, Freedonia, January
    16, 2008 - The festival …``), only a whole date followed by its mark (a dash, a colon, a
    slash or a bracket): a lead's comma after a date (``On Tuesday, March 3, 2024, the …``) is
    no dateline's."""
    head = paragraph[:160]
    places = _PLACES.match(head) or _WIRE_NAME.match(head)
    if places is None:
        return None
    rest = head[places.end() :]
    weekday = WEEKDAY.match(rest)
    m = _DAY_THEN_MARK.match(rest, weekday.end() if weekday else 0)
    date = parse_date(m["date"]) if m else None
    return date if date is not None and date.precision is DatePrecision.DAY else None


# "October 5, 2024 – The board …", "Saturday, 5 October 2024: The board …": a whole date opening
# the lead, set off by a dash or a colon.
# (or a full stop: "18 January, 2020. All those who …", the date a sentence of its own)
_OPENING_MARK = re.compile(r"\s*(?:[-–—]+|:)\s+\S|\.\s+[A-ZÀ-Þ]")


def lead_opening_date(paragraph: str) -> PartialDate | None:
    """The whole date a lead opens with, set off by a dash, a colon or a stop (``October 5,
    2024 – The board …``); a date run into the sentence (``October 5, 2024 was …``) is the
    story's."""
    head = paragraph[:80]
    weekday = WEEKDAY.match(head)
    m = _DAY_THEN_MARK.match(head, weekday.end() if weekday else 0)
    if m is None or not _OPENING_MARK.match(head, m.end("date")):
        return None
    date = parse_date(m["date"])
    return date if date is not None and date.precision is DatePrecision.DAY else None
