"""Keep the development set's addresses in the repository, never its texts.

The labelled articles (``article.txt`` + ``labels.json``, see ``score_reading.py``) are other
people's words and live outside the repository, on one machine: when that machine goes, so do
they. What must survive is which pages were studied and which were held out, so that a rebuilt
set never tunes on a page an earlier round held out, and a new batch's collectors can skip the
outlets already used. This script records, for every labelled folder under the given roots, its
batch (the folder's parent), name, kind, language and address in ``benchmarks/devset/addresses.tsv``
(rows of other batches are kept), and prints the outlets' domains with ``--domains``.

Usage:  .venv/bin/python benchmarks/devset_addresses.py ROOT [ROOT ...] [--tsv FILE]
        .venv/bin/python benchmarks/devset_addresses.py --domains [--tsv FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

TSV = Path(__file__).resolve().parent / "devset" / "addresses.tsv"
COLUMNS = ("batch", "folder", "kind", "language", "source_url")


def folder_rows(roots: Iterable[Path]) -> list[tuple[str, ...]]:
    """One row per labelled folder (a folder holding ``labels.json``) under ``roots``."""
    rows = []
    for root in roots:
        for labels_path in sorted(root.rglob("labels.json")):
            labels = json.loads(labels_path.read_text("utf-8"))
            folder = labels_path.parent
            rows.append(
                (
                    folder.parent.name,
                    folder.name,
                    str(labels.get("kind") or ""),
                    str(labels.get("language") or ""),
                    str(labels.get("source_url") or ""),
                )
            )
    return rows


def read_rows(path: Path) -> list[tuple[str, ...]]:
    """The rows of an addresses file (none when it does not exist yet)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:  # cells may hold any other character
        lines = handle.read().split("\n")[:-1]
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise SystemExit(f"{path}: the first line must be the header {' '.join(COLUMNS)!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = tuple(line.split("\t"))
        if len(cells) != len(COLUMNS):
            raise SystemExit(f"{path}, line {number}: {len(cells)} cells, want {len(COLUMNS)}")
        rows.append(cells)
    return rows


def merged(old: Sequence[tuple[str, ...]], new: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``old`` with the folders of ``new`` added or replaced, sorted by batch and folder."""
    by_key = {row[:2]: row for row in old}
    by_key.update({row[:2]: row for row in new})
    return sorted(by_key.values())


def write_rows(path: Path, rows: Sequence[tuple[str, ...]]) -> None:
    """Write the file atomically (a temporary file renamed over it)."""
    for row in rows:
        if any(char in cell for cell in row for char in "\t\n\r"):
            raise SystemExit(f"{row[0]}/{row[1]}: a tab or line break in a cell")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join("\t".join(row) + "\n" for row in [COLUMNS, *rows])
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".addresses-")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.replace(tmp, path)


def domains(rows: Iterable[tuple[str, ...]]) -> list[str]:
    """The outlets' domains, ``www.`` dropped, sorted and unique."""
    hosts = {urlsplit(row[-1]).hostname or "" for row in rows}
    return sorted({h.removeprefix("www.") for h in hosts if h})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, help="folders of labelled articles")
    parser.add_argument("--tsv", type=Path, default=TSV, help=f"the addresses file ({TSV.name})")
    parser.add_argument("--domains", action="store_true", help="print the domains already used")
    args = parser.parse_args(argv)
    old = read_rows(args.tsv)
    if args.domains:
        print("\n".join(domains(old)))
        return 0
    if not args.roots:
        parser.error("give the folders to record, or --domains")
    new = folder_rows(args.roots)
    write_rows(args.tsv, merged(old, new))
    print(f"{args.tsv}: {len(new)} folders recorded, {len(merged(old, new))} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
