"""``claimtrack merge``: the change report printed, exit statuses, atomic output, inputs kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from review_cases import Reviewer, export_review
from xlsx_cases import sample_book

import claimtrack
from claimtrack.cli.main import build_cli
from claimtrack.cli.review import EXIT_PARTIAL
from claimtrack.host import PluginHost
from claimtrack.model import Stance


@pytest.fixture(scope="module")
def cli():  # type: ignore[no-untyped-def]
    return build_cli(PluginHost(entry_points=[]))


def run(cli, *args: object) -> Result:  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """The casebook JSON and its reviewed workbook: one stance changed, one quote refused."""
    case = claimtrack.export(sample_book(), tmp_path / "case.json")
    r = Reviewer(export_review(claimtrack.load(case), tmp_path / "review.xlsx"))
    r.set("Evidence", "one-whole-e2", "Stance", "neutral")
    r.add_row(
        "Evidence",
        Claim="strengthen",
        Article="a2",
        Quote="Minsk wants the CSTO to grow.",
        Stance="supports",
    )
    return case, r.save()


def test_merge_prints_the_report_and_writes_nothing_while_refusals_remain(cli, files) -> None:  # type: ignore[no-untyped-def]
    case, workbook = files
    out = case.parent / "merged.json"
    before = case.read_bytes(), workbook.read_bytes()
    result = run(cli, "merge", case, workbook, "-o", out)
    assert result.exit_code == EXIT_PARTIAL
    assert "1 change, 0 quotes added, 0 conflicts, 1 refusal" in result.stdout
    assert "CHANGED" in result.stdout and "refutes → neutral" in result.stdout
    assert "closest passage: 'Minsk does not want the CSTO to grow.'" in result.stdout
    assert "nothing written" in result.stderr and "--accept-partial" in result.stderr
    assert not out.exists()
    assert (case.read_bytes(), workbook.read_bytes()) == before


def test_accept_partial_writes_the_merged_casebook_and_the_report(cli, files) -> None:  # type: ignore[no-untyped-def]
    case, workbook = files
    out, report = case.parent / "merged.json", case.parent / "changes.txt"
    result = run(cli, "merge", case, workbook, "-o", out, "--report", report, "--accept-partial")
    assert result.exit_code == 0, result.output
    merged = claimtrack.load(out)
    assert merged.evidence["one-whole-e2"].stance is Stance.NEUTRAL
    assert len(merged.evidence) == len(claimtrack.load(case).evidence)
    assert report.read_text(encoding="utf-8").startswith("Review of review.xlsx: 1 change")
    assert not list(case.parent.glob(".*.tmp"))


def test_json_report(cli, files) -> None:  # type: ignore[no-untyped-def]
    case, workbook = files
    result = run(cli, "merge", case, workbook, "-o", case.parent / "m.json", "--json")
    data = json.loads(result.stdout)
    assert (data["ok"], data["changes"], data["refusals"]) == (False, 1, 1)
    assert data["lines"][0]["cell"] == "Evidence!D3 (Stance)"


def test_a_clean_merge_exits_zero(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = claimtrack.export(sample_book(), tmp_path / "case.json")
    r = Reviewer(export_review(claimtrack.load(case), tmp_path / "review.xlsx"))
    r.set("Claims", "strengthen", "Likelihood", "likely")
    result = run(cli, "merge", case, r.save(), "-o", tmp_path / "merged.json")
    assert result.exit_code == 0 and "wrote" in result.stderr
    assert (
        claimtrack.load(tmp_path / "merged.json").claims["strengthen"].likelihood.value == "likely"
    )


def test_inputs_are_never_overwritten(cli, files) -> None:  # type: ignore[no-untyped-def]
    case, workbook = files
    before = case.read_bytes(), workbook.read_bytes()
    for args in (["-o", case], ["-o", workbook], ["-o", case.parent / "x.json", "--report", case]):
        result = run(cli, "merge", case, workbook, *args, "--accept-partial")
        assert result.exit_code == 1 and "refusing to overwrite" in result.stderr
    assert (case.read_bytes(), workbook.read_bytes()) == before


def test_a_workbook_of_another_casebook_is_an_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = sample_book()
    other.title = "Another case"
    case = claimtrack.export(other, tmp_path / "other.json")
    workbook = export_review(sample_book(), tmp_path / "review.xlsx")
    result = run(cli, "merge", case, workbook, "-o", tmp_path / "m.json")
    assert result.exit_code == 1
    assert "error: review.xlsx was written from another casebook" in result.stderr
    assert not (tmp_path / "m.json").exists()


def test_help(cli) -> None:  # type: ignore[no-untyped-def]
    result = run(cli, "merge", "--help")
    assert result.exit_code == 0 and "--accept-partial" in result.stdout
