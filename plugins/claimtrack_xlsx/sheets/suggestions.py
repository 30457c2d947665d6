"""The optional Suggestions sheet: for each claim, the corpus sentences that best match it.

Suggestions come from :func:`claimtrack.suggest` (BM25 over the articles' sentences, leaving out
what is already the claim's evidence). The analyst picks a stance and types ``yes`` in Accept;
``claimtrack merge`` then anchors the sentence (or the part of it left in the cell) where it was
suggested, as :meth:`Suggestion.accept <claimtrack.aids.suggest.Suggestion.accept>` does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.model import Stance

from ..review_cells import SUGGESTIONS_SHEET
from .data import Column, SheetData, choices

if TYPE_CHECKING:
    from .context import Context

__all__ = ["ACCEPT_CHOICES", "suggestions"]

#: The Accept column's drop-down.
ACCEPT_CHOICES = ("yes", "no")


def suggestions(ctx: Context) -> SheetData:
    """One row per suggested sentence, ``ctx.options.suggestions`` per claim, best first."""
    from claimtrack.aids.suggest import suggest  # bm25s loads only when the sheet is asked for

    columns = (
        Column("Claim", ctx.claim_width, "link"),
        Column("Statement", 40, "wrap"),
        Column("Article", ctx.article_width),
        Column("Suggested quote", 60, "wrap"),
        Column("Score", 8, "number"),
        Column("Speaker", 16),
        Column("Stance", 11, "text", choices(Stance)),
        Column("Accept", 9, "flag", ACCEPT_CHOICES),
        Column("Notes", 30, "wrap"),
        Column("Start", 8, "number"),
        Column("End", 8, "number"),
    )
    book, k = ctx.book, ctx.options.suggestions

    def rows() -> Iterator[Sequence[Any]]:
        for cid in ctx.claim_ids:
            claim = book.claims[cid]
            for s in suggest(book, claim, k):
                yield (
                    ctx.claim_link(cid),
                    claim.statement,
                    s.article,
                    s.sentence,
                    round(s.score, 2),
                    s.speaker,
                    None,
                    "no",
                    None,
                    s.start,
                    s.end,
                )

    return SheetData(SUGGESTIONS_SHEET, columns, rows())
