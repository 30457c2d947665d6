"""The mapping between model records and plain JSON data: one strict cattrs converter.

The model knows nothing about serialization; this module configures how each type becomes plain
data and back. Reading is strict: wrong types are not coerced (``"12"`` is not an offset), enum
values must be exact, unknown keys are refused, and every failure message is shown to the user
with the JSON path the reader adds.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import gc
import re
import typing
from collections.abc import Callable, Iterator
from difflib import get_close_matches
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

import claimtrack.model as model
from claimtrack.model import Actor, Article, Claim, Contradiction, Evidence, PartialDate, Source

__all__ = [
    "FORMAT_VERSION",
    "SECTIONS",
    "TEXT_FIELDS",
    "InvalidValue",
    "converter",
    "describe",
    "detailed_converter",
    "gc_paused",
    "parse_date",
]

#: Version of the casebook document this claimtrack writes (and the newest it reads).
FORMAT_VERSION = 2

#: The record lists of a casebook document, in output order: (key, model class, id field).
SECTIONS: tuple[tuple[str, type, str], ...] = (
    ("articles", Article, "id"),
    ("actors", Actor, "name"),
    ("sources", Source, "name"),
    ("claims", Claim, "id"),
    ("evidence", Evidence, "id"),
    ("contradictions", Contradiction, "id"),
)
#: The casebook's text fields, top-level keys of the document.
TEXT_FIELDS = ("title", "bottom_line", "author")


class InvalidValue(ValueError):
    """A value of the wrong type or form; its message is shown to the user as is."""


def describe(value: object) -> str:
    """How a wrong value is named in an error: ``a string '12'``, ``a list``, ``null``."""
    kind = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}.get(
        type(value), {list: "a list", dict: "an object", type(None): "null"}.get(type(value), "")
    )
    shown = repr(value) if not isinstance(value, list | dict) else ""
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{kind} {shown}".strip() if kind else type(value).__name__


# ------------------------------------------------------------------ strict scalar hooks


def _str(value: object, _: object) -> str:
    if type(value) is str:
        return value
    raise InvalidValue(f"expected a string, got {describe(value)}")


def _int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise InvalidValue(f"expected an integer, got {describe(value)}")


def _bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise InvalidValue(f"expected true or false, got {describe(value)}")


def _is_record_tuple(hint: object) -> bool:
    """``tuple[X, ...]`` of an attrs record class (the segments and insertions of evidence)."""
    args = typing.get_args(hint)
    return (
        typing.get_origin(hint) is tuple
        and len(args) == 2
        and args[1] is Ellipsis
        and attrs.has(args[0])
    )


def _record_tuple(conv: cattrs.Converter) -> Callable[[object, Any], tuple[Any, ...]]:
    """A list of records, strictly (a string or an object is not one): items built by the
    converter's own hook for the tuple, which names the bad item's path when detailed."""
    own: dict[Any, Callable[[object, Any], Any]] = {}

    def structure(value: object, hint: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise InvalidValue(f"expected a list of objects, got {describe(value)}")
        return own[hint](value, hint)  # type: ignore[no-any-return]

    for cls in (Actor, Evidence):
        for hint in typing.get_type_hints(cls).values():
            if _is_record_tuple(hint):
                own[hint] = conv.get_structure_hook(hint)
    return structure


def _str_tuple(value: object, _: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise InvalidValue(f"expected a list of strings, got {describe(value)}")
    for i, item in enumerate(value):
        if type(item) is not str:
            raise InvalidValue(f"item [{i}]: expected a string, got {describe(item)}")
    return tuple(value)


def _offset_map(value: object, _: object) -> tuple[tuple[int, int, int], ...]:
    if type(value) is not list:
        raise InvalidValue(
            f"expected a list of [text_start, raw_start, length], got {describe(value)}"
        )
    out = []
    for i, seg in enumerate(value):
        if type(seg) is not list or len(seg) != 3 or any(type(n) is not int for n in seg):
            raise InvalidValue(
                f"item [{i}]: expected [text_start, raw_start, length] integers, got {seg!r}"
            )
        out.append((seg[0], seg[1], seg[2]))
    return tuple(out)


def _date(value: object, _: object) -> PartialDate:
    if type(value) is not str:
        raise InvalidValue(f"expected a date string such as '2017-06-19', got {describe(value)}")
    return parse_date(value)


@functools.lru_cache(maxsize=4096)
def parse_date(value: str) -> PartialDate:
    """A document's date text as a PartialDate (cached); InvalidValue when it is not one."""
    # Cached: a casebook repeats the same few hundred dates across 100k evidence, parsing is the
    # hottest step of loading, and PartialDate is immutable so sharing instances is safe.
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise InvalidValue(str(exc)) from None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    # Exact values only: the canonical writer never writes anything else, and being strict here
    # means a document that loads also re-exports byte-identically.
    members = {m.value: m for m in cls}
    wanted_type = int if issubclass(cls, int) else str
    allowed = ", ".join(repr(v) for v in members)
    label = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()

    def structure(value: object, _: object) -> enum.Enum:
        if type(value) is wanted_type and value in members:
            return members[value]
        hint = []
        if wanted_type is str and isinstance(value, str):
            hint = get_close_matches(value, list(members), n=1)
        suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
        raise InvalidValue(f"{value!r} is not a valid {label}; use one of {allowed}{suggestion}")

    return structure


_ENUMS = tuple(
    obj
    for name, obj in vars(model).items()
    if not name.startswith("_") and isinstance(obj, type) and issubclass(obj, enum.Enum)
)


def _make_converter(detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(bool, _bool)
    # Each enum by class: class hooks dispatch on the MRO, so the str hook above would otherwise
    # also catch the str enums (Stance…) and skip their check.
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _enum_hook(cls))
    # Generic aliases are not classes: match them by equality.
    str_tuple, offsets = tuple[str, ...], tuple[tuple[int, int, int], ...]
    conv.register_structure_hook_func(lambda t: t == str_tuple, _str_tuple)
    conv.register_structure_hook_func(lambda t: t == offsets, _offset_map)
    conv.register_structure_hook_func(_is_record_tuple, _record_tuple(conv))
    conv.register_structure_hook(PartialDate, _date)
    conv.register_unstructure_hook(PartialDate, str)
    # Article.path says where the file was on one machine; it is not part of the case.
    conv.register_structure_hook(
        Article, make_dict_structure_fn(Article, conv, path=override(omit=True))
    )
    conv.register_unstructure_hook(
        Article, make_dict_unstructure_fn(Article, conv, path=override(omit=True))
    )
    return conv


# Two converters: the fast one loads good documents; when it fails, the detailed one runs over
# the same section to say exactly where (detailed validation costs ~2x, only on the error path).
#: The cattrs converter used for the casebook document (for plugins that embed model objects).
converter = _make_converter(detailed=False)
#: The same mapping with cattrs' detailed validation: run only to explain a failure.
detailed_converter = _make_converter(detailed=True)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or reading many records."""
    # Building or reading 100k records allocates ~1M acyclic objects; the cyclic collector would
    # scan them again and again for nothing (a third of the load time). Paused, then restored.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
