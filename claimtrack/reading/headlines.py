"""Where a headline stands in a page's plain text, read from signals that hold across outlets.

Studied on 92 labelled pages from 77 outlets (55 with a headline in the text): a headline ends
no sentence (53 of 55), has two to sixteen words, and stands among the first substantive lines.
What sets it apart from a section label, an outlet's name or a body sentence is what stands
around it, and these neighbours are the same on every outlet:

- a **credit** follows it: a byline, the author's name alone, or a date line
  (``Storm closes ports`` / ``Jane Roe`` / prose; ``… says minister`` / ``2006-02-14 15:18``);
- it **opens the page**: the first line that is not navigation, a control or a date, standing
  alone, with a paragraph of full-stopped prose under it;
- it **matches the page's address**: the slug of a URL the copy prints
  (``…/news/storm-closes-ports-2-february-2026``).

Each rule needs several of these to agree (a headline's shape *and* its neighbour), so a body
sentence or a section label ("Embassy News", which has no credit or prose under it) is never
taken for a headline; with no agreement the caller falls back on its older header rules or finds
no title at all, which is better than a wrong one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import partial

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import looks_like_name, names_in_byline
from claimtrack.reading.feed_notes import language_link
from claimtrack.reading.header import (
    is_breadcrumb,
    is_listing_label,
    is_section_pair,
    labelled_title,
)
from claimtrack.reading.header_pairs import document_title, section_row
from claimtrack.reading.interview_turns import interview_turn
from claimtrack.reading.line_rules import (
    TERMINAL,
    DropReason,
    boilerplate_reason,
    has_sentence_break,
    is_sentence_like,
    words,
)
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import url_in_line
from claimtrack.reading.page_dates import page_date_line
from claimtrack.text.dates import looks_like_date
from claimtrack.text.lexicon import wordset
from claimtrack.text.relative_dates import is_relative_date

__all__ = [
    "HEAD_LINES",
    "MEDIA_TAG",
    "HeaderReason",
    "credited_headline",
    "default_header_reason",
    "headline_shaped",
    "institution_name",
    "is_credit",
    "nonblank_lines",
    "page_address",
    "slug_line",
    "wire_dateline",
]

# How far down the page a headline may stand (nonblank lines): navigation comes first.
HEAD_LINES = 12
# A page's field, not a headline: "From: Department for Harbours", "Location: Northport".
_FIELD = re.compile(r"[^\W\d_]+\s?:\s*\S+(?:\s+\S+){0,3}")
# "By The Associated Press", "By Staff and Wire Reports": a byline with no person's name.
_BY_SOMEONE = re.compile(
    r"(?i:by)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|&)){0,5}"
)
_MAX_WORDS = 25
# An author's address or handle alone under the byline: "jane.roe@ledger.test", "@janeroe",
# "Email: jane.roe@ledger.test".
_AUTHOR_CONTACT = re.compile(
    r"(?:(?:e-?mail|twitter|x)\s*:\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[A-Za-z0-9_]{2,30})",
    re.IGNORECASE,
)
# A pause inside a headline: an ellipsis, or a question or an exclamation before more words
# ("Now what? No clear winner in the election", "No apology! PM stands by the deal").
MEDIA_TAG = re.compile(r"(?i)[.|–—(-]\s*(?:video|photos?|видео|фото|vídeo|fotos?)\)?\s*$")
# A kicker in capitals naming the medium over a headline ("VIDEO: Premier warns …"); a link to
# another story so labelled is the header's business, the shape is a headline's.
_MEDIA_KICKER = re.compile(r"(?:VIDEO|WATCH|PHOTOS?|LIVE|AUDIO|LISTEN|GALLERY)\s?[:|–-]\s+(?=\S)")
_PAUSE = re.compile(r"\.\.\.|…|(?<=\w)[?!][\"”’']?(?= )")
# A question or an exclamation ends a headline, inside its closing marks too ("“Who pays?”").
# A whole line in quotation marks over a credit is said by whom it credits.
_SIGNED_QUOTE = re.compile(r"[\"“«„‘'].*[\"”»“’']")
_ASKS = re.compile(r"[?!][\"”’'»)]*$")
_MASTHEAD_LINES = 5
_WRAPPED_WIDTH = 60  # hard-wrapped copies break lines at 65 to 80 characters
_MAX_CHARS = 300
_MAX_CREDIT_CHARS = 200
_EMPTY_CREDIT = re.compile(r"(?i)by\s*[-–—:]?|\d{1,3}(?:[,.]?\d{3})+")
_STANDFIRST_HEAD_WORDS = 5  # a headline over a standfirst; an outlet's name or tagline is shorter

# Why a header line is boilerplate (``boilerplate_reason(text, header=True)``). The cleaner
# passes its own, which judges each text once per run: the header rules ask many times.
HeaderReason = Callable[[str], DropReason | None]
default_header_reason: HeaderReason = partial(boilerplate_reason, header=True)


def headline_shaped(
    text: str, *, least: int = 3, reason_of: HeaderReason = default_header_reason
) -> bool:
    """Short, no sentence's end (a question or exclamation may end it), not in lower case at
    its start (the tail of a wrapped line), no label, no control, no institution's name."""
    if len(text) > _MAX_CHARS:
        return False  # a paragraph: the cheap test first, most lines are long
    # "Harbour reopens. Video", "VIDEO: Harbour reopens": the tag is no sentence
    text = MEDIA_TAG.sub("", _MEDIA_KICKER.sub("", text, count=1))
    n = len(words(text))
    if not least <= n <= _MAX_WORDS or text.endswith(":") or text[:1].islower():
        return False
    # An ellipsis inside a headline is a pause, not a sentence's end ("After the vote...
    # Expect no quick deal"); at its end, a teaser's cut.
    if (TERMINAL.search(text) and not _ASKS.search(text)) or has_sentence_break(
        _PAUSE.sub(",", text)
    ):
        return False
    return (  # the cheap tests first
        not _FIELD.fullmatch(text)
        and not is_breadcrumb(text)  # "» Home » News", "World | Europe"
        and labelled_title(text) is None  # "You're reading: …" holds one: the header reads it
        and not is_listing_label(text)
        and not is_section_pair(text)  # "News & activities"
        and not institution_name(text)
        and reason_of(text) is None
        and not is_credit(text)  # a byline, a name, "REPORTING · 27th January 2010"
    )


# Words naming a body that issues statements: a page prints its name above the story.
_INSTITUTION = frozenset({
    "ministry", "ministro", "ministero", "ministère", "ministerio", "ministerium", "ministerstvo",
    "office", "department", "embassy", "consulate", "council", "agency", "commission",
    "government", "bureau", "secretariat", "presidency", "parliament", "assembly", "directorate",
    "services",
    "minister", "ambasciata", "embajada", "ambassade", "botschaft", "auswärtiges", "amt",
})  # fmt: skip
_MINOR = frozenset({
    "of", "for", "and", "the", "on", "in", "&", "degli", "della", "delle", "del", "dei", "e",
    "de", "la", "le", "des", "du", "et", "y", "für", "und", "der",
})  # fmt: skip
_MAX_NAME_WORDS = 12
# Verbs a headline puts after its subject, which no institution's name holds ("Affairs",
# "Services" and "Works" are nouns of names).
_HEADLINE_VERBS = wordset(
    """
    confirms says warns announces issues launches opens urges calls rejects denies approves
    plans seeks welcomes condemns releases reveals unveils signs hosts holds marks extends
    suspends bans orders receives declares appoints names slams backs moves vows
    """
)


# A wire's tag in a dateline: "NEW YORK—(BUSINESS WIRE)—Acme …", "LONDON, /PRNewswire/ -- …",
# "MOSCOW (Reuters) -": the line opens the story, it is no headline.
_WIRE_TAG = re.compile(
    r"[(/](?:business ?wire|pr ?newswire|globe ?newswire|marketwired|accesswire|reuters|ap|afp"
    r"|upi|dpa|ians|pti|ani|xinhua|tass|efe|ansa)[)/]",
    re.IGNORECASE,
)


# A dateline or an outlet's credit split from its lead, its dash left at the end: "Northport,
# Harbour TV —", "Harbour Daily-".
_DANGLING_DASH = ("—", "–", "-")
_DATELINE_CHARS = 60


def wire_dateline(text: str) -> bool:
    """A line holding a wire's dateline tag (``NEW YORK—(BUSINESS WIRE)—…``), or a short
    dateline ending in the dash that joined it to its lead (``Northport Harbour TV —``)."""
    if len(text) <= _DATELINE_CHARS and text.rstrip().endswith(_DANGLING_DASH):
        return True
    return len(text) <= 400 and bool(_WIRE_TAG.search(text))


def institution_name(text: str) -> bool:
    """An institution's name, not a headline: ``Ministry of Foreign Affairs``, ``Foreign,
    Commonwealth and Development Office``, maybe after "From" (the page's source). Every word
    capitalised but the small ones, and an institution's word first (with what it is of) or
    last."""
    tokens = [t.strip(",.;()") for t in text.replace(",", ", ").split()]
    tokens = [t for t in tokens if t]
    if tokens[:1] == ["From"]:
        tokens = tokens[1:]  # the page's source: "From Department of Foreign Affairs"
    if not 2 <= len(tokens) <= _MAX_NAME_WORDS:
        return False
    if not all(t[0].isupper() or t.casefold() in _MINOR for t in tokens):
        return False
    if any(t.casefold() in _HEADLINE_VERBS for t in tokens[1:]):
        return False  # "Ministry of Health Confirms Cholera Outbreak": a headline's verb
    # "Ministry of …" (its word, then what it is of), or "… Development Office" (its word last);
    # "Council Meeting Hits the Potholes" is a headline.
    first = tokens[0].casefold() in _INSTITUTION and tokens[1].casefold() in _MINOR
    return first or tokens[-1].casefold() in _INSTITUTION


def is_credit(text: str) -> bool:
    """A line crediting the story under a headline: a byline, a name alone or a date line."""
    if len(text) > _MAX_CREDIT_CHARS:
        return False
    if _EMPTY_CREDIT.fullmatch(text):
        return True  # "by -" / "10966": a byline template left empty, a count of views
    if _BY_SOMEONE.fullmatch(text) or _AUTHOR_CONTACT.fullmatch(text):
        return True  # "By The Associated Press": an agency signs it; "jane@…": its author
    if names_in_byline(text) or read_compound_line(text) is not None or looks_like_name(text):
        return True
    if is_relative_date(text):
        return True  # "2 hours ago", "11:59 am today": a date line, relative to the reading
    found = page_date_line(text, header=True)
    return (found is not None and found.date is not None) or looks_like_date(text)


def nonblank_lines(lines: Sequence[Line], start: int, limit: int) -> list[int]:
    out: list[int] = []
    for i in range(start, len(lines)):
        if lines[i].text:
            out.append(i)
            if len(out) >= limit:
                break
    return out


def credited_headline(
    lines: Sequence[Line], reason_of: HeaderReason = default_header_reason
) -> tuple[int, int] | None:
    """``(headline, first prose line)``: a headline-shaped line, a credit, then prose.

    One or two credit lines may stand between (``Jane Roe`` / ``March 3, 2024``). The first
    such line among the page's first lines wins.
    """
    head = nonblank_lines(lines, 0, HEAD_LINES + 3)
    # Each line judged once, when first asked: an early answer spares the lines below.
    shaped: dict[int, bool] = {i: False for i in head[HEAD_LINES:]}

    def is_shaped(j: int) -> bool:
        if j not in shaped:
            shaped[j] = j in head and headline_shaped(lines[j].text, reason_of=reason_of)
        return shaped[j]

    credit: dict[int, bool] = {}  # each line judged once: the checks are not cheap
    # The page's first block, when short and set apart by a blank line: its masthead.
    first_blank = next((k for k, line in enumerate(lines) if not line.text), len(lines))
    masthead = first_blank if first_blank <= _MASTHEAD_LINES else 0
    for n, i in enumerate(head[:HEAD_LINES]):
        text = lines[i].text
        if not is_shaped(i) or _SIGNED_QUOTE.fullmatch(text):
            continue  # (a quotation over a name is said by that name: an interview's turn)
        if any(len(words(lines[k].text)) >= 3 and text.startswith(lines[k].text) for k in head[:n]):
            return None  # the headline printed above, this line adds to it: the header rules
        if i > 0 and is_shaped(i - 1):
            # Packed under another short line (its headline, or an outlet's name): in the
            # page's first block, a masthead (name, tagline); further down, a listing.
            if i < masthead:
                continue
            if not section_row(lines[i - 1].text, text):
                return None
        # A language switcher under the credit ("• English" / "• Arabic") links, it credits
        # nothing and is no prose: the lines past it count.
        after = [j for j in head[n + 1 :] if not language_link(lines[j].text)][:5]
        credits = 0
        while credits < len(after) - 1 and credits < 2:
            j = after[credits]
            if j not in credit:
                credit[j] = is_credit(lines[j].text)
            if not credit[j]:
                break
            credits += 1
        if credits and is_sentence_like(_paragraph(lines, after[credits], reason_of)):
            return _over_standfirst(lines, head[:n], i, masthead, is_shaped), after[credits]
        if credits and is_shaped(after[credits]) and not interview_turn(lines, after[credits]):
            # A standfirst under the credit, then the story's prose: the headline's. Another
            # headline and credit: a listing of stories. ("Q: …?" over "A: …" is the body's.)
            prose = _prose_under_standfirst(lines, after, credits, reason_of)
            return None if prose is None else (i, prose)
    return None


def _prose_under_standfirst(
    lines: Sequence[Line], after: list[int], credits: int, reason_of: HeaderReason
) -> int | None:
    """The first prose line under the standfirst ``after[credits]`` (maybe past another
    credit: "… / October 23, 2006 / Standfirst / By Kim Dale / prose"), else None."""
    k = credits + 1
    first_credit = lines[after[0]].text
    while (
        k < len(after) - 1
        and k - credits <= 2
        and is_credit(lines[after[k]].text)
        and not _same_kind(first_credit, lines[after[k]].text)
    ):
        k += 1
    nxt = after[k] if k < len(after) else None
    if nxt is None or _names_credit(lines[after[credits]].text, lines[after[credits - 1]].text):
        return None
    return nxt if is_sentence_like(_paragraph(lines, nxt, reason_of)) else None


def _same_kind(credit: str, other: str) -> bool:
    """Two dates, or two bylines: "Headline / March 3 / Headline / March 2" lists stories."""
    dated = looks_like_date(credit) and looks_like_date(other)
    return dated or bool(names_in_byline(credit) and names_in_byline(other))


def _names_credit(line: str, credit: str) -> bool:
    """The line names the person the credit line names ("Jonas Berg" / "Berg made the save
    …"): a picture's caption of that person, not a standfirst under the author's byline."""
    last = credit.split()[-1:] if credit else []
    return bool(last) and re.search(rf"\b{re.escape(last[0])}\b", line) is not None


def _over_standfirst(
    lines: Sequence[Line], above: list[int], i: int, masthead: int, is_shaped: Callable[[int], bool]
) -> int:
    """The headline over line ``i`` when ``i`` is its standfirst: the line right above it (set
    apart by a blank line) is headline-shaped too and shorter ("Council approves flood plan" /
    "The vote ends a year of argument over the harbour wall" / a byline), or as long (a deck in
    Title Case under its headline); else ``i``. An outlet's name over its tagline is the
    masthead; a name alone is too short to count."""
    k = above[-1] if above else -1
    alone = k == 0 and masthead == 1  # the page's first line alone: the headline, not a masthead
    if (k < masthead and not alone) or k != i - 2 or not is_shaped(k):
        return i
    if document_title(lines[i].text):
        return i  # "Address by Ada Lund, …" under the office's name: the page's title
    # Words as printed: "D.A." is one ("D.A. Notices to Spotlight Lund" has five).
    head, dek = len(lines[k].text.split()), len(lines[i].text.split())
    return k if _STANDFIRST_HEAD_WORDS <= head <= dek else i


def _paragraph(lines: Sequence[Line], start: int, reason_of: HeaderReason, most: int = 6) -> str:
    """The text of the paragraph from line ``start``: a hard-wrapped one spans several lines.

    Only a line filling the width is wrapped: a short line, a credit or a boilerplate line is
    a paragraph of its own, whatever follows it.
    """
    text = lines[start].text
    if len(text) < _WRAPPED_WIDTH or is_credit(text) or reason_of(text):
        return text
    end = start
    while end + 1 < len(lines) and end + 1 - start < most and lines[end + 1].text:
        end += 1
    return " ".join(lines[k].text for k in range(start, end + 1))


_SLUG_WORD = re.compile(r"[^\W_]+")
_MIN_SLUG_WORDS = 3


def _folded_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [w for w in _SLUG_WORD.findall(plain) if not w.isdigit() or len(w) == 4]


def _slug(url: str) -> list[str]:
    """The words of the address's longest path segment (``storm-closes-ports`` → 3 words)."""
    path = re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
    segments = path.split("/")[3:]
    if not segments:
        return []
    segment = max(segments, key=len)
    segment = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segment)
    return [w for w in _folded_words(segment.replace("+", " ")) if len(w) > 1]


def page_address(lines: Sequence[Line]) -> str | None:
    """The first line of the page that is a web address (``Original article link: …``)."""
    found = (url_in_line(line.text) for line in lines if "http" in line.text)
    return next((url for url in found if url is not None), None)


def slug_line(lines: Sequence[Line], candidates: Sequence[int], url: str | None) -> int | None:
    """The candidate line whose words are the address's slug (both ways, 80% at least)."""
    slug = set(_slug(url)) if url else set()
    if len(slug) < _MIN_SLUG_WORDS:
        return None
    for i in candidates:
        text = lines[i].text
        if len(text) > 300:
            continue
        line_words = {w for w in _folded_words(text) if len(w) > 1}
        if not line_words:
            continue
        shared = len(slug & line_words)
        if shared >= 0.8 * len(slug) and shared >= 0.8 * len(line_words):
            return i
    return None
