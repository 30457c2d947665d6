"""Body lines judged by their neighbours: captions, post headers, a statement's signature.

- a transcript site's **sentiment score** over a clip's times (``Leans Positive`` /
  ``00:00:29-00:00:31 (3 sec)``) is the site's, not the speaker's;
- a word or two **touching a weather widget's temperature** (``İstanbul 18°C`` / ``Az
  Bulutlu``) is the widget's sky or place;
- the one line under an **image file name**, with blank lines around the pair, is its caption;
  a short line packed over a caption, the pair set apart, is the picture's title;
  so is the one-line paragraph over a **barred picture credit** (``Jane Doe | Agency | Getty
  Images``);
- a name or numbered handle **touching a date line** below it (``10. Megan`` /
  ``#3624867, posted on …``) heads a forum post or comment;
- a **signature** closes a statement: a name line, then a line or two of office
  (``Amina Bello`` / ``Deputy Director, Communications`` / ``Northern Harbour Board.``);
  so does the office alone over the day it issued the statement (``Ministry of Harbours`` /
  ``4 May 2024``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.bylines import is_poster
from claimtrack.reading.closing_lists import closing_listing
from claimtrack.reading.line_rules import TERMINAL, DropReason, words
from claimtrack.reading.lines import Line
from claimtrack.reading.machine_notices import CLIP_TIMES, SENTIMENT_TAG
from claimtrack.reading.notices import is_barred_credit
from claimtrack.reading.promos import is_video_length
from claimtrack.reading.signatures import is_office, signature_start, signer_name
from claimtrack.reading.widgets import weather_sky
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.turn_labels import CLIP_NUMBER, NAME_AND_ROLE

__all__ = [
    "comment_subject",
    "labels_first_turn",
    "list_item",
    "neighbour_rules",
    "speaker_label",
    "statement_signature",
    "video_title",
]

_SUBJECT_CHARS = 60  # a comment's subject line over its signature: a short phrase
_NOT_VERIFIED = "(not verified)"
_SIGNATURE_LINES = 6  # a signer's name and offices: the body's last lines looked at
_SIGN_OFF_WORDS = 6  # "Ministry of Foreign Affairs": an office's name, not a sentence's worth
_CAPTION_WORDS = 25
_TITLE_WORDS = 16  # a picture's title over its caption: a headline's length
_OPENING_QUOTES = "\"“‘'«„"
_CLOSING_QUOTES = "\"”’'»“"


def neighbour_rules(
    lines: Sequence[Line], reason: Sequence[DropReason | None], idx: list[int]
) -> dict[int, DropReason]:
    """The captions, post headers and closing listings among the kept lines ``idx``, with
    their reasons."""
    found: dict[int, DropReason] = {}
    for n, i in enumerate(idx):
        if reason[i] is None and _caption_echo(lines, reason, idx[n + 1 : n + 2], i):
            found[i] = DropReason.IMAGE_CAPTION
        if reason[i] is DropReason.IMAGE_FILE and _caption_under(lines, reason, i):
            found[i + 1] = DropReason.IMAGE_CAPTION
        if reason[i] is DropReason.IMAGE_CAPTION and _picture_title(lines, reason, i):
            found[i - 1] = DropReason.IMAGE_CAPTION
        if reason[i] is DropReason.IMAGE_CAPTION and _library_credit(lines[i].text):
            above = _caption_above(lines, reason, i)
            if above is not None:
                found[above] = DropReason.IMAGE_CAPTION
        if reason[i] is None and (weather_sky(lines, i) or _clip_sentiment(lines, i)):
            found[i] = DropReason.UI_WORD
        below = reason[i + 1] if i + 1 < len(lines) else None
        if reason[i] is None and below is DropReason.DATE and is_poster(lines[i].text):
            # Only over a labelled date ("posted on …"): a subheading over a list of dates
            # ("Key Dates" / "- 16 June 2016") stays.
            date = read_date_line(lines[i + 1].text, header=True)
            if date is not None and (date.labelled or date.kind == "comment"):
                found[i] = DropReason.BYLINE
    for i in closing_listing(lines, reason, idx):  # other stories' headlines close the page
        found.setdefault(i, DropReason.RELATED_LINK)
    return found


_CLIP = re.compile(CLIP_TIMES, re.IGNORECASE)


def _clip_sentiment(lines: Sequence[Line], i: int) -> bool:
    """A transcript site's sentiment score for a clip, on the line over the clip's times
    (``Leans Positive`` / ``00:00:29-00:00:31 (3 sec)``)."""
    return (
        i + 1 < len(lines)
        and SENTIMENT_TAG.fullmatch(lines[i].text) is not None
        and _CLIP.fullmatch(lines[i + 1].text) is not None
    )


def comment_subject(lines: Sequence[Line], i: int, start: int) -> int:
    """Where the comments begin when line ``i`` signs the first one (``by Jane (not verified)
    on …``, Drupal): at its subject, the short paragraph of one line above, if there is one."""
    if _NOT_VERIFIED not in lines[i].text or i - 2 < start or lines[i - 1].text:
        return i
    above = i - 2
    if lines[above].text and len(lines[above].text) <= _SUBJECT_CHARS and not lines[above - 1].text:
        return above
    return i


def video_title(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` names a video: the player's length and source stand right under it."""
    return i + 1 < len(lines) and is_video_length(lines[i + 1].text)


_ECHO_CHARS = 30


def _caption_echo(
    lines: Sequence[Line], reason: Sequence[DropReason | None], after: list[int], i: int
) -> bool:
    """Line ``i`` is a caption printed again under it with its credit (``… 21 May 2025`` /
    ``… 21 May 2025 Photo: Jane Roe``): the same caption, once without its credit."""
    text = lines[i].text
    if len(text) < _ECHO_CHARS or not after or reason[after[0]] is not DropReason.IMAGE_CAPTION:
        return False
    below = lines[after[0]].text
    return len(below) > len(text) and below.startswith(text)


def _picture_title(lines: Sequence[Line], reason: Sequence[DropReason | None], i: int) -> bool:
    """A short line packed right over caption ``i``, the pair set apart: the picture's title
    (``Minister says the talks will go on`` / ``The minister speaks in … (AP Photo/…)``)."""
    if i < 1 or reason[i - 1] is not None or (i > 1 and lines[i - 2].text):
        return False
    title = lines[i - 1].text
    return bool(title) and len(words(title)) <= _TITLE_WORDS and not TERMINAL.search(title)


def _library_credit(text: str) -> bool:
    """A barred credit naming a picture library or a source (``… | Getty Images``, ``… | via
    Reuters``, three pieces): a captioned picture's. ``Jane Doe | AFP`` alone may credit a
    picture with no caption, under a paragraph of the body."""
    return is_barred_credit(text) and (
        text.count(" | ") >= 2 or " via " in f" {text}" or "Images" in text
    )


def _caption_above(
    lines: Sequence[Line], reason: Sequence[DropReason | None], i: int
) -> int | None:
    """The caption over a barred picture credit: the one-line paragraph just above it.

    A page prints a picture's caption, then its credit (``Jane Doe | Agency | Getty Images``);
    a caption describes, it quotes nobody.
    """
    j = i - 1 if i > 0 and lines[i - 1].text else i - 2
    if j < 0 or not lines[j].text or reason[j] is not None or (j > 0 and lines[j - 1].text):
        return None
    text = lines[j].text
    if len(words(text)) > _CAPTION_WORDS * 2 or any(q in text for q in _OPENING_QUOTES):
        return None
    return j


def _caption_under(lines: Sequence[Line], reason: Sequence[DropReason | None], i: int) -> bool:
    n = len(lines)
    alone = (i == 0 or not lines[i - 1].text) and (i + 2 >= n or not lines[i + 2].text)
    if not (alone and i + 1 < n and lines[i + 1].text and reason[i + 1] is None):
        return False
    text = lines[i + 1].text
    # A caption has no full stop, or is a quotation standing alone; a paragraph of prose
    # under a stray file name stays.
    quoted = text[:1] in _OPENING_QUOTES and text[-1:] in _CLOSING_QUOTES
    return len(words(text)) <= _CAPTION_WORDS and (quoted or not TERMINAL.search(text))


def statement_signature(
    lines: Sequence[Line], reason: Sequence[DropReason | None], kept: list[int]
) -> tuple[list[int], str | None]:
    """The kept lines of a signature closing the body (or ``[]``), and the signer's name when
    the signature's first line is one (a byline's name may be the signer's: no author then).

    A name over its offices signs (:func:`~claimtrack.reading.signatures.signature_start`); so
    does an office alone over the day it issued the statement (``Ministry of Harbours`` /
    ``4 May 2024``), which is nobody's name: no author, and no headline printed last.
    """
    tail = kept[-_SIGNATURE_LINES:]
    start = signature_start([lines[i].text for i in tail])
    if start is not None:
        first = tail[start]
        signer = signer_name(lines[first].text) if reason[first] is None else None
        return tail[start:], signer
    return ([] if (office := _dated_office(lines, reason, kept)) is None else [office]), None


def _dated_office(
    lines: Sequence[Line], reason: Sequence[DropReason | None], kept: list[int]
) -> int | None:
    if not kept or reason[kept[-1]] is not None:
        return None
    text = lines[kept[-1]].text
    if len(words(text)) > _SIGN_OFF_WORDS or not is_office(text):
        return None
    below = next((i for i in range(kept[-1] + 1, len(lines)) if lines[i].text), None)
    return kept[-1] if below is not None and reason[below] is DropReason.DATE else None


# A list's item opens with a dash or a bullet, as its neighbour does ("- Velm Mill" under "-
# Northport Foods (Ada County)"); a sign-off ("— Ada Lund") stands under a paragraph.
_ITEM = re.compile(r"([-–—•·*▪])\s")


def list_item(lines: Sequence[Line], idx: list[int], n: int) -> bool:
    """``idx[n]`` is an item of a list whose items open with the same mark: a name there is one
    of the things listed, not the writer's sign-off."""
    mark = _ITEM.match(lines[idx[n]].text)
    if mark is None:
        return False
    near = (_ITEM.match(lines[idx[k]].text) for k in (n - 1, n + 1) if 0 <= k < len(idx))
    return any(m is not None and m[1] == mark[1] for m in near)


# A transcript's turn: "JANE ROE Thank you.", "HOST: Welcome back." (a name in capitals).
_TURN = re.compile(r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}:?\s+\S")
_TURNS_NEEDED = 2
_CAPITALS = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}")


def speaker_label(lines: Sequence[Line], idx: list[int], n: int) -> bool:
    """``idx[n]`` names, in capitals, who speaks the line under it in a transcript, or signs
    the quotation above it.

    ``JANE ROE – Campaign Manager`` touching ``Thanks, Tom.``, in a text whose turns open with
    names in capitals: the label is part of the interview, not a byline.
    """
    i = idx[n]
    if _labels_quoted_turns(lines, idx, n) or _signs_quote_above(lines, idx, n):
        return True
    name = lines[i].text.split(" – ")[0].split(" - ")[0]
    if not _CAPITALS.fullmatch(name) or i + 1 >= len(lines) or not lines[i + 1].text:
        return False
    turns = 0
    for j in idx[n + 1 : n + 40]:
        turns += bool(_TURN.match(lines[j].text))
        if turns >= _TURNS_NEEDED:
            return True
    return False


def _labels_quoted_turns(lines: Sequence[Line], idx: list[int], n: int) -> bool:
    """``idx[n]`` is a name (with its role after a comma or a dash) over a line that is one
    quotation, and the name stands alone again further down over another: a broadcast's copy
    labels each turn so ("Ada Lund, Commissioner of Police" / "“…”" … "Ada Lund" / "“…”")."""
    name = _label_name(lines[idx[n]].text)
    if name is None or n + 1 >= len(idx) or not _whole_quote(lines[idx[n + 1]].text):
        return False
    later = idx[n + 2 : n + _TURN_REACH]
    return any(
        lines[j].text.strip() == name
        and k + 1 < len(later)
        and _whole_quote(lines[later[k + 1]].text)
        for k, j in enumerate(later)
    )


def labels_first_turn(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` names the speaker of a broadcast's first quoted turn, a transcript site's
    sentiment and clip times maybe between them (``Ada Lund`` / ``Leans Positive`` /
    ``00:00:00-00:00:09 (9 sec)`` / ``“Good morning.” 1``), and stands alone again further
    down over another: the transcript starts there; the name is no byline."""
    if _label_name(lines[i].text) is None:
        return False  # (most lines: no look further down)
    ahead = range(i, min(len(lines), i + 4 * _TURN_REACH))
    idx = [j for j in ahead if lines[j].text and not _clip_line(lines, j)]
    return _labels_quoted_turns(lines, idx, 0)


def _label_name(text: str) -> str | None:
    """The name in a speaker's label, its role after a comma or a dash left out."""
    name = re.split(r",| [–-] ", text, maxsplit=1)[0].strip()
    return name if _NAME.fullmatch(name) else None


def _clip_line(lines: Sequence[Line], j: int) -> bool:
    return _CLIP.fullmatch(lines[j].text) is not None or _clip_sentiment(lines, j)


def _signs_quote_above(lines: Sequence[Line], idx: list[int], n: int) -> bool:
    """``idx[n]`` is a dash and a name under a line that is one quotation, or a name and a
    role over one: the quote's attribution ("“What a season.”" / "–Ada Lund, harbour master",
    "Ada Lund (head coach)" / "“…”"), not the story's byline."""
    text = lines[idx[n]].text
    if NAME_AND_ROLE.fullmatch(text) and n + 1 < len(idx):
        return _whole_quote(lines[idx[n + 1]].text)  # "Ada Lund (coach)" over its quotation
    return n > 0 and text[:1] in "-–—" and _whole_quote(lines[idx[n - 1]].text)


def _whole_quote(text: str) -> bool:
    text = CLIP_NUMBER.sub("", text.strip()).rstrip(".")  # ("“Thank you.” 2": a site's clip)
    return len(text) > 2 and text[:1] in _OPENING_QUOTES and text[-1:] in _CLOSING_QUOTES


_NAME = re.compile(r"[A-ZÀ-Þ][\w.’'-]+(?: [A-ZÀ-Þ][\w.’'-]+){1,3}")
_TURN_REACH = 30
