"""benchmarks/first_contact.py records what the rules read on labelled folders, and the training
scripts read those records back with ``--rules-from`` as they would read the live code
(invented labelled articles)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_train_speaker_model import COACHES, TOWNS, _write_article
from tests.trainer_cases import load_trainer


def _devset(root: Path) -> list[Path]:
    dirs = []
    for g in range(2):
        for n, (coach, town) in enumerate(zip(COACHES, TOWNS, strict=True)):
            _write_article(root / f"set{g}" / f"{g}{n}-{town.lower()}", coach, town)
        dirs.append(root / f"set{g}")
    return dirs


def test_records_hold_the_rules_quotations_without_the_model(tmp_path: Path) -> None:
    dirs = _devset(tmp_path / "dev")
    out = tmp_path / "records"
    assert load_trainer("first_contact").main([*map(str, dirs), "--out", str(out)]) == 0
    records = sorted(out.iterdir())
    assert len(records) == 20  # a .json and a .title for each of the ten folders
    assert not [p for p in records if p.suffix == ".part"]
    rec = json.loads((out / "00-eastvale.json").read_text("utf-8"))
    assert rec["title"] == "Eastvale out of the cup"
    assert (out / "00-eastvale.title").read_text("utf-8") == "Eastvale out of the cup"
    # The rules alone name nobody for the two uncued quotes (the model would name the coach).
    assert [q["speaker_full"] for q in rec["quotes"]] == [None, None, "Rafael Montoya"]
    assert rec["text"].startswith("Eastvale lost 2-1 after extra time")


def test_the_trainers_read_a_record_as_they_read_the_live_code(tmp_path: Path) -> None:
    dirs = _devset(tmp_path / "dev")
    out = tmp_path / "records"
    load_trainer("first_contact").main([*map(str, dirs), "--out", str(out)])
    speakers, titles = load_trainer("train_speaker_model"), load_trainer("train_title_model")
    folder = dirs[1] / "13-sandhaven"
    live, recorded = speakers.Article("set1", folder, None), speakers.Article("set1", folder, out)
    assert recorded.truth == live.truth == ["lucia ferraro"] * 3
    assert [[c.full for c in cs] for cs in recorded.candidates] == [
        [c.full for c in cs] for cs in live.candidates
    ]
    assert titles.Page("set1", folder, out).rules == titles.Page("set1", folder, None).rules
