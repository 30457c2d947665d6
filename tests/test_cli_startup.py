"""The lazily built ``claimtrack`` group says and does what the eagerly built one does.

``claimtrack`` without a third-party plugin lists its built-in commands from a table
(:mod:`claimtrack.cli.lazy`) and imports a command when it is used; with a plugin declared, the
group is built through the hooks as before. tests/test_imports.py checks what each path loads;
benchmarks/bench_startup.py times it (never a test).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from claimtrack.cli import lazy
from claimtrack.cli import main as cli_main
from claimtrack.host import PluginHost, hookspecs, use_host
from claimtrack.host.discovery import ENTRY_POINT_GROUP, may_declare_plugins


def _eager() -> click.Group:
    return cli_main.build_cli(PluginHost(entry_points=[]))


def _lazy(monkeypatch: pytest.MonkeyPatch) -> click.Group:
    monkeypatch.setattr(cli_main, "_plugins_may_add_commands", lambda: False)
    cli = cli_main.build_cli()
    assert cli.commands == {}  # nothing imported to build it
    return cli


def test_the_table_lists_what_the_registration_hooks_add() -> None:
    commands = _eager().commands
    assert set(lazy.BUILTIN_COMMANDS) == set(commands)
    for name, spec in lazy.BUILTIN_COMMANDS.items():
        module = sys.modules[spec.module]
        assert getattr(module, spec.attribute) is commands[name], name
        first_paragraph = " ".join((commands[name].help or "").split("\n\n")[0].split())
        assert spec.summary == first_paragraph, (
            f"claimtrack/cli/lazy.py: the summary of {name!r} must be its help's first paragraph"
        )


@pytest.mark.parametrize("width", [50, 80, 120])
def test_help_is_unchanged(monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    runner = CliRunner()
    eager = runner.invoke(_eager(), ["--help"], prog_name="claimtrack", terminal_width=width)
    lazily = runner.invoke(
        _lazy(monkeypatch), ["--help"], prog_name="claimtrack", terminal_width=width
    )
    assert eager.exit_code == lazily.exit_code == 0
    assert lazily.output == eager.output
    assert "  export " in lazily.output


@pytest.mark.parametrize("name", sorted(lazy.BUILTIN_COMMANDS))
def test_each_commands_help_is_unchanged(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    runner = CliRunner()
    eager = runner.invoke(_eager(), [name, "--help"], prog_name="claimtrack")
    lazily = runner.invoke(_lazy(monkeypatch), [name, "-h"], prog_name="claimtrack")
    assert eager.exit_code == lazily.exit_code == 0
    assert lazily.output == eager.output
    assert lazily.output.startswith(f"Usage: claimtrack {name} ")


def test_a_lazy_command_runs_and_the_builtin_plugins_are_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cli = _lazy(monkeypatch)
    with use_host(PluginHost(entry_points=[])):  # the process-wide host, for this test
        result = CliRunner().invoke(cli, ["plugins", "--all"])
    assert result.exit_code == 0, result.output
    listed = {p["name"]: p["hooks"] for p in json.loads(result.stdout)}
    for name, _module in lazy.BUILTIN_COMMAND_PLUGINS:
        assert listed[name] == ["register_commands"]
    assert listed["json"] == ["register_exporters"]


def test_an_unknown_command_is_still_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    eager = CliRunner().invoke(_eager(), ["exprot"], prog_name="claimtrack")
    result = CliRunner().invoke(_lazy(monkeypatch), ["exprot"], prog_name="claimtrack")
    assert result.exit_code == eager.exit_code == 2
    assert "No such command 'exprot'" in result.output
    assert result.output == eager.output  # with click's "Did you mean 'export'?" where it has one


# ------------------------------------------------------- the script, with a plugin declared

PLUGIN = '''
import click
import claimtrack


@claimtrack.hookimpl
def register_commands(cli):
    @cli.command("wave")
    def wave():
        """Wave from a plugin's command."""
        click.echo("wave!")
'''


def _declare(site: Path, group: str = ENTRY_POINT_GROUP) -> None:
    """A distribution in ``site`` declaring ``ct_wave`` in the entry-point ``group``."""
    (site / "ct_wave.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "ct_wave-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: ct-wave\nVersion: 1.0\n")
    declared = f"[console_scripts]\nclaimtrack = x:y\n\n[{group}]\nwave = ct_wave\n"
    (info / "entry_points.txt").write_text(declared)


def _script(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env["COLUMNS"] = "80"
    code = "from claimtrack.cli.main import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=env, cwd=site, check=False, timeout=120,
    )  # fmt: skip


def test_the_script_without_plugins_prints_the_eager_help(tmp_path: Path) -> None:
    done = _script(tmp_path, "--help")
    assert done.returncode == 0, done.stderr
    # click lays help out 2 columns narrower than the terminal (COLUMNS=80).
    eager = CliRunner().invoke(_eager(), ["--help"], prog_name="claimtrack", terminal_width=78)
    assert done.stdout == eager.output


def test_a_plugins_command_is_in_the_help_and_runs(tmp_path: Path) -> None:
    _declare(tmp_path)
    helped = _script(tmp_path, "--help")
    assert helped.returncode == 0, helped.stderr
    assert "  wave     Wave from a plugin's command." in helped.stdout
    assert "  export " in helped.stdout
    waved = _script(tmp_path, "wave")
    assert (waved.returncode, waved.stdout) == (0, "wave!\n"), waved.stderr
    [listed] = json.loads(_script(tmp_path, "plugins").stdout)
    assert listed["name"] == "wave" and listed["hooks"] == ["register_commands"]


# ------------------------------------------------------------------ cheap discovery


def test_the_discovery_group_is_the_hook_project() -> None:
    assert ENTRY_POINT_GROUP == hookspecs.PROJECT_NAME


def test_discovery_finds_a_declared_group_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path)])
    assert may_declare_plugins() is False  # an empty directory, a missing one
    _declare(tmp_path, group="other_tool")
    assert may_declare_plugins() is False  # a console script named "claimtrack" is no plugin
    assert may_declare_plugins("other_tool") is True
    (tmp_path / "ct_wave-1.0.dist-info" / "entry_points.txt").write_text(" [claimtrack] \nw = m\n")
    assert may_declare_plugins() is True
    # Each answer is importlib.metadata's own on the same sys.path.
    from importlib.metadata import entry_points

    assert [ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)] == ["w"]


def test_discovery_reads_egg_info_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import entry_points

    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    info = tmp_path / "ct_old.egg-info"
    info.mkdir()
    (info / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: ct-old\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[claimtrack]\nold = ct_old\n")
    assert may_declare_plugins() is True
    assert [ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)] == ["old"]


def test_discovery_agrees_with_importlib_metadata() -> None:
    from importlib.metadata import entry_points

    # On this interpreter's real sys.path: never "no" where importlib.metadata finds some.
    for group in (ENTRY_POINT_GROUP, "console_scripts", "pytest11"):
        if entry_points(group=group):
            assert may_declare_plugins(group) is True, group
    assert entry_points(group="console_scripts")  # the control: the loop checked something
    assert may_declare_plugins("ct-no-such-group") is False


def test_discovery_cannot_look_into_a_zip_so_says_maybe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("nothing.txt", "")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert may_declare_plugins() is True


def test_a_host_made_before_main_keeps_its_runtime_plugins_commands() -> None:
    class Wave:
        @hookspecs.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            cli.add_command(click.Command("wave", callback=lambda: click.echo("wave!")))

    host = PluginHost(entry_points=[])
    host.register(Wave(), name="wave")
    with use_host(host):  # as after claimtrack.register_plugin(Wave()) in a script
        cli = cli_main.build_cli()
    assert CliRunner().invoke(cli, ["wave"]).output == "wave!\n"
