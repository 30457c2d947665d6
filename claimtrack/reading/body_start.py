"""Where the body of a plain-text page starts: past the header, a standfirst or a headline.

The first sentence-like line opens the body, unless it is a headline over prose, a standfirst
the lead repeats, a one-sentence standfirst above the byline or a caption printed twice; a
headline its neighbours show (:mod:`~claimtrack.reading.headlines`) moves the start under it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable

from claimtrack.model import PartialDate
from claimtrack.reading import header, lead, not_headlines
from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.byline_parts import author_name
from claimtrack.reading.bylines import is_role, looks_like_name, name_list, names_in_byline
from claimtrack.reading.caption_forms import is_uncredited_copy
from claimtrack.reading.feed_boxes import feed_box
from claimtrack.reading.header_pairs import TRAIL_WORDS, repeats_after_trail
from claimtrack.reading.headlines import HeaderReason, credited_headline, headline_shaped
from claimtrack.reading.highlights import highlights_start
from claimtrack.reading.interview_turns import question_above
from claimtrack.reading.lead import headline_above_prose, is_dek, is_lead_in, lead_in_start
from claimtrack.reading.line_rules import (
    TERMINAL,
    DropReason,
    boilerplate_reason,
    has_sentence_break,
    is_end_marker,
    is_sentence_like,
    is_title_case_headline,
    line_key,
    words,
)
from claimtrack.reading.lines import Line, standalone
from claimtrack.reading.opening_headlines import opening_headline
from claimtrack.reading.promos import is_video_card
from claimtrack.text.lexicon import STOPWORDS
from claimtrack.text.story_datelines import StoryDateline, story_dateline
from claimtrack.text.turn_labels import is_cast_line

__all__ = ["BodyStartRules"]

_DISPLACING_WORDS = 5  # a headline under prose this long moves the start (no signature)
# Lines from the first prose a wire's dateline may stand (captions and standfirst between).
_DATELINE_REACH = 5
# A headline over prose has at most this many words; a hard-wrapped copy's lines are at most
# this wide (a line as wide may be a wrapped paragraph's first line, not a headline).
_LONG_HEADLINE_WORDS = 40
_WRAP_WIDTH = 100
_REPEAT_REACH = 3  # lines under a headline where the page prints it again
_KICKER_WORDS = 5  # words of a headline's first sentence that only sets it up
_RUN_ON_WORDS = 8  # a line running on in lower case this long opens the body (no caption's)


def _in_lower_case(text: str) -> bool:
    return sum(1 for w in words(text) if w.islower() and len(w) > 3) >= 2


class BodyStartRules:
    """The cleaner's rules for the body's first line (mixed into the cleaner)."""

    lines: list[Line]
    reason: list[DropReason | None]
    authors: list[str]
    headline: int | None
    dates: list[tuple[int, PartialDate]]
    dateline: StoryDateline | None = None  # the wire's dateline opening the story

    def nonblank(self, start: int, stop: int) -> Iterable[int]:
        return (i for i in range(start, stop) if self.lines[i].text)

    def _names_the_body(self, i: int, stop: int) -> bool:
        """Line ``i`` is a name (or its role) right above the body, maybe over its role."""
        after = (j for j in self.nonblank(i + 1, stop + 1) if self.reason[j] != DropReason.UI_WORD)
        following = list(itertools.islice(after, 2))  # controls between them passed over
        if not following or not name_list(self.lines[i].text):
            return False
        role = len(following) == 2 and is_role(self.lines[following[0]].text)
        return following[0] == stop or (role and following[1] == stop)

    def _over_byline(self, i: int) -> bool:
        """Line ``i`` is a name line right above a byline (``By …``)."""
        after = next(iter(self.nonblank(i + 1, len(self.lines))), None)
        byline = after is not None and self.reason[after] is DropReason.BYLINE
        return byline and looks_like_name(self.lines[i].text)

    @functools.cached_property
    def header_reason(self) -> HeaderReason:
        """``boilerplate_reason(text, header=True)``, each text judged once in this run: the
        header rules ask about the same lines many times."""
        return functools.cache(functools.partial(boilerplate_reason, header=True))

    def _add_authors(self, names: Iterable[str]) -> None:
        for name in map(author_name, names):  # "• Jane Roe": the list's bullet is no name
            if name not in self.authors and not is_role(name):  # ("APA News", "Patrika Desk")
                self.authors.append(name)

    def _body_start(self) -> int:
        """The body's first line, at a wire's dateline (:meth:`_at_dateline`) or else under a
        headline its neighbours show (:mod:`headlines`)."""
        return self._past_feed(self._at_dateline(self._headed_start()))

    def _past_feed(self, start: int) -> int:
        """The body's start under the story printed after a news-feed box (:mod:`feed_boxes`):
        the box's lines go, its headline is the line right above its credit."""
        box = feed_box(self.lines, start, self.header_reason)
        if box is None:
            return start
        for j in box.lines:
            self.reason[j] = self.reason[j] or DropReason.RELATED_LINK
        above = next(
            (j for j in range(box.credit - 1, box.lines[-1], -1) if self.lines[j].text), None
        )
        if above is not None and headline_shaped(
            self.lines[above].text, reason_of=self.header_reason
        ):
            self.headline = above
        return box.prose

    def _at_dateline(self, start: int) -> int:
        """The body's start at a wire's dateline (``MADRID, 17 Ene. (AGENCY) -``) standing a few
        lines under ``start`` or right above it: the story opens there, the lines above it are
        its header (headline, caption, standfirst). A dateline alone on its line is a date line.
        """
        above = next((j for j in range(start - 1, -1, -1) if self.lines[j].text), None)
        near = list(itertools.islice(self.nonblank(start, len(self.lines)), _DATELINE_REACH))
        items = near if above is None else [above, *near]
        for n, i in enumerate(items):
            found = story_dateline(self.lines[i].text)
            if found is None:
                continue
            # Under a paragraph of prose (``Here is the wire's story:``, a sentence) the dateline
            # opens a story the body quotes: the body started above it. A headline, a caption or
            # a standfirst stands right above a story's own dateline.
            over = self.lines[items[n - 1]].text if i > start else ""
            if over and ((TERMINAL.search(over) and is_sentence_like(over)) or is_lead_in(over)):
                return start
            self.dateline = found
            if found.date is not None:
                self.dates.append((3, found.date))
            rest = self.lines[i].text[found.end :].strip()
            if rest and self.header_reason(rest) is None:
                return i
            self.reason[i] = DropReason.DATE  # alone on its line, or over a notice: not the story
            return next(iter(self.nonblank(i + 1, len(self.lines))), start)
        return start

    def _headed_start(self) -> int:
        """The body's first line; under a headline its neighbours show (:mod:`headlines`)."""
        start = self._first_prose()
        reason = self.header_reason
        found = credited_headline(self.lines, reason) or opening_headline(self.lines, reason)
        if found is None or self._printed_twice(found[0], found[1]):
            return start
        title, prose = found
        if title < start:
            self.headline = title if self.headline is None else self.headline  # (over the cast)
        elif (
            title == start
            or self._masthead_above(title)
            or (
                sum(1 for _ in self.nonblank(start, title)) <= 2
                and len(words(self.lines[title].text)) >= _DISPLACING_WORDS
                and not self._headed(start)
            )
        ):
            # Only a teaser stands above the headline: the body starts under it. A short line
            # under prose ("Deputy Director, Communications" / a name) is a signature instead.
            self.headline = title
            return prose
        return start

    def _printed_twice(self, title: int, prose: int) -> bool:
        """Another line above the prose, a sentence in lower case (no caption's names), is
        printed twice ("Headline" / byline / "Headline"): that is the headline, for the header
        rules to take, not line ``title``."""
        head = [self.lines[j].text for j in self.nonblank(0, prose)]
        text = self.lines[title].text
        return any(t != text and head.count(t) > 1 and _in_lower_case(t) for t in head)

    def _masthead_above(self, title: int) -> bool:
        """Only the page's first block stands above the headline: the site's name packed over
        its tagline and notices (``The Harbour Times`` / ``News and views from …``)."""
        above = [i for i in range(title) if self.lines[i].text]
        return bool(above) and above[0] == 0 and above[-1] == len(above) - 1

    def _headed(self, start: int) -> bool:
        """A headline stands apart right above line ``start``: that prose is the body's lead,
        and a headline-shaped line further down is a subheading, not the page's headline."""
        above = next((j for j in range(start - 1, -1, -1) if self.lines[j].text), None)
        if above is None or above == start - 1:
            return False  # nothing above, or a line packed onto it (a control, a station's menu)
        return headline_shaped(self.lines[above].text, least=2, reason_of=self.header_reason)

    def _first_prose(self) -> int:
        fallback = None
        for i in self.nonblank(0, len(self.lines)):
            text = self.lines[i].text
            if not_headlines.speaker_header(self.lines, i):
                return i  # "Harbour Head Coach Ada Lund" / "Opening statement:": the sheet's
            if (
                self.header_reason(text) is not None
                or is_end_marker(text)
                or header.labelled_title(text)
            ):
                continue
            if header.interview_turn(self.lines, i):
                return i  # "HOST: Are you …?" over "GUEST: …": the interview starts
            if self._printed_again_below(i) or self._trailed_above(i) or self._alt_text(i):
                continue  # a headline printed twice (the page's title, then its heading)
            if self._over_credit(i):
                continue  # a headline over its date or byline ("Published: …", "By …")
            if (
                (is_sentence_like(text) or self._runs_on(i) or self._wrapped_block(i))
                and not headline_above_prose(self.lines, i)
                and not header.tagged_headline(text)
                and not self._long_headline(i)
            ):
                # In a hard-wrapped paragraph the sentence may start on earlier lines.
                i = question_above(self.lines, header.wrapped_start(self.lines, i))
                i = highlights_start(self.lines, lead_in_start(self.lines, i))
                return self._past_standfirst(self._past_dek(i))
            if fallback is None and TERMINAL.search(text) and len(words(text)) >= 2:
                fallback = i
        return fallback if fallback is not None else 0

    def _alt_text(self, i: int) -> bool:
        below = next((self.lines[n].text for n in self.nonblank(i + 1, len(self.lines))), "")
        return is_uncredited_copy(self.lines[i].text, below)

    def _over_credit(self, i: int) -> bool:
        """The line under line ``i`` dates the story or credits its writer: line ``i``, one
        sentence (maybe after a kicker: "New rules, old ferries. …") and the page's first words
        but labels, is the headline over them, not the lead (a lead ends its sentence; a
        headline need not; a caption's credit is a second sentence), or over a briefing's cast
        line ("Presenter: Ada Lund") a headline in Title Case ending "…, Northport, Va."."""
        nxt = next(iter(self.nonblank(i + 1, len(self.lines))), None)
        if nxt is not None and is_video_card(self.lines[nxt].text):  # ("… | 00:55" between)
            nxt = next(iter(self.nonblank(nxt + 1, len(self.lines))), None)
        text = lead.without_spaced_ellipsis(self.lines[i].text)  # ("… had to say . . .")
        kicker = len(text.split(". ", 1)[0].split()) <= _KICKER_WORDS
        if nxt is None or (has_sentence_break(text) and not kicker):
            return False
        below = self.lines[nxt].text
        if is_cast_line(below) and is_title_case_headline(text):
            self.headline = i  # (in sentence case, a standfirst over the cast: the body's lead)
            return True
        if TERMINAL.search(text) or self._worded_above(i):
            return False
        return self.header_reason(below) is DropReason.DATE or bool(names_in_byline(below))

    def _worded_above(self, i: int) -> bool:
        """A line of more than three words stands above line ``i``, not furniture."""
        return self._first_worded < i

    @functools.cached_property
    def _first_worded(self) -> int:
        """The page's first line of more than three words that is not furniture (one pass,
        however often the rules ask)."""
        worded = (
            j
            for j in self.nonblank(0, len(self.lines))
            if len(words(self.lines[j].text)) > 3 and self.header_reason(self.lines[j].text) is None
        )
        return next(worded, len(self.lines))

    def _printed_again_below(self, i: int) -> bool:
        """Line ``i``, one short sentence, is printed again within the next three lines: a
        headline set as the page's title and again as its heading ("‘Why the harbour?’" /
        "‘Why the harbour?’"), maybe after a trail the first time ("Home » Energy » …"), never
        a paragraph of the story."""
        text = self.lines[i].text
        below = itertools.islice(self.nonblank(i + 1, len(self.lines)), _REPEAT_REACH)
        if len(words(text)) > _LONG_HEADLINE_WORDS + TRAIL_WORDS or has_sentence_break(text):
            return False  # two sentences are a paragraph, a lead repeated under a caption
        key = line_key(text)
        return any(
            line_key(self.lines[j].text) == key  # (a bullet, the case aside)
            or (
                repeats_after_trail(key, line_key(self.lines[j].text))
                and len(words(self.lines[j].text)) <= _LONG_HEADLINE_WORDS
            )
            for j in below
        )

    def _trailed_above(self, i: int) -> bool:
        """Line ``i``, a headline's length, is printed just above after a trail or a kicker
        ("Home » Energy » …" over "…"): the heading under the page's title, not the lead."""
        text = self.lines[i].text
        if len(words(text)) > _LONG_HEADLINE_WORDS:
            return False
        key = line_key(text)
        above = [j for j in range(max(0, i - 2 * _REPEAT_REACH), i) if self.lines[j].text]
        return any(repeats_after_trail(line_key(self.lines[j].text), key) for j in above)

    def _long_headline(self, i: int) -> bool:
        """Line ``i``, the page's first line but labels, is a headline over prose: it ends no
        sentence and holds none, and the line under it ends one (``“We are proud …” – an
        interview with Jane Roe, mayor of Northport`` / ``One of the surprises of …``). Wider
        than a hard-wrapped line, or alone: no wrapped paragraph's first line; the line under it
        longer, or it alone and not ending on a small word as a cut paragraph does."""
        text = self.lines[i].text
        if (
            len(words(text)) > _LONG_HEADLINE_WORDS
            or TERMINAL.search(text)
            or text.endswith((":", ",", ";", "-", "–", "—"))
            or has_sentence_break(text)
            or not (text[:1].isupper() or text[:1] in "“\"«„‘'")
            or (len(text) <= _WRAP_WIDTH and not standalone(self.lines, i))
        ):
            return False
        if self._worded_above(i):
            return False  # a headline above it makes it the standfirst
        nxt = next(iter(self.nonblank(i + 1, len(self.lines))), None)
        if nxt is None or self.header_reason(self.lines[nxt].text) is not None:
            return False
        prose = self.lines[nxt].text
        ends = TERMINAL.search(prose) or (prose.endswith(":") and has_sentence_break(prose))
        set_apart = standalone(self.lines, i) and text.split()[-1].casefold() not in STOPWORDS
        if not (is_sentence_like(prose) and ends and (len(prose) > len(text) or set_apart)):
            return False  # (a paragraph may end leading in: "… Here is more about it:")
        if prose[:1].islower() or prose[:1] in ",;:":
            return False  # the line under it runs on from it ("; one of …"): one paragraph
        self.headline = i
        return True

    def _wrapped_block(self, i: int) -> bool:
        """Line ``i`` opens a hard-wrapped paragraph none of whose lines reads as a sentence
        alone (``Harbour Mills Ltd, through its`` / ``Foundation, today handed over a block at``
        / ``Northport School.``): set apart above, it breaks mid-sentence (a line ends in a
        comma or a small word, or the next runs on in lower case), only its last line ends a
        sentence, and together they are prose."""
        if i > 0 and self.lines[i - 1].text:
            return False
        reach = range(i, min(i + 7, len(self.lines)))
        block = list(itertools.takewhile(lambda j: bool(self.lines[j].text), reach))
        if not 2 <= len(block) <= 6 or (
            block[-1] + 1 < len(self.lines) and self.lines[block[-1] + 1].text
        ):
            return False
        texts = [self.lines[j].text for j in block]
        if any(TERMINAL.search(t) for t in texts[:-1]) or not TERMINAL.search(texts[-1]):
            return False
        if any(self.header_reason(t) is not None for t in texts):
            return False
        mid = any(
            t.endswith(",") or t.rsplit(None, 1)[-1].casefold() in STOPWORDS or nxt[:1].islower()
            for t, nxt in itertools.pairwise(texts)
        )
        return mid and is_sentence_like(" ".join(texts))

    def _runs_on(self, i: int) -> bool:
        """Line ``i`` is a wrapped paragraph's second line: it runs on in lower case from the
        line packed above it, which ends no sentence (``… called on the world's Muslims`` /
        ``today to work to …``), and its block ends or holds a sentence, or leads in to a
        quote, before a blank line (:func:`~claimtrack.reading.lead.ends_a_sentence`)."""
        text = self.lines[i].text
        return (
            i > 0
            and text[:1].islower()
            and len(words(text)) >= _RUN_ON_WORDS
            and header.wrapped_before(self.lines[i - 1].text)
            and lead.ends_a_sentence(self.lines, i)
        )

    def _past_dek(self, i: int) -> int:
        """The body's start: past line ``i`` when it is a standfirst the lead repeats."""
        nxt = next(iter(self.nonblank(i + 1, len(self.lines))), None)
        if nxt is None or not is_dek(self.lines, i, nxt):
            return i
        self.reason[i] = DropReason.TEASER
        return nxt

    def _past_standfirst(self, i: int) -> int:
        """The body's start when line ``i`` is a one-sentence standfirst above the byline: title,
        a sentence standing alone, a byline or agency line, then the prose: the sentence belongs
        to the header (``But analysts say …`` / ``Newswire`` / ``Shares of …``)."""
        following = list(itertools.islice(self.nonblank(i + 1, len(self.lines)), 2))
        if len(following) < 2 or len(words(self.lines[i].text)) > 30:
            return i
        if not standalone(self.lines, i):
            return i
        signer, prose = (self.lines[j].text for j in following)
        # An agency's one-word name counts only touching the prose (a subheading stands apart).
        agency = (
            len(words(signer)) == 1
            and signer[:1].isupper()
            and signer.isalpha()
            and following[1] == following[0] + 1
        )
        signs = agency or bool(names_in_byline(signer) or read_compound_line(signer))
        if not (signs and is_sentence_like(prose)):
            return i
        if agency:  # the agency signs the story: its author as the page prints it
            self.reason[following[0]] = DropReason.BYLINE
            self._add_authors([signer])
        return following[1]
