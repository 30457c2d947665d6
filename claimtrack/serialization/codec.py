"""The canonical casebook JSON document: writing it, reading it back, and checking it on the way in.

The document is versioned (``{"claimtrack": 1, ...}``), self-contained (article texts, raw copies
and offset maps are included by default, so every quote can be re-verified on load) and
deterministic: keys sorted inside every record, records in the casebook's insertion order, UTF-8
without ``\\u`` escapes, one record per line so a casebook under version control diffs well, and
a trailing newline. ``dumps(loads(s)) == s`` for every ``s`` that ``dumps`` wrote.

The mapping between model objects and plain data uses a :mod:`cattrs` converter configured here,
so the model itself knows nothing about serialization. Reading is strict: wrong types are not
coerced (``"12"`` is not an offset), unknown keys are refused, and every error is a
:class:`~claimtrack.SchemaError` naming the JSON path, e.g. ``$.evidence[3].selector.exact``.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import gc
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import get_close_matches
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

import claimtrack.model as model
from claimtrack.casebook.book import Casebook
from claimtrack.errors import ExportError, SchemaError
from claimtrack.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    ContradictionLevel,
    Evidence,
    PartialDate,
    Source,
    sha256,
)

__all__ = [
    "FORMAT_VERSION",
    "dumps",
    "dumps_bytes",
    "load",
    "loads",
    "structure_casebook",
    "unstructure_casebook",
]

#: Version of the casebook document this claimtrack writes (and the newest it reads).
FORMAT_VERSION = 1

_T = TypeVar("_T")

# The record lists of a casebook document, in output order, with their model class and the
# Casebook attribute holding them (keyed by the record's id field).
_SECTIONS: tuple[tuple[str, type[Any], str], ...] = (
    ("articles", Article, "id"),
    ("actors", Actor, "name"),
    ("sources", Source, "name"),
    ("claims", Claim, "id"),
    ("evidence", Evidence, "id"),
    ("contradictions", Contradiction, "id"),
)
_TEXT_FIELDS = ("title", "bottom_line", "author")


class _Invalid(ValueError):
    """A value of the wrong type or form; its message is shown to the user as is."""


def _describe(value: object) -> str:
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
    raise _Invalid(f"expected a string, got {_describe(value)}")


def _int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise _Invalid(f"expected an integer, got {_describe(value)}")


def _str_tuple(value: object, _: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise _Invalid(f"expected a list of strings, got {_describe(value)}")
    for i, item in enumerate(value):
        if type(item) is not str:
            raise _Invalid(f"item [{i}]: expected a string, got {_describe(item)}")
    return tuple(value)


def _offset_map(value: object, _: object) -> tuple[tuple[int, int, int], ...]:
    if type(value) is not list:
        raise _Invalid(
            f"expected a list of [text_start, raw_start, length], got {_describe(value)}"
        )
    out = []
    for i, seg in enumerate(value):
        if type(seg) is not list or len(seg) != 3 or any(type(n) is not int for n in seg):
            raise _Invalid(
                f"item [{i}]: expected [text_start, raw_start, length] integers, got {seg!r}"
            )
        out.append((seg[0], seg[1], seg[2]))
    return tuple(out)


def _date(value: object, _: object) -> PartialDate:
    if type(value) is not str:
        raise _Invalid(f"expected a date string such as '2017-06-19', got {_describe(value)}")
    return _parse_date(value)


@functools.lru_cache(maxsize=4096)
def _parse_date(value: str) -> PartialDate:
    # Cached: a casebook repeats the same few hundred dates across 100k evidence, parsing is the
    # hottest step of loading, and PartialDate is immutable so sharing instances is safe.
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise _Invalid(str(exc)) from None


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
        raise _Invalid(f"{value!r} is not a valid {label}; use one of {allowed}{suggestion}")

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
    # Each enum by class: class hooks dispatch on the MRO, so the str hook above would otherwise
    # also catch the str enums (Stance…) and skip their check.
    for cls in _ENUMS:
        conv.register_structure_hook(cls, _enum_hook(cls))
    # Generic aliases are not classes: match them by equality.
    str_tuple, offsets = tuple[str, ...], tuple[tuple[int, int, int], ...]
    conv.register_structure_hook_func(lambda t: t == str_tuple, _str_tuple)
    conv.register_structure_hook_func(lambda t: t == offsets, _offset_map)
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
_fast = _make_converter(detailed=False)
_detailed = _make_converter(detailed=True)
#: The cattrs converter used for the casebook document (for plugins that embed model objects).
converter = _fast


# ------------------------------------------------------------------------- writing


def unstructure_casebook(book: Casebook, *, include_raw: bool = True) -> dict[str, Any]:
    """The casebook as plain JSON-ready data (dicts, lists, strings, ints, None)."""
    doc: dict[str, Any] = {"claimtrack": FORMAT_VERSION}
    for name in _TEXT_FIELDS:
        doc[name] = getattr(book, name)
    unstructure = _fast.unstructure
    for section, _cls, _key in _SECTIONS:
        records = [unstructure(obj) for obj in getattr(book, section).values()]
        if section == "articles" and not include_raw:
            for record in records:
                del record["raw"]
        doc[section] = records
    return doc


_SURROGATE = re.compile("[\ud800-\udfff]")
_SPLIT_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _escape_surrogates(text: str) -> str:
    # A lone surrogate cannot be encoded as UTF-8; JSON's \\uXXXX escape carries it losslessly
    # (json.loads reads it back). Surrogates only occur inside JSON strings, so this is safe.
    # A high surrogate followed by a low one is the exception: every JSON reader joins the two
    # escapes into one character, which would shift every offset after it. Refuse instead.
    pair = _SPLIT_PAIR.search(text)
    if pair is not None:
        near = text[max(0, pair.start() - 30) : pair.start()].encode("utf-8", "replace")
        raise ExportError(
            "the casebook holds a UTF-16 surrogate pair as two separate characters (after "
            f"{near.decode()!r}); JSON cannot keep them apart. Repair the text first, e.g. "
            "text.encode('utf-16', 'surrogatepass').decode('utf-16')"
        )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    # Building or reading 100k records allocates ~1M acyclic objects; the cyclic collector would
    # scan them again and again for nothing (a third of the load time). Paused, then restored.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dumps(book: Casebook, *, include_raw: bool = True) -> str:
    """The canonical JSON text of ``book`` (see the module docstring for the layout)."""
    with _gc_paused():
        return _dumps(book, include_raw)


def _dumps(book: Casebook, include_raw: bool) -> str:
    doc = unstructure_casebook(book, include_raw=include_raw)
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    lines = [f'{{"claimtrack": {doc.pop("claimtrack")},']
    keys = sorted(doc)
    for n, key in enumerate(keys):
        comma = "," if n < len(keys) - 1 else ""
        value = doc[key]
        if isinstance(value, list) and value:
            body = ",\n".join(map(encode, value))
            lines.append(f"{encode(key)}: [\n{body}\n]{comma}")
        else:
            lines.append(f"{encode(key)}: {encode(value)}{comma}")
    lines.append("}\n")
    return "\n".join(lines)


def dumps_bytes(book: Casebook, *, include_raw: bool = True) -> bytes:
    """:func:`dumps` encoded as UTF-8, with lone surrogates written as ``\\uXXXX`` escapes."""
    text = dumps(book, include_raw=include_raw)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _escape_surrogates(text).encode("utf-8")


# ------------------------------------------------------------------------- reading


def load(path: str | os.PathLike[str]) -> Casebook:
    """Read a casebook JSON file written by claimtrack (any format version up to this one's).

    Every quote is re-verified against its article's stored text. Raises
    :class:`~claimtrack.SchemaError` naming the file and the JSON path of the first problem.
    The file is remembered as an input, so :func:`claimtrack.export` refuses to overwrite it.
    """
    from claimtrack.host.export import register_input

    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise SchemaError("$", f"cannot read the file: {exc.strerror or exc}", source) from None
    try:
        # utf-8-sig: a byte-order mark added by a Windows editor is not an error.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SchemaError(
            "$", f"not UTF-8 (byte {exc.start}); a casebook file is UTF-8 JSON", source
        ) from None
    book = loads(text, source=source)
    register_input(source)
    return book


def loads(text: str | bytes, *, source: str = "") -> Casebook:
    """Read a casebook from JSON text; ``source`` (a file name) is put in error messages."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8-sig")
    elif text.startswith("\ufeff"):
        text = text[1:]
    with _gc_paused():
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SchemaError(
                "$", f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source
            ) from None
        return structure_casebook(doc, source=source)


def structure_casebook(doc: object, *, source: str = "") -> Casebook:
    """Build a :class:`~claimtrack.Casebook` from plain data, checking everything on the way."""
    if not isinstance(doc, dict):
        raise SchemaError("$", f"expected a casebook object, got {_describe(doc)}", source)
    _check_version(doc, source)
    known = {"claimtrack", *_TEXT_FIELDS, *(s for s, _, _ in _SECTIONS)}
    for key in doc:
        if key not in known:
            raise SchemaError(f"$.{key}", _unknown_key(key, known), source)
    texts = {}
    for name in _TEXT_FIELDS:
        value = doc.get(name, "")
        if type(value) is not str:
            raise SchemaError(f"$.{name}", f"expected a string, got {_describe(value)}", source)
        texts[name] = value
    book = Casebook(title=texts["title"], bottom_line=texts["bottom_line"], author=texts["author"])
    for section, cls, key in _SECTIONS:
        records = doc.get(section, [])
        if type(records) is not list:
            raise SchemaError(
                f"$.{section}", f"expected a list of records, got {_describe(records)}", source
            )
        pool: dict[str, Any] = getattr(book, section)
        for i, obj in enumerate(_structure_list(records, cls, section, source)):
            ident = getattr(obj, key)
            if ident in pool:
                first = next(n for n, o in enumerate(pool.values()) if getattr(o, key) == ident)
                raise SchemaError(
                    f"$.{section}[{i}].{key}",
                    f"duplicate {key} {ident!r} (also $.{section}[{first}]); ids must be unique",
                    source,
                )
            pool[ident] = obj
    _check_articles(book, doc.get("articles", []), source)
    _check_references(book, source)
    return book


def _check_version(doc: Mapping[str, Any], source: str) -> None:
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
            f"expected a format version number (1), got {_describe(version)}",
            source,
        )
    if version > FORMAT_VERSION:
        raise SchemaError(
            "$.claimtrack",
            f"this casebook was written by a newer claimtrack (format {version}; this version "
            f"reads format {FORMAT_VERSION} and older); upgrade claimtrack to read it",
            source,
        )


def _unknown_key(key: str, known: Iterable[str]) -> str:
    hint = get_close_matches(key, list(known), n=1)
    return f"unknown field {key!r}" + (f"; did you mean {hint[0]!r}?" if hint else "")


def _structure_list(records: list[Any], cls: type[_T], section: str, source: str) -> list[_T]:
    structure = _fast.structure
    try:
        return [structure(record, cls) for record in records]
    except Exception:  # why: any failure is re-diagnosed below with its path
        pass
    # Find the first bad record and say exactly what is wrong with it.
    for i, record in enumerate(records):
        path = f"$.{section}[{i}]"
        if type(record) is not dict:
            raise SchemaError(path, f"expected an object, got {_describe(record)}", source)
        try:
            _detailed.structure(record, cls)
        except Exception as exc:  # why: turned into a SchemaError with a path
            raise _schema_error(exc, path, cls, source) from None
    raise AssertionError("unreachable: the fast converter failed but the detailed one did not")


def _schema_error(exc: Exception, path: str, cls: type[Any], source: str) -> SchemaError:
    if isinstance(exc, cattrs.ClassValidationError | cattrs.IterableValidationError):
        messages = cattrs.transform_error(exc, path=path, format_exception=_format)
        problem, _, where = messages[0].rpartition(" @ ")
        extra = len(messages) - 1
        more = f" (and {extra} more problem(s) in this record)" if extra else ""
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
    if isinstance(exc, _Invalid):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        key = sorted(exc.extra_fields)[0]
        return _unknown_key(key, [f.alias or f.name for f in attrs.fields(exc.cl)])
    if isinstance(exc, AttributeError | TypeError) and "items" in str(exc):
        return "expected an object"
    return str(exc) or type(exc).__name__


def _check_articles(book: Casebook, records: list[dict[str, Any]], source: str) -> None:
    for i, (record, article) in enumerate(zip(records, book.articles.values(), strict=True)):
        if "raw" in record and "checksum" in record and sha256(article.raw) != article.checksum:
            raise SchemaError(
                f"$.articles[{i}].checksum",
                f"does not match the article's raw text (sha256 {sha256(article.raw)[:12]}…); "
                f"the raw text or the checksum was edited",
                source,
            )
        end = len(article.text)
        for n, (text_start, raw_start, length) in enumerate(article.offset_map):
            if (
                min(text_start, raw_start, length) < 0
                or text_start + length > end
                or (raw_start + length > len(article.raw))
            ):
                raise SchemaError(
                    f"$.articles[{i}].offset_map[{n}]",
                    "segment reaches outside the article's text or raw copy",
                    source,
                )


def _check_references(book: Casebook, source: str) -> None:
    articles, claims = book.articles, book.claims
    for i, ev in enumerate(book.evidence.values()):
        path = f"$.evidence[{i}]"
        if ev.claim not in claims:
            raise SchemaError(f"{path}.claim", f"no claim {ev.claim!r} in $.claims", source)
        article = articles.get(ev.article)
        if article is None:
            raise SchemaError(f"{path}.article", f"no article {ev.article!r} in $.articles", source)
        sel = ev.selector
        if article.text[sel.start : sel.end] != sel.exact:
            raise SchemaError(
                f"{path}.selector.exact",
                f"quote {sel.exact[:60]!r} is not at [{sel.start}:{sel.end}] of article "
                f"{ev.article!r}; the quote or the article text was edited",
                source,
            )
    pool: Mapping[str, object]
    for i, x in enumerate(book.contradictions.values()):
        if x.level is ContradictionLevel.CLAIMS:
            pool, section, noun = claims, "claims", "claim"
        else:
            pool, section, noun = book.evidence, "evidence", "evidence"
        for side in ("left", "right"):
            ident = getattr(x, side)
            if ident not in pool:
                raise SchemaError(
                    f"$.contradictions[{i}].{side}", f"no {noun} {ident!r} in $.{section}", source
                )
