"""Field checks and conversions shared by the model's records (attrs validators and converters).

The rule they serve: whatever a record accepts, the canonical JSON writes and reads back equal.
So text fields take strings only (``None`` is refused where a string belongs, never stored), a
list where a tuple belongs is converted, a string where a vocabulary belongs is converted or
refused with the allowed values, and a text holding a UTF-16 surrogate pair as two separate
characters is refused: no JSON reader keeps such a pair apart.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = [
    "check_text",
    "enum_of",
    "find_split_pair",
    "nonempty_text",
    "optional_enum_of",
    "optional_text",
    "path_text",
    "plain_text",
    "text_tuple",
]

_E = TypeVar("_E", bound=enum.Enum)
_SPLIT_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
#: ``find_split_pair(text)``: a match where ``text`` holds a split surrogate pair, else None.
find_split_pair = _SPLIT_PAIR.search


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def check_text(where: str, value: object) -> None:
    """Raise TypeError unless ``value`` is a str, ValueError if it holds a split surrogate pair."""
    if type(value) is not str:
        raise TypeError(f"{where} must be a string, not {_shown(value)}")
    pair = _SPLIT_PAIR.search(value)
    if pair is not None:
        raise ValueError(
            f"{where} holds a UTF-16 surrogate pair as two separate characters (at "
            f"{pair.start()}), which JSON cannot keep apart; repair the text first, e.g. "
            f"text.encode('utf-16', 'surrogatepass').decode('utf-16')"
        )


def _shown(value: object) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40]}" if value is not None else "None"


# The validators below run for every record a 100k-evidence casebook loads: the common case (a
# str, ASCII or without a split pair) is decided inline, and the message is built only on error.


def plain_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string (possibly empty)."""
    if type(value) is not str or not (value.isascii() or _SPLIT_PAIR.search(value) is None):
        check_text(_where(instance, attribute), value)


def nonempty_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string with something other than whitespace in it."""
    if type(value) is str and value.isascii() and value.strip():
        return
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{_where(instance, attribute)} must be a non-empty string")
    check_text(_where(instance, attribute), value)


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string or None."""
    if value is not None:
        plain_text(instance, attribute, value)


def path_text(value: object) -> str | None:
    """Converter: a file path (str or os.PathLike) as a string, or None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)  # type: ignore[return-value]
    raise TypeError(f"a path must be a string or a path object, not {_shown(value)}")


def text_tuple(value: object) -> tuple[str, ...]:
    """Converter: None → (), one string → (string,), an iterable of strings → a tuple of them."""
    if value is None or (type(value) is tuple and not value):
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, bytes | dict) or not hasattr(value, "__iter__"):
        raise TypeError(f"expected strings (a list or tuple), not {_shown(value)}")
    items = tuple(value)
    for i, item in enumerate(items):
        check_text(f"item [{i}]", item)
    return items


def enum_of(cls: type[_E]) -> Callable[[object], _E]:
    """Converter to the vocabulary ``cls``: a member, or a value it knows (else ValueError)."""

    def convert(value: object) -> _E:
        if isinstance(value, cls):
            return value
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise TypeError(f"expected a {cls.__name__.lower()}, not {_shown(value)}")
        return cls(value)

    convert.__doc__ = f"Convert a value to {cls.__name__}."
    return convert


def optional_enum_of(cls: type[_E]) -> Callable[[object], _E | None]:
    """Like :func:`enum_of`, with None passed through."""
    convert = enum_of(cls)

    def optional(value: object) -> _E | None:
        return None if value is None else convert(value)

    return optional
