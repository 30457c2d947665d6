"""Contradictions and alternative views: each reviewed contradiction's two sides side by side.

Only an analyst's verdicts go in the memo: confirmed and explained contradictions are shown;
unreviewed detector candidates and dismissed ones are counted and left to the workbook, where
they can be reviewed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.model import ContradictionLevel, ContradictionStatus

from .. import wording as w
from ..body import keep_with_next, merge_across, row_property
from ..layout import compact_table
from ..runs import add_run

if TYPE_CHECKING:
    from docx.table import _Cell

    from claimtrack.model import Contradiction

    from ..context import MemoContext

__all__ = ["write_contradictions"]

# Reviewed contradictions, confirmed first; candidates and dismissed ones are only counted.
_STATUS_ORDER = {ContradictionStatus.CONFIRMED: 0, ContradictionStatus.EXPLAINED: 1}
_LEFT_OUT = (
    (ContradictionStatus.CANDIDATE, "candidate awaiting review"),
    (ContradictionStatus.DISMISSED, "candidate examined and dismissed"),
)


def write_contradictions(memo: MemoContext) -> None:
    """The reviewed contradictions bearing on the memo's claims, in a two-column table."""
    body = memo.body
    body.heading("Contradictions and alternative views", 1)
    chosen = set(memo.index)
    relevant = [x for x in memo.book.contradictions.values() if _touches(memo, x, chosen)]
    shown = sorted(
        (x for x in relevant if x.status in _STATUS_ORDER),
        key=lambda x: _STATUS_ORDER[x.status],
    )
    tail = _not_shown(relevant)
    if not shown:
        body.para(
            "No contradiction between these claims or their quotes has been confirmed or "
            "explained." + tail
        )
        return
    body.para(
        f"{w.plural(len(shown), 'reviewed contradiction')}, confirmed first; for an explained "
        "one, the resolution says why both statements can stand." + tail
    )
    table = body.table(("Side A", "Side B"), (0.5, 0.5))
    for x in shown:
        # The two sides next to each other, then the verdict across the full width
        # (a narrow third column made every row several times taller).
        sides = body.add_row(table)
        _side(memo, sides[0], x.level, x.left)
        _side(memo, sides[1], x.level, x.right)
        verdict = body.add_row(table)
        _assessment(merge_across(verdict[0], verdict[1]), x)
        # Keep each row whole on a page, and the sides on the page of their verdict.
        row_property(sides[0].paragraphs[0], "w:cantSplit")
        row_property(verdict[0].paragraphs[0], "w:cantSplit")
        for paragraph in (*sides[0].paragraphs, *sides[1].paragraphs):
            keep_with_next(paragraph)
    compact_table(table)


def _not_shown(relevant: list[Contradiction]) -> str:
    """The sentence counting candidates and dismissed ones, or '' when there are none."""
    left_out = []
    for status, words in _LEFT_OUT:
        n = sum(1 for x in relevant if x.status is status)
        if n:
            many = words.replace("candidate", "candidates")
            left_out.append(f"{n} {words if n == 1 else many}")
    if not left_out:
        return ""
    return f" Not shown: {' and '.join(left_out)} (see the evidence workbook)."


def _touches(memo: MemoContext, x: Contradiction, chosen: set[str]) -> bool:
    """Whether a contradiction bears on one of the memo's claims."""
    if x.level is ContradictionLevel.CLAIMS:
        return bool({x.left, x.right} & chosen)
    sides = (memo.book.evidence.get(x.left), memo.book.evidence.get(x.right))
    return any(ev is not None and ev.claim in chosen for ev in sides)


def _side(memo: MemoContext, cell: _Cell, level: ContradictionLevel, ref: str) -> None:
    """One side of a contradiction: a claim with its evidence span, or a quote with source."""
    if level is ContradictionLevel.CLAIMS:
        _claim_side(memo, cell, ref)
        return
    p = cell.paragraphs[0]
    ev = memo.book.evidence.get(ref)
    if ev is None:
        add_run(p, f"Evidence {w.safe(ref)} (missing from the casebook)")
        return
    text, cut = w.shorten(w.safe(ev.quote.strip()), memo.options.max_quote_chars)
    add_run(p, w.quoted(text), italic=True)
    if ev.orphaned:  # never cited as verified
        add_run(p, " [orphaned: not verified]", bold=True)
    memo.citations.cite(p, ev, cut)
    # Attribution after the quote, as in Evidence: a separate line cost a row a line.
    add_run(p, " — " + memo.attribution(ev))


def _claim_side(memo: MemoContext, cell: _Cell, ref: str) -> None:
    """A claim as one side: its label and statement, then its evidence counts and years."""
    p = cell.paragraphs[0]
    book = memo.book
    claim = book.claims.get(ref)
    if claim is None:
        add_run(p, f"Claim {w.safe(ref)} (missing from the casebook)")
        return
    label = memo.labels.get(ref, "Claim")
    add_run(p, f"{label}: ", bold=True)
    add_run(p, w.safe(claim.statement.strip()))
    # A claim outside the memo's selection is indexed on its own.
    view = memo.index.get(ref) or w.index_claims(book, [claim])[ref]
    dates = [d for d, _ in map(book.date_of, view.timeline) if d is not None]
    span = "undated"
    if dates:
        first, last = min(d.start.year for d in dates), max(d.end.year for d in dates)
        span = str(first) if first == last else f"{first}–{last}"
    cell.add_paragraph(f"{len(view.supports)} supporting, {len(view.refutes)} refuting; {span}")


def _assessment(cell: _Cell, x: Contradiction) -> None:
    """One paragraph: kind and status in bold, rationale, resolution, who detected it."""
    p = cell.paragraphs[0]
    add_run(p, f"{x.kind.value.capitalize()}, {x.status.value}. ", bold=True)
    if x.detected_by == "analyst" and x.rationale.strip():
        add_run(p, w.sentence(w.safe(x.rationale)) + " ")
    if x.resolution.strip():
        add_run(p, "Resolution: ", bold=True)
        add_run(p, w.sentence(w.safe(x.resolution)) + " ")
    if x.detected_by != "analyst":
        # A detector's rationale restates both quotes, already in the row above; its
        # reasons say what it saw.
        found = f"Found by {w.safe(x.detected_by)}"
        if x.reasons:
            found += ": " + "; ".join(w.safe(r) for r in x.reasons)
        add_run(p, w.sentence(found))
