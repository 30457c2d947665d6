"""The memo's judgments up front: the bottom line, then one numbered key judgment per claim.

ICD 203: a key judgment gives the likelihood term with its probability band, and states
confidence in a sentence of its own (the sentences come from :mod:`claimtrack_docx.wording`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import wording as w
from ..ooxml import restart_numbering
from ..runs import add_run

if TYPE_CHECKING:
    from ..context import MemoContext

__all__ = ["write_bottom_line", "write_key_judgments"]


def write_bottom_line(memo: MemoContext) -> None:
    """Bottom line up front: the analyst's summary, else one composed from claim status."""
    memo.body.heading("Bottom line up front", 1)
    memo.body.para(" ".join(w.bottom_line(memo.book, memo.index)))


def write_key_judgments(memo: MemoContext) -> None:
    """One numbered paragraph per claim: statement, likelihood, confidence, counts."""
    body = memo.body
    body.heading("Key judgments", 1)
    if not memo.claims:
        body.para("No claims are recorded in this casebook.")
        return
    numbered = []
    for view in memo.views:
        claim = view.claim
        p = body.para(style="List Number")
        add_run(p, w.sentence(w.safe(claim.statement)) + " ", bold=True)
        sentences = [
            w.likelihood_sentence(claim),
            w.confidence_sentence(claim),
            w.count_sentence(w.count_stance(view.supports), w.count_stance(view.refutes)),
        ]
        if view.contested:
            sentences.append("Sources disagree (see Contradictions).")
        add_run(p, " ".join(s for s in sentences if s))
        numbered.append(p)
    restart_numbering(memo.doc, numbered, "List Number")
