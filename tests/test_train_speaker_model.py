"""The speaker model's training script (benchmarks/train_speaker_model.py) finds each quote's
candidates, marks the labelled speaker, cross-validates and writes weights the package reads
(invented labelled articles; numpy, a test dependency)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack import extract_quotations, load_article
from claimtrack.reading.hashed_weights import HashedWeights
from tests.trainer_cases import load_trainer

COACHES = ["Rafael Montoya", "Ingrid Solberg", "Kofi Mensah", "Lucia Ferraro", "Aarav Nair"]
TOWNS = ["Eastvale", "Lowmoor", "Brackwater", "Sandhaven", "Kelmouth"]


def _write_article(folder: Path, coach: str, town: str) -> None:
    surname = coach.split()[-1]
    first = "We played with courage today and nobody gave us a chance at all."
    second = "The young players showed what they can do, and I am proud of them."
    third = "We will be back next season,"
    raw = (
        f"{town} out of the cup\n\n"
        f"{town} lost 2-1 after extra time on Saturday. Coach {coach} was proud all the same.\n\n"
        f"“{first}”\n\n"
        "The visitors scored twice in the second half.\n\n"
        f"“{second}”\n\n"
        f"“{third}” {surname} said.\n"
    )
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(raw, "utf-8")
    quotes = [
        {"text": t, "speaker": coach, "speaker_as_written": w, "kind": "direct"}
        for t, w in ((first, ""), (second, ""), (third, surname))
    ]
    labels = {"title": f"{town} out of the cup", "quotations": quotes, "not_speech": []}
    (folder / "labels.json").write_text(json.dumps(labels), "utf-8")


@pytest.fixture
def devset(tmp_path: Path) -> list[str]:
    dirs = []
    for g in range(3):
        group = tmp_path / f"set{g}"
        for n, (coach, town) in enumerate(zip(COACHES, TOWNS, strict=True)):
            _write_article(group / f"{g}{n}-{town.lower()}", coach, town)
        dirs.append(str(group))
    return dirs


def test_each_candidate_is_an_example_and_the_labelled_speaker_the_positive(
    devset: list[str],
) -> None:
    trainer = load_trainer("train_speaker_model")
    folder = sorted(Path(devset[0]).iterdir())[0]
    article = trainer.Article("set0", folder, None)
    assert article.truth == ["rafael montoya"] * 3
    for cands, marks in zip(article.candidates, article.marks, strict=True):
        assert sum(marks) == 1  # the coach is a candidate of every quote, once
        assert cands[marks.index(1)].full == "Rafael Montoya"
    assert article.candidates[0][0].full is None  # the rules found nobody for the first quote
    assert article.candidates[2][0].full == "Rafael Montoya"  # "Montoya said": the rules'


def test_training_writes_weights_the_model_reads(
    devset: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer = load_trainer("train_speaker_model")
    out = tmp_path / "weights.json"
    assert trainer.main([*devset, "--cv", "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "45 labelled quotations found: the rules' speaker right on 15" in report
    assert "(shipped): the model's speaker right on 45" in report  # the uncued ones learnt
    # The shipped weights' count is what the package itself names at run time.
    runtime = sum(
        q.speaker_full == coach
        for d in devset
        for folder in sorted(Path(d).iterdir())
        for q in extract_quotations(load_article(folder / "article.txt"))
        for coach in [json.loads((folder / "labels.json").read_text())["quotations"][0]["speaker"]]
    )
    assert f"the shipped weights' speaker right on {runtime}\n" in report
    data = json.loads(out.read_text("utf-8"))
    assert data["size"] == trainer.SIZE and data["weights"]
    assert all(k.isdigit() for k in data["weights"])  # hashed keys: no article text
    model = HashedWeights(data["size"], {int(k): v for k, v in data["weights"].items()})
    folder = sorted(Path(devset[1]).iterdir())[2]
    article = trainer.Article("set1", folder, None)
    first = [model.probability(c.features) for c in article.candidates[0]]
    assert max(range(len(first)), key=first.__getitem__) == article.marks[0].index(1)
