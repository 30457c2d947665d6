"""Days of the week as date lines print them, in the languages :mod:`claimtrack.text.dates` reads.

``Tuesday, March 3, 2024``, ``mardi 3 mars 2024``, ``21 MEI 2024 | SELASA``: the day of the week
goes with the date and is never part of it.
"""

from __future__ import annotations

import re

__all__ = ["TRAILING_WEEKDAY", "WEEKDAY", "english_weekday", "is_weekday"]

_NAMES = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|(?:mo|di|mi|do|fr|sa|so)(?=\.)"  # German "Di., 14.11.2023", only with the full stop
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
    r"|mandag|tirsdag|lørdag|søndag"  # Danish, Norwegian
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя"
    r"|понеделник|сряда|четвъртък|петък|събота|неделя"  # Bulgarian
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
    r"|pondělí|úterý|středa|čtvrtek|pátek|neděle"  # Czech
    r"|pondelok|utorok|streda|štvrtok|piatok|nedeľa"  # Slovak
    r"|ponedjeljak|ponedeljak|utorak|srijeda|sreda|četvrtak|petak|subota|nedjelja|nedelja"
    r"|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică"  # Romanian
    r"|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap"  # Hungarian
    r"|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή"
    r"|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai"
    r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật"  # Vietnamese
    r"|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार"
    r"|senin|selasa|rabu|kamis|khamis|jumat|jum'at|jumaat|sabtu|minggu|ahad"  # Indonesian, Malay
    r"|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"  # Turkish
    r"|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili"  # Swahili
    r"|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
)
#: A day of the week, maybe abbreviated, opening a text and followed by a space.
WEEKDAY = re.compile(rf"^(?:{_NAMES})\.?[,،]?\s+", re.IGNORECASE)
#: A day of the week after the date: "14 Kasım 2023 Salı", "2023. november 14., kedd",
#: "2023年11月14日（火）", "2023년 11월 14일 (화)", "2023年11月14日 星期二".
TRAILING_WEEKDAY = re.compile(
    rf"(?:[,،]?\s+(?:{_NAMES})\.?"
    r"|\s*[(（](?:[月火水木金土日]|[월화수목금토일])(?:曜日?|요일)?[)）]"
    r"|\s*(?:星期|周|週)[一二三四五六日天])\s*$",
    re.IGNORECASE,
)


def is_weekday(text: str) -> bool:
    """A day of the week alone (``Wednesday``, ``RABU``, ``mercredi``): a piece of a date bar."""
    return len(text) <= 20 and WEEKDAY.fullmatch(text.strip() + " ") is not None


_ENGLISH = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday)?\.?,?\s", re.IGNORECASE
)


def english_weekday(text: str) -> int | None:
    """The day of the week an English date line opens with ("Tue, 01/05/2021"), as
    :meth:`datetime.date.weekday` numbers it (Monday is 0); None when it opens with none."""
    m = _ENGLISH.match(text.strip() + " ")
    return None if m is None else _DAYS.index(m.group(1).lower())


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
