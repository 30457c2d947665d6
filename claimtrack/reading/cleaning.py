"""Clean a plain-text copy of a web article: keep the body, read title, authors, date, address.

The rules (DESIGN.md §4) are general, never tied to one site; docs/reading.md has the table.

- a **hard-wrapped** copy is unwrapped first (:func:`~claimtrack.reading.lines.split_lines`);
- the **header zone** (lines before the first sentence-like line) yields the title
  (:mod:`~claimtrack.reading.header`: not a section label, standfirst or teaser; then the
  learned :mod:`~claimtrack.reading.title_model` may overrule it), bylines and date lines; a
  standfirst the lead restates belongs to it (:mod:`~claimtrack.reading.lead`);
- **date lines** anywhere (``Published …``, ``date 2023-11-24``, a wire dateline with its year)
  give the date, else a day in a header line; a line that is only a web address gives the URL;
- **end markers** (``555 reads``, ``Related …``, comment forms) cut everything after them; a
  **sidebar** (``Top Stories``) or a newsletter box inside the story drops its lines only;
- **bylines** (:mod:`~claimtrack.reading.bylines`) give the authors; a statement's signature,
  a forum post's header, a caption under an image file are judged by their neighbours;
- **UI words**, share bars, related links, **SEO spam**, **captions**, credits, **image file
  names** and **pull quotes** are dropped (:mod:`~claimtrack.reading.line_rules`), and so are
  a **teaser** whose stem starts a later paragraph and a line repeated later;
- subheadings stay, as paragraphs of their own, listed in :attr:`CleanResult.headings`; the
  learned :mod:`~claimtrack.reading.line_model` drops furniture the rules kept above the prose.

Nothing in ``text`` is invented: every kept line is copied verbatim from ``raw`` and
:attr:`CleanResult.offset_map` maps it back. Only the joints (``"\\n\\n"`` between paragraphs, a
space where a hard-wrapped line break was) are new. Every step is linear in the size of the input.
"""

from __future__ import annotations

import itertools

from claimtrack.model import PartialDate
from claimtrack.reading import header, header_pairs, neighbours, not_headlines
from claimtrack.reading.assembly import join_paragraphs, kept_blocks, split_paragraphs
from claimtrack.reading.body_start import BodyStartRules
from claimtrack.reading.byline_dates import read_compound_line, theme_header_title
from claimtrack.reading.byline_parts import common_words_name, signing_agency
from claimtrack.reading.bylines import (
    byline_label,
    headline_speaker,
    is_bio,
    is_role,
    looks_like_name,
    name_list,
    names_in_byline,
)
from claimtrack.reading.dated_reports import dated_report
from claimtrack.reading.ends import article_end
from claimtrack.reading.header import choose_title
from claimtrack.reading.header_dates import header_dates
from claimtrack.reading.header_pairs import name_printed_twice, not_prefixed, written_in_body
from claimtrack.reading.headlines import institution_name, page_address, slug_line, wire_dateline
from claimtrack.reading.highlights import opens_the_body
from claimtrack.reading.lead_headlines import title_in_body
from claimtrack.reading.line_model import furniture_and_headline
from claimtrack.reading.line_rules import (
    DropReason,
    boilerplate_reason,
    is_sentence_like,
    is_upper_case,
    line_key,
    page_date_line,
)
from claimtrack.reading.lines import split_date_prefixes, split_lines
from claimtrack.reading.neighbours import neighbour_rules, speaker_label, statement_signature
from claimtrack.reading.not_headlines import may_head, never_headline, with_introduction
from claimtrack.reading.notices import url_in_line
from claimtrack.reading.page_boxes import mark_boxes
from claimtrack.reading.page_dates import choose_published
from claimtrack.reading.repeats import pulled_lines, repeated_lines, teaser_lines, teases_body
from claimtrack.reading.results import CleanResult, Dropped
from claimtrack.reading.signed_headlines import credited_day, signed_headline
from claimtrack.reading.site_names import headline_text, without_site_name
from claimtrack.reading.title_model import title_line
from claimtrack.reading.title_words import headline_over_byline, headline_sharing_words
from claimtrack.reading.widgets import joined_on
from claimtrack.text.dates import parse_date
from claimtrack.text.lead_dates import lead_date

__all__ = ["CleanResult", "DropReason", "Dropped", "clean", "split_lines"]


class _Cleaner(BodyStartRules):
    """One cleaning run; keeps the per-line decisions in ``self.reason``."""

    def __init__(self, raw: str, start: int = 0, *, learned: bool = True) -> None:
        self.raw = raw
        self.start = start
        self.learned = learned  # whether the title and line models may second-guess the rules
        self.lines = split_date_prefixes(split_lines(raw, start))
        self.reason: list[DropReason | None] = [None] * len(self.lines)
        self.title: str | None = None
        self.authors: list[str] = []
        self.dates: list[tuple[int, PartialDate]] = []  # (rank, date): lower rank wins
        self.url: str | None = None
        self.header_authors = False  # whether the header named the authors
        self.headline: int | None = None  # the headline's line, when its neighbours show it
        self.tail: Dropped | None = None
        self.tail_url: str | None = None  # the page's own address, labelled, after the end

    def run(self) -> CleanResult:
        body_start = with_introduction(self.lines, self._body_start())  # "The following is …"
        mark_boxes(self.lines, self.reason, list(self.nonblank(0, body_start)), header=True)
        self._read_header(body_start)
        self.dates += header_dates(self.lines[:body_start], self.reason)  # the last resort
        stop = self._cut_at_end_marker(body_start)
        self._filter_body(body_start, stop)
        return self._assemble(body_start, stop)

    @property
    def published(self) -> PartialDate | None:  # a Published line, a bare date, an Updated line…
        return choose_published(self.dates, self.dateline)

    def _note(self, i: int, reason: DropReason) -> None:
        """Drop line ``i`` for ``reason``, and record what a dropped date or address line says."""
        self.reason[i] = reason
        text = self.lines[i].text
        if reason is DropReason.URL and self.url is None:
            self.url = url_in_line(text)
        elif reason is DropReason.DATE and not joined_on(self.lines, i):
            found = page_date_line(text, header=True) or page_date_line(text, header=False)
            date = found.date if found is not None else parse_date(text)
            if date is not None:  # (a forum post's date dates a comment: the last resort)
                kind = found.kind if found is not None else "published"
                rank = {"published": 0, "updated": 2, "comment": 5}[kind]
                rank += 0 if found is not None and found.labelled else 1
                self.dates.append((rank, date))

    # -- header ------------------------------------------------------------------

    def _read_header(self, stop: int) -> None:
        candidates: list[int] = []
        for i in self.nonblank(0, stop):
            text = self.lines[i].text
            if self.reason[i] is not None:
                continue
            if (labelled := header.labelled_title(text) or theme_header_title(text)) is not None:
                self._read_byline(i)  # a theme's header line names its author and day too
                self.reason[i] = DropReason.TITLE
                self.title = self.title or labelled
            elif self._read_byline(i):
                pass
            elif (reason := self.header_reason(text)) is not None and not (
                i == self.headline and reason is DropReason.RELATED_LINK  # "VIDEO: …" / by X
            ):
                self._note(i, reason)
            else:
                self.reason[i] = DropReason.HEADER
                if any(c.isalpha() for c in text):
                    candidates.append(i)
        candidates = self._not_bylines_or_teasers(candidates, stop)
        chosen = headline_over_byline(
            self.lines, self.reason, candidates, self._headline(candidates, stop)
        )
        chosen = headline_sharing_words(self.lines, candidates, chosen, stop)
        if self.learned and self.title is None:  # the title model's second opinion
            header_lines = (DropReason.HEADER, DropReason.TITLE)
            allowed = [i for i in self.nonblank(0, stop) if self.reason[i] in header_lines]
            allowed = not_prefixed(self.lines, allowed, chosen)  # ("Home Sport Rugby …")
            chosen = title_line(self.lines, stop, chosen, may_head(self.lines, allowed))
        chosen = dated_report(self.lines, self.reason, stop, chosen)  # "Cabinet report – 22 …"
        self.header_authors = bool(self.authors)
        if chosen is not None and self.title is None:
            key = line_key(self.lines[chosen].text)
            # A Markdown heading mark is markup, not part of the headline; nor is the site's name.
            self.title = without_site_name(headline_text(self.lines[chosen].text), self.raw)
            if (dated := header.dated_headline(self.title) or credited_day(self.title)) is not None:
                self.dates.append((4, dated))  # the last resort: the page printed no date line
            for i in candidates:
                if line_key(self.lines[i].text) == key:
                    self.reason[i] = DropReason.TITLE

    def _headline(self, candidates: list[int], stop: int) -> int | None:
        """The title's line: the address's slug, a headline its neighbours show, the rules."""
        # An institution's name over the story ("Ministry of …"), a wire's dateline split off
        # ("NEW YORK—(BUSINESS WIRE)—Acme"), a video's title, a scoreboard, a link back: no title.
        candidates = [
            i
            for i in candidates
            if not (institution_name(self.lines[i].text) or wire_dateline(self.lines[i].text))
            and not signing_agency(self.lines[i].text)  # "Business Wire" over the release
            and not (neighbours.video_title(self.lines, i) or never_headline(self.lines, i))
        ]
        chosen = slug_line(self.lines, candidates, page_address(self.lines)) if candidates else None
        if chosen is None and self.headline in candidates:
            chosen = self.headline
        if chosen is not None and chosen == self.headline:
            credit = next(iter(self.nonblank(chosen + 1, stop)), None)  # the author's name alone
            if credit is not None and credit in candidates and not self._over_byline(credit):
                self._byline_name(credit)
            return chosen
        if chosen is None:
            # A name alone right above the body is its byline ("Jane Roe" / the lead), not the
            # title, under another line that may be it: alone, it may be a short Title Case
            # headline ("Harbour Plan Approved").
            names = [i for i in candidates[1:] if self._names_the_body(i, stop)]
            for i in names:
                self._byline_name(i)
            # Names over the byline ("Jane Roe Tom Reed" / "By Kim Lee"): a photo's caption.
            names += [i for i in candidates[1:] if self._over_byline(i)]
            candidates = [i for i in candidates if i not in names]
        return chosen if chosen is not None else choose_title(self.lines, candidates, stop)

    def _byline_name(self, i: int) -> None:
        text, above = self.lines[i].text, [line.text for line in self.lines[max(0, i - 3) : i]]
        if header_pairs.pictures_subject(text, self.lines[i + 1 :]):
            self.reason[i] = DropReason.IMAGE_CAPTION  # the story's subject, not its writer
        elif header_pairs.headline_topic(text, above):
            self.reason[i] = DropReason.HEADER  # a topic's label ("Northport Ferry Disaster")
        elif names := name_list(text):
            self.reason[i] = DropReason.BYLINE
            if not is_role(text) and not headline_speaker(text, above):  # ("Staff Writer")
                self._add_authors(names)

    def _not_bylines_or_teasers(self, candidates: list[int], stop: int) -> list[int]:
        """Header lines left as title candidates once bylines, captions and teasers are marked:
        a name line touching a byline or date line is a byline; a line whose words open a
        paragraph of the body is a teaser (or a caption repeating it), not the headline."""
        # The body's first lines by their first 20 characters: one look-up per candidate.
        starts: dict[str, list[str]] = {}
        for j in self.nonblank(stop, min(len(self.lines), stop + 400)):
            if self.header_reason(self.lines[j].text) is None:  # a paragraph, not "A | A" spam
                starts.setdefault(self.lines[j].text[:20], []).append(self.lines[j].text)
        body = " ".join(self.lines[j].text for j in self.nonblank(stop, len(self.lines))).casefold()
        kept: list[int] = []
        for i in candidates:
            text = self.lines[i].text
            if written_in_body(text, body) or header_pairs.pictures_subject(
                text, self.lines[stop:]
            ):
                self.reason[i] = DropReason.IMAGE_CAPTION  # a caption, a credit, a signature
                continue
            # Only a line touching it (no blank between): a blank sets a headline apart.
            near = [self.reason[j] for j in (i - 1, i + 1) if 0 <= j < len(self.lines)]
            near += [DropReason.BYLINE] if name_printed_twice(self.lines, i) else []
            # A section label in capitals ("WORLD NEWS") over the date line is no name.
            if (
                looks_like_name(text)
                and not is_upper_case(text)
                and any(r in (DropReason.BYLINE, DropReason.DATE) for r in near)
            ):
                self.reason[i] = DropReason.BYLINE
                self._add_authors([] if is_role(text) else [text])  # an office signs no one
                continue
            if teases_body(text, starts):
                self.reason[i] = DropReason.TEASER
                continue
            kept.append(i)
        return kept

    def _read_byline(self, i: int, *, body: bool = False) -> bool:
        """Mark a byline (``By X``, ``Updated 4 May 2007 By X``) or a byline-and-date line (``X |
        April 14, 2017``). In the body, a byline's names count only when the header named no
        author (a byline further down may sign a related story)."""
        text = self.lines[i].text
        names = names_in_byline(text)
        nxt = next(iter(self.nonblank(i + 1, len(self.lines))), None)
        if not names and nxt is not None and byline_label(text):  # "Written by:" / "Ada Lund"
            names = names_in_byline("By " + self.lines[nxt].text)
            self.reason[nxt] = DropReason.BYLINE if names else self.reason[nxt]
        compound = None if names else read_compound_line(text)
        if compound is not None:
            names, date = compound
            if date is not None:  # "Jane Roe | 3 March": signed, as good as labelled
                self.dates.append((0 if names else 1, date))
        elif not names:
            return False
        if names and (compound is None or compound[1] is None) and any(map(str.isdigit, text)):
            self._note(i, DropReason.DATE)  # the date before the byline is read too
        self.reason[i] = DropReason.BYLINE if names else DropReason.DATE
        if not (body and self.header_authors):
            self._add_authors(names)
        return True

    def _cut_at_end_marker(self, start: int) -> int:
        found = article_end(self.lines, start)  # (its line, the page's address)
        if found is None:
            return len(self.lines)
        i, self.tail_url = found
        self.tail = Dropped(self.lines[i].start, len(self.raw), DropReason.END_MARKER)
        return i

    # -- body --------------------------------------------------------------------

    def _filter_body(self, start: int, stop: int) -> None:
        idx = list(self.nonblank(start, stop))
        texts = {i: self.lines[i].text for i in idx}
        self._find_bylines(idx)
        title_key = line_key(self.title) if self.title else None
        for i in idx:
            if self.reason[i] is not None or not_headlines.speaker_header(self.lines, i):
                continue  # (a quotes sheet's "Harbour Head Coach Ada Lund" is no caption)
            if not_headlines.names_the_next_speaker(self.lines, i):
                continue  # nor a section's "Harbour coach Ada Lund" / "Lund said …"
            text = texts[i]
            if (reason := boilerplate_reason(text, header=False)) is not None:
                self._note(i, reason)
            elif title_key is not None and len(text) <= 300 and line_key(text) == title_key:
                self.reason[i] = DropReason.TITLE
        for i, reason in neighbour_rules(self.lines, self.reason, idx).items():
            self.reason[i] = reason
        signed = [i for i in idx if self.reason[i] in (None, DropReason.BYLINE)]  # (a byline's
        signature, signer = statement_signature(self.lines, self.reason, signed)  # name too)
        if signer and not self.header_authors:  # an unsigned statement's signer wrote it
            self._add_authors([signer])
        for i in signature:
            self.reason[i] = DropReason.BYLINE
        mark_boxes(self.lines, self.reason, idx)  # sidebars, paywalls, video cards
        kept = [i for i in idx if self.reason[i] is None]
        for i in repeated_lines(self.lines, kept):
            self.reason[i] = DropReason.DUPLICATE_LINE
        for i in teaser_lines(self.lines, [i for i in kept if self.reason[i] is None]):
            self.reason[i] = DropReason.TEASER
        for i in pulled_lines(self.lines, [i for i in kept if self.reason[i] is None]):
            self.reason[i] = DropReason.PULL_QUOTE
        # The lead's dateline; a caption or two the rules kept may stand above the lead.
        leads = (lead_date(self.lines[i].text) for i in idx if self.reason[i] is None)
        date = next((d for d in itertools.islice(leads, 3) if d is not None), None)
        if date is not None:
            self.dates.append((3, date))

    def _find_bylines(self, idx: list[int]) -> None:
        for n, i in enumerate(idx):
            text = self.lines[i].text
            if self.reason[i] is not None or speaker_label(self.lines, idx, n):
                continue
            if neighbours.list_item(self.lines, idx, n) or self._read_byline(i, body=True):
                continue
            if not looks_like_name(text) or n + 1 >= len(idx):
                continue
            following = idx[n + 1 : n + 3]
            nxt = self.lines[following[0]].text
            if nxt == text or is_bio(nxt, text):
                self.reason[i] = self.reason[following[0]] = DropReason.BYLINE
                if len(following) > 1 and is_bio(self.lines[following[1]].text, text):
                    self.reason[following[1]] = DropReason.BYLINE
                self._add_authors([text])

    # -- output ------------------------------------------------------------------

    def _title_below(self, paragraphs: list[list[int]]) -> None:
        """With no headline above the body, one under the lead or printed last is the title."""
        if self.title is None:
            self.title = title_in_body(self.lines, self.reason, paragraphs, last=self.tail is None)

    def _assemble(self, body_start: int, stop: int) -> CleanResult:
        kept = kept_blocks(self.lines, self.reason, body_start, stop)
        paragraphs = split_paragraphs(self.lines, kept)
        # Short leftovers before the first prose (an unlabelled caption) belong to the header.
        while paragraphs and not opens_the_body(self.lines, paragraphs):
            if not any(is_sentence_like(self.lines[i].text) for p in paragraphs for i in p):
                break
            for i in paragraphs.pop(0):  # a date line among them is read ("24.10.2020 22:39")
                self._note(i, self.header_reason(self.lines[i].text) or DropReason.HEADER)
        if self.learned:  # the line model's second opinion on what stands above the prose
            furniture, top = furniture_and_headline(self.lines, paragraphs, self.title is None)
            for i in furniture:  # (and the headline it took for furniture, when none was found)
                self.reason[i] = DropReason.TITLE if i == top else DropReason.FURNITURE
            self.title = self.lines[top].text if top is not None else self.title
            paragraphs = [q for p in paragraphs if (q := [i for i in p if i not in furniture])]
        self._title_below(paragraphs)
        text, segments, spans, headings = join_paragraphs(self.raw, self.lines, paragraphs)
        dropped = [
            Dropped(line.start, line.end, reason)
            for line, reason in zip(self.lines, self.reason, strict=True)
            if reason is not None
        ]
        if self.start:
            dropped.insert(0, Dropped(0, self.start, DropReason.FRONT_MATTER))
        if self.tail is not None:
            dropped.append(self.tail)
        people = [a for a in self.authors if not common_words_name(a, text)]
        title, authors = signed_headline(self.title, people, text)
        return CleanResult(
            text=text,
            offset_map=segments,
            title=title,
            authors=authors,
            published=self.published,
            url=self.url or self.tail_url,
            dropped=tuple(dropped),
            paragraphs=spans,
            headings=headings,
        )


def clean(raw: str, *, start: int = 0) -> CleanResult:
    """Clean a plain-text article copy; see the module docstring for the rules.

    ``start`` skips what precedes the article (front matter, which the reader reads), while
    offsets stay those of ``raw``. Never raises on text input; an empty or all-boilerplate
    input gives an empty ``text``.
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean() needs the decoded text (str), not {type(raw).__name__}")
    if not 0 <= start <= len(raw):
        raise ValueError(f"start must be an offset into raw (0 to {len(raw)}), got {start}")
    return _Cleaner(raw, start).run()
