"""Figure 1: the evidence-per-year chart (:mod:`claimtrack_docx.figure`) and its caption."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .. import wording as w
from ..figure import chart_data, evidence_chart

if TYPE_CHECKING:
    from ..context import MemoContext

__all__ = ["write_figure"]

#: A panel's title holds the judgment's label and at most this much of its statement.
LABEL_CHARS = 120


def write_figure(memo: MemoContext) -> None:
    """The chart as a picture the width of the text, and its caption; nothing without data or
    without matplotlib (the memo then simply has no figure)."""
    labels = [f"{memo.labels[v.claim.id]}: {w.clip(v.claim.statement, LABEL_CHARS)}"
              for v in memo.views]  # fmt: skip
    data = chart_data(memo.book, memo.views, labels)
    if data is None:
        return
    width = memo.body.text_width
    png = evidence_chart(data, width_in=width.inches)
    if png is None:
        return
    memo.doc.add_picture(io.BytesIO(png), width=width)
    # The picture's paragraph stays on the page of its caption.
    memo.doc.paragraphs[-1].paragraph_format.keep_with_next = True
    caption = (
        "Figure 1. Quotes for (blue, above the line) and against (orange, below) each key "
        "judgment (KJ), by year said or published."
    )
    if data.claims_left_out:
        caption += (
            f" Shown: the {len(data.panels)} judgments with the most evidence; "
            f"{data.claims_left_out} more are in the workbook."
        )
    if data.undated:
        caption += f" {w.plural(data.undated, 'undated quote')} not shown."
    memo.body.para(caption, "Caption")
