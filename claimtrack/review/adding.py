"""New quotes from a reviewed workbook: typed rows and accepted suggestions, verified on the way in.

Each goes through the casebook's quote API (:meth:`Casebook.add_evidence`, or
:meth:`Suggestion.accept <claimtrack.aids.suggest.Suggestion.accept>` for a suggested sentence,
which anchors it where it was suggested). A quote the article does not hold is refused with the
closest passage and never stored; differences the quote rules accept (typography, punctuation)
are recorded in the evidence's notes and named in the report.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from claimtrack.aids.suggest import Suggestion
from claimtrack.errors import CasebookError, QuoteDifferenceWarning, QuoteNotFound
from claimtrack.model import Credibility, Evidence
from claimtrack.review.content import NewEvidence
from claimtrack.review.fields import parse_value
from claimtrack.review.report import Outcome, ReportLine

if TYPE_CHECKING:
    from claimtrack.aids.suggest import EvidenceBook
    from claimtrack.casebook import Casebook

__all__ = ["add_new_evidence", "new_evidence_problems"]

_FIELDS = (
    "claim",
    "article",
    "quote",
    "stance",
    "speaker",
    "said_on",
    "credibility",
    "notes",
    "id",
)
_NEEDED = {
    "claim": "type the id of the claim it bears on (the Claims sheet lists them)",
    "article": "type the id of the article it quotes (the Sources sheet lists them)",
    "quote": "type the quote as the article has it",
}


def add_new_evidence(book: Casebook, items: Iterable[NewEvidence]) -> list[ReportLine]:
    """Add each new quote to ``book`` (changed in place: the merge's new casebook)."""
    return [_add_one(book, item) for item in items]


def _refused(
    item: NewEvidence, field: str, typed: str, reason: str, closest: str = ""
) -> ReportLine:
    cell = item.cell_of(field)
    return ReportLine(
        Outcome.REFUSED,
        cell.sheet,
        cell.row,
        str(cell),
        item.id or "",
        field,
        new=typed,
        reason=reason,
        closest=closest,
    )


def new_evidence_problems(item: NewEvidence) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """The new quote's values, parsed, and its problems as ``(field, typed, reason)``: a blank
    claim, article or quote, or a value that is not one of its field's (a reader reports
    these with their cells before the merge; the merge refuses the row)."""
    values: dict[str, Any] = {}
    problems: list[tuple[str, str, str]] = []
    for field in _FIELDS:
        text = getattr(item, field)
        if field in _NEEDED and not (text or "").strip():
            problems.append((field, "", f"the {field} is blank; {_NEEDED[field]}"))
        elif field == "credibility" and not (text or "").strip():
            values[field] = Credibility.CANNOT_BE_JUDGED  # a blank grade: cannot be judged
        else:
            try:
                values[field] = parse_value(field, text)
            except ValueError as exc:
                problems.append((field, text or "", str(exc)))
    return values, problems


def _add_one(book: Casebook, item: NewEvidence) -> ReportLine:
    values, problems = new_evidence_problems(item)
    if problems:
        return _refused(item, *problems[0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", QuoteDifferenceWarning)
        try:
            evidence = _anchor(book, item, values)
        except QuoteNotFound as exc:
            closest = exc.suggestion or (exc.candidates[0][3] if exc.candidates else "")
            reason = str(exc).splitlines()[0]
            return _refused(item, "quote", values["quote"], reason, closest)
        except CasebookError as exc:
            return _refused(item, "quote", values["quote"], " ".join(str(exc).split()))
    accepted = "; ".join(str(w.message) for w in caught if w.category is QuoteDifferenceWarning)
    how = "accepted suggestion" if item.span else "new row"
    cell = item.cell_of("quote")
    return ReportLine(
        Outcome.ADDED,
        cell.sheet,
        cell.row,
        str(cell),
        evidence.id,
        "quote",
        new=evidence.quote,
        reason=f"{how}: {accepted}" if accepted else "",
    )


def _anchor(book: Casebook, item: NewEvidence, values: dict[str, Any]) -> Evidence:
    fields = {k: values[k] for k in ("speaker", "said_on", "credibility", "notes", "id")}
    article = book.articles.get(values["article"])
    if item.span is not None and article is not None:
        start, end = item.span
        sentence = article.text[start:end]
        suggestion = Suggestion(article.id, start, end, sentence, 0.0)
        quote = None if values["quote"] == sentence else values["quote"]
        return suggestion.accept(
            cast("EvidenceBook", book), values["claim"], values["stance"], quote=quote, **fields
        )
    return book.add_evidence(
        values["claim"],
        article=values["article"],
        quote=values["quote"],
        stance=values["stance"],
        **fields,
    )
