"""Check labelled folders against FORMAT.md: the keys, the kinds, and that every span is exact.

Usage:  python benchmarks/devset/check_labels.py FOLDER [FOLDER ...]

A FOLDER is one article's folder or any folder above some. Prints one line per problem (the
folder and what is wrong), then ``ok`` or the number of problems; exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

KEYS = frozenset(
    [
        "source_url",
        "outlet",
        "kind",
        "language",
        "truncated",
        "title",
        "authors",
        "published",
        "url_in_text",
        "body_start",
        "body_end",
        "boilerplate",
        "quotations",
        "not_speech",
    ]
)
KINDS = frozenset(
    [
        "wire",
        "analysis",
        "interview",
        "press-release",
        "government",
        "business",
        "sport",
        "blog",
        "newsletter",
        "forum",
        "transcript",
        "feature",
        "local",
    ]
)
QUOTATION_KEYS = frozenset(("text", "speaker", "speaker_as_written", "kind"))
QUOTATION_KINDS = frozenset(("direct", "partial", "interview", "block"))
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def folders(paths: Sequence[Path]) -> list[Path]:
    """The labelled folders at or under ``paths``."""
    found = []
    for path in paths:
        if (path / "labels.json").exists():
            found.append(path)
        else:
            found += sorted(p.parent for p in path.glob("**/labels.json"))
    return found


def problems(folder: Path) -> Iterator[str]:
    """What is wrong with one labelled folder (nothing when it is right)."""
    try:
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        raw = (folder / "article.txt").read_text("utf-8")
    except (OSError, ValueError) as error:
        yield f"cannot read: {error}"
        return
    if not (folder / "source.txt").exists():
        yield "no source.txt"
    if set(labels) != KEYS:
        yield f"keys: missing {sorted(KEYS - set(labels))}, extra {sorted(set(labels) - KEYS)}"
        return
    if labels["kind"] not in KINDS:
        yield f"kind {labels['kind']!r}"
    if labels["published"] and not _DAY.fullmatch(labels["published"]):
        yield f"published {labels['published']!r} (want YYYY-MM-DD)"
    if labels["title"] and labels["title"] not in raw:
        yield f"title not in the text: {labels['title']!r}"
    start = raw.find(labels["body_start"])
    if start < 0 or raw.find(labels["body_end"], start) < 0:
        yield "body_start and body_end are not in the text, in that order"
    lines = {line.strip() for line in raw.splitlines()}
    for line in labels["boilerplate"]:
        if line.strip() not in lines:
            yield f"boilerplate is not a whole line: {line[:70]!r}"
    for quotation in labels["quotations"]:
        if set(quotation) != QUOTATION_KEYS:
            yield f"quotation keys {sorted(quotation)}"
            continue
        if quotation["text"] not in raw:
            yield f"quotation not in the text: {quotation['text'][:70]!r}"
        if quotation["kind"] not in QUOTATION_KINDS:
            yield f"quotation kind {quotation['kind']!r}"
    for words in labels["not_speech"]:
        if words not in raw:
            yield f"not_speech not in the text: {words[:70]!r}"


def main(argv: Sequence[str] | None = None) -> int:
    paths = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    count = 0
    for path in paths:
        if not folders([path]):  # an "ok" must mean something was checked
            count += 1
            print(f"{path}: no labels.json here or under it: write the labels, then check again")
    for folder in folders(paths):
        for problem in problems(folder):
            count += 1
            print(f"{folder}: {problem}")
    print("ok" if not count else f"{count} problem(s)")
    return 1 if count else 0


if __name__ == "__main__":
    raise SystemExit(main())
