"""msgspec mirrors of the model's records: the casebook document's shape, decoded and encoded in C.

Each record class gets a :class:`msgspec.Struct` with the same fields (``Article.path`` left
out, as the converter leaves it out), keys in sorted order as the canonical writer writes them.
A date is its ISO text; records that need no conversion at all (a quote's segments and
interpolations: plain fields, checked by their validators and ``__attrs_post_init__``) are
decoded by msgspec straight into the model class. ``Article.raw`` may be absent (an export
without raw copies).

:func:`mirror_writer` turns a model record into its mirror (the writer's way);
:func:`mirror_reader` builds the model record from one, through the record's own constructor and
so through every check it makes (the fast reader's way).
"""

from __future__ import annotations

import functools
import operator
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import msgspec

from claimtrack.model import Article, PartialDate
from claimtrack.serialization.converter import SECTIONS, parse_date

__all__ = ["MIRRORS", "mirror_reader", "mirror_writer"]

#: Fields of the model the document leaves out (see the converter).
_OMITTED: dict[type, tuple[str, ...]] = {Article: ("path",)}
#: Fields the document may leave out: absent, they are ``msgspec.UNSET`` in the mirror.
_MAY_BE_ABSENT: dict[type, tuple[str, ...]] = {Article: ("raw",)}

Conversions = list[tuple[int, Callable[[Any], Any]]]


def _decoded_as_is(cls: type) -> bool:
    """A record class msgspec can build itself: no converters, no defaults computed from self."""
    return all(
        f.converter is None and not getattr(f.default, "takes_self", False)
        for f in attrs.fields(cls)
    )


def _mirror_type(hint: Any) -> Any:
    """The type a model field has in the document's mirror."""
    if hint is PartialDate:
        return str
    if attrs.has(hint):
        return hint if _decoded_as_is(hint) else _mirror(hint)
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return functools.reduce(operator.or_, (_mirror_type(a) for a in args))
    if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple[_mirror_type(args[0]), ...]  # type: ignore[misc]
    return hint


@functools.cache
def _mirror(cls: type) -> type[msgspec.Struct]:
    hints = typing.get_type_hints(cls)
    absent = _MAY_BE_ABSENT.get(cls, ())
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for f in sorted(attrs.fields(cls), key=lambda f: f.name):
        if f.name in _OMITTED.get(cls, ()):
            continue
        kind = _mirror_type(hints[f.name])
        fields.append(
            (f.name, kind | msgspec.UnsetType, msgspec.UNSET)
            if f.name in absent
            else (f.name, kind)
        )
    # kw_only: a field that may be absent need not come last.
    return msgspec.defstruct(
        f"{cls.__name__}Mirror", fields, forbid_unknown_fields=True, kw_only=bool(absent)
    )


#: The mirror of each section's record class, by section name.
MIRRORS: dict[str, type[msgspec.Struct]] = {name: _mirror(cls) for name, cls, _ in SECTIONS}


def _date_of(value: str | None) -> PartialDate | None:
    return None if value is None else parse_date(value)


def _date_text(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def _field_conversions(cls: type, names: tuple[str, ...], reading: bool) -> Conversions:
    """(position, conversion) for the fields whose document value is not the model's value."""
    hints = typing.get_type_hints(cls)
    out: Conversions = []
    for i, name in enumerate(names):
        hint, args = hints[name], typing.get_args(hints[name])
        if PartialDate in (hint, *args):
            out.append((i, _date_of if reading else _date_text))
        elif (
            typing.get_origin(hint) is tuple and attrs.has(args[0]) and not _decoded_as_is(args[0])
        ):
            each = (mirror_reader if reading else mirror_writer)(args[0])
            out.append((i, functools.partial(_each, each)))
    return out


def _each(convert: Callable[[Any], Any], items: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(map(convert, items))


def _values_of(names: tuple[str, ...], conversions: Conversions) -> Callable[[Any], list[Any]]:
    """A function: an object → the values of its attributes ``names``, converted."""
    get = operator.attrgetter(*names)

    def values(obj: Any) -> list[Any]:
        found = get(obj)
        out = [found] if len(names) == 1 else list(found)
        for i, convert in conversions:
            out[i] = convert(out[i])
        return out

    return values


@functools.cache
def mirror_writer(cls: type) -> Callable[[Any], msgspec.Struct]:
    """A function: a record of the model class ``cls`` → its mirror, ready to encode."""
    mirror = _mirror(cls)
    names: tuple[str, ...] = mirror.__struct_fields__
    values_of = _values_of(names, _field_conversions(cls, names, reading=False))
    if cls in _MAY_BE_ABSENT:  # its mirror is kw_only
        return lambda record: mirror(**dict(zip(names, values_of(record), strict=True)))
    return lambda record: mirror(*values_of(record))


@functools.cache
def mirror_reader(cls: type) -> Callable[[msgspec.Struct], Any]:
    """A function: a mirror → the record of the model class ``cls``, built by its constructor
    (and so through every check it makes)."""
    kept = _mirror(cls).__struct_fields__
    # Positional, in the constructor's order: the fastest call of an attrs __init__.
    names = tuple(f.name for f in attrs.fields(cls) if f.init and f.name in kept)
    values_of = _values_of(names, _field_conversions(cls, names, reading=True))
    if cls not in _MAY_BE_ABSENT:
        return lambda mirrored: cls(*values_of(mirrored))

    def by_keyword(mirrored: msgspec.Struct) -> Any:
        # Leaving out what the document left out: the field's default applies.
        given = zip(names, values_of(mirrored), strict=True)
        return cls(**{n: v for n, v in given if v is not msgspec.UNSET})

    return by_keyword
