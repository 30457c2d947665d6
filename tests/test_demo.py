"""The worked example as package data: ``claimtrack.demo``, ``claimtrack demo`` and the wheel."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimtrack
from claimtrack.cli.main import build_cli
from claimtrack.demo import OUTPUTS, build_casebook, seeds_dir, write_demo
from claimtrack.host import PluginHost

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_seeds_dir_holds_the_five_seeds_byte_for_byte() -> None:
    found = sorted(seeds_dir().glob("*.txt"))
    assert [p.name for p in found] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(digest(p) == digest(SEEDS / p.name) for p in found)


def test_demo_casebook_is_the_example_scripts(tmp_path: Path) -> None:
    script = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "belarus_csto.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    assert "Wrote:" in script.stdout
    assert (tmp_path / "casebook.json").read_bytes() == claimtrack.export_bytes(
        build_casebook(), "json"
    )


def test_cli_demo_writes_outputs_and_copies_seeds(tmp_path: Path) -> None:
    out = tmp_path / "case"
    (out / "seeds").mkdir(parents=True)
    mine = out / "seeds" / "000_d0c8f9d331184de7.txt"
    mine.write_text("my own edited copy", encoding="utf-8")
    cli = build_cli(PluginHost(entry_points=[]))
    result = CliRunner().invoke(cli, ["demo", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "copied 4 seed articles" in result.stderr
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0 and f"wrote {out / name}" in result.stderr
    assert mine.read_text(encoding="utf-8") == "my own edited copy"  # never overwritten
    assert digest(out / "seeds" / "004_f46860e36b9eb31f.txt") == digest(
        SEEDS / "004_f46860e36b9eb31f.txt"
    )
    book = claimtrack.load(out / "casebook.json")
    assert len(book.claims) == 5 and len(book.evidence) == 40
    assert "Belarus and the CSTO" in CliRunner().invoke(cli, ["demo", str(tmp_path / "x")]).stdout


def test_write_demo_without_seed_copy(tmp_path: Path) -> None:
    book, written = write_demo(tmp_path, copy_seeds=False)
    assert [p.name for p in written] == list(OUTPUTS)
    assert not (tmp_path / "seeds").exists()
    assert book == claimtrack.load(tmp_path / "casebook.json")


def test_demo_help() -> None:
    result = CliRunner().invoke(build_cli(PluginHost(entry_points=[])), ["demo", "--help"])
    assert result.exit_code == 0 and "OUT_DIR/brief.docx" in result.output


def test_wheel_ships_the_seeds_and_the_demo(tmp_path: Path) -> None:
    # Installs nothing: builds the wheel (no network: the installed hatchling) and lists it.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("claimtrack-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        seeds = {n for n in names if n.startswith("claimtrack/demo/seeds/")}
        assert {n.rsplit("/", 1)[1] for n in seeds} == {p.name for p in SEEDS.glob("*.txt")}
        for name in seeds:
            assert z.read(name) == (SEEDS / name.rsplit("/", 1)[1]).read_bytes()
    for module in (
        "claimtrack/demo/__init__.py",
        "claimtrack/cli/demo.py",
        "claimtrack/serialization/casebook.schema.json",
        "claimtrack/reading/title_model.json",  # the title model's weights: read at run time
        "claimtrack/py.typed",
    ):
        assert module in names, module  # fmt: skip
    assert not any(n.startswith(("seeds/", "tests/", "examples/")) for n in names)


@pytest.mark.parametrize("missing", ["000_d0c8f9d331184de7.txt"])
def test_missing_seed_is_a_clear_error(tmp_path: Path, missing: str) -> None:
    for path in SEEDS.glob("*.txt"):
        if path.name != missing:
            (tmp_path / path.name).write_bytes(path.read_bytes())
    with pytest.raises(claimtrack.ClaimtrackError, match="seed articles missing: 000_"):
        build_casebook(tmp_path)
