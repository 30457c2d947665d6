"""Boxes a page prints among the body's lines, told by their neighbours: never the story.

- a **sidebar** of other stories' headlines (:func:`~claimtrack.reading.repeats.sidebar_lines`);
- a **paywall** box (:mod:`~claimtrack.reading.paywalls`);
- a **video card**: a clip's length alone on its line (``07:54``), the clip's title under it and
  its blurb (``Watch … press conference after …``); a transcript's turn under a time code
  (``JANE: Yes``) stays unless a blurb follows;
- a **video teaser** in a media box: ``Video Message from the mayor …``, packed against a
  dropped line (a credit, a control), no sentence;
- a **newsletter box broken into lines**: ``Harbour Daily`` / ``News from`` / ``the harbour in
  your`` / ``inbox``, lines ending on a word that needs the next one, closing on ``inbox``;
- a box of **teaser cards** closing the page: headlines over their dates and cut blurbs
  (:mod:`~claimtrack.reading.teaser_cards`);
- a **run of links** set off by a trailing mark (``… -``), a separator alone (``-``), an agency's
  closing credit (``-Newswire``) (:mod:`~claimtrack.reading.link_lists`);
- an **embedded player's clip**: its link (``Watch on YouTube: "Harbour Day | Harbour News"``)
  and the clip's title printed over it (``Harbour Day | Harbour News``), which reads like a
  byline but names a clip, not the story's writers;
- a **stray fragment** closing the page: a letter or two alone on the last line (``R``), a
  button's or a cut-off word's leftover, never a line of the story (a drop cap opens one);
- a **cookie notice's box**: the lines naming cookies next to a sure notice
  (:func:`~claimtrack.reading.page_prompts.cookie_box`);
- a wire's **dateline alone** on its line (``MADRID, 17 Ene. (EUROPA PRESS) -``): the place and
  agency that open the story, not a line of it. One holding a full date stays, as the
  article's date (the cleaner reads it from the body's first line).

Every check looks at a line and at most a few lines around it: linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import DropReason, is_sentence_like, line_key, words
from claimtrack.reading.lines import Line
from claimtrack.reading.link_lists import closing_credit, link_runs
from claimtrack.reading.page_prompts import cookie_box
from claimtrack.reading.paywalls import paywall_lines
from claimtrack.reading.repeats import sidebar_lines
from claimtrack.reading.teaser_cards import tail_cards
from claimtrack.text.lead_dates import dateline_date

__all__ = ["mark_boxes"]

_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_BLURB = re.compile(r"(?:watch|see|ver|mira|regardez|guarda|assista|schauen sie)\s", re.IGNORECASE)
# A transcript's speaker label: "JANE:", "Host:" (no comma before the colon).
_TURN_LABEL = re.compile(r"[^\s,:][^,:]{0,30}:\s")
_CARD_WORDS = 25
_VIDEO_LABEL = re.compile(r"(?i:videos?|vídeos?)\s+[A-ZÁÉÍÓÚÑ¿¡\"“]")
_QUOTES = '"“”„«»'
_INBOX = re.compile(r".{0,80}\b(?:in|into|to) your (?:inbox|mailbox|e-?mail)[.!]?", re.IGNORECASE)
# Words a line of a box broken into lines ends on when the phrase goes on below.
_DANGLING = frozenset({
    "from", "in", "into", "to", "your", "the", "of", "for", "and", "our", "a", "an", "with",
    "on", "at", "by", "straight", "delivered",
})  # fmt: skip
# A player's link naming its clip: 'Watch on YouTube: "Harbour Day"', 'Play on Vimeo: "…"'.
_PLAYER_LINK = re.compile(
    r"(?:watch|play|listen|view)(?: (?:it|this|the (?:video|clip)))? on [\w .-]{2,30}:?\s*"
    r"[\"“](.{2,200})[\"”]\.?",
    re.IGNORECASE,
)
_MAX_PLAYER_LINK = 300
_CLIP_REACH = 2  # lines above the link where the clip's title stands
_FRAGMENT_WORDS = 4
_FRAGMENTS = 5
_FRAGMENT_CHARS = 2
_DATELINE_ALONE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,30}(?:,\s[^()]{1,30}?)?\s?\([^()]{2,30}\)\s?[-–—]{1,2}"
)


def mark_boxes(
    lines: Sequence[Line], reason: list[DropReason | None], idx: list[int], *, header: bool = False
) -> None:
    """Set ``reason`` of the kept lines of ``idx`` (nonblank, in order) that belong to a box.

    In the header zone (``header``) only a player's clip and a paywall's box are looked for:
    the header rules judge the rest, and a box's line is no headline.
    """

    def mark(found_lines: list[int], why: DropReason) -> None:
        for i in found_lines:
            if reason[i] is None:
                reason[i] = why

    mark(_player_clips(lines, idx), DropReason.RELATED_LINK)
    if header:
        mark(paywall_lines(lines, reason, idx), DropReason.UI_WORD)
        return
    dropped = {i for i in idx if reason[i] is not None}
    mark(sidebar_lines(lines, idx, dropped), DropReason.RELATED_LINK)
    mark(paywall_lines(lines, reason, idx), DropReason.UI_WORD)
    mark(_video_cards(lines, reason, idx), DropReason.RELATED_LINK)
    mark(_newsletter_fragments(lines, reason, idx), DropReason.UI_WORD)
    mark(_video_teasers(lines, reason, idx), DropReason.RELATED_LINK)
    mark(link_runs(lines, reason, idx), DropReason.RELATED_LINK)
    mark(tail_cards(lines, reason, idx), DropReason.RELATED_LINK)
    mark(cookie_box(lines, idx), DropReason.UI_WORD)
    if (credit := closing_credit(lines, reason, idx)) is not None:
        mark([credit], DropReason.BYLINE)
    alone = [
        i
        for i in idx
        if reason[i] is None
        and len(lines[i].text) <= 70
        and _DATELINE_ALONE.fullmatch(lines[i].text)
        and dateline_date(lines[i].text) is None
    ]
    mark(alone, DropReason.DATE)
    last = next((i for i in reversed(idx) if reason[i] is None), None)
    if last is not None and len(lines[last].text) <= _FRAGMENT_CHARS:
        mark([last], DropReason.UI_WORD)


def _player_clips(lines: Sequence[Line], idx: list[int]) -> list[int]:
    """An embedded player's link and the clip's title it quotes, over it (module notes)."""
    found: list[int] = []
    for n, i in enumerate(idx):
        if len(lines[i].text) > _MAX_PLAYER_LINK or not (
            link := _PLAYER_LINK.fullmatch(lines[i].text)
        ):
            continue
        found.append(i)
        clip = line_key(link.group(1))
        found += [j for j in idx[max(0, n - _CLIP_REACH) : n] if line_key(lines[j].text) == clip]
    return found


def _video_cards(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The title and blurb under each clip's length (see the module's notes)."""
    found: list[int] = []
    for n, i in enumerate(idx):
        if not _DURATION.fullmatch(lines[i].text) or n + 1 >= len(idx):
            continue
        title = idx[n + 1]
        text = lines[title].text
        if reason[title] is not None or is_sentence_like(text) or len(words(text)) > _CARD_WORDS:
            continue
        blurb = idx[n + 2] if n + 2 < len(idx) else None
        if blurb is not None and (reason[blurb] is not None or not _is_blurb(lines[blurb].text)):
            blurb = None
        if blurb is not None:
            found += [title, blurb]
        elif not _TURN_LABEL.match(text):
            found.append(title)
    return found


def _video_teasers(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """A clip's title labelled ``Video`` (``Video Message from the mayor on the storm``), no
    sentence, packed against a dropped line: a media box's, not a subheading set apart."""
    found = []
    for i in idx:
        text = lines[i].text
        if reason[i] is not None or not _VIDEO_LABEL.match(text) or is_sentence_like(text):
            continue
        touching = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].text]
        if len(words(text)) <= _CARD_WORDS and any(reason[j] is not None for j in touching):
            found.append(i)
    return found


def _is_blurb(text: str) -> bool:
    return (
        bool(_BLURB.match(text))
        and len(words(text)) <= _CARD_WORDS
        and not any(q in text for q in _QUOTES)
    )


def _newsletter_fragments(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> list[int]:
    """The lines of a newsletter box broken into lines (see the module's notes)."""
    found: list[int] = []
    for n, i in enumerate(idx):
        text = lines[i].text
        if text.rstrip(".!")[-5:].casefold() != "inbox" or reason[i] is not None:
            continue
        if len(words(text)) > _FRAGMENT_WORDS:
            continue
        box = [i]
        for j in reversed(idx[max(0, n - _FRAGMENTS) : n]):
            above = lines[j].text
            if reason[j] is not None or len(words(above)) > _FRAGMENT_WORDS:
                break
            if words(above)[-1].casefold() in _DANGLING:
                box.insert(0, j)
                continue
            if all(w[:1].isupper() for w in words(above)) and not above.endswith((".", "!", "?")):
                box.insert(0, j)  # the box's name over it ("Harbour Daily")
            break
        if len(box) > 1 and _INBOX.fullmatch(" ".join(lines[j].text for j in box)):
            found += box
    return found
