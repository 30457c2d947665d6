"""A headline printed in the body: under the page's lead ("<the lead sentence>" / "<Headline>"
/ the story), or after the text (:func:`~claimtrack.reading.header.title_below`), maybe over its
date line and a section's tag (``<Headline>`` / ``- 16 May 2024`` / ``Northport City``).

Some pages (a feed's teaser, a list's card copied with the story) print the story's first
sentence above its headline. The header rules then see prose first and find no title; the
headline stands alone as the body's second paragraph. It is the title when it has a headline's
shape and case (seven words or more, all but the small ones capitalised, no sentence's end) and
the lead over it is one line of prose: a subheading never stands right after a story's first
sentence in Title Case before any other paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.reading.header import cut_off_last, title_below
from claimtrack.reading.headlines import headline_shaped
from claimtrack.reading.interview_turns import transcript_turn
from claimtrack.reading.line_rules import (
    DropReason,
    is_sentence_like,
    is_title_case_headline,
    words,
)
from claimtrack.reading.lines import Line
from claimtrack.reading.title_words import content_words

__all__ = ["headline_under_lead", "title_in_body"]

_LEAST_WORDS = 7  # a subheading under the lead is shorter ("Lukashenka and the CSTO")
_MIN_PARAGRAPHS = 3
_DATE_REACH = 3  # lines under a headline where its date line stands (a blank between)
_SHARED_WITH_LEAD = 2
_MAX_TAG = 40
_TAG_WORDS = 3


def headline_under_lead(lines: Sequence[Line], paragraphs: Sequence[Sequence[int]]) -> int | None:
    """The line of a headline standing as the second paragraph under a one-line lead, or None."""
    if len(paragraphs) < _MIN_PARAGRAPHS or len(paragraphs[0]) != 1 or len(paragraphs[1]) != 1:
        return None
    lead, head = lines[paragraphs[0][0]].text, lines[paragraphs[1][0]].text
    if not is_sentence_like(lead) or not headline_shaped(head, least=_LEAST_WORDS):
        return None
    return paragraphs[1][0] if is_title_case_headline(head) else None


def title_in_body(
    lines: Sequence[Line],
    reason: list[DropReason | None],
    paragraphs: list[list[int]],
    *,
    last: bool,
) -> str | None:
    """The title a page with no headline above its body prints in it: under the lead, else
    (when ``last``: nothing cut the page's tail) printed last of all. Its line's reason is set
    and its paragraph taken out; a last line after a sign-off ("By Jane Roe", "Source: …") is
    something else's, dropped as a related link."""
    if (top := headline_under_lead(lines, paragraphs)) is not None:
        reason[top] = DropReason.TITLE
        paragraphs.remove([top])
        return lines[top].text
    if last and (tag := _closing_tag(lines, reason, paragraphs)) is not None:
        reason[tag] = DropReason.RELATED_LINK
        paragraphs.pop()
    if not last or (end := title_below(lines, paragraphs)) is None:
        return None
    if transcript_turn(lines[end].text, [lines[p[0]].text for p in paragraphs[:-1]]):
        return None  # "Lund: …?" under "Ada Lund: …": the interview's last turn
    between = range(paragraphs[-2][-1] + 1, end)
    signed = any(reason[i] in (DropReason.BYLINE, DropReason.UI_WORD) for i in between)
    if (
        not signed
        and not _dated_headline(lines, reason, paragraphs)
        and cut_off_last(lines[end].text)
    ):
        return None  # the copy's end cut its last paragraph short: it stays the body's
    reason[end] = DropReason.RELATED_LINK if signed else DropReason.TITLE
    paragraphs.pop()
    return None if signed else lines[end].text


def _closing_tag(
    lines: Sequence[Line], reason: Sequence[DropReason | None], paragraphs: list[list[int]]
) -> int | None:
    """The line of a section's tag (``Northport City``) closing a page that prints its
    headline last over its date line: the tag under the date, the headline over it, or None."""
    if len(paragraphs) < _MIN_PARAGRAPHS + 1 or len(paragraphs[-1]) != 1:
        return None
    tag = paragraphs[-1][0]
    text = lines[tag].text
    if len(text) > _MAX_TAG or len(words(text)) > _TAG_WORDS or not text[:1].isupper():
        return None
    if not all(w[:1].isupper() for w in words(text)) or is_sentence_like(text):
        return None
    above = paragraphs[-2][-1]
    if not any(reason[i] is DropReason.DATE for i in range(above + 1, tag)):
        return None
    return tag if title_below(lines, paragraphs[:-1]) == above else None


def _dated_headline(
    lines: Sequence[Line], reason: Sequence[DropReason | None], paragraphs: list[list[int]]
) -> bool:
    """The last paragraph, one line, stands over a date line and tells the lead's story (two
    words of content shared): a headline in sentence case, not a paragraph the copy's end cut
    off (a date line follows it)."""
    end = paragraphs[-1][0]
    after = [i for i in range(end + 1, min(len(lines), end + _DATE_REACH)) if lines[i].text]
    if not after or reason[after[0]] is not DropReason.DATE:
        return False
    lead = content_words(" ".join(lines[i].text for i in paragraphs[0]))
    return len(content_words(lines[end].text) & lead) >= _SHARED_WITH_LEAD
