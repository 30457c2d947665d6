"""The header zone's title: which of the lines above the body is the headline.

Pages put several short lines above the body: navigation, a section label (``Politics``), the
headline, a standfirst (a longer sentence-case line under the headline), the byline and date.
The rules, in order:

1. a line repeated in the header (pages often print the headline twice, maybe with the outlet's
   tag: ``… (WXYZ)``, ``… - Outlet``) is the title, without the tag;
2. otherwise the last line standing alone between blank lines (two words or more), else the
   line directly above the body (three words or more), else the first line of four words or
   more (a page prints the headline before its subtitle), else the longest line;
3. a standfirst is not the title: when a headline-like line of five words or more stands right
   above the line chosen, and is Title Case where the line chosen is not, or the line chosen is
   a longer sentence-case line, the line above is the title.

Section labels (one word, or breadcrumbs such as ``MARKETS | Business``) never stand alone as
titles: they have too few words or are separated by bars. With no title above the body, a
headline-like line printed after it is the title (:func:`title_below`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.model import DatePrecision, PartialDate
from claimtrack.reading.bylines import looks_like_name
from claimtrack.reading.header_pairs import (
    document_lines,
    document_title,
    echoed_in_capitals,
    printed_twice,
    repeated_after_prefix,
)
from claimtrack.reading.interview_turns import TURN, first_of_questions, interview_turn
from claimtrack.reading.line_rules import (
    TERMINAL,
    DropReason,
    boilerplate_reason,
    is_caption,
    is_ui,
    line_key,
    reports_speech,
    words,
)
from claimtrack.reading.lines import Line, standalone
from claimtrack.reading.repeats import not_glued_twice
from claimtrack.reading.site_names import label_like, outlet_like
from claimtrack.text.date_lines import trailing_date
from claimtrack.text.dates import looks_like_date
from claimtrack.text.headings import is_heading

__all__ = [
    "choose_title",
    "cut_off_last",
    "dated_headline",
    "interview_turn",
    "is_breadcrumb",
    "is_listing_label",
    "is_section_pair",
    "labelled_title",
    "tagged_headline",
    "title_below",
    "wrapped_before",
    "wrapped_start",
]

_BREADCRUMB = re.compile(r"\S\s+[|>»/›→]\s+\S")
# An archive or listing page's label ("Category Archive: Updates", "Tag: Ferries"), not a headline.
_LISTING_LABEL = re.compile(
    r"(?:category|tag|topic|author|monthly|yearly)?\s*archives?\s*(?:for)?\s*:"
    # "Archive for the ‘Ukraine’ Category", "Archives for the tag Ferries"
    r"|archives?\s+(?:for|of)\s+(?:the\s+)?.{1,60}\s(?:category|tag|topic)$"
    r"|archives?\s+(?:for|of)\s+(?:the\s+)?(?:category|tag|topic)\b"
    r"|(?:category|tag|topic|posts tagged|posts by)\s*:|\w+(?: \w+)?\s*[»›]$",  # "Interview »"
    re.IGNORECASE,
)
# "You're reading: Storm closes ports": a page's header line that holds the headline.
# A forum archive's thread line ("View Full Version : [News] Storm closes ports") holds its title
# after a tag; so do an office's list ("Releases: …") and a release's "Subject: Press Release: …".
_READING_LABEL = re.compile(
    r"(?:(?:(?:you(?:'|’)re|you are|now|currently)\s+reading"
    r"|view (?:full|complete) version|(?:(?:press|news|media) )?releases)"
    r"\s*:\s*(?:\[[^\]]{1,20}\]\s*)?"
    r"|subject\s*(?::\s*|\s(?=(?:press|news|media) release\s*:))"
    r"(?:(?:press|news|media) release\s*:\s*)?)(?P<title>\S.{2,300})",
    re.IGNORECASE,
)
_OUTLET_TAG = re.compile(r"\s*(?:\([^()]{1,40}\)|\s[|–—-]\s+[^|–—-]{1,40})$")
_SIGNIFICANT = re.compile(r"[^\W\d_][\w'’-]{3,}")


def is_breadcrumb(text: str) -> bool:
    """A trail of sections (``Home » News » Politics``, ``MARKETS | Business``)."""
    return bool(_BREADCRUMB.search(text))


def _is_trail(text: str) -> bool:
    """A navigation trail: three sections or more, none over three words (``Home | News |
    Sport``); a headline with the site's name after a bar has a longer part."""
    parts = [p.strip() for p in _TRAIL_BAR.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


_TRAIL_BAR = re.compile(r"\s[|>»/›→]\s")


def is_listing_label(text: str) -> bool:
    """An archive or listing page's label (``Category Archive: Updates``), not a headline."""
    return bool(_LISTING_LABEL.match(text))


def choose_title(lines: Sequence[Line], candidates: list[int], body_start: int) -> int | None:
    """The index (into ``lines``) of the title among ``candidates``, or None."""
    usable = [i for i in candidates if not _BREADCRUMB.search(lines[i].text)] or [
        i for i in candidates if not _is_trail(lines[i].text)
    ]
    usable = [
        i
        for i in usable
        if not (
            _LISTING_LABEL.match(lines[i].text)
            or reports_speech(lines[i].text)
            or is_section_pair(lines[i].text)
            or lines[i].text.endswith(("(", "["))  # a line cut before its bracket closes
        )
    ]
    if not usable:
        return None
    usable = not_glued_twice(lines, usable)  # a picture's alt text and caption: no headline
    if (twice := printed_twice(lines, usable)) is not None:
        return twice
    seen = {line_key(lines[i].text): i for i in usable}
    for i in usable:
        # The headline printed again with the outlet's tag: "Storm Closes Ports (WXYZ)".
        bare = _OUTLET_TAG.sub("", line_key(lines[i].text))
        if bare in seen and seen[bare] != i and len(words(bare)) >= 3:
            return seen[bare]
    if (again := repeated_after_prefix({i: line_key(lines[i].text) for i in usable})) is not None:
        return again
    if (echoed := echoed_in_capitals(lines, usable)) is not None:
        return echoed
    if documents := document_lines(lines, usable):
        return documents[0]  # "Statement from the Prime Minister on …": what the page is
    if alone := _set_apart(lines, usable):
        return _not_a_standfirst(lines, alone, alone[-1], body_start)
    # The line right above the body, or above the blank line that sets the body apart when no
    # other candidate is packed over it (a date line may be: "2020-10-26" / the headline).
    nearest = next((j for j in range(body_start - 1, -1, -1) if lines[j].text), None)
    above = [
        i
        for i in usable
        if (i == body_start - 1 or (i == nearest and i - 1 not in candidates))
        and len(words(lines[i].text)) >= 3
    ]
    if above:
        return _not_a_standfirst(lines, usable, above[0])
    # Lines packed with no blank between them: a page prints the headline before its dek
    # (three words or more, not an outlet's name: "Ferry strike ends" over its subtitle).
    long_enough = [
        i for i in usable if len(words(lines[i].text)) >= 3 and not outlet_like(lines[i].text)
    ]
    if long_enough:
        return long_enough[0]
    # A lone word ("NEW", "Politics") is a label or a fragment: no title rather than a wrong one.
    several = [i for i in usable if len(words(lines[i].text)) >= 2]
    return max(several, key=lambda i: len(lines[i].text)) if several else None


# Words naming a section of a site: "News & activities", "Reports and News", "Press & Media".
_SECTION_WORDS = frozenset({
    "news", "activities", "events", "reports", "releases", "media", "press", "updates",
    "statements", "speeches", "publications", "announcements", "stories", "features",
    "analysis", "opinion", "opinions", "comment", "views", "interviews", "multimedia", "videos",
    "photos", "galleries", "archive", "archives", "resources", "documents", "briefings",
    "noticias", "actualités", "nachrichten", "notizie", "berita", "новости", "новини",
})  # fmt: skip
_PAIR_JOINER = re.compile(r"\s+(?:&|and|y|e|et|und|и|dan)\s+", re.IGNORECASE)


def is_section_pair(text: str) -> bool:
    """Two sections of a site joined (``News & activities``, ``Reports and News``): a label
    over a listing or a story, never its headline. Each side one or two words, one a section's."""
    sides = _PAIR_JOINER.split(text.strip(), maxsplit=1)
    if len(sides) != 2 or not all(1 <= len(side.split()) <= 2 for side in sides):
        return False
    tokens = [t.casefold() for side in sides for t in side.split()]
    return all(t.isalpha() for t in tokens) and any(t in _SECTION_WORDS for t in tokens)


def labelled_title(text: str) -> str | None:
    """The headline of a labelled header line (``You're reading: …``), else None."""
    m = _READING_LABEL.fullmatch(text) if len(text) <= 330 else None
    return m.group("title").strip() if m else None


_TAG_END = re.compile(r"\s[–—|-]\s+[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3}$")


def tagged_headline(text: str) -> bool:
    """A headline tagged with its outlet ("… analysts warn – CNBC"): no sentence's end."""
    return len(words(text)) <= 25 and not TERMINAL.search(text) and bool(_TAG_END.search(text))


def _set_apart(lines: Sequence[Line], usable: list[int]) -> list[int]:
    """The candidates standing alone between blank lines, two words or more: labels ("In
    Summary") left out when others are left, and a Q&A's first question under the headline."""
    alone = [i for i in usable if standalone(lines, i) and len(words(lines[i].text)) >= 2]
    alone = [i for i in alone if not label_like(lines[i].text)] or alone
    if len(alone) > 1 and first_of_questions(lines, alone[-1]):
        alone.pop()
    return alone


def _not_a_standfirst(
    lines: Sequence[Line], pool: list[int], chosen: int, body_start: int | None = None
) -> int:
    """The headline above ``chosen`` when ``chosen`` reads as its standfirst."""
    position = pool.index(chosen)
    if position == 0:
        return chosen
    previous = pool[position - 1]
    # Something else between them: no headline and standfirst (a notice may: "… a year old").
    if any(_stands_between(lines[k].text) for k in range(previous + 1, chosen)):
        return chosen
    text, above = lines[chosen].text, lines[previous].text
    lower = [w for w in _SIGNIFICANT.findall(above)[1:] if w[0].islower()]  # "board under fire"
    if (len(words(above)) < 5 and len(lower) < 2) or above.endswith((".", ":")):
        return chosen  # a short line above, no sentence-case headline: an outlet's name, a label
    if _GOES_ON.match(text):
        return previous  # "But Energy Secretary Says …": a deck that goes on from its headline
    if _title_case(above) and not _title_case(text):
        return previous
    if text.endswith(".") and not TERMINAL.search(above):
        return previous  # a headline ends no sentence (55 pages in 57); a standfirst does
    if _sentence_case(text) and len(words(text)) >= 1.3 * len(words(above)):
        return previous
    # (no site's name run into it, and no question: an interview may open with one)
    one = not any(bar in above for bar in (" | ", " - ", " – ")) and not above.endswith("?")
    if document_title(above) or (1.5 * len(words(text)) <= len(words(above)) and one):
        return previous  # "Press Briefing by …" over the room; a short label under a headline
    if _title_case(text) or TERMINAL.search(above) or body_start is None:
        return chosen  # a Title Case headline under a sentence-case line (a kicker, a teaser)
    # A headline stands first, its standfirst under it (a picture's caption may follow).
    return previous


_GOES_ON = re.compile(r"(?:But|And|Yet|While|Meanwhile|However|Though|Although)\b")


def _stands_between(text: str) -> bool:
    """A line that sets two header lines apart: any text but a notice ("… years old")."""
    return bool(text) and boilerplate_reason(text, header=True) is not DropReason.UI_WORD


def _title_case(text: str) -> bool:
    """Nearly every longer word capitalised: "3 Stocks Slide on Disappointing Earnings"."""
    significant = _SIGNIFICANT.findall(text)[1:]
    if len(significant) < 2:
        return False
    return sum(1 for w in significant if w[0].isupper()) >= 0.75 * len(significant)


def _sentence_case(text: str) -> bool:
    """Most longer words after the first are lower case (a sentence, not a Title Case line)."""
    significant = _SIGNIFICANT.findall(text)[1:]
    if len(significant) < 3:
        return False
    capitals = sum(1 for w in significant if w[0].isupper())
    return capitals < 0.3 * len(significant)


_DATE_JOINER = re.compile(r"\s*[,–—|-]\s*$|\s+[-–—|]\s+$")
# A regular briefing's transcript names its day: "Spokesperson's Regular Press Conference on
# June 28" (not "Minister to hold briefing on June 28": a day ahead); so do a cabinet's
# communiqué and a house's minutes or debates ("Cabinet Communiqué of 14.12.2020"), a meeting's
# report ("Report from the cabinet meeting of 22 June", "Bericht aus dem Kabinett vom 22. Juni").
_BRIEFING_ON = re.compile(
    r"(?:(?:regular|daily|weekly) (?:press conference|(?:press |news |media )?briefing)\s+on"
    r"|(?:communiqu[ée]|minutes|proceedings|debates|sitting) (?:of|on|for)"
    r"|(?:meeting|session) of|\bvom)\s+$",
    re.IGNORECASE,
)


def dated_headline(title: str) -> PartialDate | None:
    """The day a headline ends with after a dash or comma (``Statement: … - 2 February 2026``),
    or a briefing's day (``Spokesperson's Regular Press Conference on June 28, 2016``).

    Statements and briefings put their day in the headline; only a whole date naming its
    day and month counts, never a bare year or month.
    """
    for words_, joiner, found in trailing_date(title):
        date = found.date
        if (
            (_DATE_JOINER.fullmatch(joiner) or _BRIEFING_ON.search(words_ + joiner))
            and date is not None
            and date.precision is DatePrecision.DAY
        ):
            return date
    return None


def title_below(lines: Sequence[Line], paragraphs: list[list[int]]) -> int | None:
    """The line of a headline printed after the body, when the header gave none.

    Some copies put the page's headline after the text (a footer's share block repeats it):
    the last paragraph, when it is one heading-like line of four words or more after at
    least two paragraphs of body. The caller checks it is not the start of a sentence cut off by
    the copy's end (:func:`cut_off_last`: "She answered questions about the vote in a similarly
    underst", or a quotation it never closes) nor a video's teaser.
    """
    if len(paragraphs) < 3 or len(paragraphs[-1]) != 1:
        return None
    last = paragraphs[-1][0]
    text = lines[last].text
    if TURN.match(text):
        return None
    return last if is_heading(text) and len(words(text)) >= 4 else None


# A quotation opened in a line and never closed there: "Hajiyev wrote: “Our view was that, fol".
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(:]))\"(?=\w)")
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?…])\"")
# A teaser of a video or a podcast: "Watch the coach's press conference after the match".
_MEDIA_TEASER = re.compile(r"(?:watch|listen|video|podcast|live)\b\s*[:|–-]?", re.IGNORECASE)


def _unclosed_quote(text: str) -> bool:
    """More quotations opened than closed in ``text`` (German „…“ closes with “)."""
    low = "„" in text or "‚" in text
    opened = text.count("«") + text.count("„") + len(_STRAIGHT_OPEN.findall(text))
    closed = text.count("»") + text.count("”") + len(_STRAIGHT_CLOSE.findall(text))
    if low:
        closed += text.count("“")
    else:
        opened += text.count("“")
    return opened > closed


# A headline's form in any case: a quotation, or a kicker or speaker before a colon ("They
# deserved the deal: Harbour Union's Quill after 12-hour talks", "“We are glad” – Quill").
_HEADLINE_FORM = re.compile(r"^[“\"«„‘'].{2,120}[”\"»“’']|\S:\s+\S")


def cut_off_last(text: str) -> bool:
    """The last line of a copy reads as the start of a sentence cut off by the copy's end, or
    as a teaser of a video: it is not a headline printed after the body.

    Below the body, a line is a headline only by its case or its form: in Title Case, or with
    a quotation or a colon a headline puts in (:data:`_HEADLINE_FORM`). Any other line, however
    short, reads as a paragraph the copy's end cut off, in any language (``O Ministério do
    Interior mace``). So does a line that opens a quotation or a bracket and never closes it, a
    Title Case line whose last word is in lower case (``Previous Open Houses loca``), or one
    opening with ``Watch``/``Listen``.
    """
    if not (_title_case(text) or _HEADLINE_FORM.search(text)):
        # "By raising the issue, the minister stressed the need to bal", "O Ministério do
        # Interior mace": below the body, only a headline's case or form tells a headline.
        return True
    if _unclosed_quote(text) or text.count("[") > text.count("]"):
        return True  # a quotation or a bracket opened and never closed: cut off mid-way
    last = _SIGNIFICANT.findall(text)[-1:]
    if _title_case(text) and last and last[0].islower():
        return True  # "Previous Open Houses loca": a Title Case line cut mid-word
    return bool(_MEDIA_TEASER.match(text))


def wrapped_before(text: str) -> bool:
    """A header-zone line that may be the first line of a hard-wrapped paragraph below it."""
    return (
        bool(text)
        and len(text) <= 100
        and len(words(text)) >= 3
        and not TERMINAL.search(text)
        and not text.endswith((":", "?"))
        and not (is_caption(text) or is_ui(text) or looks_like_date(text))
        and not looks_like_name(text)
    )


def wrapped_start(lines: Sequence[Line], i: int) -> int:
    """The first line of the hard-wrapped paragraph whose line ``i`` is sentence-like.

    A wrapped line is short (a long line is a paragraph of its own), and the line it continues
    fills the width: nearly as long as it, or it runs on in lower case. A shorter line above a
    capitalised one is a headline, not the paragraph's start, unless it reports speech (``The
    minister said that the Department of`` / ``Harbours will …``): no headline does.
    """
    # A line running on in lower case continues the one above, however long it is.
    while (
        i > 0
        and (len(lines[i].text) <= 100 or lines[i].text[:1].islower())
        and wrapped_before(lines[i - 1].text)
    ):
        above, text = lines[i - 1].text, lines[i].text
        if not (text[:1].islower() or len(above) >= 0.9 * len(text) or reports_speech(above)):
            break
        i -= 1
    return i
