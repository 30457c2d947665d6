"""Hostile casebook JSON: every payload ends in a Casebook or a SchemaError naming the file and
the JSON path; nesting, long numbers and size are bounded by the limits; a key repeated in one
object is refused with its path; a mutated casebook that loads also exports and loads again."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hostile_cases import digest, no_hang
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Article, Casebook
from claimtrack.cli.main import build_cli
from claimtrack.errors import CasebookLimitError, ClaimtrackError, LimitExceeded, SchemaError
from claimtrack.host.registry import PluginHost
from claimtrack.reading.limits import ENV_VAR, Limits
from claimtrack.serialization.reader import load, loads


def _book() -> Casebook:
    book = Casebook([Article(id="a", text="The minister said the alliance is “one whole”.")])
    book.add_claim("The alliance is united.", id="united")
    book.add_evidence("united", article="a", quote="the alliance is “one whole”", stance="supports")
    return book


GOOD_TEXT = claimtrack.export_bytes(_book(), "json").decode("utf-8")
GOOD: dict[str, Any] = json.loads(GOOD_TEXT)


def _with(**changes: Any) -> str:
    doc = json.loads(GOOD_TEXT)
    doc.update(changes)
    return json.dumps(doc, ensure_ascii=False)


def _deep(levels: int, opener: str = "[", closer: str = "]") -> str:
    return '{"claimtrack": 1, "title": "t", "sources": ' + opener * levels + closer * levels + "}"


def _dup_in_evidence() -> str:
    text = GOOD_TEXT.replace('"stance":', '"stance": "refutes", "stance":', 1)
    assert text != GOOD_TEXT
    return text


# name -> (JSON text or bytes, expected: "ok", "schema" (SchemaError) or "limit")
JSON_CASES: dict[str, tuple[str | bytes, str]] = {
    "good": (GOOD_TEXT, "ok"),
    "good-with-bom": ("\ufeff" + GOOD_TEXT, "ok"),
    "empty": ("", "schema"),
    "whitespace": ("  \n\t ", "schema"),
    "null": ("null", "schema"),
    "array": ("[]", "schema"),
    "string": ('"claimtrack"', "schema"),
    "number": ("1", "schema"),
    "trailing-comma": (GOOD_TEXT.rstrip().rstrip("}").rstrip() + ',\n"x": 1,}', "schema"),
    "comment": ("// casebook\n" + GOOD_TEXT, "schema"),
    "trailing-garbage": (GOOD_TEXT + "garbage", "schema"),
    "two-documents": (GOOD_TEXT + GOOD_TEXT, "schema"),
    "truncated": (GOOD_TEXT[: len(GOOD_TEXT) // 2], "schema"),
    "deep-arrays-100k": ("[" * 100_000 + "]" * 100_000, "limit"),
    "deep-objects-100k": ('{"a":' * 100_000 + "1" + "}" * 100_000, "limit"),
    "deep-arrays-unclosed": ("[" * 100_000, "schema-or-limit"),
    "deep-2000": (_deep(2000), "limit"),
    "deep-65": (_deep(65), "limit"),
    "deep-in-a-string": (_with(title="[" * 100_000), "ok"),
    "int-5000-digits": ('{"claimtrack": ' + "9" * 5000 + "}", "limit"),
    "int-negative-5000-digits": ('{"claimtrack": -' + "9" * 5000 + "}", "limit"),
    "int-41-digits": ('{"claimtrack": ' + "1" * 41 + "}", "limit"),
    "int-40-digits": ('{"claimtrack": ' + "1" * 40 + "}", "schema"),
    "digits-in-a-string": (_with(title="9" * 5000), "ok"),
    "float-huge-exponent": ('{"claimtrack": 1e999999}', "schema"),
    "float-5000-digits": ('{"claimtrack": 0.' + "9" * 5000 + "}", "schema"),
    "nan": ('{"claimtrack": NaN}', "schema"),
    "infinity": ('{"claimtrack": -Infinity}', "schema"),
    "version-true": ('{"claimtrack": true}', "schema"),
    "version-float": ('{"claimtrack": 1.0}', "schema"),
    "version-future": ('{"claimtrack": 99}', "schema"),
    "version-missing": ('{"title": "x"}', "schema"),
    "duplicate-top-key": (GOOD_TEXT.replace("{", '{"title": "first",', 1), "schema"),
    "duplicate-version": ('{"claimtrack": 1, "claimtrack": 1}', "schema"),
    "duplicate-in-evidence": (_dup_in_evidence(), "schema"),
    "keys-differing-in-case": (GOOD_TEXT.replace("{", '{"Title": "x",', 1), "schema"),
    "unknown-top-key": (_with(extra=1), "schema"),
    "lone-surrogate-title": (_with(title="bad \ud800 title"), "ok"),
    "escape-sequences-title": (_with(title="\x1b[2J\x1b]0;owned\x07 \u009b31m"), "ok"),
    "huge-title": (_with(title="x" * 5_000_000), "ok"),
    "sections-as-objects": (_with(claims={}), "schema"),
    "records-as-strings": (_with(claims=["a"]), "schema"),
    "records-as-nulls": (_with(evidence=[None]), "schema"),
    "article-text-tampered": (
        GOOD_TEXT.replace("one whole", "one hole", 1),
        "schema",
    ),
    "invalid-utf8": (GOOD_TEXT.encode("utf-8").replace(b"minister", b"min\xffster", 1), "schema"),
    "utf16": (GOOD_TEXT.encode("utf-16"), "schema"),
    "nul-bytes": (b"\x00" * 100, "schema"),
}


def _check(outcome: object, expected: str, source: str) -> None:
    if isinstance(outcome, Casebook):
        assert expected == "ok"
        return
    assert isinstance(outcome, SchemaError), repr(outcome)
    assert str(outcome).startswith(f"{source}: $"), str(outcome)
    if expected == "limit":
        assert isinstance(outcome, LimitExceeded) and "Limits(" in str(outcome), str(outcome)
    elif expected == "schema":
        assert not isinstance(outcome, LimitExceeded), str(outcome)
    else:
        assert expected == "schema-or-limit", (expected, str(outcome))


@pytest.mark.parametrize("name", list(JSON_CASES))
def test_loads(name: str) -> None:
    text, expected = JSON_CASES[name]
    with no_hang(60):
        try:
            outcome: object = loads(text, source="case.json")
        except ClaimtrackError as exc:
            outcome = exc
    _check(outcome, expected, "case.json")


@pytest.mark.parametrize("name", list(JSON_CASES))
def test_load_file(tmp_path: Path, name: str) -> None:
    text, expected = JSON_CASES[name]
    path = tmp_path / "case.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    before = digest(path)
    with no_hang(60):
        try:
            outcome: object = load(path)
        except ClaimtrackError as exc:
            outcome = exc
    if name == "lone-surrogate-title":  # a surrogate written raw is not UTF-8
        expected = "schema"
    _check(outcome, expected, str(path))
    assert digest(path) == before


@pytest.mark.parametrize("name", list(JSON_CASES))
def test_cli_check(tmp_path: Path, name: str) -> None:
    text = JSON_CASES[name][0]
    path = tmp_path / "case.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    with no_hang(60):
        result = CliRunner().invoke(build_cli(PluginHost(entry_points=[])), ["check", str(path)])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert "\x1b" not in result.output and "\u009b" not in result.output
    if result.exit_code:
        assert str(path) in result.stderr


def test_duplicate_key_names_its_path() -> None:
    with pytest.raises(SchemaError) as info:
        loads(_dup_in_evidence(), source="case.json")
    assert info.value.path == "$.evidence[0]" and "'stance' appears twice" in str(info.value)


def test_depth_error_names_the_path_and_the_limit() -> None:
    with pytest.raises(CasebookLimitError) as info:
        loads(_deep(65), source="case.json")
    assert info.value.limit == "json_depth"
    assert info.value.path.startswith("$.sources[0][0]") and "json_depth=" in str(info.value)


def test_long_number_error_says_where() -> None:
    with pytest.raises(CasebookLimitError, match="line 1 column 16") as info:
        loads('{"claimtrack": ' + "9" * 5000 + "}")
    assert info.value.limit == "json_int_digits"


def test_limits_can_be_raised_per_call_and_by_env(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = _deep(70)
    with pytest.raises(CasebookLimitError):
        loads(text)
    with pytest.raises(SchemaError) as info:  # past the depth limit: now the schema speaks
        loads(text, limits=Limits(json_depth=100))
    assert not isinstance(info.value, LimitExceeded)
    monkeypatch.setenv(ENV_VAR, "json_depth=100")
    with pytest.raises(SchemaError) as info:
        loads(text)
    assert not isinstance(info.value, LimitExceeded)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    with pytest.raises(CasebookLimitError) as info:
        load(path, limits=Limits(json_bytes=100))
    assert info.value.limit == "json_bytes" and str(path) in str(info.value)
    with pytest.raises(CasebookLimitError):
        loads(GOOD_TEXT, limits=Limits(json_bytes=100))
    assert len(load(path).claims) == 1


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory", "socket"])
def test_casebook_special_files_refused(tmp_path: Path, kind: str) -> None:
    import socket

    path = tmp_path / "case.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "directory":
        path.mkdir()
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    with no_hang(20), pytest.raises(SchemaError, match="not a regular file") as info:
        load(path)
    assert str(path) in str(info.value)


# --------------------------------------------------------------- fuzzing the casebook file

_HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**45), max_value=10**45),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", "\x1b[31m", "\ud800", "a" * 1000, "$", "..."]),
    st.lists(st.integers(0, 3), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(0, 3), max_size=3),
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*path, index)))
    return found


PATHS = [p for p in _paths(GOOD) if p]


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), value=_HOSTILE_VALUES)
def test_mutated_casebook_loads_or_names_the_field(path: tuple[Any, ...], value: Any) -> None:
    doc = _set(json.loads(GOOD_TEXT), path, value)
    text = json.dumps(doc, ensure_ascii=False)
    try:
        book = loads(text, source="m.json")
    except SchemaError as exc:
        assert str(exc).startswith("m.json: $"), str(exc)
        return
    # Accepted means it round-trips: nothing the reader accepts is unloadable once saved.
    again = claimtrack.export_bytes(book, "json")
    assert loads(again) == book
    assert claimtrack.export_bytes(loads(again), "json") == again


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_random_text_is_not_a_crash(text: str) -> None:
    try:
        loads(text, source="r.json")
    except SchemaError as exc:
        assert str(exc).startswith("r.json: $")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=3), children, max_size=3)
        ),
        max_leaves=30,
    )
)
def test_random_json_documents(data: Any) -> None:
    try:
        loads(json.dumps(data), source="r.json")
    except SchemaError as exc:
        assert str(exc).startswith("r.json: $")


# ------------------------------------------------------------- what the API accepts, loads

_API_VALUES = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.text(max_size=20),
    st.sampled_from(["", " ", "\x1b[31m\x00", "\ud800", "a\nb", ["x"], ("x", 1), {"a": 1}]),
)
_CALLS = {
    "claim.notes": lambda b, v: b.add_claim("X is y.", id="x", notes=v),
    "claim.tags": lambda b, v: b.add_claim("X is y.", id="x", tags=v),
    "claim.statement": lambda b, v: b.add_claim(v, id="x"),
    "claim.id": lambda b, v: b.add_claim("X is y.", id=v),
    "evidence.speaker": lambda b, v: b.add_evidence(
        "united", article="a", quote="The minister", stance="neutral", speaker=v
    ),
    "evidence.notes": lambda b, v: b.add_evidence(
        "united", article="a", quote="The minister", stance="neutral", notes=v
    ),
    "evidence.stance": lambda b, v: b.add_evidence(
        "united", article="a", quote="The minister", stance=v
    ),
}


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(call=st.sampled_from(sorted(_CALLS)), value=_API_VALUES)
def test_what_the_api_accepts_saves_and_loads(call: str, value: Any) -> None:
    book = _book()
    try:
        _CALLS[call](book, value)
    except ClaimtrackError:
        return  # refused when added: nothing unloadable can be saved
    saved = claimtrack.export_bytes(book, "json")
    again = loads(saved)
    assert again == book and claimtrack.export_bytes(again, "json") == saved


_MUTATIONS = {"pop": ("united",), "__delitem__": ("united",), "__setitem__": ("united", None)}


@pytest.mark.parametrize("mutation", [*_MUTATIONS, "clear"])
def test_the_public_dicts_are_read_only(mutation: str) -> None:
    book = _book()
    for view in (book.claims, book.articles, book.evidence):
        with pytest.raises((AttributeError, TypeError)):
            getattr(view, mutation)(*_MUTATIONS.get(mutation, ()))
    assert loads(claimtrack.export_bytes(book, "json")) == book
