"""Figure 1: the evidence-over-time chart (:mod:`claimtrack_docx.figure`) and its caption."""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from claimtrack.host.listing import PluginWarning

from .. import wording as w
from ..figure import chart_data, evidence_chart

if TYPE_CHECKING:
    from ..context import MemoContext

__all__ = ["write_figure"]

NO_MATPLOTLIB = (
    "docx: the memo has no figure because matplotlib is not installed; install it with "
    "pip install 'claimtrack[chart]', or pass include_figure=False (-O include_figure=false) "
    "to leave the figure out on purpose"
)
#: A panel's title holds the judgment's label and at most this much of its statement.
LABEL_CHARS = 120


def write_figure(memo: MemoContext) -> None:
    """The chart as a picture the width of the text, and its caption; nothing without data, and
    without matplotlib no figure and a :class:`~claimtrack.host.PluginWarning` saying why."""
    labels = [f"{memo.labels[v.claim.id]}: {w.clip(v.claim.statement, LABEL_CHARS)}"
              for v in memo.views]  # fmt: skip
    data = chart_data(memo.book, memo.views, labels)
    if data is None:
        return
    width = memo.body.text_width
    png = evidence_chart(data, width_in=width.inches)
    if png is None:
        warnings.warn(NO_MATPLOTLIB, PluginWarning, stacklevel=2)
        return
    memo.doc.add_picture(io.BytesIO(png), width=width)
    # The picture's paragraph stays on the page of its caption.
    memo.doc.paragraphs[-1].paragraph_format.keep_with_next = True
    caption = (
        "Figure 1. Quotes for (blue, above the line) and against (orange, below) each key "
        f"judgment (KJ), by {data.unit} said or published."
    )
    if data.claims_left_out:
        caption += (
            f" Shown: the {len(data.panels)} judgments with the most evidence; "
            f"{data.claims_left_out} more are in the workbook."
        )
    if data.undated:
        caption += f" {w.plural(data.undated, 'undated quote')} not shown."
    memo.body.para(caption, "Caption")
