"""Reading one YAML value as the casebook wants it: text, lists of text, dates, grades.

Each reader takes what ruamel.yaml produced for a scalar (``str``, ``int``, ``float``, ``bool``,
``datetime.date``, ``None``) and returns the model's value, or raises ``ValueError`` whose message
says what to write instead. YAML 1.2 is read, so ``no`` and ``on`` stay text; an unquoted
``2016-07-08`` arrives as a date and ``2016`` as a number, and both are read as dates where a date
is wanted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar

from claimtrack.model import (
    Confidence,
    ContradictionKind,
    ContradictionStatus,
    Credibility,
    Likelihood,
    PartialDate,
    Reliability,
    Stance,
)

__all__ = [
    "PLACEHOLDER",
    "Reader",
    "boolean",
    "confidence",
    "contradiction_kind",
    "contradiction_status",
    "credibility",
    "date",
    "kind_of",
    "likelihood",
    "one_of",
    "optional_text",
    "pair",
    "reliability",
    "stance",
    "text",
    "text_list",
    "text_or_empty",
    "version",
    "whole_number",
]

Reader = Callable[[Any], Any]

PLACEHOLDER = "FILL IN"
"""How the starter file (``claimtrack init``) marks a text to replace; such a text is refused."""
_E = TypeVar("_E", bound=Enum)


def kind_of(value: object) -> str:
    """How a YAML value reads to a person: "a number", "a list", "a mapping"…"""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def text(value: object) -> str:
    """Text, as written; a block scalar's final line break is dropped."""
    if isinstance(value, str):
        if value.startswith(PLACEHOLDER):
            raise ValueError(
                f"still the starter's placeholder ({_clip(value)!r}); replace it with your own text"
            )
        return _whole_characters(str(value)).rstrip("\n")
    raise ValueError(f"expected text, found {kind_of(value)}; write it in quotes if it is text")


def _whole_characters(value: str) -> str:
    """Join surrogate pairs (``"\\ud83d\\ude00"``, as JSON writers escape characters outside the
    BMP: YAML reads each half on its own) into the character they encode."""
    if not any("\ud800" <= ch <= "\udfff" for ch in value):
        return value
    try:
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        raise ValueError(
            "holds half of a surrogate pair (a \\uD800-\\uDFFF escape); write the character itself"
        ) from None


def _clip(value: str, width: int = 60) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def text_or_empty(value: object) -> str:
    """Text, or "" when left empty."""
    return "" if value is None else text(value)


def optional_text(value: object) -> str | None:
    """Text, or None when left empty."""
    return None if value is None else text(value)


def text_list(value: object) -> tuple[str, ...]:
    """A list of texts (one text alone is read as a list of one)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (text(value),)
    if isinstance(value, Sequence) and not isinstance(value, Mapping):
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise ValueError(
                    f"item {i + 1} is {kind_of(item)}; every item must be text (write it in quotes)"
                )
            out.append(text(item))
        return tuple(out)
    raise ValueError(f"expected a list of texts, found {kind_of(value)}")


def date(value: object) -> PartialDate | None:
    """A date with its precision: ``2016``, ``2016-07``, ``2016-07-08`` or a range
    ``2017-11-27/2017-12-03``; empty for no date."""
    if value is None:
        return None
    if isinstance(value, bool | float):
        raise ValueError(
            f"expected a date, found {kind_of(value)}; "
            f"write YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DD/YYYY-MM-DD"
        )
    if isinstance(value, int) and not 1 <= value <= 9999:
        raise ValueError(f"{value} is not a year; write YYYY-MM-DD, YYYY-MM or YYYY")
    if isinstance(value, dt.date | int):
        return PartialDate.coerce(value)
    if isinstance(value, str):
        return PartialDate.parse(str(value))
    raise ValueError(f"expected a date, found {kind_of(value)}; write YYYY-MM-DD, YYYY-MM or YYYY")


def one_of(cls: type[_E]) -> Reader:
    """A reader for one term of the vocabulary ``cls`` (its error lists the allowed terms)."""

    def read(value: object) -> _E | None:
        if value is None:
            return None
        if not isinstance(value, str):
            allowed = ", ".join(str(m.value) for m in cls)
            raise ValueError(f"expected one of {allowed}; found {kind_of(value)}")
        return cls(str(value))

    read.__name__ = f"one_of_{cls.__name__}"
    read.vocabulary = tuple(str(m.value) for m in cls)  # type: ignore[attr-defined]
    return read


stance = one_of(Stance)
likelihood = one_of(Likelihood)
confidence = one_of(Confidence)
reliability = one_of(Reliability)
contradiction_kind = one_of(ContradictionKind)
contradiction_status = one_of(ContradictionStatus)


def credibility(value: object) -> Credibility | None:
    """Admiralty credibility: a whole number from 1 (confirmed) to 6 (cannot be judged)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(
            f"expected a credibility from 1 (confirmed) to 6 (cannot be judged), "
            f"found {kind_of(value)}"
        )
    return Credibility(int(value) if isinstance(value, int) else str(value))  # type: ignore[arg-type]


def boolean(value: object) -> bool:
    """``true`` or ``false``."""
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected true or false, found {kind_of(value)}")


def whole_number(value: object) -> int | None:
    """A whole number from 0 (an occurrence: 0 is the first)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"expected a whole number from 0 (0 is the first), found {kind_of(value)}")
    return int(value)


def version(value: object) -> int:
    """The casefile format version: 1."""
    if value != 1 or isinstance(value, bool):
        raise ValueError(
            f"this claimtrack reads casefile version 1, found {kind_of(value)}; write casefile: 1"
        )
    return 1


def pair(value: object) -> tuple[str, str]:
    """Two ids (a review's ``between``)."""
    items = text_list(value)
    if len(items) != 2 or isinstance(value, str):
        raise ValueError(f"expected a list of two evidence ids, found {kind_of(value)}")
    return items[0], items[1]
