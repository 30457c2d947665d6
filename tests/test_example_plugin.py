"""The plugin author's path, end to end.

- examples/custom_exporter.py: an exporter registered at run time, in one call;
- examples/claimtrack-markdown: a packaged plugin, really installed with pip (slow), listed by
  ``claimtrack plugins`` with its version, used by ``claimtrack export … -o brief.md``, hidden by
  ``CLAIMTRACK_LOAD_PLUGINS=''``, and passing its own tests (which use claimtrack.host.testing);
- one ``test_hook_<name>`` per hook in claimtrack.host.hookspecs (tests/test_docs.py checks
  that they exist).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import click
import pytest
from click.testing import CliRunner

import claimtrack
from claimtrack.cli.main import build_cli
from claimtrack.host.default import use_host
from claimtrack.host.registry import PluginHost
from claimtrack.host.testing import check_exporter, hostile_casebook, run_exporter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "claimtrack-markdown"
SCRIPT = ROOT / "examples" / "custom_exporter.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("custom_exporter", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _small_casebook() -> claimtrack.Casebook:
    text = "Lukashenka said the CSTO must become “serious”. Critics said =1+2 is a formula."
    book = claimtrack.Casebook([claimtrack.Article(id="a1", text=text)], title="Small case")
    claim = book.add_claim("Belarus wants a stronger CSTO.", id="stronger")
    book.add_evidence(
        claim.id, article="a1", quote="the CSTO must become “serious”", stance="supports",
        speaker="Lukashenka",
    )  # fmt: skip
    book.add_evidence(claim.id, article="a1", quote="=1+2 is a formula", stance="neutral")
    return book


# ------------------------------------------------------------ the run-time exporter


def test_custom_exporter_script_writes_csv(tmp_path: Path) -> None:
    out = tmp_path / "evidence.csv"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "-o", str(out), "--option", "delimiter=;"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote 2 evidence rows" in result.stdout
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["evidence", "claim", "statement", "stance"]
    assert [r[3] for r in rows[1:]] == ["supports", "refutes"]
    assert rows[1][4] == "the CSTO needs to become “serious”"


def test_custom_exporter_is_registered_in_one_call_and_picked_by_suffix(tmp_path: Path) -> None:
    script = _load_script()
    with use_host(PluginHost(entry_points=[], builtin_plugins=False)) as host:
        name = claimtrack.register_plugin(script.EvidenceCsvExporter())
        assert name == "exporter:csv"
        assert list(host.exporters()) == ["csv"]
        path = claimtrack.export(_small_casebook(), tmp_path / "ev.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[2][4] == "'=1+2 is a formula"  # made inert for spreadsheets


def test_custom_exporter_conforms() -> None:
    script = _load_script()
    check_exporter(
        script.EvidenceCsvExporter(),
        option_variants=[script.CsvOptions(delimiter=";"), script.CsvOptions(excel_safe=False)],
    )
    raw = run_exporter(script.EvidenceCsvExporter(), hostile_casebook()).output.decode("utf-8-sig")
    cells = [cell for row in csv.reader(raw.splitlines()) for cell in row]
    assert not any(c.startswith(script.FORMULA_START) for c in cells)


# --------------------------------------------------- one test per hook (datasette style)


def _markdown_module() -> ModuleType:
    """The example plugin's package, imported from the source tree (no install needed)."""
    sys.path.insert(0, str(EXAMPLE))
    try:
        import claimtrack_markdown
    finally:
        sys.path.remove(str(EXAMPLE))
    return claimtrack_markdown


def test_hook_register_exporters() -> None:
    host = PluginHost(entry_points=[], builtin_plugins=False)
    host.register(_markdown_module(), name="markdown")
    exporter = host.exporter_for(path="brief.md")
    assert exporter.name == "markdown"
    text = host.export_bytes(_small_casebook(), "markdown", heading_level="2").decode()
    assert text.startswith("## Small case\n")
    (info,) = host.plugins()
    assert info.hooks == ("register_exporters",) and info.exporters == ("markdown",)


def test_hook_register_commands() -> None:
    class Greeter:
        @claimtrack.hookimpl
        def register_commands(self, cli: click.Group) -> None:
            @cli.command()
            @click.argument("name")
            def greet(name: str) -> None:
                """Say hello."""
                click.echo(f"hello {name}")

    host = PluginHost(entry_points=[], builtin_plugins=False)
    host.register(Greeter(), name="greeter")
    result = CliRunner().invoke(build_cli(host), ["greet", "analyst"])
    assert result.exit_code == 0, result.output
    assert result.output == "hello analyst\n"


def test_hook_detect_contradictions() -> None:
    class SameClaimDetector:
        @claimtrack.hookimpl
        def detect_contradictions(
            self, casebook: claimtrack.Casebook
        ) -> list[claimtrack.Contradiction]:
            ids = list(casebook.evidence)
            return [
                claimtrack.Contradiction(
                    id="x-demo", level="evidence", left=ids[0], right=ids[1],
                    detected_by="demo", reasons=("same claim, different stance",),
                )
            ]  # fmt: skip

    host = PluginHost(entry_points=[], builtin_plugins=False)
    host.register(SameClaimDetector(), name="demo")
    book = _small_casebook()
    (found,) = host.detect_contradictions(book)
    assert found.status is claimtrack.model.ContradictionStatus.CANDIDATE
    assert found.detected_by == "demo"
    assert not book.contradictions  # proposals only; the analyst adds them


# ------------------------------------------------------- the packaged plugin, installed


def _can_build_offline() -> bool:
    """Whether setuptools in this venv can build a wheel without fetching anything.

    setuptools < 70.1 needs the separate ``wheel`` package for that; otherwise pip's default
    build isolation fetches a current setuptools from the package index.
    """
    try:
        import setuptools
    except ImportError:  # Python 3.12+ venvs come without setuptools
        return False
    major, minor = (int(p) for p in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The example plugin pip-installed into a private directory put on PYTHONPATH.

    A --target directory instead of the shared .venv: tests running at the same time must not
    see a plugin appear and disappear, and nothing needs uninstalling afterwards. pip builds from
    a copy so no build/ or *.egg-info lands in the source tree.
    """
    base = tmp_path_factory.mktemp("markdown-plugin")
    source, site = base / "src", base / "site"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site)]
    if _can_build_offline():
        pip.append("--no-build-isolation")
    result = subprocess.run([*pip, str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    work = base / "work"
    work.mkdir()
    claimtrack.export(_small_casebook(), work / "case.json")
    cli = [sys.executable, "-c", "from claimtrack.cli.main import main; main()"]
    yield {"env": env, "cli": cli, "work": work, "source": source}


@pytest.mark.slow
def test_installed_plugin_is_listed_with_its_version(installed: dict[str, Any]) -> None:
    result = _run([*installed["cli"], "plugins"], installed["env"], installed["work"])
    assert result.returncode == 0, result.stderr
    (info,) = [p for p in json.loads(result.stdout) if p["name"] == "markdown"]
    assert info["distribution"] == "claimtrack-markdown"
    assert info["version"] == "0.1.0"
    assert info["exporters"] == ["markdown"] and info["failures"] == []
    formats = _run([*installed["cli"], "formats"], installed["env"], installed["work"])
    assert "markdown" in formats.stdout and ".md" in formats.stdout


@pytest.mark.slow
def test_installed_plugin_exports_a_brief(installed: dict[str, Any]) -> None:
    work = installed["work"]
    args = [*installed["cli"], "export", "case.json", "-o", "brief.md", "-O", "heading_level=2"]
    result = _run(args, {**installed["env"], "CLAIMTRACK_STRICT_PLUGINS": "1"}, work)
    assert result.returncode == 0, result.stderr
    brief = (work / "brief.md").read_text(encoding="utf-8")
    assert brief.startswith("## Small case\n")
    assert "> the CSTO must become “serious”" in brief
    assert "> — Lukashenka" in brief


@pytest.mark.slow
def test_load_plugins_env_hides_or_selects_the_plugin(installed: dict[str, Any]) -> None:
    env, work, cli = installed["env"], installed["work"], installed["cli"]
    hidden = {**env, "CLAIMTRACK_LOAD_PLUGINS": ""}
    listed = _run([*cli, "plugins"], hidden, work)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    formats = _run([*cli, "formats"], hidden, work).stdout
    assert "markdown" not in formats and "xlsx" in formats  # built-ins stay
    refused = _run([*cli, "export", "case.json", "-o", "hidden.md"], hidden, work)
    assert refused.returncode == 1 and "error:" in refused.stderr
    assert not (work / "hidden.md").exists()
    chosen = _run(
        [*cli, "plugins"], {**env, "CLAIMTRACK_LOAD_PLUGINS": "claimtrack-markdown"}, work
    )
    assert [p["name"] for p in json.loads(chosen.stdout)] == ["markdown"]


@pytest.mark.slow
def test_example_plugin_passes_its_own_tests(installed: dict[str, Any]) -> None:
    tests = installed["source"] / "tests"
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)]
    result = _run(args, installed["env"], installed["source"])
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
