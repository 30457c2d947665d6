"""Which fields a reviewer may change, and how a cell's text becomes a field's value.

One table for every review reader and for :func:`claimtrack.review.apply_review`: a reader calls
:func:`parse_value` to report a bad cell early (naming it), and the core calls it again, so a
third-party reader cannot slip a bad value in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimtrack.model import (
    Confidence,
    ContradictionStatus,
    Credibility,
    Likelihood,
    PartialDate,
    Stance,
)
from claimtrack.review.content import RecordKind

__all__ = ["EDITABLE", "NOT_EDITABLE", "parse_value"]

#: The fields of each kind of record a reviewer may change in a workbook.
EDITABLE: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.CLAIM: ("likelihood", "confidence", "notes"),
    RecordKind.EVIDENCE: ("stance", "speaker", "credibility", "notes"),
    RecordKind.CONTRADICTION: ("status", "rationale", "resolution"),
}

_NEW_ROW = "add the quote as a new row at the bottom of the Evidence sheet instead"
#: Fields a workbook shows and a reviewer may be tempted to change, with what to do instead.
NOT_EDITABLE: dict[tuple[RecordKind, str], str] = {
    (RecordKind.EVIDENCE, "quote"): f"a verified quote is not changed in place; {_NEW_ROW}",
    (RecordKind.EVIDENCE, "claim"): f"evidence does not move to another claim; {_NEW_ROW}",
    (RecordKind.EVIDENCE, "article"): f"evidence does not move to another article; {_NEW_ROW}",
    (RecordKind.CLAIM, "statement"): "a claim's statement is changed in the casebook itself",
}


def _choices(vocabulary: Any) -> str:
    return ", ".join(str(m.value) for m in vocabulary)


def _required(vocabulary: Any, what: str) -> Callable[[str | None], Any]:
    def parse(text: str | None) -> Any:
        if text is None or not text.strip():
            raise ValueError(f"the {what} is blank; choose one of {_choices(vocabulary)}")
        return vocabulary(text.strip())

    return parse


def _optional(vocabulary: Any) -> Callable[[str | None], Any]:
    def parse(text: str | None) -> Any:
        return None if text is None or not text.strip() else vocabulary(text.strip())

    return parse


def _credibility(text: str | None) -> Credibility:
    if text is None or not text.strip():
        raise ValueError("the credibility is blank; type 1 (confirmed) to 6 (cannot be judged)")
    typed = text.strip()
    if typed.isascii() and typed.isdigit():  # "²" is a digit to str.isdigit, not to int()
        return Credibility(int(typed))  # the enum words the error for 0 or 7
    raise ValueError(
        f"{typed!r} is not a valid credibility; use 1 (confirmed) to 6 (cannot be judged)"
    )


def _name(text: str | None) -> str | None:
    return text.strip() or None if text is not None else None


def _text(text: str | None) -> str:
    return "" if text is None else text


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.coerce(text.strip()) if text is not None and text.strip() else None


_PARSERS: dict[str, Callable[[str | None], Any]] = {
    "stance": _required(Stance, "stance"),
    "credibility": _credibility,
    "speaker": _name,
    "notes": _text,
    "likelihood": _optional(Likelihood),
    "confidence": _optional(Confidence),
    "status": _required(ContradictionStatus, "status"),
    "rationale": _text,
    "resolution": _text,
    "said_on": _date,
    "quote": _text,
    "claim": _name,
    "article": _name,
    "id": _name,
}


def parse_value(field: str, text: str | None) -> Any:
    """The value of ``field`` typed as ``text`` in a cell (None: blank); ValueError says why not.

    Vocabulary words are taken in any case (``Supports``); a blank likelihood or confidence
    clears it; a blank stance, credibility or status is refused.
    """
    parser = _PARSERS.get(field)
    if parser is None:
        raise ValueError(f"{field!r} is not a field a reviewer can set")
    try:
        return parser(text)
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from None
