"""Full dates written inside a line that is more than a date.

:func:`~claimtrack.text.dates.parse_date` reads a line that *is* a date, on purpose: a sentence
that mentions a day is not a date line. A page's header, though, packs its date among other
things: ``Published 4th Jun 2023, 13:20 BST- 1 min read``, ``20 Apr 2023 Jane Roe Last updated:
20 Apr 2023``, ``By the Press Office Date 19 September 2023``. :func:`full_dates_in` finds the
stretches of such a line that are a whole day (day, month and year) and reads each with
``parse_date`` itself, so every format and language it knows counts here too, and an ambiguous
``02/03/2024`` stays unread. A day without its year is never one: the year is never invented.
"""

from __future__ import annotations

import re

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.text.dates import DATE_LABEL, parse_date

__all__ = ["full_dates_in", "is_update_label", "labelled_date_ahead"]

_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th|er|º|\.)?"
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
# Each form is tried where a number or a word starts; the match is then read by parse_date.
_FORMS = re.compile(
    rf"\b(?:{_YEAR}-[01]\d-[0-3]\d"  # 2023-06-04
    rf"|{_YEAR}/[01]?\d/[0-3]?\d"  # 2023/6/4
    rf"|[0-3]?\d([./-])[01]?\d\1{_YEAR}"  # 04.06.2023, 4/6/2023
    rf"|[0-3]?\d-{_MONTH_WORD}-{_YEAR}"  # 4-Jun-2023
    # 4th Jun 2023, 4 de junio de 2023
    rf"|{_DAY},?\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+)?{_YEAR}"
    rf"|{_MONTH_WORD}\s+{_DAY},?\s+{_YEAR})"  # June 4, 2023
    r"(?!\d)",
    re.IGNORECASE,
)


def full_dates_in(line: str) -> list[tuple[int, int, PartialDate]]:
    """``(start, end, day)`` for every whole day written in ``line``, in order. Linear in the
    line: one scan, and ``parse_date`` on each short match."""
    found = []
    for m in _FORMS.finditer(line):
        date = parse_date(m.group())
        if date is not None and date.precision is DatePrecision.DAY:
            found.append((m.start(), m.end(), date))
    return found


_UPDATED = re.compile(
    r"^(?:page\s+)?(?:last\s+)?(?:updated|modified|обновлено|mise? à jour|aktualisiert|actualizado"
    r"|aggiornato|ultimo aggiornamento|ultima modifica|modificato|dernière mise à jour|bijgewerkt"
    r"|оновлено|zaktualizowano|aktualizacja|atualizado|atualização|güncelleme|diperbarui)\b",
    re.IGNORECASE,
)


def is_update_label(label: str) -> bool:
    """``Updated``, ``Last modified``, ``Aktualisiert`` …: an update's label, not a
    publication's."""
    return _UPDATED.match(label) is not None


_AHEAD = 24  # characters a weekday or a clock time may take between the label and the day
_TAIL_WORDS = 6  # words after the day: a clock time, a reading time, a section; no sentence


def labelled_date_ahead(line: str) -> tuple[PartialDate, str] | None:
    """The day a labelled date line opens with, whatever follows it, and the label:
    ``Published 4th Jun 2023, 13:20 BST- 1 min read`` (a reading time), ``Updated: 3 March
    2024 | Politics``. The label makes the line a date line; a few words may follow the day,
    a sentence may not (``Published on 3 May 2021, the report found …``)."""
    label = DATE_LABEL.match(line)
    # "Le 3 mars 2024 à Paris": a bare "on" may open a sentence; a label is a word of its own.
    if label is None or len(label.group().strip(" :-–")) < 3 or len(line) > 160:
        return None
    found = full_dates_in(line[label.end() :])
    if not found or found[0][0] > _AHEAD:
        return None
    tail = line[label.end() + found[0][1] :].strip()
    if len(tail.split()) > _TAIL_WORDS or tail.endswith((".", "!", "?")):
        return None
    return found[0][2], label.group().strip()
