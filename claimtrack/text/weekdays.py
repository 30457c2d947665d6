"""Days of the week as date lines print them, in the languages :mod:`claimtrack.text.dates` reads.

``Tuesday, March 3, 2024``, ``mardi 3 mars 2024``, ``21 MEI 2024 | SELASA``: the day of the week
goes with the date and is never part of it.
"""

from __future__ import annotations

import re

__all__ = ["WEEKDAY", "is_weekday"]

#: A day of the week, maybe abbreviated, opening a text and followed by a space.
WEEKDAY = re.compile(
    r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя"
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
    r"|senin|selasa|rabu|kamis|khamis|jumat|jum'at|jumaat|sabtu|minggu|ahad"  # Indonesian, Malay
    r"|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"  # Turkish
    r"|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\.?[,،]?\s+",
    re.IGNORECASE,
)


def is_weekday(text: str) -> bool:
    """A day of the week alone (``Wednesday``, ``RABU``, ``mercredi``): a piece of a date bar."""
    return len(text) <= 20 and WEEKDAY.fullmatch(text.strip() + " ") is not None
