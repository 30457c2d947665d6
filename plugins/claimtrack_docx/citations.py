"""Footnoted citations of quotes: the article in full the first time, shortly after that.

Sources are numbered in the order the Sources section lists them (outlet, date, id); a footnote
cites an article in full (title, outlet, date, source number, URL) the first time and by short
title, date and source number after that, which leads to the URL in Sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import wording as w

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

    from claimtrack.casebook import Casebook
    from claimtrack.model import Article, Evidence

    from .ooxml import Footnotes

__all__ = ["SHORT_TITLE_CHARS", "Citations", "source_order"]

#: A repeated citation shortens the article title to about this many characters.
SHORT_TITLE_CHARS = 36

#: A footnote's content: plain text, and ``(text, url)`` pairs written as links.
NoteParts = list[str | tuple[str, str]]


def source_order(book: Casebook) -> list[Article]:
    """The casebook's articles in the order the Sources section numbers them."""
    return sorted(
        book.articles.values(),
        key=lambda a: (
            (a.publisher or "").casefold(),
            a.published.start if a.published else dt.date.max,
            a.id,
        ),
    )


def _quote_notes(ev: Evidence) -> NoteParts:
    """What the footnote says of the quote itself: orphaned, its source words, what was typed."""
    notes: NoteParts = []
    if ev.orphaned:
        notes.append(
            " Orphaned: the article changed and this quote lost its place in it; it is not "
            "verified."
        )
    if len(ev.segments) > 1 or ev.interpolations or ev.rendering != ev.segments[0].exact:
        words = " … ".join(w.quoted(w.safe(s.exact.strip())) for s in ev.segments)
        notes.append(f" Source text: {words}.")
    if ev.typed is not None:
        notes.append(f" Typed as {w.quoted(w.safe(ev.typed.strip()))}.")
    return notes


class Citations:
    """Cites quotes in footnotes, remembering which articles were already cited in full."""

    def __init__(self, book: Casebook, articles: Sequence[Article], footnotes: Footnotes) -> None:
        self.book = book
        self.footnotes = footnotes
        self.source_number = {a.id: n for n, a in enumerate(articles, 1)}
        self.cited: set[str] = set()
        self._short: dict[str, str] = {}  # each article's repeated citation, composed once

    def cite(self, paragraph: Paragraph, ev: Evidence, shortened: bool) -> None:
        """Footnote ``paragraph`` with the citation of ``ev`` (saying so if it was shortened)."""
        self.footnotes.add(paragraph, self.parts(ev, len(ev.quote) if shortened else None))

    def parts(self, ev: Evidence, full_length: int | None = None) -> NoteParts:
        """Footnote text for a quote: its article (in full the first time), and the evidence id.

        ``full_length`` is the quote's length when the memo shows it shortened.
        """
        article = self.book.articles.get(ev.article)
        parts: NoteParts = []
        if article is None:
            parts.append(f"Article {w.safe(ev.article)} (not in this casebook). ")
        else:
            parts.extend(self._article(article))
        parts.append(f"Evidence {w.safe(ev.id)}.")
        parts.extend(_quote_notes(ev))
        if full_length is not None:
            parts.append(
                f" Quote shortened here; the full text ({full_length} characters) is evidence "
                f"{w.safe(ev.id)} in the evidence workbook and JSON export."
            )
        return parts

    def _article(self, article: Article) -> NoteParts:
        short = self._short.get(article.id)
        if short is not None:
            return [short]
        first = article.id not in self.cited
        self.cited.add(article.id)
        title = w.safe(article.title or article.id)
        number = self.source_number[article.id]
        date = w.date_text(article.published)
        if not first:
            # The outlet is in the attribution next to the mark and in Sources: one line.
            short = f"{w.quoted(w.clip(title, SHORT_TITLE_CHARS))} (source {number}, {date}). "
            self._short[article.id] = short
            return [short]
        head = [w.quoted(title)]
        if article.publisher:
            head.append(w.safe(article.publisher))
        head.append(date)
        parts: NoteParts = [f"{', '.join(head)} (source {number}). "]
        if article.url:
            target = w.link_target(article.url)
            shown = w.safe(article.url)
            parts.append((shown, target) if target else shown)
            parts.append(". ")
        return parts
