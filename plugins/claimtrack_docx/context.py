"""What the memo's sections share: the chosen claims and their evidence, labels, citations.

Built once per memo, before any section is written. It is also where the parts python-docx
creates on first use are set up in a fixed order (the footnotes part before the page headers
that the title block adds), so the package's relationship ids come out the same every time.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import wording as w
from .body import Body
from .citations import Citations, source_order
from .links import ExternalLinks
from .ooxml import Footnotes

if TYPE_CHECKING:
    from docx.document import Document

    from claimtrack.casebook import Casebook
    from claimtrack.model import Evidence, PartialDate

    from .exporter import DocxOptions

__all__ = ["AttributionKey", "MemoContext", "attribution_key"]


class MemoContext:
    """The document being written and the facts about the casebook its sections share."""

    def __init__(self, document: Document, book: Casebook, options: DocxOptions) -> None:
        self.doc = document
        self.book = book
        self.options = options
        self.title = w.safe(options.title or book.title or "Briefing memo")
        self.author = w.safe(options.author if options.author is not None else book.author)
        ids = options.claims if options.claims is not None else tuple(book.claims)
        self.claims = [book.claims[c] for c in ids]
        self.index = w.index_claims(book, self.claims)
        self.views = [self.index[c.id] for c in self.claims]
        self.labels = {c.id: f"KJ {n}" for n, c in enumerate(self.claims, 1)}
        self.footnotes = Footnotes(document)
        self.articles = source_order(book)
        self.citations = Citations(book, self.articles, self.footnotes)
        # Casebook.actor() scans every actor; a memo asks about the same few speakers often.
        self.find_actor = functools.lru_cache(maxsize=None)(book.actor)
        self.body = Body(document)
        self.links = ExternalLinks(document.part)  # the body's links (the notes have their own)
        self._attributions: dict[AttributionKey, str] = {}

    def attribution(self, ev: Evidence) -> str:
        """The line under a quote: speaker, role, date, outlet, grade (speakers looked up once).

        The line depends only on :func:`attribution_key` of the evidence, and quotes share them
        (a speaker quoted often in one outlet): each line is composed once per key, not once
        per quote (the composition reads the casebook through its lock four times).
        """
        key = attribution_key(ev)
        line = self._attributions.get(key)
        if line is None:
            line = self._attributions[key] = w.attribution(self.book, ev, self.find_actor)
        return line


#: What the attribution line of a quote depends on (see :func:`attribution_key`).
AttributionKey = tuple[str | None, "PartialDate | None", str, int]


def attribution_key(ev: Evidence) -> AttributionKey:
    """The facts :func:`claimtrack_docx.wording.attribution` reads from the evidence itself: the
    speaker (their role on the date), the date said (else the article's), the article (outlet,
    date, the outlet's grade) and the credibility (the grade's digit). The rest it reads from
    the casebook, which does not change while a memo is written."""
    return (ev.speaker, ev.said_on, ev.article, int(ev.credibility))
