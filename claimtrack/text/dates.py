"""Read the publication date off a header line, keeping its precision.

``parse_date("June 19, 2017 12:17")`` is the day 2017-06-19; ``"November 27 – December 3, 2017"`` is
a range; ``"June 2017"`` a month; ``"2017"`` a year. A day without a year (``"On 14 October"``,
``"April 8 – April 14"``) gives ``None``: the year is never invented. The whole line must be a date
(after an optional label such as ``Published:``, a weekday and a clock time), so a sentence that
merely mentions a date is not read as one.
"""

from __future__ import annotations

import datetime as dt
import re

from claimtrack.model import PartialDate
from claimtrack.text.combining import COMBINING_MARKS, LETTERS
from claimtrack.text.month_names import (
    MONTHS,
    ambiguous_month,
    expand_abbreviations,
    month_number,
    month_phrases,
)
from claimtrack.text.weekdays import TRAILING_WEEKDAY, WEEKDAY, english_weekday

__all__ = ["CLOCK_TIME", "DATE_LABEL", "MONTHS", "looks_like_date", "parse_date"]

# Words that may sit in a date without changing it ("the 3rd of June", "19 июня 2017 г.").
_FILLER = {
    "of", "the", "г", "года", "год", "гг", "de", "del", "der", "den", "le", "el", "di",
    "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "msk", "ist", "uhr",
    "r", "roku", "року", "р", "yılı",
    # Lithuanian "2023 m. … 14 d.", Latvian "2023. gada", Vietnamese "ngày … năm", Catalan "d'".
    "m", "d", "gada", "ngày", "năm",
}  # fmt: skip
# "3rd", French "1er"/"1re", Dutch "2e", Spanish and Portuguese "1º"/"1ª".
_ORDINAL = {"st", "nd", "rd", "th", "er", "re", "e", "º", "ª"}

DATE_LABEL = re.compile(
    # "Publish Date : …", "Date Published: …", "Publication date …": the field's name first.
    r"^(?:date (?:published|posted)|publish(?:ed)? date|publication date|data publikacji"
    r"|(?:page\s+)?(?:last\s+)?(?:updated|modified)|published|posted|post(?=\s+at\b)|created"
    r"|post(?:ed)? (?:time|date)(?=\s*:)"  # "Post time: Mar-18-2022"
    r"|date|dated"
    r"|first published|publiée?|créée?|mise? à jour|veröffentlicht|aktualisiert|erstellt|publicado"
    r"|actualizado|fecha|pubblicato|aggiornato|ultimo aggiornamento|data|publicerad"
    r"|gepubliceerd|bijgewerkt|опубликовано|обновлено|опубліковано|оновлено|дата(?: публикации)?"
    r"|opublikowano|publikacja"
    r"|zaktualizowano|aktualizacja|atualizado|atualização|ultima modifica|modificato"
    r"|dernière mise à jour|yayınlanma(?: tarihi)?|güncelleme|diterbitkan|diperbarui"
    r"|تاريخ النشر|نشر في|تاريخ|في(?=\s+\d)"  # "في 2016/03/02": Arabic for "on"
    # "Stand: 12.03.2024 10:15 Uhr", "Datum: …", "Дата публикации: …", "Issued on: …",
    # "Modifié le : …", "Le 12/03/2024 à 10:15" (French for "on")
    r"|stand(?=\s*:)|datum|issued|modifiée?|le(?=\s+\d)"
    # "发布时间：…", "發佈日期：…", "更新時間…", "公開日…", "입력 2024.03.12", "기사입력 …"
    r"|(?:发布|發布|發佈|更新)(?:时间|時間|日期)|公開日|更新日|(?:기사)?입력|수정|등록"
    # Romanian, Hungarian, Croatian and Serbian, Czech and Slovak, Greek, Hindi, Vietnamese,
    # Danish and Norwegian, Swedish, Finnish, Hebrew.
    r"|publicat|actualizat|közzétéve|frissítve|módosítva|objavljeno|ažurirano|publikováno"
    r"|aktualizováno|publikované|aktualizované|δημοσίευση|ενημέρωση|δημοσιεύθηκε|प्रकाशित"
    r"|अपडेट(?:ेड)?|cập nhật|ngày đăng|publiceret|publisert|opdateret|oppdatert|uppdaterad"
    r"|julkaistu|päivitetty|פורסם|עודכן)"
    r"(?:\s+(?:on|at|le|am|um|el|il|alle|em|в|о))?\s*[:\-–：]?\s*",
    re.IGNORECASE,
)
# A clock time after the date; a counter glued to it in a page copy ("16:570": 16:57, 0 comments).
CLOCK_TIME = re.compile(
    r"(?:[,|\s—–-]+|^)(?:(?:at|à|um|в|о|ore|alle|a las|às|om|kl\.?|klo|saat|lúc)\s+|@\s*)?"
    # "8:20", "8:20:05", "8.20", "8h20", and Quebec's "8 h 20".
    r"\d{1,2}(?::\d{2}(?::\d{2})?\d{0,3}|[.h]\d{2}| h \d{2})"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:h|hrs|uhr)\b)?"  # ("6:03 p. m.": Spanish spacing)
    # A zone, maybe in brackets: "15:26 UTC+4", "15:26 (UTC +04:00)", "9:41 AM EST".
    r"(?:\s*(?:UTC|GMT|[A-Z]{2,4})?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\s*\((?:(?:UTC|GMT|[A-Z]{2,4})\s*(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)\))?"
    r"\s*$",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})(?:-(\d{2}))?"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# Two digits for the year only with slashes ("6/17/05"): "1.2.10" is more often a version.
_NUMERIC = re.compile(r"(\d{1,2})(?:([./-])(\d{1,2})\2(\d{4})|(/)(\d{1,2})/(\d{2}))")
# A numeric date set with spaces round its separators: "25 - 11 - 2014", "25 / 11 / 2014".
_SPACED_SEPARATORS = re.compile(r"^(\d{1,2}) ([./-]) (\d{1,2}) \2 (\d{4})$")
# "28-December-2017", "28-Dec-2017": a day, a month's name and a year joined by dashes.
_NAMED_DASHED = re.compile(r"(\d{1,2})-([^\W\d_]{3,})\.?-(\d{4})")
# "2024-Nov-16": a year, a month's name and a day joined by dashes.
_ISO_NAMED = re.compile(r"(\d{4})-([^\W\d_]{3,})\.?-(\d{1,2})")
_ISO_SLASHED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?")  # "2023.11.14."
# Chinese, Japanese and Korean dates: "2024年3月12日", "2024년 3월 12일" (year, month, day).
_EAST_ASIAN = re.compile(r"(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]")
_RANGE_SPLIT = re.compile(r"\s*(?:[–—‒-]|\bto\b|\buntil\b|\bthrough\b|\bпо\b)\s*", re.IGNORECASE)
_TOKEN = re.compile(rf"\d+|{LETTERS}")  # a vowel sign stays in its word
_DATEISH = re.compile(rf"^[\w{COMBINING_MARKS}\s.,:/–—‒+|-]*$")
# "14. 11. 2023", "2023. 11. 14.": a numeric date spaced after its full stops.
_SPACED_NUMBERS = re.compile(r"(?<=\d)\.\s+(?=\d{1,4}\b)")

# (year, month, day); any part may be missing.
_Parts = tuple[int | None, int | None, int | None]


# "12:41 PM EDT, Tue March 12, 2024": a clock time before the date.
_LEADING_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[,|·]?\s+", re.IGNORECASE
)
# "by Staff Writer 01-09-2023": who wrote it, before a numeric date.
_LEADING_BY = re.compile(
    r"^by:?\s+(?:[^\W\d_]+\.?\s+){1,4}(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4})", re.IGNORECASE
)
# "Posted on March 12, 2024 by Jane Doe": who posted it, after the date.
_TRAILING_BY = re.compile(r"\s+by\s+\S.{0,60}$", re.IGNORECASE)
# "March 3, 2024 10:15 AM GMT+1 Updated 2 hours ago": the update after the date, unmarked.
_TRAILING_UPDATE = re.compile(r"\s+(?:last\s+)?(?:updated|modified)\b.{0,60}$", re.IGNORECASE)


_GLUED_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)(?=[^\W\d_]{3})")
_HYPHENED_MONTH_FIRST = re.compile(r"\b([^\W\d_]{3,9})-(\d{1,2})-(\d{4})\b")
_GLUED_CLOCK = re.compile(r"^([0-2]?\d:[0-5]\d)(?=[0-3]?\d\s+[^\W\d_]{3})")


def _normalise(text: str) -> str:
    s = _GLUED_ORDINAL.sub(r"\1 ", " ".join(text.split()))  # "14thSeptember": a lost space
    s = _GLUED_CLOCK.sub(r"\1 ", s)  # "13:2416 Oct, 2020": the time run into the day
    s = _HYPHENED_MONTH_FIRST.sub(r"\1 \2 \3", s)  # "Mar-18-2022"
    s = month_phrases(expand_abbreviations(s))
    s = DATE_LABEL.sub("", s, count=1)
    s = _LEADING_TIME.sub("", s, count=1)
    s = _TRAILING_BY.sub("", _LEADING_BY.sub("", s, count=1), count=1)
    s = _TRAILING_UPDATE.sub("", s, count=1)
    s = WEEKDAY.sub("", s, count=1)
    s = TRAILING_WEEKDAY.sub("", s, count=1)
    s = CLOCK_TIME.sub("", s, count=1)
    s = TRAILING_WEEKDAY.sub("", s, count=1)
    s = _SPACED_NUMBERS.sub(".", s)
    s = s.strip(" ,|")
    s = _SPACED_SEPARATORS.sub(r"\1\2\3\2\4", s)  # (else " - " reads as a range)
    if s[:1] in "([" and s[-1:] in ")]":  # "(13 February 2025)": a date set in brackets
        s = s[1:-1]
    return s.strip()


def _parts(text: str) -> _Parts | None:
    """Year, month and day of one side of a date; None when a token is not part of a date."""
    year = month = day = None
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    previous_was_number = False
    for token in tokens:
        low = token.lower()
        if token.isdecimal():
            previous_was_number = True
            if len(token) == 4 and 1000 <= int(token) <= 2999 and year is None:
                year = int(token)
            elif len(token) <= 2 and 1 <= int(token) <= 31 and day is None:
                day = int(token)
            else:
                return None
            continue
        if low in _ORDINAL and previous_was_number:
            previous_was_number = False
            continue
        previous_was_number = False
        number = month_number(token)
        if number is not None and month is None:
            month = number
        elif low not in _FILLER:
            return None
    return year, month, day


def _last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _single(parts: _Parts) -> PartialDate | None:
    year, month, day = parts
    if year is None:
        return None  # never invent a year
    if month is None:
        return PartialDate.year(year) if day is None else None
    if day is None:
        return PartialDate.month(year, month)
    return PartialDate.day(year, month, day)


def _range(left: _Parts, right: _Parts) -> PartialDate | None:
    ly, lm, ld = left
    ry, rm, rd = right
    if ry is None and ly is None:
        return None
    if (ld is None) != (rd is None):
        return None  # "June – 3 July 2017": the two sides are not the same kind of thing
    lm = lm if lm is not None else rm
    rm = rm if rm is not None else lm
    if lm is None or rm is None:
        return None
    ry = ry if ry is not None else ly
    if ry is None:
        return None
    inferred = ly is None and lm > rm
    if ly is None:
        # "December 28 – January 3, 2018": the left side belongs to the year before.
        ly = ry - 1 if inferred else ry
    if ld is None or rd is None:
        start, end = dt.date(ly, lm, 1), _last_day(ry, rm)
    else:
        start, end = dt.date(ly, lm, ld), dt.date(ry, rm, rd)
    if end < start:
        return None
    if inferred and (end - start).days > 31:
        return None  # a year guessed across New Year only for a short span, never a long one
    if start == end:
        return PartialDate(start, end, "day")
    return PartialDate.range(start, end)


def parse_date(text: str) -> PartialDate | None:
    """Parse a line that is a date (or a date range) into a :class:`PartialDate`.

    Returns ``None`` when the line is not entirely a date, when it names no year, or when the
    date does not exist (``February 30, 2017``). Never raises.
    """
    if len(text) > 120:
        return None
    s = _normalise(text)
    if not s:
        return None
    if ambiguous_month(s):
        return None
    try:
        return _parse_normalised(s, text)
    except (ValueError, OverflowError):
        return None


# A time zone printed with the date tells which way round "02-11-2022" is: day first outside
# North America, month first in its zones. Without one, an ambiguous date is refused.
_DAY_FIRST_ZONES = {
    "gmt", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "wat", "cat",
    "eat", "sast", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "pkt", "wib", "sgt", "hkt",
    "uk",
}  # fmt: skip
_MONTH_FIRST_ZONES = {
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ct", "akst", "hst",
}  # fmt: skip
_ZONE = re.compile(r"\b[A-Za-z]{2,4}\b")


# Labels in English; a date labelled in any other language is written day first.
_ENGLISH_LABEL = re.compile(
    r"(?:page\s+)?(?:last\s+)?(?:updated|modified)|published|posted|created|date|dated"
    r"|first published|issued|publish date|publication date",
    re.IGNORECASE,
)


def _day_first(text: str) -> bool | None:
    label = DATE_LABEL.match(" ".join(text.split()))
    if label is not None and label.group().strip() and not _ENGLISH_LABEL.match(label.group()):
        return True  # "Publicado: 02/03/2024", "Veröffentlicht am 02/03/2024"
    zones = {z.casefold() for z in _ZONE.findall(text[-40:])}
    if zones & _DAY_FIRST_ZONES and not zones & _MONTH_FIRST_ZONES:
        return True
    if zones & _MONTH_FIRST_ZONES and not zones & _DAY_FIRST_ZONES:
        return False
    return None


def _parse_normalised(s: str, text: str = "") -> PartialDate | None:
    """Parse the normalised ``s``; ``text`` is the whole line (its zone or label tells which
    way round an ambiguous numeric date is)."""
    iso = _ISO.fullmatch(s)
    if iso:
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
        if day is None:
            return PartialDate.month(int(year), int(month))
        return PartialDate.day(int(year), int(month), int(day))
    if "/" in s and s.count("/") == 1:
        first_iso, last_iso = (p.strip() for p in s.split("/"))
        if _ISO.fullmatch(first_iso) and _ISO.fullmatch(last_iso):
            begin, finish = _parse_normalised(first_iso), _parse_normalised(last_iso)
            if begin and finish and begin.start <= finish.end:
                return PartialDate.range(begin.start, finish.end)
            return None
    named = _NAMED_DASHED.fullmatch(s)
    month = month_number(named.group(2)) if named else None
    if named and month is not None:
        return PartialDate.day(int(named.group(3)), month, int(named.group(1)))
    named = _ISO_NAMED.fullmatch(s)
    month = month_number(named.group(2)) if named else None
    if named and month is not None:
        return PartialDate.day(int(named.group(1)), month, int(named.group(3)))
    slashed = _ISO_SLASHED.fullmatch(s) or _EAST_ASIAN.fullmatch(s)  # year, month, day
    if slashed:
        return PartialDate.day(*(int(g) for g in slashed.groups()))
    numeric = _NUMERIC.fullmatch(s)
    if numeric:
        first, sep, second, year_text = (g for g in numeric.groups() if g is not None)
        a, b, y = int(first), int(second), _full_year(year_text)
        if sep == ".":  # day first, as Europe dots it; "11.14.2023" only one way round
            return PartialDate.day(y, a, b) if b > 12 >= a else PartialDate.day(y, b, a)
        # Slashes: day/month or month/day; refuse to guess when both readings are possible.
        if a > 12 >= b:
            return PartialDate.day(y, b, a)
        if b > 12 >= a or a == b:
            return PartialDate.day(y, a, b)
        # "Tue, 01/05/2021": the day of the week printed with it tells which way round it is.
        weekday = english_weekday(text)
        fits = [d for d in (dt.date(y, b, a), dt.date(y, a, b)) if d.weekday() == weekday]
        if len(fits) == 1:
            return PartialDate.day(fits[0].year, fits[0].month, fits[0].day)
        day_first = _day_first(text)
        if day_first is not None:
            return PartialDate.day(y, b, a) if day_first else PartialDate.day(y, a, b)
        return None
    if not _DATEISH.match(s):
        return None
    sides = _RANGE_SPLIT.split(s)
    if len(sides) == 1:
        parts = _parts(s)
        return _single(parts) if parts else None
    if len(sides) == 2:
        left, right = _parts(sides[0]), _parts(sides[1])
        if left is None or right is None:
            return None
        return _range(left, right)
    return None


def _full_year(digits: str) -> int:
    """A year written with two digits ("6/17/05") is this century's up to this year, else the
    last century's ("12/25/98")."""
    if len(digits) == 4:
        return int(digits)
    this = dt.date.today().year
    year = this // 100 * 100 + int(digits)
    return year if year <= this else year - 100


def looks_like_date(text: str) -> bool:
    """True when the line is a date, even one without a year (``"April 8 – April 14"``).

    Used to drop undated header lines without reading them as a publication date.
    """
    if len(text) > 120:
        return False
    s = _normalise(text)
    if not s or not _DATEISH.match(s):
        return False
    if parse_date(text) is not None or _NUMERIC.fullmatch(s):
        return True  # "02-11-2022" is a date even when nothing tells which way round
    sides = _RANGE_SPLIT.split(s)
    if len(sides) > 2:
        return False
    for side in sides:
        parts = _parts(side)
        if parts is None or (parts[1] is None and parts[2] is None and parts[0] is None):
            return False
        if parts[1] is None and parts[0] is None and len(sides) == 1:
            return False
    return True
