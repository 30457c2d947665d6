"""Join the kept lines of a cleaned article into paragraphs of text, with the map back to raw.

Kept lines with no blank or dropped line between them form a block; a hard-wrapped block is one
paragraph, any other block one paragraph per line. Paragraphs are joined with ``"\\n\\n"`` and the
raw lines of a wrapped paragraph with one space: nothing else in the text is new.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import LIST_ITEM, TERMINAL, DropReason, reports_speech
from claimtrack.reading.lines import Line
from claimtrack.text.headings import is_heading
from claimtrack.text.turn_labels import CAST_LABEL, TIMED_TURN

__all__ = ["join_paragraphs", "kept_blocks", "split_paragraphs"]

Span = tuple[int, int]


def kept_blocks(
    lines: Sequence[Line], reason: Sequence[DropReason | None], start: int, stop: int
) -> list[list[int]]:
    """Runs of kept lines with no blank or dropped line between them."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for i in range(start, stop):
        if lines[i].text and reason[i] is None:
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def split_paragraphs(lines: Sequence[Line], blocks: list[list[int]]) -> list[list[int]]:
    """Split blocks: a hard-wrapped block is one paragraph (or several, where one ends with no
    blank line: :func:`_wrapped_paragraphs`), otherwise each line is one."""
    out: list[list[int]] = []
    for block in blocks:
        texts = [lines[i].text for i in block]
        wrapped = (
            len(block) > 1
            and all(len(t) <= 100 for t in texts)
            and any(not TERMINAL.search(t) for t in texts[:-1])
            and not all(LIST_ITEM.match(t) for t in texts[1:])  # a list: an item a line
        )
        if wrapped:
            out.extend(_wrapped_paragraphs(texts, block))
            continue
        for n, i in enumerate(block):
            # A line running on in lower case after one that ends no sentence, or any line
            # after one that stops at a comma, continues it.
            prev = texts[n - 1] if n else ""
            # So does any line after one reporting speech that ends no sentence.
            if (
                n
                and not LIST_ITEM.match(texts[n])  # (a list's next item stands alone)
                and (
                    ((texts[n][:1].islower() or reports_speech(prev)) and not TERMINAL.search(prev))
                    or prev.endswith((",", ";"))
                )
            ):
                out[-1].append(i)
            else:
                out.append([i])
    return out


def join_paragraphs(
    raw: str, lines: Sequence[Line], paragraphs: list[list[int]]
) -> tuple[str, tuple[tuple[int, int, int], ...], tuple[Span, ...], tuple[Span, ...]]:
    """The text, its ``(text_start, raw_start, length)`` map, paragraph and heading spans."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    spans: list[Span] = []
    headings: list[Span] = []
    pos = 0
    for paragraph in paragraphs:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        para_start, raw_end = pos, -1
        for n, (raw_start, length) in enumerate(
            piece for i in paragraph for piece in lines[i].pieces()
        ):
            if n and raw_start != raw_end:  # a line cut where the raw had no space stays whole
                pieces.append(" ")
                pos += 1
            pieces.append(raw[raw_start : raw_start + length])
            raw_end = raw_start + length
            segments.append((pos, raw_start, length))
            pos += length
        spans.append((para_start, pos))
        if len(paragraph) == 1 and is_heading(lines[paragraph[0]].text):
            headings.append((para_start, pos))
    return "".join(pieces), tuple(segments), tuple(spans), tuple(headings)


# An interview's turn ("CHARLIE ROSE: …") or a transcript's stage direction ("(END VIDEO CLIP)").
_TURN_START = re.compile(r"[A-Z][A-Z .,'’-]{2,60}:\s|\([A-Z][A-Z .,'’-]{2,40}\)$")
# A paragraph's last line ends a sentence well short of the width its block is wrapped at.
_SHORT_END = 0.6
# ... or short enough that the next line's first word would have fitted on it, with room to
# spare: copies of PDFs wrap by the printed width, so line lengths vary by a tenth or more.
_ROOM_LEFT = 0.85


def _wrapped_paragraphs(texts: list[str], block: list[int]) -> list[list[int]]:
    """A hard-wrapped block cut where a paragraph ends with no blank line after it: after a
    line ending a sentence that the next line's first word would have fitted on, around a
    subheading in capitals between sentences, and before a transcript's turn, cast line or
    stage direction."""
    width = max(len(t) for t in texts)
    capitals = any(t != t.upper() for t in texts)  # (a copy all in capitals has no such heading)
    out: list[list[int]] = [[block[0]]]
    for n in range(1, len(block)):
        prev, text = texts[n - 1], texts[n]
        fitted = len(prev) + 1 + len(text.split(maxsplit=1)[0]) < _ROOM_LEFT * width
        fitted = fitted and not _quote_open([texts[k] for k in range(n) if block[k] >= out[-1][0]])
        ended = bool(TERMINAL.search(prev)) and (len(prev) < _SHORT_END * width or fitted)
        # ("Speaker: Ada Lund", a cast line; "Speaker 2 (00:08):", a machine transcript's turn)
        turn = _TURN_START.match(text) or CAST_LABEL.match(text) or TIMED_TURN.match(text)
        heading = capitals and (
            (TERMINAL.search(prev) and _caps_heading(text)) or _caps_heading(prev)
        )
        if ended or turn or heading or _TURN_START.fullmatch(prev):
            out.append([block[n]])
        else:
            out[-1].append(block[n])
    return out


def _quote_open(lines: list[str]) -> bool:
    """A quotation opened in these lines is not closed ("We were short. / The chance was …"
    goes on quoting): a paragraph does not end inside it."""
    joined = " ".join(lines)
    return joined.count('"') % 2 == 1 or joined.count("“") > joined.count("”")


def _caps_heading(text: str) -> bool:
    """A subheading in capitals ("MINISTRY OF COMMERCE, INDUSTRY AND LABOUR")."""
    return text == text.upper() and any(c.isalpha() for c in text) and is_heading(text)
