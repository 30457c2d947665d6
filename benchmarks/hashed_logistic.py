"""Logistic regression over hashed binary features: what the package's learned models are.

The title model (``train_title_model.py``) and the speaker model (``train_speaker_model.py``)
are fitted here, the same way: L2-regularised, the two classes weighed equally, by Adam on the
full batch of sparse rows; features seen on fewer than ``MIN_PAGES`` pages are left out, so no
page's own words are learnt. Only hashed keys and numbers are written
(:func:`write_weights`), which :mod:`claimtrack.reading.hashed_weights` reads at run time.
Needs numpy (a development dependency, never needed at run time).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np

from claimtrack.reading.line_features import feature_key

__all__ = [
    "MIN_PAGES",
    "SIZE",
    "MarkedPage",
    "fit",
    "fit_pages",
    "labelled_folders",
    "probabilities",
    "train",
    "training_arguments",
    "vocabulary",
    "write_weights",
]

Example = TypeVar("Example")  # a training script's labelled page or article

SIZE = 1 << 16  # slots in the hashed weight table
MIN_PAGES = 3  # a feature must occur on this many pages: no page's own names are learnt


def vocabulary(pages: Iterable[Sequence[Sequence[str]]]) -> set[str]:
    """The features seen on at least ``MIN_PAGES`` pages (each page: its examples' features)."""
    on_pages: Counter[str] = Counter()
    for examples in pages:
        on_pages.update({f for feats in examples for f in feats})
    return {f for f, n in on_pages.items() if n >= MIN_PAGES}


def fit(
    examples: Sequence[Sequence[str]], y: Sequence[int], vocab: set[str], l2: float
) -> np.ndarray:
    """The weights, by 1,000 steps of Adam; the positives and negatives weigh half each."""
    rows = [
        np.array(sorted({feature_key(f, SIZE) for f in feats if f in vocab}), dtype=np.int64)
        for feats in examples
    ]
    target = np.asarray(y, dtype=float)
    flat = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    share = target.mean() if len(target) else 0.5
    weight = np.where(target == 1, 0.5 / max(share, 1e-9), 0.5 / max(1 - share, 1e-9))
    w, m, v = np.zeros(SIZE), np.zeros(SIZE), np.zeros(SIZE)
    for t in range(1, 1001):
        z = np.bincount(owner, weights=w[flat], minlength=len(rows))
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g_row = (p - target) * weight / max(len(rows), 1)
        grad = np.bincount(flat, weights=g_row[owner], minlength=SIZE) + l2 * w / max(len(rows), 1)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


class MarkedPage(Protocol):
    """A labelled page as a training script reads it: each example's features and mark."""

    features: list[list[str]]
    marks: list[int]


def fit_pages(pages: Sequence[MarkedPage], l2: float) -> np.ndarray:
    """:func:`fit` on every example of ``pages``, the vocabulary taken over the pages."""
    vocab = vocabulary([p.features for p in pages])
    examples = [f for p in pages for f in p.features]
    marks = [m for p in pages for m in p.marks]
    return fit(examples, marks, vocab, l2)


def probabilities(w: np.ndarray, examples: Sequence[Sequence[str]]) -> list[float]:
    """As the package scores: every feature, hashed (collisions and all)."""
    z = np.array([sum(w[feature_key(f, SIZE)] for f in feats) for feats in examples])
    return [float(p) for p in 1 / (1 + np.exp(-np.clip(z, -30, 30)))]


def write_weights(w: np.ndarray, path: Path) -> int:
    """Write the non-zero weights as JSON; returns how many."""
    nonzero = {str(i): round(float(x), 4) for i, x in enumerate(w) if abs(x) >= 1e-3}
    path.write_text(
        json.dumps({"size": SIZE, "weights": nonzero}, separators=(",", ":")) + "\n", "utf-8"
    )
    return len(nonzero)


def labelled_folders(dirs: Iterable[str]) -> list[tuple[str, Path]]:
    """``(group, folder)`` for every labelled folder under each directory, in order."""
    return [(d, p.parent) for d in dirs for p in sorted(Path(d).rglob("labels.json"))]


def training_arguments(
    argv: Sequence[str] | None, doc: str, rules_from: str, show: str
) -> argparse.Namespace:
    """The training scripts' shared command line: DIR..., --rules-from, --cv, --show, --out."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", help="folders of labelled article folders")
    parser.add_argument("--rules-from", type=Path, help=rules_from)
    parser.add_argument(
        "--cv", action="store_true", help="cross-validate, one DIR held out at a time"
    )
    parser.add_argument("--show", action="store_true", help=show)
    parser.add_argument("--out", type=Path, help="write the fitted weights here (JSON)")
    return parser.parse_args(argv)


def train(
    argv: Sequence[str] | None,
    doc: str,
    helps: tuple[str, str],
    read: Callable[[str, Path, Path | None], Example],
    cross_validate: Callable[[list[Example], bool], None],
    fit_all: Callable[[list[Example]], np.ndarray],
) -> int:
    """A training script's main: read each labelled folder (``read(group, folder,
    rules_from)``), cross-validate if asked, write the weights if asked. ``helps``: the help
    of ``--rules-from`` and of ``--show``."""
    args = training_arguments(argv, doc, *helps)
    items = [read(group, folder, args.rules_from) for group, folder in labelled_folders(args.dirs)]
    if args.cv:
        cross_validate(items, args.show)
    if args.out:
        count = write_weights(fit_all(items), args.out)
        print(f"{count} weights written to {args.out}", file=sys.stderr)
    return 0
