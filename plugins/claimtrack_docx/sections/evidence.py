"""Evidence: under each key judgment, the quotes for and against it, each with its footnote.

With ``max_quotes_per_claim`` the memo shows a pick (supporting and refuting take turns, best
graded first, see :func:`claimtrack_docx.wording.pick_quotes`) and says so before the quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.model import Stance

from .. import wording as w
from ..runs import add_run

if TYPE_CHECKING:
    from claimtrack.model import Evidence

    from ..context import MemoContext

__all__ = ["write_evidence", "write_quote"]

_STANCE_HEADINGS = {
    Stance.SUPPORTS: "Supporting",
    Stance.REFUTES: "Refuting",
    Stance.NEUTRAL: "Context (neutral)",
}


def write_evidence(memo: MemoContext) -> None:
    """Per claim, the quotes for and against it, each with a footnoted source."""
    body = memo.body
    body.heading("Evidence", 1)
    if not memo.claims:
        body.para("No evidence: the casebook holds no claims.")
        return
    for view in memo.views:
        claim = view.claim
        body.heading(f"{memo.labels[claim.id]}. {w.sentence(w.safe(claim.statement))}", 2)
        intro = _intro(view)
        if not view.timeline:
            intro.append("No quoted evidence has been recorded for this claim yet.")
            body.para(" ".join(intro))
            continue
        shown, omitted = w.pick_quotes(memo.book, view, memo.options.max_quotes_per_claim)
        if omitted:
            # Said before the quotes, in the intro's paragraph: the reader knows it is a pick.
            total = len(view.timeline)
            intro.append(
                f"Shown: {total - omitted} of {total} quotes (best graded); {omitted} more "
                f"{'is' if omitted == 1 else 'are'} in the evidence workbook and JSON export."
            )
        if intro:
            body.para(" ".join(intro))
        for stance, heading in _STANCE_HEADINGS.items():
            _stance_quotes(memo, view, stance, heading, shown[stance])


def _intro(view: w.ClaimEvidence) -> list[str]:
    """The sentences before a claim's quotes: who claims it, and the analyst's note."""
    claim = view.claim
    intro = []
    if claim.claimant:
        intro.append(f"Claimed by {w.safe(claim.claimant)}.")
    if claim.notes:
        intro.append(w.sentence(f"Analyst's note: {w.safe(claim.notes.strip())}"))
    return intro


def _stance_quotes(
    memo: MemoContext,
    view: w.ClaimEvidence,
    stance: Stance,
    heading: str,
    quotes: list[Evidence],
) -> None:
    """One stance's heading and quotes; no neutral heading at all when none are shown."""
    if not quotes and stance is Stance.NEUTRAL:
        return
    if not quotes:
        # One line, not a heading over a one-line paragraph.
        recorded = len(view.supports if stance is Stance.SUPPORTS else view.refutes)
        why = "none recorded" if not recorded else "not shown here (see the workbook)"
        memo.body.heading(f"{heading}: {why}", 3)
        return
    memo.body.heading(heading, 3)
    for ev in quotes:
        write_quote(memo, ev)


def write_quote(memo: MemoContext, ev: Evidence) -> None:
    """A verbatim quote in the Quote style, its footnote, and the attribution line."""
    p = memo.body.para(style="Quote")
    text, cut = w.shorten(w.safe(ev.quote.strip()), memo.options.max_quote_chars)
    add_run(p, w.quoted(text))
    if ev.orphaned:  # never cited as verified
        add_run(p, " [orphaned: not verified]", bold=True)
    memo.citations.cite(p, ev, cut)
    add_run(p, " — " + memo.attribution(ev), italic=False)
