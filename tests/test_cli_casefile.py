"""``claimtrack build`` and ``claimtrack init``: outputs, every problem listed, no overwriting."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimtrack.cli.main import build_cli
from claimtrack.host.registry import PluginHost

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ARTICLE = """Ferry line reopens

The ferry line between the two towns reopened on Friday after a long winter.
"Passengers can book again from today," the operator said. Tickets cost less than last year.
"""


def _run(*args: str) -> Result:
    cli = build_cli(PluginHost(entry_points=[]))
    return CliRunner().invoke(cli, list(args), prog_name="claimtrack")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    return articles


def _fill_in(text: str) -> str:
    """What an analyst does to the starter: a title, a claim, a quote from the article."""
    text = text.replace("title: FILL IN the case's title", "title: The ferry")
    text = text.replace("statement: FILL IN the claim, as one sentence", "statement: Ferries run")
    return text.replace(
        "quote: FILL IN the exact words from the article",
        'quote: "Passengers can book again from today,"',
    )


def test_init_writes_a_starter_that_builds_once_filled_in(tmp_path: Path, folder: Path) -> None:
    target = tmp_path / "case.yaml"
    result = _run("init", str(folder), "-o", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "  - path: articles/ferry.txt\n" in text
    assert "# ferry: Ferry line reopens (no date found)" in text
    # As written, the starter is refused at its placeholders, each at its line.
    unfilled = _run("build", str(target), "-o", str(tmp_path / "out"))
    assert unfilled.exit_code == 1
    lines = re.findall(rf"^{re.escape(str(target))}:(\d+):\d+: (.*)$", unfilled.output, re.M)
    assert len(lines) == 3 and all("placeholder" in message for _, message in lines)
    assert not (tmp_path / "out").exists()
    target.write_text(_fill_in(text), encoding="utf-8")
    built = _run("build", str(target), "-o", str(tmp_path / "out"), "-f", "json")
    assert built.exit_code == 0, built.output
    data = json.loads((tmp_path / "out" / "casebook.json").read_text(encoding="utf-8"))
    assert data["title"] == "The ferry"
    (evidence,) = data["evidence"]  # however the quote is stored, it is the source's words
    assert evidence["claim"] == "first-claim"
    assert "Passengers can book again from today," in json.dumps(evidence, ensure_ascii=False)


def test_init_lists_the_seeds_with_their_titles_and_dates(tmp_path: Path) -> None:
    target = tmp_path / "case.yaml"
    assert _run("init", str(SEEDS), "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.count("  - path: ") == 5
    assert "(published 2017-06-19)" in text and "(no date found)" in text
    assert "Minsk has demonstrated scope of commitment to CSTO" in text


def test_init_never_overwrites(tmp_path: Path, folder: Path) -> None:
    target = tmp_path / "case.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = _run("init", str(folder), "-o", str(target))
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_init_quotes_odd_file_names(tmp_path: Path) -> None:
    articles = tmp_path / "odd [1]"
    articles.mkdir()
    (articles / "2016.txt").write_text(ARTICLE, encoding="utf-8")  # a stem that reads as a number
    target = tmp_path / "case.yaml"
    assert _run("init", str(articles), "-o", str(target)).exit_code == 0
    target.write_text(_fill_in(target.read_text(encoding="utf-8")), encoding="utf-8")
    built = _run("build", str(target), "-o", str(tmp_path / "out"), "-f", "json")
    assert built.exit_code == 0, built.output


def test_init_gives_same_named_files_their_own_ids(tmp_path: Path) -> None:
    for sub in ("2023", "2024"):
        (tmp_path / "articles" / sub).mkdir(parents=True)
        (tmp_path / "articles" / sub / "ferry.txt").write_text(ARTICLE + sub, encoding="utf-8")
    target = tmp_path / "case.yaml"
    assert _run("init", str(tmp_path / "articles"), "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "    id: ferry-2\n" in text
    target.write_text(_fill_in(text), encoding="utf-8")
    built = _run("build", str(target), "-o", str(tmp_path / "out"), "-f", "json")
    assert built.exit_code == 0, built.output
    data = json.loads((tmp_path / "out" / "casebook.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["ferry", "ferry-2"]


def test_init_with_no_readable_article(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _run("init", str(empty), "-o", str(tmp_path / "case.yaml"))
    assert result.exit_code == 1 and "no article" in result.output
    assert not (tmp_path / "case.yaml").exists()


def test_build_lists_every_problem_and_writes_nothing(tmp_path: Path, folder: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(
        "articles:\n"
        "  - path: articles/ferry.txt\n"
        "claims:\n"
        "  - id: ferry\n"
        "    statement: The ferry runs\n"
        "    confidence: certain\n"
        "evidence:\n"
        "  - claim: ferry\n"
        "    article: ferry\n"
        "    stance: supports\n"
        "    quote: Passengers can book again from tomorrow\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "casebook.json").write_text("previous", encoding="utf-8")
    result = _run("build", str(case), "-o", str(out))
    assert result.exit_code == 1
    assert f"error: {case}: 2 problems; nothing written" in result.output
    assert f"\n{case}:6:17: claim #1, confidence:" in result.output
    assert f"\n{case}:11:12: evidence #1, quote: quote not found" in result.output
    assert "you typed 'tomorrow'" in result.output
    assert "closest passage" in result.output
    assert (out / "casebook.json").read_text(encoding="utf-8") == "previous"
    assert sorted(os.listdir(out)) == ["casebook.json"]


def test_build_checks_formats_before_reading(tmp_path: Path) -> None:
    result = _run("build", str(tmp_path / "missing.yaml"), "-f", "json,pdff")
    assert result.exit_code == 1 and "unknown format 'pdff'" in result.output


def test_build_comma_separated_formats(tmp_path: Path, folder: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text("title: Ferry\narticles:\n  - path: articles/*.txt\n", encoding="utf-8")
    result = _run("build", str(case), "-o", str(tmp_path / "out"), "-f", "json,docx")
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path / "out")) == ["brief.docx", "casebook.json"]
    assert "1 article, 0 claims, 0 quotes verified, 0 contradictions" in result.output


@pytest.mark.parametrize("name", ["build", "init"])
def test_help(name: str) -> None:
    result = _run(name, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: claimtrack {name} ")
    assert "claimtrack " + name in result.output  # the examples
