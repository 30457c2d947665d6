"""A story's bulleted highlights right above its first prose: part of the body.

A press release lists its news before the lead (``• Two new finds made at the Velm well``),
and some pages set the standfirst as a list item. Each item is a sentence of the story and
shares its words with the lead. A bullet list that tells other stories (teasers), names a
menu or is too short to be a sentence is not pulled in.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimtrack.reading.interview_turns import opens_interview
from claimtrack.reading.lead import opens_paragraph
from claimtrack.reading.line_rules import LIST_ITEM, boilerplate_reason, words
from claimtrack.reading.lines import Line
from claimtrack.reading.not_headlines import speaker_header
from claimtrack.reading.title_words import content_words

__all__ = ["highlights_start", "opens_the_body"]

_ITEM_WORDS = 6  # an item shorter than this is a label or a menu entry, not a sentence
_LOWER_WORDS = 2  # words in lower case an item's sentence has ("made", "wells", "imposed")
_SHARED = 2  # content words an item shares with the lead: one may be chance
_LEAD_CHARS = 1500  # the story's first paragraphs, where its highlights' words come back


def _block_above(lines: Sequence[Line], i: int) -> range | None:
    """The lines packed together (no blank between) ending right above line ``i``, with at most
    one blank line between them and ``i``."""
    end = i - 1
    if end >= 0 and not lines[end].text:
        end -= 1
    if end < 0 or not lines[end].text:
        return None
    start = end
    while start > 0 and lines[start - 1].text:
        start -= 1
    return range(start, end + 1)


def _items(lines: Sequence[Line], block: range) -> list[str] | None:
    """The list items of ``block`` (an item wrapped over lines joined), or None when the block
    is not a bulleted list (a dash opens captions and credits too: not a bullet here)."""
    items: list[str] = []
    for j in block:
        text = lines[j].text
        if LIST_ITEM.match(text) and not text.startswith("-"):
            items.append(text[1:].strip())
        elif items:
            items[-1] += " " + text  # the item's wrapped line
        else:
            return None
    return items


def _highlight(item: str, lead: frozenset[str]) -> bool:
    lower = sum(1 for w in words(item) if w.islower() and len(w) > 3)
    return (
        len(words(item)) >= _ITEM_WORDS
        and lower >= _LOWER_WORDS
        and len(content_words(item) & lead) >= _SHARED
        and boilerplate_reason(item, header=True) is None
    )


def _lead_text(lines: Sequence[Line], i: int) -> str:
    """The text from line ``i`` on, up to the lead's length: only the lines it takes are read
    (the cleaner asks again for each leftover above the prose)."""
    taken: list[str] = []
    size = 0
    for line in itertools.islice(lines, i, None):
        if size >= _LEAD_CHARS:
            break
        taken.append(line.text)
        size += len(line.text) + 1
    return " ".join(taken)[:_LEAD_CHARS]


def highlights_start(lines: Sequence[Line], i: int) -> int:
    """The body's first line: the first of the bulleted highlights right above line ``i`` (or
    of the list line ``i`` stands in), else ``i``."""
    lead = content_words(_lead_text(lines, i))
    start = i
    if LIST_ITEM.match(lines[i].text):  # the first prose is itself an item: its list's first
        while start > 0 and lines[start - 1].text:
            start -= 1
        items = _items(lines, range(start, i))
        if not items or not all(_highlight(item, lead) for item in items):
            start = i
    block = _block_above(lines, start)
    items = None if block is None else _items(lines, block)
    if block is not None and items and all(_highlight(item, lead) for item in items):
        return block.start
    return start


def opens_the_body(lines: Sequence[Line], paragraphs: Sequence[Sequence[int]]) -> bool:
    """The first of the kept ``paragraphs`` opens the body: prose, a lead-in, an interview's
    first turn, a quotes sheet's speaker header, or the highlights over the next paragraph
    (else a leftover of the header)."""
    first = paragraphs[0]
    if opens_paragraph([lines[i].text for i in first]):
        return True
    if any(opens_interview(lines, i) or speaker_header(lines, i) for i in first):
        return True
    return len(paragraphs) > 1 and highlights_start(lines, paragraphs[1][0]) == first[0]
