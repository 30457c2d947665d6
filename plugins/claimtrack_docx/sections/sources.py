"""Sources: the articles as a numbered table (the numbers footnotes cite), and rated speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.model import Reliability

from .. import wording as w
from ..layout import compact_table
from ..ooxml import HYPERLINK, add_hyperlink
from ..runs import add_run, character_style_id

if TYPE_CHECKING:
    from docx.table import _Cell

    from claimtrack.model import Article

    from ..context import MemoContext

__all__ = ["write_sources"]


def write_sources(memo: MemoContext) -> None:
    """The articles as a numbered table: outlet with reliability, title, date, link, use."""
    body = memo.body
    body.heading("Sources", 1)
    if not memo.articles:
        body.para("No articles are recorded in this casebook.")
        return
    body.para(
        "Reliability is the outlet's Admiralty grade (A–F); a quote's grade adds the "
        "information's credibility (1–6), e.g. B2. See the Annex."
    )
    quoted: dict[str, int] = {}
    for view in memo.views:
        for ev in view.timeline:
            quoted[ev.article] = quoted.get(ev.article, 0) + 1
    table = body.table(("No.", "Outlet (reliability)", "Article", "Quotes"),
                       (0.07, 0.30, 0.52, 0.11))  # fmt: skip
    link_style = character_style_id(memo.doc, HYPERLINK)  # once, not per link
    for article in memo.articles:
        cells = body.add_row(table)
        cells[0].text = f"{memo.citations.source_number[article.id]}."
        _outlet(memo, cells[1], article)
        _article(memo, cells[2], article, link_style)
        cells[3].text = str(quoted.get(article.id, 0))
    compact_table(table)
    _rated_speakers(memo)


def _outlet(memo: MemoContext, cell: _Cell, article: Article) -> None:
    """The outlet in bold with its reliability grade (F, cannot be judged, when unrated)."""
    outlet = w.safe(article.publisher) if article.publisher else "Unknown outlet"
    source = memo.book.sources.get(article.publisher or "")
    grade = source.reliability if source is not None else Reliability.F
    p = cell.paragraphs[0]
    add_run(p, outlet, bold=True)
    add_run(p, f" ({grade.value}, {grade.label})")


def _article(memo: MemoContext, cell: _Cell, article: Article, link_style: str | None) -> None:
    """Title and date, then the URL: a link for web and mail addresses, else plain text."""
    p = cell.paragraphs[0]
    title = w.quoted(w.safe(article.title or article.id))
    add_run(p, f"{title}, {w.date_text(article.published)}.")
    if article.url:
        add_run(p, " ")
        target = w.link_target(article.url)
        if target:
            add_hyperlink(p, w.safe(article.url), target, link_style, memo.links)
        else:
            add_run(p, w.safe(article.url))


def _rated_speakers(memo: MemoContext) -> None:
    """Speakers the analyst graded, as a bulleted list with roles and grades."""
    rated = [a for a in memo.book.actors.values() if a.reliability is not None]
    if not rated:
        return
    memo.body.heading("Rated speakers", 2)
    for actor in rated:
        assert actor.reliability is not None
        roles = "; ".join(r.title for r in actor.roles)
        memo.body.para(
            w.safe(
                f"{actor.name}{', ' + roles if roles else ''}: "
                f"{actor.reliability.value} ({actor.reliability.label})"
            ),
            "List Bullet",
        )
