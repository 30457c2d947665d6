"""Parsing casebook JSON strictly and within limits, before any structuring.

``json.loads`` alone recurses once per nesting level (100,000 levels: a RecursionError),
refuses integers over 4,300 digits with a bare ValueError, and keeps the last of two equal keys
silently. :func:`parse_casebook_json` bounds the size, the depth and the digits of numbers by
the :class:`~claimtrack.reading.limits.Limits` in force, refuses a repeated key with its JSON
path, and turns every failure into a :class:`~claimtrack.errors.SchemaError` saying where.
Only the error paths scan the text a second time, to give the line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from claimtrack.errors import CasebookLimitError, SchemaError
from claimtrack.reading.limits import ENV_VAR, Limits

__all__ = ["parse_casebook_json"]

# Only the error paths scan the text itself (to say where); blanking strings keeps a "[" or a
# run of digits inside one from counting, and keeps offsets.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}
_BRACKETS = re.compile(r"[\[\]{}]")


class _LongNumber(Exception):
    """Raised by the parser's integer hook; located afterwards in the text."""


def _int_parser(max_digits: int) -> Any:
    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > max_digits:
            raise _LongNumber
        return int(digits)

    return parse_int


def _too_deep(doc: Any, limit: int) -> str | None:
    """The JSON path of the first container nested deeper than ``limit``, or ``None``."""
    containers = (dict, list)
    stack: list[tuple[Any, int]] = [(doc, 1)] if type(doc) in containers else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return _path_to(doc, node)
        values = node.values() if type(node) is dict else node
        stack.extend((v, depth + 1) for v in values if type(v) in containers)
    return None


def _path_to(doc: Any, target: Any) -> str:
    """The JSON path of ``target`` (an object or array inside ``doc``), found by identity."""
    stack: list[tuple[str, Any]] = [("$", doc)]
    while stack:
        path, node = stack.pop()
        if node is target:
            return path
        if type(node) is dict:
            stack.extend((_child(path, k), v) for k, v in node.items())
        elif type(node) is list:
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(node))
    return "$"


def _same_length_blanks(text: str) -> str:
    """``text`` with every string's content blanked, offsets kept (errors only: it is slower)."""
    return _STRING.sub(lambda m: '"' + " " * (len(m.group()) - 2) + '"', text)


def _long_number_at(text: str, max_digits: int) -> tuple[int, int]:
    match = re.search(rf"\d{{{max_digits + 1},}}", _same_length_blanks(text))
    return _line_column(text, match.start() if match else 0)


def _deep_at(text: str, limit: int) -> tuple[int, int]:
    depth = 0
    for match in _BRACKETS.finditer(_same_length_blanks(text)):
        depth += _BRACKET_DEPTH[match.group()]
        if depth > limit:
            return _line_column(text, match.start())
    return 1, 1


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _raise_hint(name: str) -> str:
    return f"if the file is trusted, raise it: limits=Limits({name}=...) or {ENV_VAR}='{name}=...'"


class _DuplicateKey(Exception):
    """Raised inside the parser's object hook; located afterwards by :func:`_duplicate_path`."""


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _DuplicateKey
    return obj


def _duplicate_path(text: str) -> tuple[str, str]:
    """The JSON path of the first object with a repeated key, and the key (slow; errors only)."""
    tree = json.loads(text, object_pairs_hook=_Pairs)
    stack: list[tuple[str, Any]] = [("$", tree)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, _Pairs):
            seen: set[str] = set()
            for key, _ in node:
                if key in seen:
                    return path, key
                seen.add(key)
            stack.extend((_child(path, k), v) for k, v in reversed(node))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(node))))
    raise AssertionError("unreachable: a duplicate key was reported but not found")


class _Pairs(list):  # type: ignore[type-arg]
    """An object as the parser saw it: its (key, value) pairs, repeats kept."""


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


def parse_casebook_json(text: str, source: str, limits: Limits) -> Any:
    """``json.loads`` within ``limits``; every failure a SchemaError naming where.

    Python's parser recurses once per level (100,000 levels: a RecursionError) and refuses
    integers over 4,300 digits with a bare ValueError; both become located errors here.
    """
    if len(text) > limits.json_bytes:
        raise _limit(
            "$",
            f"too large ({len(text):,} characters; the limit is {limits.json_bytes:,})",
            "json_bytes",
            source,
        )
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_unique_object,
            parse_int=_int_parser(limits.json_int_digits),
        )
    except json.JSONDecodeError as exc:
        raise SchemaError(
            "$", f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source
        ) from None
    except _DuplicateKey:
        where, key = _duplicate_path(text)
        raise SchemaError(
            where,
            f"the key {key!r} appears twice in this object (JSON would keep only the last "
            f"one); remove the duplicate",
            source,
        ) from None
    except _LongNumber:
        line, column = _long_number_at(text, limits.json_int_digits)
        raise _limit(
            "$",
            f"the number at line {line} column {column} has more than "
            f"{limits.json_int_digits} digits",
            "json_int_digits",
            source,
        ) from None
    except RecursionError:
        line, column = _deep_at(text, limits.json_depth)
        raise _limit(
            "$",
            f"nested too deep for the parser at line {line} column {column} "
            f"(a casebook needs 6 levels)",
            "json_depth",
            source,
        ) from None
    too_deep = _too_deep(doc, limits.json_depth)
    if too_deep is not None:
        raise _limit(
            too_deep,
            f"nested deeper than {limits.json_depth} levels (a casebook needs 6)",
            "json_depth",
            source,
        )
    return doc


def _limit(where: str, problem: str, name: str, source: str) -> CasebookLimitError:
    return CasebookLimitError(where, f"{problem}; {_raise_hint(name)}", source, limit=name)
