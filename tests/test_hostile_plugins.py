"""Fuzzed plugin hook results: whatever a plugin's hook returns (or however its reader fails),
the plugin is reported by name and left out, and the built-in exports and readers keep working.
The named isolation cases (a hook returning 5, a raising generator, ``extensions=None``, a
command replacing a built-in) are in tests/test_hook_calls.py."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Casebook
from claimtrack.errors import ArticleLoadError
from claimtrack.host.articles import read_article_file
from claimtrack.host.registry import PluginHost
from claimtrack.reading.readers import Reader

_JUNK = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=5)
    | st.sampled_from([object(), Reader, claimtrack.Exporter, len, b"bytes", 1.5]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)


def _plugin(hook: str, result: Any) -> object:
    class Junk:
        pass

    def implementation(self: object) -> Any:
        return result

    implementation.__name__ = hook
    setattr(Junk, hook, claimtrack.hookimpl(implementation))
    return Junk()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hook=st.sampled_from(["register_exporters", "register_readers"]), result=_JUNK)
def test_junk_hook_results_leave_the_builtins_working(hook: str, result: Any) -> None:
    host = PluginHost(entry_points=[])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        host.register(_plugin(hook, result), name="junk")
    assert {"json", "xlsx", "docx"} <= set(host.exporters())
    assert {".txt", ".md", ".html", ".docx"} <= set(host.readers())
    assert host.export_bytes(Casebook(title="ok"), "json").startswith(b"{")


class _BadReader(Reader):
    name = "bad"
    suffixes = (".bad",)
    description = "returns whatever the test says"

    def __init__(self, outcome: Any) -> None:
        self.outcome = outcome

    def read(self, data: bytes, name: str) -> Any:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


@pytest.mark.parametrize(
    "outcome",
    [
        None,
        5,
        "text",
        b"bytes",
        [],
        {"text": "x"},
        ValueError("bad"),
        RecursionError(),
        MemoryError(),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
        KeyError("k"),
    ],
    ids=repr,
)
def test_a_bad_reader_is_a_named_load_error(tmp_path: Path, outcome: Any) -> None:
    path = tmp_path / "article.bad"
    path.write_text("The minister said so.", encoding="utf-8")
    with pytest.raises(ArticleLoadError) as info:
        read_article_file(path, readers={".bad": _BadReader(outcome)})
    assert str(path) in str(info.value) and "'bad' reader" in str(info.value)
