"""Loading a training script from benchmarks/ as a module, for the trainers' tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load_trainer(name: str) -> Any:
    """``benchmarks/<name>.py`` as a module (its own imports from benchmarks/ resolved)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOWNS = ["Northport", "Eastvale", "Lowmoor", "Brackwater", "Sandhaven", "Kelmouth"]


def write_page(folder: Path, raw: str, labels: dict[str, Any]) -> None:
    """One labelled folder: ``article.txt`` and ``labels.json``."""
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(raw, "utf-8")
    (folder / "labels.json").write_text(json.dumps(labels), "utf-8")


def write_devset(root: Path, write: Callable[[Path, str, int], None]) -> list[str]:
    """Three groups of pages, one per town (``write(folder, town, n)``); the groups' folders."""
    dirs = []
    for g in range(3):
        group = root / f"set{g}"
        for n, town in enumerate(TOWNS):
            write(group / f"{g}{n}-{town.lower()}", town, n)
        dirs.append(str(group))
    return dirs


def page_labels(**fields: Any) -> dict[str, Any]:
    """A page's labels: no authors, date, quotations or boilerplate unless given."""
    labels: dict[str, Any] = {
        "title": None,
        "authors": [],
        "published": None,
        "boilerplate": [],
        "quotations": [],
        "not_speech": [],
        "kind": "wire",
    }
    return labels | fields


def train_with_cv(name: str, dirs: list[str], out: Path) -> None:
    """Run ``benchmarks/<name>.py`` with ``--cv --out``; check it wrote hashed weights only."""
    trainer = load_trainer(name)
    assert trainer.main([*dirs, "--cv", "--out", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["size"] == trainer.SIZE and data["weights"]
    assert all(k.isdigit() for k in data["weights"])  # hashed keys: no page text
