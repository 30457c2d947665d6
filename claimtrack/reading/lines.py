"""Split a raw article into logical lines, keeping each line's offsets into the raw text.

A hard-wrapped copy (every line at most ~100 characters, many close to the longest) is unwrapped
first, so the rules of :mod:`claimtrack.reading.line_rules` see a paragraph as one line; a
labelled date run into the first paragraph (``date 2024-05-30 The ministry said …``) is split off.
Every step is linear in the size of the input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from claimtrack.model import DatePrecision
from claimtrack.reading.line_rules import is_end_marker, is_title_case_headline
from claimtrack.reading.notices import is_furniture
from claimtrack.text.dates import parse_date
from claimtrack.text.turn_labels import CAPS_TURN, TIMED_TURN
from claimtrack.text.typography import strip_blank

__all__ = ["Line", "split_date_prefixes", "split_lines", "standalone"]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@frozen
class Line:
    """One logical line: a stripped raw line, or a hard-wrapped paragraph's lines joined.

    ``parts`` holds ``(raw_start, length)`` of each raw line joined into ``text`` (with one
    space between them); empty for a line that is one stretch of raw.
    """

    start: int  # raw offset of the first non-blank character
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> tuple[tuple[int, int], ...]:
        """``(raw_start, length)`` of each stretch of raw that ``text`` copies, in order."""
        return self.parts or ((self.start, len(self.text)),)


# A hard-wrapped copy: no line longer than this, and many lines close to the longest.
_WRAP_MAX = 100
_WRAP_NEAR = 12


def split_lines(raw: str, start: int = 0) -> list[Line]:
    """The lines of ``raw[start:]`` (CRLF, CR or LF), each stripped of blanks, with raw offsets.

    In a hard-wrapped copy (every line at most ~100 characters, many of them close to the
    longest), a line broken only because the next word would not fit is joined to the next:
    the rules then see the paragraph as one line, as in the unwrapped copy.
    """
    lines: list[Line] = []
    pos = start
    for m in _LINE_BREAK.finditer(raw, start):
        lines.append(_strip_line(raw, pos, m.start()))
        pos = m.end()
    lines.append(_strip_line(raw, pos, len(raw)))
    width = _wrap_width(lines)
    return lines if width is None else _unwrap(lines, width)


def _wrap_width(lines: list[Line]) -> int | None:
    lengths = [len(line.text) for line in lines if len(line.text) >= 20]
    if len(lengths) < 3:
        return None
    width = max(lengths)
    if width > _WRAP_MAX:
        return None
    near = sum(1 for n in lengths if n >= width - _WRAP_NEAR)
    return width if near >= 3 and near >= 0.4 * len(lengths) else None


def _unwrap(lines: list[Line], width: int) -> list[Line]:
    out: list[Line] = []
    group: list[Line] = []
    for line in lines:
        # An end marker or a control ("555 reads", "No comments") is a line of its own, even
        # where it would have fitted.
        if (
            group
            and line.text
            and _was_wrapped(group[-1], line, width)
            and not _stands_alone(line.text)
        ):
            group.append(line)
            continue
        if group:
            out.append(_joined(group))
        group = [line] if line.text else []
        if not line.text:
            out.append(line)
    if group:
        out.append(_joined(group))
    return out


def _stands_alone(text: str) -> bool:
    # One word ("more", "Print") may well end a wrapped sentence; a control of two or more
    # words ("No comments :") does not. A one-word end marker stands alone unless it is in
    # lower case: "ends." ends a wrapped sentence, "ENDS" or "###" ends the article.
    if " " not in text:
        return not text[:1].islower() and is_end_marker(text)
    # A speaker's turn in capitals ("LUND: It was …") or with its time ("Speaker 2 (00:08):")
    # opens a paragraph of its own.
    turn = CAPS_TURN.match(text) or TIMED_TURN.match(text)
    return is_end_marker(text) or is_furniture(text) or turn is not None


def _joined(group: list[Line]) -> Line:
    """One logical line from the raw lines of a hard-wrapped paragraph (built once: linear)."""
    if len(group) == 1:
        return group[0]
    return Line(
        group[0].start,
        group[-1].end,
        " ".join(line.text for line in group),
        tuple((line.start, len(line.text)) for line in group),
    )


def _was_wrapped(prev: Line, line: Line, width: int) -> bool:
    """Greedy wrapping breaks a line only where the next word would not fit."""
    first_word = line.text.split(" ", 1)[0]  # NBSP does not break a line
    return len(prev.text) + 1 + len(first_word) > width - 2


# "date 2024-05-30 The ministry said …": a labelled date run into the first paragraph.
_DATE_PREFIX = re.compile(
    r"(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s+\S)",
    re.IGNORECASE,
)
# "27 October 2009 ~ Post-match interviews …": a date set off by a mark before the lead.
_DATE_LEAD = re.compile(r"(?P<date>\w[\w ,./:]{4,60}?)\s+(?:[~|—–]|-{1,2})(?=\s+\S)")
# "Published: Friday | February 28, 2020 | 12:28 AMJane Roe/Staff Reporter": a labelled date
# whose time runs into the byline that followed it on the page.
_GLUED_CREDIT = re.compile(
    r"(?i:published|posted|updated)\s*:?[^\n]{4,60}?\d{1,2}:\d{2}\s?[AP]\.?M\.?(?=[A-Z][a-z])"
)
# "[Harbour Daily Reporter Ada Lund] The mayor said …": a reporter's credit in brackets.
_CREDIT_PREFIX = re.compile(
    r"\[[^\[\]]{0,40}\b(?:Reporter|Correspondent|Writer)\s+[^\[\]\d]{2,40}\]\s*(?=\S)"
)
# "Velm Council Opens New Harbour Library in Northport“The works are done,” he said.": a
# related article's headline glued to the paragraph after it (prose puts a space before “).
_GLUED_QUOTE = re.compile(r"(?<=[a-z])[“\"](?=[A-Z])")
_HEADLINE_CHARS = 160
# A rest of three words or more is a line of its own ("date 2021-07-27 Daily Business Live"); a
# shorter one stays with its date, read as a section's name or a control (page_dates).
SPLIT_WORDS = 3
# The unlabelled form only before the first line of prose (a timeline in the body keeps its dates).
_PROSE_WORDS = 8


def split_date_prefixes(lines: list[Line]) -> list[Line]:
    """Split a date run into the start of a line off it: a labelled one anywhere (``date
    2024-05-30 The …``), a full date set off by a mark (``27 October 2009 ~ The …``) before the
    first line of prose.
    """
    out: list[Line] = []
    prose = False
    for line in lines:
        m = _DATE_PREFIX.match(line.text)
        date_end = m.end() if m else 0
        glued = None if m else _GLUED_CREDIT.match(line.text) or _CREDIT_PREFIX.match(line.text)
        if glued is not None and line.text[glued.end() :].strip():
            out += _split_at(line, glued.end())
            continue
        if (headline_end := _glued_headline(line.text)) is not None:
            out += _split_at(line, headline_end)
            continue
        if m is None and not prose and (lead := _DATE_LEAD.match(line.text)):
            date = parse_date(lead.group("date"))
            if date is not None and date.precision is DatePrecision.DAY:
                m, date_end = lead, lead.end("date")
        prose = prose or len(line.text.split()) >= _PROSE_WORDS
        first_start, first_length = line.pieces()[0]
        rest_at = (
            m.end() + len(line.text[m.end() :]) - len(line.text[m.end() :].lstrip()) if m else 0
        )
        if m is None or rest_at >= first_length or len(line.text[rest_at:].split()) < SPLIT_WORDS:
            out.append(line)
            continue
        # The date line spans its mark ("~") too, so that every raw character is accounted for.
        out.append(Line(line.start, line.start + m.end(), line.text[:date_end]))
        rest_parts = ((first_start + rest_at, first_length - rest_at), *line.pieces()[1:])
        rest = Line(first_start + rest_at, line.end, line.text[rest_at:], rest_parts)
        out.append(rest if line.parts else Line(rest.start, rest.end, rest.text))
    return out


def _glued_headline(text: str) -> int | None:
    """Where a Title Case headline glued to the opening quote after it ends, if one is."""
    quote = _GLUED_QUOTE.search(text, 0, _HEADLINE_CHARS)
    if quote is None or not is_title_case_headline(text[: quote.start()]):
        return None
    return quote.start()


def _split_at(line: Line, at: int) -> list[Line]:
    """A one-piece line cut in two at ``at`` (a wrapped line is left whole)."""
    if line.parts:
        return [line]
    return [
        Line(line.start, line.start + at, line.text[:at]),
        Line(line.start + at, line.end, line.text[at:]),
    ]


def _strip_line(raw: str, a: int, b: int) -> Line:
    # Unicode whitespace (NBSP included) and zero-width characters, as the normaliser sees them.
    start, end = strip_blank(raw, a, b)
    return Line(start, end, raw[start:end])


def standalone(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` stands between blank lines (or the file's ends)."""
    before = i == 0 or not lines[i - 1].text
    after = i + 1 >= len(lines) or not lines[i + 1].text
    return before and after
