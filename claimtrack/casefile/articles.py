"""The ``articles:`` section: paths and globs (relative to the casebook file) read into articles.

Each entry names one file or a glob (``../seeds/*.txt``, ``**`` for subfolders); a glob takes the
files a reader knows, hidden ones left out, in name order. ``publisher`` and ``url`` override what
the reader found, as do ``title`` and ``published``; ``reliability`` rates the entry's publisher.
Files are read through the host's readers, so a reader plugin's formats work here too.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
from attrs import frozen

from claimtrack.casefile.document import Record
from claimtrack.casefile.problems import Place, Problems
from claimtrack.errors import ArticleLoadError
from claimtrack.host.articles import read_article_file
from claimtrack.model import Article, Reliability
from claimtrack.reading.readers import Reader

__all__ = ["LoadedEntry", "load_articles", "publisher_grades"]

_MAGIC = frozenset("*?[")


@frozen
class LoadedEntry:
    """An article read for an entry of ``articles:``, with the entry it came from."""

    article: Article
    entry: Record


def _is_glob(pattern: str) -> bool:
    return any(ch in _MAGIC for ch in pattern)


def _files(
    entry: Record, base: Path, readers: Mapping[str, Reader], problems: Problems
) -> list[Path]:
    pattern = entry.get("path")
    full = os.path.join(base, os.path.expanduser(pattern))
    if not _is_glob(pattern):
        if not os.path.isfile(full):
            what = "is a directory" if os.path.isdir(full) else "does not exist"
            hint = (
                f"name its files with a glob such as {pattern.rstrip('/')}/*.txt"
                if os.path.isdir(full)
                else "paths are relative to the casebook file's folder; check the name"
            )
            problems.add(entry.at("path"), entry.name("path"), f"{full} {what}", hint)
            return []
        return [Path(full)]
    found = sorted(
        Path(p)
        for p in glob.glob(full, recursive=True)
        if os.path.isfile(p) and not os.path.basename(p).startswith(".")
        and Path(p).suffix.lower() in readers
    )  # fmt: skip
    if not found:
        problems.add(
            entry.at("path"),
            entry.name("path"),
            f"no article file matches {pattern!r} (looked in {base})",
            f"article files end in {', '.join(readers)}; paths are relative to the casebook "
            f"file's folder",
        )
    return found


def _read(entry: Record, path: Path, readers: Mapping[str, Reader], many: bool) -> Article:
    loaded = read_article_file(
        path,
        id=None if many else entry.get("id"),
        publisher=entry.get("publisher"),
        url=entry.get("url"),
        readers=readers,
    )
    changes = {k: entry.get(k) for k in ("title", "published") if entry.get(k) is not None}
    return attrs.evolve(loaded.article, **changes) if changes else loaded.article


def load_articles(
    entries: Iterable[Record], base: Path, readers: Mapping[str, Reader], problems: Problems
) -> tuple[list[LoadedEntry], set[str]]:
    """Every article the entries name, in file order, and the ids of those that could not be
    read; problems (missing files, unreadable files, a file named twice, an id given for a
    glob) go to ``problems``."""
    out: list[LoadedEntry] = []
    failed: set[str] = set()
    seen: dict[str, Place] = {}
    for entry in entries:
        if not entry.usable:
            continue
        files = _files(entry, base, readers, problems)
        if not files and not _is_glob(entry.get("path")):
            failed.add(entry.get("id") or Path(entry.get("path")).stem)
        if len(files) > 1 and entry.get("id") is not None:
            problems.add(
                entry.at("id"),
                entry.name("id"),
                f"an id names one article, but {entry.get('path')!r} matches {len(files)} files",
                "give the id on an entry naming one file, or drop it (the id is the file stem)",
            )
            continue
        for path in files:
            real = os.path.realpath(path)
            if real in seen:
                problems.add(
                    entry.at("path"),
                    entry.name("path"),
                    f"{path} is already listed (line {seen[real].line})",
                    "list each article once; put its overrides on one entry",
                )
                continue
            seen[real] = entry.at("path")
            try:
                out.append(LoadedEntry(_read(entry, path, readers, len(files) > 1), entry))
            except ArticleLoadError as exc:
                problems.add(entry.at("path"), entry.name("path"), exc.problem, exc.hint)
                failed.add(entry.get("id") or path.stem)
            except (TypeError, ValueError) as exc:
                problems.add(entry.place, entry.where, str(exc))
                failed.add(entry.get("id") or path.stem)
    return out, failed


def publisher_grades(loaded: Iterable[LoadedEntry], problems: Problems) -> dict[str, Reliability]:
    """Publisher -> the reliability its articles' entries give; disagreeing grades are problems."""
    grades: dict[str, tuple[Reliability, Record]] = {}
    for item in loaded:
        grade = item.entry.get("reliability")
        if grade is None:
            continue
        publisher = item.article.publisher
        if not publisher:
            problems.add(
                item.entry.at("reliability"),
                item.entry.name("reliability"),
                f"article {item.article.id!r} has no publisher to rate",
                "add `publisher: …` to the entry (reliability rates the publisher)",
            )
            continue
        earlier = grades.setdefault(publisher, (grade, item.entry))
        if earlier[0] is not grade:
            problems.add(
                item.entry.at("reliability"),
                item.entry.name("reliability"),
                f"{publisher!r} is rated {earlier[0].value} at line "
                f"{earlier[1].at('reliability').line} and {grade.value} here",
                "give a publisher one reliability grade",
            )
    return {name: grade for name, (grade, _) in grades.items()}
