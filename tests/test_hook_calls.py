"""Hooks are called through pluggy (order, tryfirst/trylast, tracing) and a bad plugin stays apart.

Every isolation case: a hook that raises, a hook returning 5, a generator that raises, an exporter
with ``extensions=None``, a class instead of an instance, a bad reader, a bad detector, a command
that would replace a built-in one. Each is reported by plugin name, strict mode raises, and the
built-in exports keep working.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
from typing import Any, BinaryIO

import click
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Casebook, Contradiction
from claimtrack.cli.main import build_cli
from claimtrack.errors import PluginError
from claimtrack.host import PluginHost, PluginWarning
from claimtrack.host.contracts import exporter_problems
from claimtrack.host.testing import conformance_problems
from claimtrack.reading.readers import Reader


def exporter(name: str, extensions: tuple[str, ...] = ()) -> claimtrack.Exporter:
    class Named(claimtrack.Exporter):
        description = f"The {name} format."

        def write(self, casebook: Casebook, stream: BinaryIO, options: Any) -> None:
            stream.write(name.encode())

    Named.name = name
    Named.extensions = extensions or (f".{name}",)
    return Named()


def exporter_plugin(*exporters: claimtrack.Exporter, **opts: bool) -> object:
    """A plugin offering ``exporters``; ``opts`` are hookimpl options (tryfirst, trylast)."""

    class ExporterPlugin:
        @claimtrack.hookimpl(**opts)
        def register_exporters(self) -> list[claimtrack.Exporter]:
            return list(exporters)

    plugin = ExporterPlugin()
    plugin.exporters = list(exporters)  # type: ignore[attr-defined]
    return plugin


def empty_host(strict: bool = False) -> PluginHost:
    return PluginHost(entry_points=[], strict=strict, builtin_plugins=False)


# --------------------------------------------------------------------------- order


def test_hooks_run_in_pluggys_order_tryfirst_plain_trylast() -> None:
    host = empty_host()
    host.register(exporter_plugin(exporter("a"), tryfirst=True), name="A")
    host.register(exporter_plugin(exporter("b")), name="B")
    host.register(exporter_plugin(exporter("c"), trylast=True), name="C")
    assert list(host.exporters()) == ["a", "b", "c"]
    # ... which is exactly what a direct pluggy call gives
    direct = [e.name for result in host.pm.hook.register_exporters() for e in result]
    assert direct == ["a", "b", "c"]


def test_plain_hooks_run_last_registered_first_as_in_pytest() -> None:
    host = empty_host()
    for name in ("first", "second", "third"):
        host.register(exporter_plugin(exporter(name)), name=name)
    assert list(host.exporters()) == ["third", "second", "first"]


def test_detectors_run_in_pluggys_order() -> None:
    book = Casebook()
    for claim in "abcd":
        book.add_claim(f"Claim {claim}.", id=claim)

    def detector(left: str, right: str, **opts: bool) -> object:
        class Detector:
            @claimtrack.hookimpl(**opts)
            def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
                return [Contradiction(id=f"x-{left}{right}", level="claims", left=left,
                                      right=right, detected_by=left)]  # fmt: skip

        return Detector()

    host = empty_host()
    host.register(detector("a", "b", tryfirst=True), name="A")
    host.register(detector("b", "c"), name="B")
    host.register(detector("c", "d", trylast=True), name="C")
    assert [x.detected_by for x in host.detect_contradictions(book)] == ["a", "b", "c"]


def test_name_conflicts_go_to_the_first_registered_whatever_the_order() -> None:
    host = empty_host()
    host.register(exporter_plugin(exporter("txt")), name="old")
    with pytest.warns(PluginWarning, match="'txt' is already provided by plugin 'old'"):
        host.register(exporter_plugin(exporter("txt"), tryfirst=True), name="new")
    assert host.exporters()["txt"] is next(iter(host.pm.get_plugin("old").exporters))


def test_tracing_prints_hook_calls(tmp_path: Any) -> None:
    code = (
        "import claimtrack\n"
        "host = claimtrack.host.PluginHost(entry_points=[])\n"
        "print(sorted(host.exporters()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"CLAIMTRACK_TRACE": "1", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert "['docx', 'json', 'xlsx']" in done.stdout
    assert "register_exporters" in done.stderr and "finish register_exporters" in done.stderr


# ---------------------------------------------------------------------- isolation


class Raising:
    @claimtrack.hookimpl
    def register_exporters(self) -> list[claimtrack.Exporter]:
        raise ValueError("no exporters today")


class ReturnsFive:
    @claimtrack.hookimpl
    def register_exporters(self) -> Any:
        return 5


class RaisingGenerator:
    @claimtrack.hookimpl
    def register_exporters(self) -> Any:
        yield exporter("gen")
        raise RuntimeError("generator broke")


class NoExtensions:
    @claimtrack.hookimpl
    def register_exporters(self) -> Any:
        bad = exporter("noext")
        type(bad).extensions = None  # type: ignore[assignment]
        return [bad]


class ReturnsAClass:
    @claimtrack.hookimpl
    def register_exporters(self) -> Any:
        return [type(exporter("klass"))]


BROKEN = [
    (Raising, "raised ValueError: no exporters today"),
    (ReturnsFive, "raised TypeError"),
    (RaisingGenerator, "raised RuntimeError: generator broke"),
    (NoExtensions, "extensions None must be a tuple"),
    (ReturnsAClass, "return an instance"),
]


@pytest.mark.parametrize(("plugin_class", "words"), BROKEN, ids=[c.__name__ for c, _ in BROKEN])
def test_a_broken_plugin_is_reported_by_name_and_the_rest_works(
    plugin_class: type, words: str, tmp_path: Any
) -> None:
    host = PluginHost(entry_points=[], strict=False)
    host.register(exporter_plugin(exporter("good")), name="good")
    with pytest.warns(PluginWarning, match=rf"plugin 'broken' \(register_exporters\): .*{words}"):
        host.register(plugin_class(), name="broken")
    assert {"json", "xlsx", "docx", "good"} == set(host.exporters())
    info = {i.name: i for i in host.plugins()}["broken"]
    assert info.loaded is False and info.failures[0].stage == "register_exporters"
    assert not host.pm.has_plugin("broken")  # unregistered from pluggy
    book = Casebook(title="Still works")
    assert claimtrack.load(host.export(book, tmp_path / "b.json")) == book
    assert host.export_bytes(book, "good") == b"good"
    # `claimtrack plugins` shows it
    listed = json.loads(CliRunner().invoke(build_cli(host), ["plugins"]).stdout)
    [shown] = [p for p in listed if p["name"] == "broken"]
    assert shown["loaded"] is False and words in shown["failures"][0]["message"]


@pytest.mark.parametrize(("plugin_class", "words"), BROKEN, ids=[c.__name__ for c, _ in BROKEN])
def test_strict_mode_raises_for_each_broken_plugin(plugin_class: type, words: str) -> None:
    host = empty_host(strict=True)
    with pytest.raises(PluginError, match="plugin 'broken'"):
        host.register(plugin_class(), name="broken")
    assert not host.pm.has_plugin("broken") and host.plugins() == []


def test_a_raising_detector_is_found_and_the_others_kept() -> None:
    book = Casebook()
    book.add_claim("A is true.", id="a")
    book.add_claim("A is false.", id="b")

    class Good:
        @claimtrack.hookimpl
        def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
            return [Contradiction(id="x", level="claims", left="a", right="b", detected_by="g")]

    class Crashing:
        @claimtrack.hookimpl(tryfirst=True)  # pluggy would stop at it before reaching Good
        def detect_contradictions(self, casebook: Casebook) -> Any:
            raise KeyError("oops")

    host = empty_host()
    host.register(Good(), name="good")
    host.register(Crashing(), name="crash")
    with pytest.raises(KeyError):
        host.pm.hook.detect_contradictions(casebook=book)
    with pytest.warns(PluginWarning, match=r"'crash' \(detect_contradictions\): raised KeyError"):
        assert [x.detected_by for x in host.detect_contradictions(book)] == ["g"]


def test_detection_through_the_default_host_uses_the_builtin_detector_once() -> None:
    host = PluginHost(entry_points=[])
    detectors = [p for p in host.plugins() if "detect_contradictions" in p.hooks]
    assert [p.name for p in detectors] == ["contradictions"]


# ---------------------------------------------------------------- one contract


def test_one_exporter_contract_for_host_and_kit() -> None:
    odd = exporter("CSV+x", (".CSV",))
    problems = exporter_problems(odd)
    assert any("name 'CSV+x'" in p for p in problems)
    assert any("extension '.CSV'" in p for p in problems)
    kit = "\n".join(conformance_problems(odd))
    assert all(p in kit for p in problems)
    host = empty_host()
    with pytest.warns(PluginWarning, match=r"name 'CSV\+x' must be a lowercase word"):
        host.register(odd)
    assert host.exporters() == {}
    assert exporter_problems(exporter("csv")) == []


# ----------------------------------------------------------------------- readers


class PdfReader(Reader):
    name = "pdf"
    suffixes = (".pdf",)
    description = "PDF articles (a stand-in)."

    def read(self, data: bytes, name: str) -> Any:
        return data.decode("latin-1")


class TxtRival(PdfReader):
    name = "rival-txt"
    suffixes = (".txt", ".text")


def reader_plugin(*readers: object) -> object:
    class Readers:
        @claimtrack.hookimpl
        def register_readers(self) -> list[Any]:
            return list(readers)

    return Readers()


def five_readers() -> object:
    class Five:
        @claimtrack.hookimpl
        def register_readers(self) -> Any:
            return 5

    return Five()


def test_hook_register_readers() -> None:
    host = empty_host()
    host.register(reader_plugin(PdfReader()), name="pdf")
    assert list(host.readers()) == [".pdf"]
    assert host.readers()[".pdf"].read(b"%PDF", "a.pdf") == "%PDF"
    (info,) = host.plugins()
    assert info.hooks == ("register_readers",) and info.readers == ("pdf",)
    with pytest.warns(PluginWarning, match=r"suffix '\.pdf' of reader 'pdf' is already read"):
        host.register(reader_plugin(PdfReader()), name="second-pdf")
    assert [i.name for i in host.plugins() if i.loaded] == ["pdf", "second-pdf"]


def test_bad_readers_are_reported_and_the_plugin_left_out() -> None:
    host = empty_host()
    host.register(reader_plugin(PdfReader()), name="pdf")
    for bad in (PdfReader, "x", 5):  # a class, not a reader, not a list
        with pytest.warns(PluginWarning, match=rf"plugin 'bad-{bad!s:.3}' \(register_readers\)"):
            host.register(
                reader_plugin(bad) if bad != 5 else five_readers(), name=f"bad-{bad!s:.3}"
            )
    assert list(host.readers()) == [".pdf"]
    assert [i.name for i in host.plugins() if i.loaded] == ["pdf"]


def test_a_suffix_belongs_to_the_first_reader() -> None:
    host = empty_host()
    host.register(reader_plugin(PdfReader(), TxtRival()), name="one")
    assert host.readers()[".txt"].name == "rival-txt"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert claimtrack.host.default.get_readers() is not None


# ---------------------------------------------------------------------- commands


def test_a_plugin_cannot_replace_a_builtin_command(tmp_path: Any) -> None:
    class Hijack:
        @claimtrack.hookimpl(tryfirst=True)
        def register_commands(self, cli: click.Group) -> None:
            @cli.command("export")
            def export() -> None:
                click.echo("hijacked")

            @cli.command("extra")
            def extra() -> None:
                click.echo("extra")

    host = PluginHost(entry_points=[], strict=False)
    host.register(Hijack(), name="hijack")
    with pytest.warns(PluginWarning, match=r"'hijack' \(conflict\): command 'export' is already"):
        cli = build_cli(host)
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0 and "--output" in result.output
    assert CliRunner().invoke(cli, ["extra"]).output == "extra\n"
    strict = PluginHost(entry_points=[], strict=True)
    strict.register(Hijack(), name="hijack")
    with pytest.raises(PluginError, match="command 'export'"):
        build_cli(strict)


def test_a_command_hook_that_raises_leaves_no_half_added_command() -> None:
    class Half:
        @claimtrack.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            @cli.command("half")
            def half() -> None: ...

            raise RuntimeError("second command broke")

    host = PluginHost(entry_points=[], strict=False)
    host.register(Half(), name="half")
    with pytest.warns(PluginWarning, match=r"'half' \(register_commands\): raised RuntimeError"):
        cli = build_cli(host)
    assert "half" not in cli.commands and "export" in cli.commands  # type: ignore[attr-defined]


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(alphabet="abcXYZ09_.-+ é", min_size=0, max_size=8),
    suffix=st.text(alphabet="abcXY09.-", min_size=0, max_size=6),
)
def test_host_and_kit_apply_the_same_rule_to_any_name_and_suffix(name: str, suffix: str) -> None:
    candidate = exporter("x", (f".{suffix}",))
    type(candidate).name = name
    problems = exporter_problems(candidate)
    valid_name = re.fullmatch(r"[a-z][a-z0-9_.-]*", name) is not None
    valid_suffix = re.fullmatch(r"[a-z0-9][a-z0-9.]*", suffix) is not None
    assert (problems == []) == (valid_name and valid_suffix)
    host = empty_host()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        host.register(exporter_plugin(candidate), name="candidate")
    assert (name in host.exporters()) == (problems == [])
    kit = "\n".join(conformance_problems(candidate, casebooks={}))
    assert all(p in kit for p in problems)
