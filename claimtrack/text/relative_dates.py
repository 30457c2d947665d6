"""Times relative to the day of reading: ``2 hours ago``, ``hace 2 horas``, ``Today at 10:15``.

Nobody recorded the day the page was read, so such a time is never a date; the cleaner drops
the line as a page's furniture.
"""

from __future__ import annotations

import re

from claimtrack.text.dates import DATE_LABEL

__all__ = ["RELATIVE", "is_relative_date"]

# "2 hours ago", "hace 2 horas", "il y a 3 jours", "vor 2 Stunden", "2 ore fa", "2 часа назад":
# a time relative to a reading day nobody recorded, so never a date.
_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
    r"|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?"
    r"|secondes?|heures?|jours?|semaines?|mois|ans?"
    r"|sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?"
    r"|secondi|minuti|ore|giorni|settimane|mesi|anni|ora|giorno|settimana|mese|anno"
    r"|секунд[ыу]?|минут[ыу]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[июь]|месяц(?:а|ев)?)"
)
_RELATIVE_PATTERN = (
    # ("1 day agoon": a theme prints "ago" and the "on" of a date it leaves out)
    rf"(?:(?:an?|\d+)\s+{_UNITS}\s+ago(?:\s*on)?"
    rf"|(?:hace|há|il y a|vor|fa)\s+(?:un[ae]?\s+|\d+\s+){_UNITS}"
    rf"|\d+\s+{_UNITS}\s+(?:fa|назад)|just now"
    # "Today at 10:15", "ayer a las 18:00": a day named relative to the reading, maybe timed.
    r"|(?:today|yesterday|hoy|ayer|aujourd'hui|hier|heute|gestern|oggi|ieri|сегодня|вчера)"
    r"(?:,?\s*(?:at|à|um|a las|alle|в)?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    # "11:59 am today", "18:05 hier": the time first, then the day named relative to it.
    r"|\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?,?\s+"
    r"(?:today|yesterday|hoy|ayer|aujourd'hui|hier|heute|gestern|oggi|ieri|сегодня|вчера))"
)
RELATIVE = re.compile(
    rf"^(?:(?:last\s+)?updated\s*:?\s*)?{_RELATIVE_PATTERN}$",
    re.IGNORECASE,
)


def is_relative_date(text: str) -> bool:
    """A time relative to the day of reading (``2 hours ago``, ``hace 2 horas``): never a date."""
    if len(text) > 60:
        return False
    s = DATE_LABEL.sub("", " ".join(text.split()), count=1)
    return bool(RELATIVE.fullmatch(s.strip(" .,|")))
