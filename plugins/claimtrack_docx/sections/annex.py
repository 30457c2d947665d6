"""Annex: the legends a reader needs, ICD 203 estimative terms and the Admiralty grades."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.shared import Pt

from claimtrack.model import Credibility, Likelihood, Reliability

from ..layout import compact_table

if TYPE_CHECKING:
    from ..context import MemoContext

__all__ = ["write_annex"]


def write_annex(memo: MemoContext) -> None:
    """Legends: ICD 203 estimative terms, confidence, Admiralty reliability and credibility."""
    body = memo.body
    body.heading("Annex: estimative language and grading", 1)
    body.heading("Estimative terms (ICD 203)", 2)
    # One column per term: seven terms across the page take three lines, not eight.
    terms = list(Likelihood)
    share = 0.85 / len(terms)
    table = body.table(("Term", *(t.value for t in terms)), (0.15, *(share,) * len(terms)))
    cells = body.add_row(table)
    cells[0].paragraphs[0].add_run("Probability").bold = True
    for cell, term in zip(cells[1:], terms, strict=True):
        low, high = term.percent_range
        cell.text = f"{low}–{high}%"
    compact_table(table)
    note = body.para(
        "Confidence (low, moderate or high) rates the evidence and reasoning behind a "
        "judgment. It is stated in its own sentence and is not a probability."
    )
    note.paragraph_format.space_before = Pt(4)
    body.heading("Source reliability and information credibility (Admiralty)", 2)
    table = body.table(
        ("A–F", "Source reliability", "1–6", "Information credibility"),
        (0.1, 0.4, 0.1, 0.4),
    )
    for grade, cred in zip(Reliability, Credibility, strict=True):
        cells = body.add_row(table)
        cells[0].text = grade.value
        cells[1].text = grade.label
        cells[2].text = str(int(cred))
        cells[3].text = cred.label
    compact_table(table)
    note = body.para(
        "A grade such as B2 pairs the two. F and 6 mean the grade cannot be judged, not that "
        "the source or the information is the worst."
    )
    note.paragraph_format.space_before = Pt(4)
