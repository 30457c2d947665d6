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
    from claimtrack.model import Evidence

    from .exporter import DocxOptions

__all__ = ["MemoContext"]


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

    def attribution(self, ev: Evidence) -> str:
        """The line under a quote: speaker, role, date, outlet, grade (speakers looked up once)."""
        return w.attribution(self.book, ev, self.find_actor)
