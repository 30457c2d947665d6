"""The reading-aid commands: quotes, suggest, ingest (table and JSON, bad input, --help)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.cli.main import build_cli
from claimtrack.host import PluginHost

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def cli():  # type: ignore[no-untyped-def]
    return build_cli(PluginHost(entry_points=[]))


def _run(cli, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["quotes", "suggest", "ingest"])
def test_every_command_has_help(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = _run(cli, command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_quotes_on_seeds_lists_speakers_not_scare_quotes(cli) -> None:  # type: ignore[no-untyped-def]
    result = _run(cli, "quotes", str(SEEDS))
    assert result.exit_code == 0, result.output
    for speaker in ["Linkevičius", "Voronchenko", "Lukashenka", "Baunov", "Zas’"]:
        assert speaker in result.output
    for scare in ["union state", "one whole”", "Arab spring"]:
        assert scare not in result.output
    assert "10 quotations in 5 articles" in result.output
    assert "HOW" in result.output and "surname" in result.output


def test_quotes_json(cli) -> None:  # type: ignore[no-untyped-def]
    result = _run(cli, "quotes", str(SEEDS / "000_d0c8f9d331184de7.txt"), "--json")
    rows = json.loads(result.stdout)
    assert {r["speaker_full"] for r in rows} >= {"Linas Linkevičius", "Ihor Voronchenko"}
    fields = {"article", "start", "end", "text", "cue", "confidence", "resolution"}
    assert all(set(r) >= fields | {"speaker_as_written"} for r in rows)
    by_text = {r["text"][:20]: r for r in rows}
    assert by_text["Belarus should be pe"]["resolution"] == "surname"
    assert by_text["Belarus should be pe"]["speaker_as_written"] == "Linkevičius"
    high = json.loads(_run(cli, "quotes", str(SEEDS), "--json", "--min-confidence", "0.9").stdout)
    assert high and all(r["confidence"] >= 0.9 for r in high)


def test_quotes_rules_only_leaves_out_the_models_guesses(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cup.txt").write_text(
        "Eastvale lost the cup tie on Saturday. Coach Rafael Montoya was proud all the same.\n\n"
        "“We played with courage today. Nobody gave us a chance and we took them to the end.”\n",
        "utf-8",
    )
    learned = json.loads(_run(cli, "quotes", str(tmp_path), "--json").stdout)
    assert [(r["speaker_full"], r["resolution"]) for r in learned] == [("Rafael Montoya", "model")]
    rules = json.loads(_run(cli, "quotes", str(tmp_path), "--json", "--rules-only").stdout)
    assert [(r["speaker_full"], r["resolution"]) for r in rules] == [(None, "none")]
    assert "--rules-only" in _run(cli, "quotes", "--help").output


def test_quotes_skips_unreadable_file_with_a_warning(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("“We will win,” Lukashenka said on Friday.\n", "utf-8")
    result = CliRunner().invoke(build_cli(PluginHost(entry_points=[])), ["quotes", str(tmp_path)])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr and "skipped" in result.stderr
    assert "Lukashenka" in result.stdout


def test_quotes_missing_path_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _run(cli, "quotes", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "no such file or directory" in result.output
    result = _run(cli, "quotes", str(tmp_path))
    assert result.exit_code == 2 and "no article files" in result.output


def test_suggest_ranks_linkevicius_in_top_three(cli) -> None:  # type: ignore[no-untyped-def]
    args = ["suggest", "Belarus functions as one whole with Russia", "--corpus", str(SEEDS)]
    result = _run(cli, *args, "-k", "3", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    assert any("perceived as one whole" in r["sentence"] for r in rows)
    table = _run(cli, *args, "-k", "3")
    assert table.exit_code == 0 and table.stdout.startswith(" 1.")
    none = _run(cli, "suggest", "qqqq zzzz", "--corpus", str(SEEDS))
    assert "no sentence shares a word" in none.output


def test_ingest_reports_metadata_and_dropped_boilerplate(cli) -> None:  # type: ignore[no-untyped-def]
    result = _run(cli, "ingest", str(SEEDS), "--json")
    report = {item["id"]: item for item in json.loads(result.stdout)}
    item = report["000_d0c8f9d331184de7"]
    assert item["authors"] == ["Siarhei Bohdan"]
    assert item["title"].startswith("Will Minsk revive")
    reasons = {d["reason"] for d in item["dropped"]}
    assert {"end marker", "byline"} <= reasons
    assert report["003_40f254e5605143fe"]["published"] == "2017-06-19"
    text = _run(cli, "ingest", str(SEEDS)).output
    assert "dropped:" in text and "Siarhei Bohdan" in text and "5 articles read" in text


def test_ingest_many_files_with_progress(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for n in range(25):
        shutil.copy(SEEDS / "003_40f254e5605143fe.txt", tmp_path / f"a{n:02}.txt")
    result = CliRunner().invoke(
        build_cli(PluginHost(entry_points=[])), ["ingest", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 25


def test_ingest_reports_what_it_read_and_fails_on_unreadable_files(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "003_40f254e5605143fe.txt", tmp_path / "good.txt")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = CliRunner().invoke(
        build_cli(PluginHost(entry_points=[])), ["ingest", str(tmp_path), "--json"]
    )
    assert result.exit_code == 1  # a script learns that a file was skipped...
    assert "blob.txt" in result.stderr and "1 of 2 files could not be read" in result.stderr
    report = json.loads(result.stdout)  # ...and still gets the report of what was read
    assert [r["id"] for r in report] == ["good"]
    assert report[0]["published"] == "2017-06-19"
