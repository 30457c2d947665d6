"""The ``claimtrack`` command line, through click's CliRunner and once as the installed script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimtrack
from claimtrack import Article, Casebook
from claimtrack.cli.main import build_cli
from claimtrack.host import PluginHost


@pytest.fixture(scope="module")
def cli():  # type: ignore[no-untyped-def]
    """The CLI over the real entry points (json, xlsx, docx built-ins)."""
    return build_cli(PluginHost(strict=True))


@pytest.fixture
def casebook(tmp_path: Path) -> Path:
    book = Casebook([Article(id="a", text="The minister said the alliance is “one whole”.")])
    book.add_claim("The alliance is united.", id="united")
    book.add_evidence("united", article="a", quote="the alliance is “one whole”", stance="supports")
    path = tmp_path / "case.json"
    claimtrack.export(book, path)
    return path


def run(cli, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    result = run(cli, "--version")
    assert result.exit_code == 0 and claimtrack.__version__ in result.output


def test_check_ok_and_bad(cli, casebook: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(cli, "check", str(casebook))
    assert result.exit_code == 0
    assert "ok (1 article, 1 claim, 1 piece of evidence, 0 contradictions" in result.stdout
    text = casebook.read_text(encoding="utf-8").replace('"supports"', '"sup"')
    casebook.write_text(text, encoding="utf-8")
    result = run(cli, "check", str(casebook))
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {casebook}: $.evidence[0].stance: 'sup' is not a valid stance")


def test_export_by_suffix_and_with_options(cli, casebook: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "copy.json"
    result = run(cli, "export", str(casebook), "-o", str(out), "-O", "include_raw=false")
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr
    assert claimtrack.load(out) == claimtrack.load(casebook)  # raw == text here
    result = run(cli, "export", str(casebook), "-o", "-", "--format", "json")
    assert result.stdout_bytes == casebook.read_bytes()


def test_export_errors_are_one_line(cli, casebook: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (["-o", str(tmp_path / "x.xlsz")], "did you mean '.xlsx'"),
        (["-o", str(tmp_path / "x.bin"), "--format", "jsn"], "did you mean 'json'"),
        (["-o", str(tmp_path / "x.json"), "-O", "inclde_raw=0"], "did you mean 'include_raw'"),
        (["-o", str(casebook)], "refusing to overwrite"),
    ]
    for extra, words in cases:
        result = run(cli, "export", str(casebook), *extra)
        assert result.exit_code == 1, extra
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], lines
    result = run(cli, "export", str(casebook), "-o", str(tmp_path / "y.json"), "-O", "novalue")
    assert result.exit_code == 2 and "is not KEY=VALUE" in result.stderr


def test_missing_file_and_traceback(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(cli, "check", str(tmp_path / "nope.json"))
    assert result.exit_code == 1 and "cannot read the file" in result.stderr
    assert "Traceback" not in result.stderr
    result = run(cli, "--traceback", "check", str(tmp_path / "nope.json"))
    assert result.exit_code == 1 and "Traceback (most recent call last)" in result.stderr


def test_plugins_lists_the_builtins_registered_in_code(cli) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(run(cli, "plugins", "--all").stdout)
    [entry] = [p for p in listed if p["name"] == "json"]
    assert entry["source"] == "builtin"
    assert entry["entry_point"] is None and entry["exporters"] == ["json"]
    assert entry["builtin"] is True and entry["version"] == claimtrack.__version__
    assert entry["hooks"] == ["register_exporters"] and entry["failures"] == []
    assert json.loads(run(cli, "plugins").stdout) == [p for p in listed if not p["builtin"]]
    builtin = {p["name"]: p["hooks"] for p in listed if p["builtin"]}
    assert builtin["commands"] == builtin["reading-commands"] == ["register_commands"]
    assert builtin["readers"] == ["register_readers"]
    assert builtin["contradictions"] == ["detect_contradictions"]


def test_plugins_shows_failures() -> None:
    from importlib.metadata import EntryPoint

    ep = EntryPoint(name="ghost", value="ct_test_no_such_module", group="claimtrack")
    with pytest.warns(claimtrack.host.PluginWarning, match="ghost"):
        cli = build_cli(PluginHost(entry_points=[ep], strict=False))
    result = CliRunner().invoke(cli, ["plugins"])
    [ghost] = json.loads(result.stdout)
    assert ghost["loaded"] is False and ghost["failures"][0]["stage"] == "import"


def test_formats(cli) -> None:  # type: ignore[no-untyped-def]
    text = run(cli, "formats").stdout
    assert "json" in text and "-O include_raw=" in text
    rows = {r["name"]: r for r in json.loads(run(cli, "formats", "--json").stdout)}
    assert {"json", "xlsx", "docx"} <= set(rows)
    assert rows["json"]["options"] == [{"name": "include_raw", "type": "bool", "default": True}]


def test_installed_script_runs(casebook: Path) -> None:
    script = Path(sys.executable).parent / "claimtrack"
    exe = str(script) if script.exists() else shutil.which("claimtrack")
    assert exe, "the claimtrack script is not installed"
    done = subprocess.run(
        [exe, "plugins", "--all"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    listed = {p["name"]: p for p in json.loads(done.stdout)}
    assert listed["json"]["builtin"] and listed["json"]["exporters"] == ["json"]
    done = subprocess.run(
        [exe, "check", str(casebook)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0 and "every quote verified" in done.stdout


def test_strict_mode_with_a_broken_plugin_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import EntryPoint

    from claimtrack.cli import main as cli_module

    ep = EntryPoint(name="ghost", value="ct_test_no_such_module", group="claimtrack")
    monkeypatch.setattr(
        cli_module, "build_cli", lambda: build_cli(PluginHost(entry_points=[ep], strict=True))
    )
    with pytest.raises(SystemExit) as info:
        cli_module.main(["formats"])
    assert info.value.code == 1
