"""The development set's address list (benchmarks/devset_addresses.py) records what it claims.

The repository keeps which pages were studied and held out, never their texts: these tests build
labelled folders of invented pages in a temporary directory and check the rows, the merge with an
earlier batch, the domains and the refusal of a malformed file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def _load() -> Any:
    spec = importlib.util.spec_from_file_location(
        "devset_addresses", ROOT / "benchmarks" / "devset_addresses.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["devset_addresses"] = module
    spec.loader.exec_module(module)
    return module


da = _load()


def _labelled(root: Path, batch: str, folder: str, url: str, kind: str = "wire") -> None:
    path = root / batch / folder
    path.mkdir(parents=True)
    (path / "article.txt").write_text("Harbour fares rise\n\nThe council said so.\n", "utf-8")
    labels = {"source_url": url, "kind": kind, "language": "en"}
    (path / "labels.json").write_text(json.dumps(labels), "utf-8")


def test_rows_merge_and_domains(tmp_path: Path) -> None:
    _labelled(tmp_path, "tune1", "a01-fares", "https://www.harbour.example/fares")
    _labelled(tmp_path, "held1", "b01-ferry", "https://news.northport.example/ferry", "sport")
    tsv = tmp_path / "addresses.tsv"
    assert da.main([str(tmp_path / "tune1"), "--tsv", str(tsv)]) == 0
    assert da.main([str(tmp_path / "held1"), "--tsv", str(tsv)]) == 0
    rows = da.read_rows(tsv)
    assert rows == [
        ("held1", "b01-ferry", "sport", "en", "https://news.northport.example/ferry"),
        ("tune1", "a01-fares", "wire", "en", "https://www.harbour.example/fares"),
    ]
    assert da.domains(rows) == ["harbour.example", "news.northport.example"]
    assert not any(p.name.startswith(".addresses-") for p in tmp_path.iterdir())


def test_a_folder_recorded_again_replaces_its_row(tmp_path: Path) -> None:
    old = [("tune1", "a01", "wire", "en", "https://a.example/1")]
    new = [("tune1", "a01", "sport", "en", "https://a.example/1")]
    assert da.merged(old, new) == new


def test_a_cell_holding_a_tab_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="a tab or line break"):
        da.write_rows(tmp_path / "a.tsv", [("tune1", "a01", "wire", "en", "https://a.example/\t")])


def test_a_malformed_file_names_its_line(tmp_path: Path) -> None:
    tsv = tmp_path / "addresses.tsv"
    tsv.write_text("\t".join(da.COLUMNS) + "\ntune1\ta01\twire\n", "utf-8")
    with pytest.raises(SystemExit, match="line 2: 3 cells, want 5"):
        da.read_rows(tsv)


cell = st.text(st.characters(blacklist_characters="\t\n\r", blacklist_categories=("Cs",)))


@given(st.lists(st.tuples(cell, cell, cell, cell, cell), max_size=8))
def test_written_rows_read_back(rows: list[tuple[str, ...]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "addresses.tsv"
        da.write_rows(tsv, da.merged([], rows))
        assert da.read_rows(tsv) == da.merged([], rows)


def _load_checker() -> Any:
    spec = importlib.util.spec_from_file_location(
        "check_labels", ROOT / "benchmarks" / "devset" / "check_labels.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_label_checker_passes_the_sample_and_names_each_problem(tmp_path: Path) -> None:
    checker = _load_checker()
    sample = ROOT / "tests" / "data" / "devset_sample"
    assert checker.main([str(sample)]) == 0
    broken = tmp_path / "b01-broken"
    broken.mkdir()
    (broken / "article.txt").write_text("Harbour fares rise\n\nThe council said so.\n", "utf-8")
    labels = json.loads((sample / "01-harbour-gazette" / "labels.json").read_text("utf-8"))
    labels["kind"] = "gossip"
    (broken / "labels.json").write_text(json.dumps(labels), "utf-8")
    found = list(checker.problems(broken))
    assert "no source.txt" in found and "kind 'gossip'" in found
    assert any(p.startswith("quotation not in the text") for p in found)
    assert checker.main([str(tmp_path)]) == 1


def test_the_label_checker_never_says_ok_when_it_checked_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checker = _load_checker()
    unlabelled = tmp_path / "c01-not-yet-labelled"
    unlabelled.mkdir()
    (unlabelled / "article.txt").write_text("Harbour fares rise\n\nThe council said so.\n", "utf-8")
    assert checker.main([str(unlabelled)]) == 1
    out = capsys.readouterr().out
    assert "no labels.json" in out and "ok" not in out.split()
