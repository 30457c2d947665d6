"""The title block: the handling line (also in the page header and footer), title, date, scope."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH

from .. import wording as w

if TYPE_CHECKING:
    from docx.section import _Footer, _Header

    from ..context import MemoContext

__all__ = ["write_title_block"]


def write_title_block(memo: MemoContext) -> None:
    """Handling line, title, then one line: date, author, and how much evidence is weighed."""
    body = memo.body
    handling = w.safe(memo.options.handling).strip()
    if handling:
        p = body.para()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(handling).bold = True
        for section in memo.doc.sections:
            # Page 1 carries the line in the title block; a header there would repeat it.
            section.different_first_page_header_footer = True
            for part in (section.header, section.footer, section.first_page_footer):
                _banner(part, handling)
    body.para(memo.title, "Title")
    today = dt.date.today()
    bits = [f"Date: {today.day} {today:%B %Y}"]
    if memo.author:
        bits.append(f"Author: {memo.author}")
    evidence = sum(len(v.timeline) for v in memo.views)
    articles = len({e.article for v in memo.views for e in v.timeline})
    bits.append(
        f"Based on {w.plural(evidence, 'quote')} from {w.plural(articles, 'article')} "
        f"bearing on {w.plural(len(memo.claims), 'claim')}"
    )
    body.para(" · ".join(bits))


def _banner(part: _Header | _Footer, text: str) -> None:
    """Write the handling line, centred and bold, into a header or footer."""
    first = part.paragraphs[0]
    slot = first if not first.text.strip() else part.add_paragraph()
    slot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    slot.add_run(text).bold = True
