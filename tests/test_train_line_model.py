"""The line model's training script (benchmarks/train_line_model.py) fits, cross-validates and
writes weights the package reads (invented labelled pages; numpy, a test dependency)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.trainer_cases import (
    load_trainer,
    page_labels,
    train_with_cv,
    write_devset,
    write_page,
)


def _write_page(folder: Path, town: str, n: int) -> None:
    title = f"{town} school opens its new library, the {n}th in the county"
    lead = (
        f"Pupils at the {town} school moved into their new library on Monday, after a year "
        "of lessons in the old gym while the builders worked."
    )
    caption = f"{town} Gazette Vol. {n}, No. 29"
    raw = f"{title}\n\n{caption}\n\n{lead}\n\nThe books arrive next week.\n\nSubscribe now\n"
    labels = page_labels(
        title=title,
        body_start=lead[:40],
        body_end="The books arrive next week.",
        boilerplate=[caption, "Subscribe now"],
        kind="local",
    )
    write_page(folder, raw, labels)


@pytest.fixture
def devset(tmp_path: Path) -> list[str]:
    return write_devset(tmp_path, _write_page)


def test_training_writes_weights_the_model_reads(
    devset: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train_with_cv("train_line_model", devset, tmp_path / "weights.json")
    report = capsys.readouterr().out
    assert report.startswith("18 pages: the rules keep")
    kept = re.search(r"the rules keep (\d+) boilerplate and (\d+) body lines", report)
    shipped = re.search(
        r"the shipped weights at [\d.]+: (\d+) boilerplate dropped, (\d+) body", report
    )
    assert kept and shipped
    # The shipped weights judge the same lines: they drop no more than the rules kept.
    assert int(shipped[1]) <= int(kept[1]) and int(shipped[2]) <= int(kept[2])
    assert "(shipped)" in report


def test_boilerplate_lines_are_positives_body_lines_negatives_the_title_left_out(
    devset: list[str],
) -> None:
    trainer = load_trainer("train_line_model")
    folder = sorted(Path(devset[0]).iterdir())[0]
    page = trainer.Page("set0", folder, None)
    # The gazette line and "Subscribe now" are boilerplate, the two paragraphs body; the
    # headline is neither.
    assert sorted(page.marks) == [0, 0, 1, 1]
