"""Record what the code reads on labelled folders, for the training scripts' ``--rules-from``.

    python benchmarks/first_contact.py DIR [DIR ...] --out RECORDS

For every labelled folder, writes ``RECORDS/<folder name>.json`` (the cleaned text, the title
and the quotations the rules found, without the learned speaker model) and
``RECORDS/<folder name>.title`` (the title the rules chose, without the learned title model).

Run it with the code as it stood when a batch was first scored, before anyone studied it
(``git archive <commit> claimtrack | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old``): the
learned models must learn to second-guess the rules as they meet a new outlet, not as they
stand after being mended for that very page. It uses only the public API every version since
round 13 has, and the cleaner's ``learned`` switch that the title model's training script uses
too, so one script serves every commit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import attrs

import claimtrack
from claimtrack.reading import cleaning

__all__ = ["main", "record", "rules_title"]


def record(folder: Path) -> dict:
    """The cleaned text, the title and the rules' quotations of one labelled folder."""
    article = claimtrack.load_article(folder / "article.txt")
    quotes = claimtrack.extract_quotations(article, learned=False)
    return {
        "text": article.text,
        "title": article.title,
        "quotes": [attrs.asdict(q) for q in quotes],
    }


def rules_title(folder: Path) -> str:
    """The headline the rules choose, before the title model's second opinion."""
    raw = (folder / "article.txt").read_text("utf-8")
    return cleaning._Cleaner(raw, 0, learned=False).run().title or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="folders of labelled article folders")
    parser.add_argument("--out", type=Path, required=True, help="where the records go")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    folders = [p.parent for d in args.dirs for p in sorted(d.rglob("labels.json"))]
    for folder in folders:
        rec = record(folder)
        base = args.out / folder.name
        _write(base.with_name(base.name + ".json"), json.dumps(rec, ensure_ascii=False))
        _write(base.with_name(base.name + ".title"), rules_title(folder))
    print(f"{len(folders)} folders recorded in {args.out}", file=sys.stderr)
    return 0


def _write(path: Path, text: str) -> None:
    """Whole or not at all: a record half written would train on half an article."""
    part = path.with_name(path.name + ".part")
    part.write_text(text, "utf-8")
    os.replace(part, path)


if __name__ == "__main__":
    raise SystemExit(main())
