"""Shapes of a header line that no headline has, in any language or outlet.

- a **byline**: ``By`` (``Par``, ``Por``, ``Von``, ``Door``, ``Oleh``) and a capitalised word, in
  a short line: ``By JANE ROE More by this Author``, ``By Ada Lund and co-workers``, even when
  the byline rules cannot read the names in it;
- a **bullet before a name**: ``• Agency``, a list item of a word or three;
- **almost no letters**: ``0 6 min 1 yr`` (counters, a reading time), fewer than six letters;
- an **interview's turn**: a line opening with a dash and asking (``– Do you like this
  office?``), the first question of a dash-set interview;
- a **logo's text**: ``Site icon Northport Daily``, ``Site logo …``, ``Logo …`` (an image's
  description saved with the page);
- a **short numbered item**: ``1. Content``, ``2. Navigation`` (a page's skip links or a table
  of contents; a headline of three words does not open with its number and a full stop);
- a **date line**: a whole day, its weekday and at most one other word (``n. 4015 - lunedì 1
  marzo 2021``: an issue's number and date);
- a **desk's byline**: ``Our Correspondent``, ``Staff Reporter``, ``Senior Reporter``, an
  outlet's ``H-Town Reporter``, and a byline by ``Na.`` (Swahili) glued to the name
  (``Na.Ada Lund``); a transcript's disclaimer (``E&OE TRANSCRIPT``);
- a **contact line**: an e-mail address anywhere in it (``desk@harbour.example``, ``desk [at]
  harbour.example``), or a contact label opening it (``CONTACT: Jane Roe``, ``Tel.: 555 0100``;
  :mod:`~claimtrack.reading.page_pointers`);
- a **transcript's credit**: ``Transcript by Ada Lund``, ``Transkript von Harbour Radio``,
  ``Transcribed by …`` (who wrote the words down; ``Transcript: an interview with …`` is a
  headline's form);
- a **labelled address**: a label and a web address, nothing else (``Image source:
  harbour.example``, ``Quelle: https://…``);
- a **web address** anywhere in it (``https://…``, ``www.harbour.example``): a pointer to
  another page (``The original report can be read here: https://…``); a headline names a site
  by its name, never by its address;
- a **row of social networks**: ``Facebook Twitter Youtube Instagram``, ``Facebook y Twitter``
  (a share or follow bar, its icons' names saved as words);
- an **address's slug**: five words or more joined by hyphens in lower case
  (``harbour-board-approves-ferry-channel-plan``), the page's file name, not its headline;
- a **picture agency's credit** closing the line (``Mayor Ada Lund 15062016Getty Images``,
  ``… / Shutterstock``): a photo's caption;
- a **note in brackets**, the whole line (``(Teams listed below)``, ``(Stock Image)``), or a
  labelled credit in brackets and a few words (``[Source: KAIST] Enlarge image``);
- a **field**: a label and its value, nothing else (``Agency: Natural Resources``, ``Source:
  Harbour Board``, ``Category: Ports``, ``Date:3 April 2020 Author: …``, ``Currently viewed by:
  Ada Lund``);
- a **fragment** of six words or fewer cut before its object (``A programme by``, ``In
  partnership with``): a sponsor's or a logo's caption;
- a **stock picture's description** (``Selective Focus Photography of Brown Wooden Book
  Shelf``);
- **style sheet** text (``#header img {margin: 0 auto;}``) saved with the page;
- a line **all in lower case**, three words or more (``countering the spin and providing the
  balance``): a site's tagline; a headline capitalises its first word at least. So is a line
  that says what news the site brings (``The latest news & updates from the Harbour Ferns``,
  ``Local & National News for Northland``) or whose voice it is after its name (``Harbour
  Post - The voice of Northporters``).
- an **office's letterhead**: two officials or more, each a name and a post after a comma, set
  apart by bars (``Ada M. Lund, Governor | Tom Berg, Commissioner``), above a department's
  release; each name opens with a given name. So is its **press contact**: capitalised names
  and a telephone number, nothing else (``Eva Berg, Piet Arvo 518-555-0100``).

:func:`~claimtrack.reading.not_headlines.never_headline` asks these too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.bylines import WIRE_FROM
from claimtrack.reading.interview_turns import DASH_TURN
from claimtrack.reading.page_pointers import contact_label, holds_address
from claimtrack.text.dates_within import full_dates_in
from claimtrack.text.first_names import is_given_name
from claimtrack.text.weekdays import is_weekday

__all__ = ["PICTURE_AGENCIES", "shaped_as_no_headline"]

_BYLINE = re.compile(
    r"(?:(?:By|BY|Par|PAR|Por|POR|Von|VON|Door|DOOR|Oleh|OLEH)\s+|Na\.\s*)[A-ZÀ-ÞА-ЯЁ]"
)
_DESK = re.compile(
    r"(?:from )?our (?:own )?(?:correspondent|reporter|staff reporter|bureau)"
    r"|(?:staff|special|senior|chief|political|sports|business|foreign|court|crime|health"
    r"|education|city|news|deputy|assistant|contributing|digital) (?:reporter|writer"
    r"|correspondent|editor|journalist)s?"
    # an outlet's desk ("H-Town Reporter", "Harbour Now Writer"); a transcript's disclaimer
    # ("E&OE TRANSCRIPT")
    r"|(?-i:[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:reporter|writer)"
    r"|e\s?&\s?oe(?: (?:transcript|proof only))?",
    re.IGNORECASE,
)
_DATE_LINE_WORDS = 1  # words besides the day and its weekday in a date line: "n. 4015 -"
_BYLINE_WORDS = 8
_BULLET = re.compile(r"[•·▪►]\s*\S")
_BULLET_WORDS = 3
_FEWEST_LETTERS = 6
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+\S+(?:\s+\S+){0,2}")
_LOGO = re.compile(r"(?:site (?:icon|logo)|logo)\b", re.IGNORECASE)
# A site's tagline: what news it brings, or whose voice it is.
_TAGLINE = re.compile(
    r"(?i:(?:the )?(?:latest|local|national|breaking|daily|top|all the))\b[^.!?:]{0,30}"
    r"\b(?i:news)(?: (?:&|and) (?i:updates|views|analysis|sport))?"
    r"(?: (?:from|for|in|on) [^.!?:]{1,40})?"
    r"|.{1,40} [-–—|] (?i:the voice of) (?:the )?[A-Z][\w’'-]+"
)
# "Transcript by Ada Lund", "Transkript von …", "Transcribed by …" ("Transcript: an interview
# with …" is a headline's form).
_TRANSCRIBER = re.compile(
    r"(?:(?:transcripts?|transcriptions?|transkripte?|transkription|trascrizione|transcripción"
    r"|transcrição) (?:by|von|par|por|door)"
    r"|(?:transcribed|transkribiert|transcrit|transcrito|trascritto) (?:by|von|par|por|da))"
    r"\s+\S.{0,60}",
    re.IGNORECASE,
)
# A label and a web address, nothing else: "Image source: harbour.example", "Quelle: …".
_LABELLED_ADDRESS = re.compile(
    r"[^:：]{1,40}[:：]\s*(?:https?://\S{1,200}|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?\S{0,120})",
    re.IGNORECASE,
)

_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S", re.IGNORECASE)
_NETWORK_ROW = re.compile(
    r"(?:(?:facebook|twitter|x|youtube|instagram|linkedin|whatsapp|telegram|tiktok|pinterest"
    r"|reddit|threads|bluesky|snapchat|flickr|vk|rss|e-?mail)(?:\s*(?:[|/,·•&+]|and|y|e|et|und"
    r"|og|en)?\s*|$)){2,}",
    re.IGNORECASE,
)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){4,}\b")
# Picture agencies, whose name closes a photo's caption or stands beside a byline.
PICTURE_AGENCIES = (
    r"(?:getty\s?images|shutterstock|istock(?:photo)?|alamy|ap photo|epa-efe|dreamstime"
    r"|adobe stock)"
)
_AGENCY_CREDIT = re.compile(rf".*{PICTURE_AGENCIES}\)?\s*$", re.IGNORECASE)
_BRACKETED_NOTE = re.compile(r"\([^()]{2,80}\)|\[[^\[\]]{2,80}\]")
# A labelled credit in brackets opening a short line: "[Source: KAIST] Enlarge image".
_BRACKETED_CREDIT = re.compile(r"[\[(][^\[\]():]{1,30}:[^\[\]()]{1,60}[\])]\s*(?:\S+\s*){0,3}")
_LOWER_WORDS = 3
_FIELD = re.compile(
    r"(?i:agency|source|category|categories|section|topics?|tags?|type|location|department"
    r"|keywords|filed under|date|authors?|(?:currently |last )?(?:viewed|posted|written|edited"
    r"|updated|reviewed|shared|read) by)\s?:\s*\S.{0,60}"
)
# A fragment cut before its object: "A programme by", "Brought to you by", "In partnership with
# the" (a sponsor's or a logo's caption; no headline ends on these words).
_DANGLING = re.compile(r"(?:\S+ ){0,5}(?i:by|of|the|with|and)")
# A stock picture's description saved as text: "Selective Focus Photography of Brown Wooden Book
# Shelf", "Close-up Photo of a Ferry".
_PICTURE_OF = re.compile(
    r"(?:[A-Z][\w-]* ){1,3}(?i:photography|photograph|photo|picture) of"
    r"(?: (?:[A-Z][\w'’-]*|a|an|the|of|and|in|on|with)){1,8}"
)
_STYLE_RULE = re.compile(r"\{[^{}]*:[^{}]*;[^{}]*\}?")


def shaped_as_no_headline(text: str) -> bool:
    """``text`` is a byline, a bullet before a name, nearly letterless, a dash's question, a
    logo's text, a short numbered item, a date line, a contact line, a transcript's credit, a
    row of social networks, a slug, a picture's credit or description, a note in brackets, a
    field, style sheet text, a lower-case tagline, an office's letterhead or its press contact
    (see the module's notes)."""
    line = text.strip()
    if _NETWORK_ROW.fullmatch(line) or _SLUG.match(line) or _AGENCY_CREDIT.match(line):
        return True
    if _BRACKETED_NOTE.fullmatch(line) or _BRACKETED_CREDIT.fullmatch(line):
        return True
    if _FIELD.fullmatch(line) or _STYLE_RULE.search(line) or _PICTURE_OF.fullmatch(line):
        return True
    if _DANGLING.fullmatch(line):
        return True
    if line[:1].islower() and line.islower() and len(line.split()) >= _LOWER_WORDS:
        return True
    if _LOGO.match(line) or _LIST_ITEM.fullmatch(line) or _DESK.fullmatch(line):
        return True
    if WIRE_FROM.fullmatch(line):  # a wire's byline without "By"
        return True
    place, _, day = line.rpartition(", ")  # a dateline: "Vienna, Sunday"
    if place and len(place.split()) <= 3 and place.istitle() and is_weekday(day):
        return True
    if _TAGLINE.fullmatch(line):
        return True
    if holds_address(line) or contact_label(line) or _TRANSCRIBER.fullmatch(line):
        return True
    if _LABELLED_ADDRESS.fullmatch(line) or _WEB_ADDRESS.search(line):
        return True
    if (days := full_dates_in(line)) and _lettered(_without(line, days)) <= _DATE_LINE_WORDS:
        return True
    words = len(line.split())
    if _BYLINE.match(line) and words <= _BYLINE_WORDS and not line.endswith((".", "?", "!")):
        return True
    if _BULLET.match(line) and words <= _BULLET_WORDS:
        return True
    if sum(c.isalpha() for c in line) < _FEWEST_LETTERS:
        return True
    if _letterhead(line) or _PRESS_CONTACT.fullmatch(line):
        return True
    return bool(DASH_TURN.match(line) and line.endswith(("?", "？")))


# One official on a letterhead: a name (maybe a middle initial), a comma, a post in one to four
# capitalised words.
_OFFICIAL = re.compile(
    r"(?P<given>[A-Z][\w'’-]+)(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}"
    r", [A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
)


# A press contact: names, then a telephone number ("Eva Berg, Piet Arvo 518-555-0100").
_PRESS_CONTACT = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:, | and | & | )){1,8}\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}"
)


def _letterhead(line: str) -> bool:
    """``line`` names two officials or more with their posts, set apart by bars: ``Ada M.
    Lund, Governor | Tom Berg, Commissioner``."""
    parts = line.split(" | ") if len(line) <= 200 else []
    matches = [_OFFICIAL.fullmatch(part.strip()) for part in parts]
    return len(parts) >= 2 and all(m is not None and is_given_name(m["given"]) for m in matches)


def _lettered(text: str) -> int:
    """Words with letters in ``text``, weekdays left out."""
    words = (w.strip(",.;:") for w in text.split())
    return sum(any(c.isalpha() for c in w) and not is_weekday(w) for w in words)


def _without(line: str, spans: Sequence[tuple[int, int, object]]) -> str:
    """``line`` with the ``spans`` (start, end, …) cut out."""
    kept, at = [], 0
    for start, end, _ in spans:
        kept.append(line[at:start])
        at = end
    return " ".join([*kept, line[at:]])
