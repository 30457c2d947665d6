"""The headline a page opens with, over its prose (or its standfirst and then its prose).

One of the header rules :class:`~claimtrack.reading.body_start.BodyStartRules` asks: where no
credit stands under the headline (:func:`~claimtrack.reading.headlines.credited_headline`), the
page's first line may still be its headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.reading.bylines import looks_like_name
from claimtrack.reading.headlines import (
    HEAD_LINES,
    MEDIA_TAG,
    HeaderReason,
    default_header_reason,
    headline_shaped,
    nonblank_lines,
)
from claimtrack.reading.interview_turns import asks_answered
from claimtrack.reading.lead import is_lead_in
from claimtrack.reading.line_rules import MINOR_WORDS, TERMINAL, is_sentence_like, words
from claimtrack.reading.lines import Line
from claimtrack.text.lexicon import STOPWORDS

__all__ = ["opening_headline"]

# The most words of a headline over the prose: some desks write a sentence's worth ("Rangers
# from the Northern Territory catch more than 300 crocodiles in 2021 after the number rises …").
_MOST_WORDS = 32
_SHORT_WORDS = 20  # a longer one never ends a sentence


def opening_headline(
    lines: Sequence[Line], reason_of: HeaderReason = default_header_reason
) -> tuple[int, int] | None:
    """``(headline, first prose line)`` when the page opens with a headline over its prose.

    The first line that is not boilerplate, four to twenty words, standing alone, without a
    sentence's end, over a paragraph that ends a sentence (or introduces a quotation): in a copy
    whose sentences end in full stops, a line without one over such prose is its headline, even
    when it is long. A longer standfirst may stand between; the story then starts there.
    """
    head = nonblank_lines(lines, 0, HEAD_LINES)
    # A lone word above ("Pages", "Politics": a blog gadget's or a section's label; a stray
    # mark) is no headline and heads none: the page opens at the next line.
    first = next(
        (i for i in head if reason_of(lines[i].text) is None and not _lone_word(lines[i].text)),
        None,
    )
    if first is not None and looks_like_name(lines[first].text):
        # A columnist's name over the headline ("Ada Lund" / "The harbour deserves better"):
        # the headline is the next line.
        first = next((i for i in head if i > first and reason_of(lines[i].text) is None), None)
    if first is None:
        return None
    found = _headline_at(lines, head, first, reason_of)
    if found is None and _notice(lines[first].text):
        # A site's notice above the headline ("Welcome to the Harbour Forum. It's quiet here
        # these days."): the headline is the next line.
        second = next((i for i in head if i > first and reason_of(lines[i].text) is None), None)
        if second is not None and not _shares_a_word(lines[first].text, lines[second].text):
            found = _headline_at(lines, head, second, reason_of)
    return found


def _uncut(text: str) -> str:
    """The text without an ellipsis at its end, inside its closing marks or after them."""
    line = text.rstrip()
    said = line.rstrip("\"”’'»")
    for mark in ("...", "…"):
        if said.endswith(mark):
            return said[: -len(mark)].rstrip() + line[len(said) :]
    return text


def _lone_word(text: str) -> bool:
    """One word at most (a stray mark as well: ``" "``)."""
    return sum(1 for w in words(text) if any(c.isalnum() for c in w)) <= 1


def _notice(text: str) -> bool:
    """A sentence (not a turn or a question) standing first on the page."""
    return is_sentence_like(text) and text.rstrip()[-1:] == "." and text[:1] not in "-–—"


def _shares_a_word(notice: str, headline: str) -> bool:
    """The line above names something the headline names: the story's lead or its teaser,
    not the site's notice (and a web address is no headline)."""
    if "://" in headline or "www." in headline:
        return True
    seen = {w.casefold() for w in words(notice)}
    return any(
        len(w) > 3 and w.casefold() in seen and w.casefold() not in STOPWORDS
        for w in words(headline)
    )


def _headline_at(
    lines: Sequence[Line], head: list[int], first: int, reason_of: HeaderReason
) -> tuple[int, int] | None:
    """``(headline, first prose line)`` when ``lines[first]`` is a headline over prose."""
    # A feed cuts a long headline ("Lund: “We won a hard game”…"); first on the page, over
    # its prose, the cut line is still the headline, not a teaser of another story.
    shown = _uncut(lines[first].text)
    if shown != lines[first].text and len(words(shown)) > _SHORT_WORDS:
        return None  # a longer line cut short is a story's opening sentence, not its headline
    if not headline_shaped(shown, least=4, reason_of=reason_of):
        return None
    if lines[first].text[:1] in "-–—" or asks_answered(lines, first):
        return None  # "—¿Why the harbour?", or one answered under "LUND:": an interview's turn
    packed = first + 1 < len(lines) and lines[first + 1].text  # (but "… . Video" ends no prose)
    long = len(words(lines[first].text)) > _SHORT_WORDS
    if long and lines[first].text.rstrip()[-1:] in ".?!:":
        return None  # a long line that ends a sentence: a turn or a lead, not a headline
    if len(words(lines[first].text)) > _MOST_WORDS or (
        packed
        and not MEDIA_TAG.search(lines[first].text)
        and not _sets_off(lines[first].text, lines[first + 1].text)
    ):
        return None  # not standing alone: maybe the first line of a wrapped paragraph
    # A caption printed twice or more, or a photo credit, may stand between it and its prose.
    texts = [lines[j].text for j in head]
    nxt = next(
        (
            j
            for j in head
            if j > first and texts.count(lines[j].text) < 2 and reason_of(lines[j].text) is None
        ),
        None,
    )
    if nxt is None:
        return None
    prose = lines[nxt].text
    if (is_sentence_like(prose) and TERMINAL.search(prose)) or is_lead_in(prose):
        return first, nxt  # (a lead-in too: "The mayor then took the floor:")
    # A standfirst between, longer than the headline and ending no sentence either, over
    # prose that ends one ("Council rejects plan" / "The vote ends two years of talks over …"
    # / "The council on Tuesday …").
    under = next(
        (
            j
            for j in head
            if j > nxt and reason_of(lines[j].text) is None and not _furniture(lines[j].text)
        ),
        None,
    )
    if (
        under is None
        or TERMINAL.search(prose)
        or len(prose) <= len(lines[first].text)
        or not is_sentence_like(prose)
    ):
        return None
    below = lines[under].text
    return (first, nxt) if is_sentence_like(below) and TERMINAL.search(below) else None


_OPENERS = "\"“‘'«"


def _sets_off(head: str, under: str) -> bool:
    """A headline with no blank line under it, over a paragraph that starts a sentence and
    ends one: a page that packs its paragraphs, not a paragraph wrapped after its first line
    (which would end on "for" or "the", go on in lower case, or run a name over the break:
    "… the Department of Northern" / "Harbours is watching …")."""
    tail, lead = words(head), words(under)
    if not tail or not lead:
        return False
    last, first = tail[-1].strip(",;"), lead[0]
    # (a name cannot run over a head that ends its sentence: "Lund: ‘Who am I to judge…!?’")
    name_runs_on = last[:1].isupper() and first[:1].isupper() and not TERMINAL.search(head)
    return (
        last.casefold() not in MINOR_WORDS
        and not head.endswith((",", ";", "-", "–", "—"))
        and (under[:1].isupper() or under[:1] in _OPENERS)
        and (not name_runs_on or first.casefold() in MINOR_WORDS)
        and is_sentence_like(under)
        and TERMINAL.search(under) is not None
    )


def _furniture(text: str) -> bool:
    """A short line between a standfirst and its prose that is no sentence: the writer's name,
    a share bar ("Ada Lund", "Share Adjust Comment Print")."""
    return len(words(text)) < 6 and not TERMINAL.search(text)
