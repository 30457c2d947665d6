"""Two header lines read together, where one alone could be the headline.

- a **row of sections** over a headline: ``News Ferries Ports Weather`` (every word capitalised)
  over ``Ferry crews return to the channel as …`` (sentence case): the row is the site's menu,
  the line under it the headline (a listing's headlines, packed together, share their case);
- a **document's title** under an office's name: ``President of the Republic of Northland`` over
  ``Address by Ada Lund, the President …`` — a title that says what the page is (an address,
  remarks, a statement, a speech by someone, a transcript of something) is the headline, never
  the standfirst of the shorter line above it; ``Transcript by Ada Lund MP`` only credits it;
- a **name printed twice**, one line over the other, under the headline: the author's picture's
  alt text and the byline (at the page's top, ``Snow Showers`` twice is a weather widget);
- a headline **echoed in capitals** by its opening words (``A PROPOSAL FOR REFORM`` under ``A
  Proposal For Reform of the Judiciary``): the full line is the title;
- a line **printed twice** is the headline (the page's title and its heading), unless it stands
  right under the page's first line, a headline of four words or more: then the pair is a
  picture's alt text and caption (``Harbour board approves plan`` over ``Ada Lund, 8, Tom Berg,
  9, with the head teacher`` twice);
- a headline **printed again after a trail or a kicker**: ``Home Sport Rugby Storm closes
  ports`` beside ``Storm closes ports``, or **before a tag**: its section or its count of
  comments (``Storm closes ports News``, ``Storm closes ports 79``): the line that is the
  headline alone is the title;
- a **bare name** over the story whose body writes it and then its surname alone (``Tom Berg``
  / ``… Tom Berg sat quietly …`` / ``Berg, 61, admitted …``): a caption of the story's subject,
  never its byline;
- a **topic's label** under the headline, a bare "name" that opens on no first name and repeats
  the headline's words (``Deadly Northport Ferry Fire`` / ``Northport Ferry Disaster``): the
  story's subject, never its writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import is_upper_case, line_key, words
from claimtrack.reading.lines import Line
from claimtrack.text.first_names import is_given_name

__all__ = [
    "TRAIL_WORDS",
    "document_lines",
    "document_title",
    "echoed_in_capitals",
    "headline_topic",
    "name_printed_twice",
    "not_prefixed",
    "pictures_subject",
    "printed_twice",
    "repeated_after_prefix",
    "repeats_after_prefix",
    "repeats_after_trail",
    "section_row",
    "written_in_body",
]

_BAR = re.compile(r"\s[|»›/]\s")
_REPEATED_WORDS = 3  # the headline alone: a line of a word or two may end many lines
_CUT_CHARS = 300  # a teaser's card cuts a headline shorter than this
_DOCUMENT = re.compile(
    r"(?:(?:written |oral )?testimony|address|remarks|statement|speech|message|keynote"
    r"|interview|(?:press |media )?briefing|opening remarks|closing remarks)"
    r"\s+(?:by|of|from|to|at|delivered by)\s"
    r"|transcript\s+(?:of|from)\s",  # ("Transcript by Ada Lund MP" credits the office)
    re.IGNORECASE,
)
# An interview's page: "Q&A with Ada Lund", "Q&A: Ada Lund", "Excerpts From The Interview With
# Mr. Lund", "In conversation with Eva Lund".
_INTERVIEW = re.compile(
    r"(?:excerpts? from )?(?:the |an? |in )?(?:interview|Q ?& ?A|conversation)(?: with|:)\s",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 5  # a sentence-case headline: "Harbour board approves the new timetable"


def section_row(above: str, line: str) -> bool:
    """``above`` is a row of sections over ``line``, a headline in sentence case."""
    return all(w[:1].isupper() for w in words(above)) and any(
        w[:1].islower() for w in words(line)[1:]
    )


def document_title(text: str) -> bool:
    """The line says what document the page is: ``Remarks by …``, ``Q&A with …``."""
    return _DOCUMENT.match(text) is not None or _INTERVIEW.match(text) is not None


def document_lines(lines: Sequence[Line], indices: list[int]) -> list[int]:
    """The lines among ``indices`` that say what document the page is (:func:`document_title`),
    but an interview's line right under a sentence-case headline: a link to another story
    ("Harbour board approves the new timetable" / "Q&A: Ada Lund on the late sailings")."""
    found = []
    for n, i in enumerate(indices):
        text = lines[i].text
        if document_title(text) and not (
            n and _INTERVIEW.match(text) and _sentence_case(lines[indices[n - 1]].text)
        ):
            found.append(i)
    return found


def _sentence_case(text: str) -> bool:
    """Five words or more, two of the longer ones after the first in lower case."""
    found = words(text)
    lower = [w for w in found[1:] if len(w) >= 4 and w[:1].islower()]
    return len(found) >= _HEADLINE_WORDS and len(lower) >= 2


def printed_twice(lines: Sequence[Line], indices: list[int]) -> int | None:
    """The header line (among ``indices``) printed again below it, or the first line over a
    caption printed twice (see the module's notes), else None."""
    seen: dict[str, int] = {}
    for n, i in enumerate(indices):
        key = line_key(lines[i].text)
        if key in seen and len(words(key)) >= 2:
            first = seen[key]
            if n == 2 and indices[1] == first and _headline_over_caption(lines[indices[0]].text):
                return indices[0]
            return first
        seen[key] = i
    return None


def _headline_over_caption(text: str) -> bool:
    """Four words or more, no sentence's or label's end, no bar: a headline's shape (a site's
    name or a menu over a headline printed twice is shorter: "Connect with us")."""
    stripped = text.rstrip()
    return (
        len(words(text)) >= 4
        and not stripped.endswith((".", ":", ",", ";"))
        and (stripped[:1].isupper() or stripped[:1].isdigit())
        and not _BAR.search(text)
    )


def repeated_after_prefix(keys: dict[int, str]) -> int | None:
    """Among header lines (their index and :func:`~claimtrack.reading.line_rules.line_key`),
    the one another line repeats after a trail or a kicker (``Home Sport Rugby …``) or before
    a bar and the page's keywords (``… | Arnold, Rutherford County, Sheriff``), else None."""
    for i, key in keys.items():
        for j, other in keys.items():
            if j != i and (repeats_after_prefix(key, other) or _repeats_before_tag(key, other)):
                return j
            tagged = len(words(other)) >= _REPEATED_WORDS and key.startswith(other + " | ")
            if j != i and tagged:
                return j
    return None


# What a page prints after a headline it repeats: its section, a label, a count of comments.
_TAG = re.compile(
    r"(?:\d{1,5}|news|video|videos|photos|live|updat(?:e|es|ed)|comments?|opinion|sport)"
)


def _repeats_before_tag(key: str, headline: str) -> bool:
    """The line (its key) is ``headline`` (a key) and a tag or two: "… 10 years News"."""
    tail = key[len(headline) :].split() if key.startswith(headline + " ") else []
    long_enough = len(words(headline)) >= _REPEATED_WORDS
    return long_enough and 0 < len(tail) <= 2 and all(_TAG.fullmatch(t) for t in tail)


def echoed_in_capitals(lines: Sequence[Line], indices: list[int]) -> int | None:
    """The headline a shorter line in capitals echoes by its opening words ("A PROPOSAL FOR
    REFORM" under "A Proposal For Reform of the Judiciary"): a heading over the text, never
    the title; None when no line does so."""
    keys = {i: line_key(lines[i].text) for i in indices}
    for i in indices:
        if not is_upper_case(lines[i].text) or len(words(keys[i])) < _REPEATED_WORDS:
            continue
        longer = [j for j in indices if j != i and keys[j].startswith(keys[i] + " ")]
        if longer:
            return longer[0]
    return None


def not_prefixed(lines: Sequence[Line], indices: list[int], headline: int | None) -> list[int]:
    """``indices`` but the lines that repeat the ``headline`` line after a trail or a kicker:
    the title model may not prefer them to the headline alone."""
    if headline is None:
        return indices
    key = line_key(lines[headline].text)
    return [i for i in indices if not repeats_after_prefix(line_key(lines[i].text), key)]


def repeats_after_prefix(key: str, headline: str) -> bool:
    """The line (its key) is ``headline`` (a key) after a trail or a kicker, maybe cut short
    with an ellipsis as a teaser's card cuts it ("featured news harbour board backs the new
    quay at..." over "harbour board backs the new quay at northport")."""
    if len(words(headline)) < _REPEATED_WORDS:
        return False
    if key.endswith(" " + headline):
        return True
    cut = key.removesuffix("...").removesuffix("…").rstrip()
    if cut == key or len(cut) > _CUT_CHARS:
        return False
    # the cut line's last words, half the headline or more, open the headline
    cut_words, least = words(cut), max(_REPEATED_WORDS, len(words(headline)) // 2)
    return any(
        headline.startswith(" ".join(cut_words[k:]) + " ")
        for k in range(1, len(cut_words) - least + 1)
    )


TRAIL_WORDS = 8
"""A trail's words before a headline printed again ("Home » News » Energy »")."""


def repeats_after_trail(key: str, headline: str) -> bool:
    """The line (its key) is ``headline`` (a key) after a few words of trail ("Home »
    Energy »"), not after a sentence that runs on into it."""
    trail = len(words(key)) - len(words(headline))
    return trail <= TRAIL_WORDS and repeats_after_prefix(key, headline)


_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÞĀ-ſ][\w’'.-]*")
# A titled name's words ("High Court Judge Justice Ada Lund"); a bare name ("Ada Lund") may
# head an interview with her.
_NAME_WORDS = range(3, 8)


def written_in_body(text: str, body: str) -> bool:
    """``text``, a short line of capitalised words only (a person's titled name, a
    publication's), is what the body (``body``, case folded) writes inside a sentence: a
    caption, a credit or a signature, never the headline."""
    words = text.strip().split()
    if len(words) not in _NAME_WORDS or not all(map(_CAPITALISED_WORD.fullmatch, words)):
        return False
    at = body.find(" ".join(words).casefold())
    return at > 0 and body[at - 1] == " "  # (mid-sentence, after another word)


def name_printed_twice(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is printed again on the line above or below it, under some line of the page
    (a headline): an author's picture's alt text over the byline."""
    text = lines[i].text
    pair = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].text == text]
    return bool(pair) and any(lines[k].text for k in range(min(i, pair[0])))


_BARE_NAME_WORDS = range(2, 5)


def pictures_subject(name: str, below: Sequence[Line]) -> bool:
    """``name``, a bare name over the body ``below``, captions a picture of the story's subject.

    The story writes the full name, then the surname alone (``Tom Berg sat quietly …`` / ``Berg,
    61, admitted …``): it tells of that person, and a story never calls its writer by surname.
    The last paragraph is left out: an author's note may name its writer there (``Ada Lund is a
    fellow at …``). A caption may title the person (``Velm MP Tom Berg``): the name is read from
    its first name on.
    """
    words = name.strip().split()
    if len(words) not in _BARE_NAME_WORDS or not all(map(_CAPITALISED_WORD.fullmatch, words)):
        return False
    first = next((n for n, word in enumerate(words[:-1]) if is_given_name(word)), 0)
    words = words[first:]
    paragraphs = [line.text for line in below if line.text][:-1]
    body = " ".join(paragraphs)
    full = len(re.findall(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", body))
    surname = len(re.findall(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body))
    return full >= 1 and surname > full


_WORD = re.compile(r"\w{3,}")  # a word worth comparing: "of" and "US" tell nothing


def headline_topic(name: str, above: Sequence[str]) -> bool:
    """``name``, a bare name under the headline (among ``above``, the lines over it), labels the
    story's topic: it opens on no first name and repeats a word of the lines above (``Velm
    Election Count`` under ``Velm council election results: …``). A writer's name seldom
    repeats the headline; "Ada Lund" under "Ada Lund: why I quit" opens on a first name. The
    line is dropped here, before it is read as a byline; ``byline_parts.common_words_name`` later
    drops an author whose last word the story writes in lower case, which this label need not.
    """
    words = name.split()
    if len(words) not in _BARE_NAME_WORDS or is_given_name(words[0]):
        return False
    over = {w.casefold() for line in above for w in _WORD.findall(line)}
    return any(w.casefold() in over for w in _WORD.findall(name))
