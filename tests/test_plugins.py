"""The plugin host: throwaway plugins on a fresh host per test; broken plugins, conflicts."""

from __future__ import annotations

import sys
import warnings
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import click
import pytest

import claimtrack
from claimtrack import Casebook, Contradiction
from claimtrack.errors import PluginError
from claimtrack.host import PluginHost, PluginWarning
from claimtrack.host.default import use_host


@attrs.frozen
class TxtOptions:
    shout: bool = False


def make_exporter(
    name: str = "txt", extensions: tuple[str, ...] = (".txt",)
) -> claimtrack.Exporter:
    """A throwaway exporter writing the casebook title."""

    class TxtExporter(claimtrack.Exporter):
        description = "The casebook title."
        Options = TxtOptions

        def write(self, casebook: Casebook, stream: BinaryIO, options: Any) -> None:
            title = casebook.title.upper() if options.shout else casebook.title
            stream.write(f"{self.name}:{title}".encode())

    TxtExporter.name = name
    TxtExporter.extensions = extensions
    return TxtExporter()


def exporter_plugin(*exporters: claimtrack.Exporter) -> object:
    class Plugin:
        @claimtrack.hookimpl
        def register_exporters(self) -> list[claimtrack.Exporter]:
            return list(exporters)

    return Plugin()


@pytest.fixture
def host() -> PluginHost:
    """An empty host: no built-ins, no entry points, warnings (not errors) for plugin problems."""
    return PluginHost(entry_points=[], strict=False, load_plugins=None, builtin_plugins=False)


@pytest.fixture
def plugin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory on sys.path for throwaway plugin modules; they are forgotten afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("ct_test_"):
            del sys.modules[name]


def module_plugin(directory: Path, name: str, body: str) -> EntryPoint:
    (directory / f"{name}.py").write_text("import claimtrack\n" + body, encoding="utf-8")
    return EntryPoint(name=name.removeprefix("ct_test_"), value=name, group="claimtrack")


GOOD_MODULE = """
from attrs import frozen

class Md(claimtrack.Exporter):
    name = "md"
    extensions = (".md",)
    description = "The title as a heading."
    def write(self, casebook, stream, options):
        stream.write(b"# " + casebook.title.encode())

@claimtrack.hookimpl
def register_exporters():
    return [Md()]
"""


# ------------------------------------------------------------------ registration


def test_runtime_registration_is_one_call(host: PluginHost) -> None:
    name = host.register(exporter_plugin(make_exporter()), name="mine")
    assert name == "mine"
    assert list(host.exporters()) == ["txt"]
    book = Casebook(title="Case")
    assert host.export_bytes(book, "txt") == b"txt:Case"
    assert host.export_bytes(book, "txt", shout="yes") == b"txt:CASE"
    [info] = host.plugins()
    assert (info.name, info.source, info.hooks, info.exporters) == (
        "mine",
        "runtime",
        ("register_exporters",),
        ("txt",),
    )


def test_module_level_register_plugin_uses_the_default_host(host: PluginHost) -> None:
    with use_host(host):
        claimtrack.register_plugin(exporter_plugin(make_exporter("csvish", (".csvish",))))
        assert claimtrack.export_bytes(Casebook(title="T"), "csvish") == b"csvish:T"
    assert "csvish" not in PluginHost(entry_points=[]).exporters()


def test_same_name_twice_is_an_error(host: PluginHost) -> None:
    host.register(exporter_plugin(make_exporter()), name="one")
    with pytest.raises(PluginError, match="already registered"):
        host.register(exporter_plugin(make_exporter("other", (".o",))), name="one")


def test_hook_with_wrong_arguments_is_refused(host: PluginHost) -> None:
    class Bad:
        @claimtrack.hookimpl
        def register_commands(self, cli: click.Group, extra: int) -> None: ...

    with pytest.raises(PluginError, match="'bad' cannot be registered"):
        host.register(Bad(), name="bad")
    assert host.plugins() == []


def test_unregister_brings_back_a_shadowed_exporter(host: PluginHost) -> None:
    host.register(exporter_plugin(make_exporter("txt", (".txt",))), name="first")
    second = make_exporter("txt", (".text",))
    with pytest.warns(PluginWarning, match="'txt' is already provided by plugin 'first'"):
        host.register(exporter_plugin(second), name="second")
    host.unregister("first")
    assert host.exporters()["txt"] is second


# ------------------------------------------------------------ broken plugins


def test_plugin_that_fails_to_import_is_reported_and_others_work(
    host: PluginHost, plugin_dir: Path
) -> None:
    broken = module_plugin(plugin_dir, "ct_test_broken", "raise RuntimeError('boom at import')\n")
    good = module_plugin(plugin_dir, "ct_test_good", GOOD_MODULE)
    host = PluginHost(entry_points=[broken, good], strict=False, builtin_plugins=False)
    with pytest.warns(PluginWarning, match=r"plugin 'broken' \(import\).*boom at import"):
        assert list(host.exporters()) == ["md"]
    infos = {i.name: i for i in host.plugins()}
    assert infos["broken"].loaded is False
    assert infos["broken"].failures[0].stage == "import"
    assert infos["good"].loaded and infos["good"].source == "entry point"
    assert infos["good"].entry_point == "good = ct_test_good"
    assert infos["broken"].to_dict()["failures"][0]["message"].startswith("cannot import")


def test_missing_module_is_reported_by_name(host: PluginHost) -> None:
    ep = EntryPoint(name="ghost", value="ct_test_no_such_module", group="claimtrack")
    host = PluginHost(entry_points=[ep], strict=False, builtin_plugins=False)
    with pytest.warns(PluginWarning, match="plugin 'ghost'.*ModuleNotFoundError"):
        host.load()


def test_hook_that_raises_is_reported_and_others_work(host: PluginHost) -> None:
    class Raising:
        @claimtrack.hookimpl
        def register_exporters(self) -> list[claimtrack.Exporter]:
            raise ValueError("no exporters today")

    host.register(exporter_plugin(make_exporter()), name="good")
    with pytest.warns(PluginWarning, match=r"'raising' \(register_exporters\).*no exporters today"):
        host.register(Raising(), name="raising")
    assert list(host.exporters()) == ["txt"]
    [failure] = host.failures()
    assert (failure.plugin, failure.stage) == ("raising", "register_exporters")


@pytest.mark.parametrize(
    ("returned", "words"),
    [
        (lambda: [make_exporter().__class__], "return an instance"),
        (lambda: [object()], "not a claimtrack.Exporter"),
        (lambda: [make_exporter("txt", ".txt")], "extensions '.txt' must be a tuple"),
        (lambda: [make_exporter("has space", (".x",))], "name 'has space' must be a lowercase"),
    ],
)
def test_bad_exporter_objects_are_reported(host: PluginHost, returned, words: str) -> None:  # type: ignore[no-untyped-def]
    class Odd:
        @claimtrack.hookimpl
        def register_exporters(self) -> list[Any]:
            return returned()

    with pytest.warns(PluginWarning, match=words):
        host.register(Odd(), name="odd")
    assert host.exporters() == {}


def test_misspelt_hook_gets_a_suggestion(host: PluginHost) -> None:
    class Typo:
        @claimtrack.hookimpl
        def register_exporter(self) -> list[claimtrack.Exporter]:
            return [make_exporter()]

    with pytest.warns(PluginWarning, match="did you mean 'register_exporters'"):
        host.register(Typo(), name="typo")
    [info] = host.plugins()
    assert info.failures[0].stage == "unknown hook"
    assert info.hooks == ("register_exporter",)
    assert host.exporters() == {}


def test_optional_hook_is_not_flagged(host: PluginHost) -> None:
    class Future:
        @claimtrack.hookimpl(optionalhook=True)
        def register_themes(self) -> list[str]:
            return []

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        host.register(Future(), name="future")


# ------------------------------------------------------------------- conflicts


def test_extension_conflict_is_reported_and_first_keeps_the_suffix(host: PluginHost) -> None:
    host.register(exporter_plugin(make_exporter("txt", (".txt",))), name="a")
    with pytest.warns(PluginWarning, match=r"extension '.txt' .* already claimed by format 'txt'"):
        host.register(exporter_plugin(make_exporter("plain", (".txt",))), name="b")
    assert host.exporter_for(path="x.txt").name == "txt"
    assert host.exporter_for("plain").name == "plain"
    assert [f.stage for f in host.failures()] == ["conflict"]


def test_builtins_win_over_third_party_claims(plugin_dir: Path) -> None:
    rival = module_plugin(
        plugin_dir,
        "ct_test_rival",
        "from claimtrack_json import JsonExporter\n"
        "class Rival(JsonExporter):\n    description = 'rival'\n"
        "@claimtrack.hookimpl\ndef register_exporters():\n    return [Rival()]\n",
    )
    host = PluginHost(entry_points=[rival], strict=False)
    with pytest.warns(PluginWarning, match="'json' is already provided by plugin 'json'"):
        assert host.exporters()["json"].description != "rival"


# ------------------------------------------------------------ strict and env


def test_strict_mode_raises_instead_of_warning(host: PluginHost) -> None:
    strict = PluginHost(entry_points=[], strict=True, builtin_plugins=False)

    class Typo:
        @claimtrack.hookimpl
        def register_exporterz(self) -> list[Any]:
            return []

    with pytest.raises(PluginError, match="did you mean 'register_exporters'"):
        strict.register(Typo(), name="typo")


def test_strict_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMTRACK_STRICT_PLUGINS", "1")
    ep = EntryPoint(name="ghost", value="ct_test_no_such_module", group="claimtrack")
    with pytest.raises(PluginError, match="plugin 'ghost' \\(import\\)"):
        PluginHost(entry_points=[ep]).load()


def test_builtins_are_registered_in_code_not_through_entry_points() -> None:
    from importlib.metadata import entry_points

    assert list(entry_points(group="claimtrack")) == []  # claimtrack declares none of its own
    host = PluginHost(entry_points=[])
    infos = {i.name: i for i in host.plugins()}
    for name in ("json", "xlsx", "docx"):
        assert infos[name].builtin and infos[name].source == "builtin", name
        assert infos[name].distribution == "claimtrack" and infos[name].entry_point is None
        assert infos[name].exporters == (name,)
        assert name in host.exporters()
    assert infos["contradictions"].hooks == ("detect_contradictions",)
    assert infos["readers"].hooks == ("register_readers",)
    assert host.plugins(include_builtin=False) == [i for i in host.plugins() if not i.builtin]
    assert PluginHost(entry_points=[], builtin_plugins=False).plugins() == []


def test_empty_load_plugins_keeps_builtins_only(
    monkeypatch: pytest.MonkeyPatch, plugin_dir: Path
) -> None:
    third = module_plugin(plugin_dir, "ct_test_good", GOOD_MODULE)
    monkeypatch.setenv("CLAIMTRACK_LOAD_PLUGINS", "")
    host = PluginHost(entry_points=[third])
    assert {"json", "xlsx", "docx"} <= set(host.exporters())
    assert "md" not in host.exporters()
    assert "good" not in {i.name for i in host.plugins()}


def test_load_plugins_list_selects_third_party_plugins(
    monkeypatch: pytest.MonkeyPatch, plugin_dir: Path
) -> None:
    wanted = module_plugin(plugin_dir, "ct_test_good", GOOD_MODULE)
    other = module_plugin(plugin_dir, "ct_test_broken", "raise RuntimeError('never imported')\n")
    monkeypatch.setenv("CLAIMTRACK_LOAD_PLUGINS", "good, somethingelse")
    host = PluginHost(entry_points=[wanted, other])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert list(host.exporters()) == ["md", "docx", "xlsx", "json"]
    assert [i.name for i in host.plugins(include_builtin=False)] == ["good"]
    assert set(PluginHost(entry_points=[wanted, other], load_plugins=()).exporters()) == {
        "json",
        "xlsx",
        "docx",
    }


# ------------------------------------------------------ the other two hooks


def test_register_commands_adds_cli_commands(host: PluginHost) -> None:
    from click.testing import CliRunner

    from claimtrack.cli.main import build_cli

    class Hello:
        @claimtrack.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            @cli.command()
            def hello() -> None:
                """Say hello."""
                click.echo("hello from a plugin")

    class Broken:
        @claimtrack.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            raise RuntimeError("no commands")

    host.register(Hello(), name="hello")
    host.register(Broken(), name="broken")
    with pytest.warns(PluginWarning, match="'broken' \\(register_commands\\)"):
        cli = build_cli(host)
    result = CliRunner().invoke(cli, ["hello"])
    assert result.exit_code == 0 and result.output == "hello from a plugin\n"


def test_detect_contradictions_collects_candidates_and_reports_bad_detectors(
    host: PluginHost,
) -> None:
    book = Casebook()
    book.add_claim("A is true.", id="a")
    book.add_claim("A is false.", id="b")

    def candidate(status: str) -> Contradiction:
        return Contradiction(
            id=f"x-{status}",
            level="claims",
            left="a",
            right="b",
            status=status,
            detected_by="test",
            reasons=("negation",),
        )

    class Good:
        @claimtrack.hookimpl
        def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
            return [candidate("candidate")]

    class Overreaching:
        @claimtrack.hookimpl
        def detect_contradictions(self, casebook: Casebook) -> list[Any]:
            return [candidate("confirmed"), "not a contradiction"]

    class Crashing:
        @claimtrack.hookimpl
        def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
            raise KeyError("oops")

    for plugin, name in ((Good(), "good"), (Overreaching(), "over"), (Crashing(), "crash")):
        host.register(plugin, name=name)
    with pytest.warns(PluginWarning) as caught:
        found = host.detect_contradictions(book)
    assert [x.id for x in found] == ["x-candidate"]
    messages = " | ".join(str(w.message) for w in caught)
    assert "candidates only" in messages and "not a claimtrack.Contradiction" in messages
    assert "'crash' (detect_contradictions): raised KeyError" in messages
    assert book.contradictions == {}
