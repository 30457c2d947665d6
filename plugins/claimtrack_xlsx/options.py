"""Options of the Excel exporter (validated when built, so a typo fails before any file is made)."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from attrs import field, frozen

__all__ = ["SHEETS", "SORT_ORDERS", "XlsxOptions"]

#: Every sheet the exporter can write, in workbook order.
SHEETS = ("Summary", "Claims", "Evidence", "Matrix", "Contradictions", "Sources", "About")

#: Orders for the Evidence sheet's rows.
SORT_ORDERS = {
    "claim": "claim order (as added), then date (undated last), then as added",
    "date": "date said (else published), undated last, then as added",
    "grade": "Admiralty grade, A1 first and F6 last, then as added",
    "article": "article id, then position of the quote in the article",
    "insertion": "the order the evidence was added to the casebook",
}


def _sheets(value: object) -> tuple[str, ...]:
    # Accept "Summary,Evidence" (a CLI string) as well as any iterable of names, any case.
    if isinstance(value, str):
        items: Iterable[object] = [v for v in value.split(",") if v.strip()]
    elif isinstance(value, Iterable):
        items = value
    else:
        raise TypeError(f"sheets must be a list of sheet names, not {type(value).__name__}")
    by_lower = {s.lower(): s for s in SHEETS}
    chosen = set()
    for item in items:
        name = str(item).strip()
        if name.lower() not in by_lower:
            raise ValueError(f"sheets: unknown sheet {name!r}; choose from {', '.join(SHEETS)}")
        chosen.add(by_lower[name.lower()])
    if not chosen:
        raise ValueError(f"sheets: choose at least one of {', '.join(SHEETS)}")
    return tuple(s for s in SHEETS if s in chosen)


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"expected true or false, got {value!r}")


def _count(value: object) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValueError(f"suggestions: expected a whole number, got {value!r}") from None
    if isinstance(number, bool) or not 0 <= number <= 50:
        raise ValueError(f"suggestions: expected 0 to 50 suggestions per claim, got {value!r}")
    return number


def _sort(value: object) -> str:
    text = str(value).strip().lower()
    if text not in SORT_ORDERS:
        raise ValueError(f"sort: unknown order {value!r}; choose from {', '.join(SORT_ORDERS)}")
    return text


@frozen
class XlsxOptions:
    """What goes into the evidence workbook.

    ``sheets``: the sheets to write (any of :data:`SHEETS`, any case; a comma-separated string is
    accepted); they always appear in the standard order. ``include_article_text``: add each
    article's full cleaned text to the Sources sheet (cut at 32,767 characters, with a marker).
    ``sort``: the order of Evidence rows, one of :data:`SORT_ORDERS`.

    ``review``: make the workbook a review surface (docs/review.md): a hidden sheet records the
    casebook it was written from and each row's record as exported, so ``claimtrack merge`` can
    bring the analyst's edits back, and the Evidence sheet has drop-downs for new rows.
    ``suggestions``: add a Suggestions sheet with this many evidence suggestions per claim
    (:func:`claimtrack.suggest`), each with an Accept drop-down; implies ``review``.
    """

    sheets: tuple[str, ...] = field(default=SHEETS, converter=_sheets)
    include_article_text: bool = field(default=False, converter=_bool)
    sort: str = field(default="claim", converter=_sort)
    review: bool = field(default=False, converter=_bool)
    suggestions: int = field(default=0, converter=_count)

    @property
    def reviewable(self) -> bool:
        """Whether the workbook carries review data (``review`` or ``suggestions``)."""
        return self.review or self.suggestions > 0

    def with_changes(self, **changes: object) -> XlsxOptions:
        """A copy with some options changed (validated again)."""
        return attrs.evolve(self, **changes)
