"""The title model's training script (benchmarks/train_title_model.py) fits, cross-validates
and writes weights the package reads (invented labelled pages; numpy, a test dependency)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack import load_article
from tests.trainer_cases import (
    load_trainer,
    page_labels,
    train_with_cv,
    write_devset,
    write_page,
)


def _write_page(folder: Path, town: str, n: int) -> None:
    title = f"{town} council approves plan for a new ferry pier number {n}"
    lead = (
        f"The {town} council on Tuesday approved a plan to build a new ferry pier, ending "
        "two years of talks with the operators and the union."
    )
    raw = f"News | {town}\n\n{title}\n\nBy Jane Roe\n\n{lead}\n\nWork starts in spring.\n"
    labels = page_labels(
        title=title,
        authors=["Jane Roe"],
        body_start=lead[:40],
        body_end="Work starts in spring.",
        boilerplate=[f"News | {town}", "By Jane Roe"],
    )
    write_page(folder, raw, labels)


@pytest.fixture
def devset(tmp_path: Path) -> list[str]:
    return write_devset(tmp_path, _write_page)


def test_training_writes_weights_the_model_reads(
    devset: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train_with_cv("train_title_model", devset, tmp_path / "weights.json")
    report = capsys.readouterr().out
    assert "18 pages: the rules' title right on 18" in report  # the rules get these right
    runtime = sum(
        load_article(folder / "article.txt").title
        == json.loads((folder / "labels.json").read_text())["title"]
        for d in devset
        for folder in sorted(Path(d).iterdir())
    )
    assert f"the shipped weights' title right on {runtime}\n" in report  # as the package reads
    assert "(shipped)" in report


def test_each_header_line_is_an_example_and_the_headline_the_one_positive(
    devset: list[str],
) -> None:
    trainer = load_trainer("train_title_model")
    folder = sorted(Path(devset[0]).iterdir())[0]
    page = trainer.Page("set0", folder, None)
    title = json.loads((folder / "labels.json").read_text("utf-8"))["title"]
    assert sum(page.marks) == 1
    assert page.shown[page.marks.index(1)] == title
    assert "News | Northport" in page.shown  # the section label is a candidate, a negative one
    assert page.rules_index == page.marks.index(1)  # the rules chose the headline
