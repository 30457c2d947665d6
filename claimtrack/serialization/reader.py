"""The one canonical JSON reader of a casebook: parse, structure strictly, check, build.

Reading is strict: wrong types are not coerced, unknown keys are refused, and every error is a
:class:`~claimtrack.errors.SchemaError` naming the JSON path, e.g.
``$.evidence[3].segments[0].exact``. An older format is first upgraded as data
(:mod:`claimtrack.serialization.upgrade`).
Records are built with the converter of :mod:`claimtrack.serialization.converter`, then handed
to :meth:`Casebook.from_records <claimtrack.Casebook.from_records>`, which applies the casebook's
one rule set (every quote re-verified against its article's text, checksums, references); its
first problem is reported with its JSON path. ``dumps(loads(s)) == s`` for every ``s`` that
:func:`~claimtrack.serialization.writer.dumps` wrote.

A document with the canonical writer's tokens (its whitespace aside) takes a fast path first
(:mod:`claimtrack.serialization.fast_reader`: msgspec, the same records, the same casebook
rules); anything that path does not take (keys in another order, format 1, a lone surrogate, any
error) is read by the reference path here, which says precisely what is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from typing import Any, TypeVar

import attrs
import cattrs

from claimtrack.casebook.book import Casebook
from claimtrack.errors import (
    CasebookError,
    CasebookLimitError,
    ClaimtrackError,
    SchemaError,
    ValidationError,
)
from claimtrack.reading.limits import Limits, current_limits, read_regular_file
from claimtrack.serialization.converter import (
    FORMAT_VERSION,
    SECTIONS,
    TEXT_FIELDS,
    InvalidValue,
    converter,
    describe,
    detailed_converter,
    gc_paused,
)
from claimtrack.serialization.fast_reader import Parts, fast_records
from claimtrack.serialization.strict_json import parse_casebook_json
from claimtrack.serialization.upgrade import upgrade
from claimtrack.text.counts import plural

__all__ = ["load", "loads", "structure_casebook"]

_T = TypeVar("_T")


def load(path: str | os.PathLike[str], *, limits: Limits | None = None) -> Casebook:
    """Read a casebook JSON file written by claimtrack (any format version up to this one's).

    Every quote is re-verified against its article's stored text. Raises
    :class:`~claimtrack.errors.SchemaError` naming the file and the JSON path of the first problem.
    The casebook remembers the file (:attr:`Casebook.source_path`), so :func:`claimtrack.export`
    refuses to overwrite it. Only a regular file is read, within ``limits`` (default: those
    in force, see :mod:`claimtrack.reading.limits`): its size, nesting depth and number
    lengths; a key repeated in one object is refused with its JSON path.
    """
    source = os.fspath(path)
    active = limits if limits is not None else current_limits()

    def error(problem: str, hint: str, limit: str | None) -> ClaimtrackError:
        message = f"cannot read the file: {problem} ({hint})"
        if limit is not None:
            return CasebookLimitError("$", message, source, limit=limit)
        return SchemaError("$", message, source)

    data = read_regular_file(source, active.json_bytes, "json_bytes", error)
    return loads(data, source=source, path=source, limits=active)


def loads(
    text: str | bytes,
    *,
    source: str = "",
    path: str | None = None,
    limits: Limits | None = None,
) -> Casebook:
    """Read a casebook from JSON text; ``source`` (a file name) is put in error messages.

    ``path``, when given, is the file the text was read from (see :attr:`Casebook.source_path`).
    ``limits`` as for :func:`load`.
    """
    active = limits if limits is not None else current_limits()
    with gc_paused():
        parts = _fast_parts(text, active)
        if parts is not None:
            try:
                return _casebook_of(*parts, source=source, path=path)
            except CasebookError:  # why: a repeated id; the reference path says where
                pass
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SchemaError(
                "$", f"not UTF-8 (byte {exc.start}); a casebook file is UTF-8 JSON", source
            ) from None
    elif not isinstance(text, str):
        raise TypeError(f"loads() takes JSON text (str or bytes), got {type(text).__name__}")
    elif text.startswith("\ufeff"):
        text = text[1:]
    with gc_paused():
        doc = parse_casebook_json(text, source, active)
        return structure_casebook(doc, source=source, path=path)


def _fast_parts(text: object, limits: Limits) -> Parts | None:
    """The fast path's parts of the casebook (see :mod:`~claimtrack.serialization.fast_reader`),
    or ``None``: then the reference path below reads the text and says what is wrong."""
    if isinstance(text, str):
        try:
            # utf-8: a byte-order mark would become one, and the fast path refuse it
            data = text.removeprefix("\ufeff").encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: the fast path would refuse it anyway
            return None
    elif isinstance(text, bytes | bytearray):
        data = bytes(text).removeprefix(b"\xef\xbb\xbf")
    else:
        return None
    return fast_records(data, limits)


def structure_casebook(doc: object, *, source: str = "", path: str | None = None) -> Casebook:
    """Build a :class:`~claimtrack.Casebook` from plain data, checking everything on the way."""
    if not isinstance(doc, dict):
        raise SchemaError("$", f"expected a casebook object, got {describe(doc)}", source)
    doc = upgrade(doc, _check_version(doc, source))
    known = {"claimtrack", *TEXT_FIELDS, *(s for s, _, _ in SECTIONS)}
    for key in doc:
        if key not in known:
            raise SchemaError(f"$.{key}", _unknown_key(key, known), source)
    texts: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = doc.get(name, "")
        if type(value) is not str:
            raise SchemaError(f"$.{name}", f"expected a string, got {describe(value)}", source)
        texts[name] = value
    records: dict[str, Any] = {}  # section -> list of records
    for section, cls, key in SECTIONS:
        listed = doc.get(section, [])
        if type(listed) is not list:
            raise SchemaError(
                f"$.{section}", f"expected a list of records, got {describe(listed)}", source
            )
        records[section] = _structure_list(listed, cls, section, source)
        _check_unique(records[section], section, key, source)
    # An article written without its raw copy has a checksum of a text that is not there.
    raw_not_kept = [r["id"] for r in doc.get("articles", []) if "raw" not in r]
    try:
        return _casebook_of(texts, records, raw_not_kept, source=source, path=path)
    except CasebookError as exc:  # why: from_records re-checks what _check_unique did
        raise SchemaError("$", str(exc), source) from None


def _casebook_of(
    texts: dict[str, Any],
    records: dict[str, Any],
    raw_not_kept: list[str],
    *,
    source: str,
    path: str | None,
) -> Casebook:
    """The casebook of structured records, checked by the casebook's rules; where the first
    problem is, as a JSON path. Both paths end here (a CasebookError, such as a repeated id,
    is left to the caller)."""
    try:
        return Casebook.from_records(
            **texts, **records, source_path=path, raw_not_kept=raw_not_kept
        )
    except ValidationError as exc:
        raise _located(exc, records, source) from None


def _check_unique(records: list[Any], section: str, key: str, source: str) -> None:
    seen: dict[str, int] = {}
    for i, obj in enumerate(records):
        ident = getattr(obj, key)
        first = seen.setdefault(ident, i)
        if first != i:
            raise SchemaError(
                f"$.{section}[{i}].{key}",
                f"duplicate {key} {ident!r} (also $.{section}[{first}]); ids must be unique",
                source,
            )


def _located(exc: ValidationError, records: Mapping[str, list[Any]], source: str) -> SchemaError:
    """The first problem the casebook's rules found, at its JSON path."""
    positions = {
        (name, getattr(obj, key)): i
        for name, _, key in SECTIONS
        for i, obj in enumerate(records[name])
    }
    located = []
    for problem in exc.details:
        index = positions[problem.section, problem.ident]
        where = f"$.{problem.section}[{index}]" + (f".{problem.field}" if problem.field else "")
        located.append((where, problem.message))
    more = f" (and {plural(len(located) - 1, 'more problem')})" if len(located) > 1 else ""
    where, message = located[0]
    return SchemaError(where, message + more, source, problems=[f"{w}: {m}" for w, m in located])


def _check_version(doc: Mapping[str, Any], source: str) -> int:
    if "claimtrack" not in doc:
        raise SchemaError(
            "$",
            'not a claimtrack casebook: the "claimtrack" format version key is missing',
            source,
        )
    version = doc["claimtrack"]
    if type(version) is not int or version < 1:
        raise SchemaError(
            "$.claimtrack",
            f"expected a format version number (1 to {FORMAT_VERSION}), got {describe(version)}",
            source,
        )
    if version > FORMAT_VERSION:
        raise SchemaError(
            "$.claimtrack",
            f"this casebook was written by a newer claimtrack (format {version}; this version "
            f"reads format {FORMAT_VERSION} and older); upgrade claimtrack to read it",
            source,
        )
    return version


def _unknown_key(key: str, known: Iterable[str]) -> str:
    hint = get_close_matches(key, list(known), n=1)
    return f"unknown field {key!r}" + (f"; did you mean {hint[0]!r}?" if hint else "")


def _structure_list(records: list[Any], cls: type[_T], section: str, source: str) -> list[_T]:
    structure = converter.structure
    try:
        return [structure(record, cls) for record in records]
    except Exception:  # why: any failure is re-diagnosed below with its path
        pass
    # Find the first bad record and say exactly what is wrong with it.
    for i, record in enumerate(records):
        path = f"$.{section}[{i}]"
        if type(record) is not dict:
            raise SchemaError(path, f"expected an object, got {describe(record)}", source)
        try:
            detailed_converter.structure(record, cls)
        except Exception as exc:  # why: turned into a SchemaError with a path
            raise _schema_error(exc, path, cls, source) from None
    raise AssertionError("unreachable: the fast converter failed but the detailed one did not")


def _schema_error(exc: Exception, path: str, cls: type[Any], source: str) -> SchemaError:
    if isinstance(exc, cattrs.ClassValidationError | cattrs.IterableValidationError):
        messages = cattrs.transform_error(exc, path=path, format_exception=_format)
        problem, _, where = messages[0].rpartition(" @ ")
        extra = len(messages) - 1
        more = f" (and {plural(extra, 'more problem')} in this record)" if extra else ""
        return SchemaError(where or path, problem + more, source)
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        names = [f.alias or f.name for f in attrs.fields(cls)]
        return SchemaError(
            f"{path}.{sorted(exc.extra_fields)[0]}",
            _unknown_key(sorted(exc.extra_fields)[0], names),
            source,
        )
    # The model's own checks (non-empty ids, selector offsets) raise from the constructor.
    return SchemaError(path, str(exc), source)


def _format(exc: BaseException, type_: object) -> str:
    if isinstance(exc, InvalidValue):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        key = sorted(exc.extra_fields)[0]
        return _unknown_key(key, [f.alias or f.name for f in attrs.fields(exc.cl)])
    if isinstance(exc, AttributeError | TypeError) and "items" in str(exc):
        return "expected an object"
    return str(exc) or type(exc).__name__
