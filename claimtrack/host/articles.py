"""Load article files with the readers the plugins provide, picked by file suffix.

``load_corpus("seeds")`` reads every article file in a directory (files may be named too);
``load_article("page.html")`` reads one. The readers come from the process-wide host
(:meth:`~claimtrack.host.registry.PluginHost.readers`): claimtrack's own for ``.txt``, ``.md``,
``.html``/``.htm``, the ``docx`` plugin's for ``.docx``, and any reader plugin installed.
Every problem is an :class:`~claimtrack.errors.ArticleLoadError` naming the file. Only regular
files are read (a FIFO, device or socket is refused by its kind, never read), within the
:class:`~claimtrack.reading.limits.Limits` in force (``limits=`` or ``CLAIMTRACK_LIMITS``).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from claimtrack.errors import ArticleLimitError, ArticleLoadError, ClaimtrackError
from claimtrack.host.default import get_readers
from claimtrack.model import Article
from claimtrack.reading.corpus import Corpus, LoadedArticle, read_article
from claimtrack.reading.limits import Limits, read_regular_file, using_limits
from claimtrack.reading.metadata import (
    MANIFEST_NAME,
    ArticleMetadata,
    read_manifest,
    read_sidecar,
)
from claimtrack.reading.parallel import map_in_order
from claimtrack.reading.readers import Reader

__all__ = ["article_files", "load_article", "load_corpus", "read_article_file", "reader_for"]

PathLike = str | os.PathLike[str]


def _readers(readers: Mapping[str, Reader] | None) -> Mapping[str, Reader]:
    return get_readers() if readers is None else readers


def reader_for(path: PathLike, readers: Mapping[str, Reader] | None = None) -> Reader:
    """The reader for ``path``'s suffix (from ``readers``, else the host's).

    Raises :class:`~claimtrack.errors.ArticleLoadError` naming the file when no reader has it.
    """
    available = _readers(readers)
    suffix = Path(path).suffix.lower()
    reader = available.get(suffix)
    if reader is None:
        raise ArticleLoadError(
            os.fspath(path),
            f"unsupported file type {suffix or '(no suffix)'!r}",
            f"use one of {', '.join(available)}, or install a reader plugin for it",
        )
    return reader


def read_article_file(
    path: PathLike,
    *,
    id: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    readers: Mapping[str, Reader] | None = None,
    limits: Limits | None = None,
    stated: ArticleMetadata | None = None,
) -> LoadedArticle:
    """Read one file with the reader for its suffix; the article plus its cleaning report.

    ``readers`` maps suffixes to readers (default: the host's). ``id`` defaults to the file stem.
    ``limits`` (default: those in force) bound the file's size and, for the reader, how far a
    zip input may inflate. A JSON sidecar beside the file (``a.json`` for ``a.txt``) gives
    metadata that wins over ``stated`` (a manifest row) and over what the file says.
    """
    p = Path(path)
    name = os.fspath(path)
    if isinstance(name, str) and "\n" in name:
        raise ArticleLoadError(
            name[:60].split("\n")[0] + "…",
            "is article text, not a file's path",
            "load_article() reads a file; for text you hold, pass it to extract_quotations(), or"
            " build an Article with claimtrack.reading.cleaning.clean(text).to_article(id, text)",
        )
    try:
        found = p.exists()
    except OSError as err:  # a name too long for the file system, a bad character
        raise ArticleLoadError(
            name[:80], f"is no path this system can open ({err.strerror})", "check the path"
        ) from None
    if not found:
        raise ArticleLoadError(name, "no such file", "check the path")
    if p.is_dir():
        raise ArticleLoadError(name, "is a directory, not a file", "use load_corpus()")
    reader = reader_for(p, readers)
    with using_limits(limits) as active:
        data = read_regular_file(name, active.article_bytes, "article_bytes", _error_for(name))
        sidecar = _sidecar(p, active)
        if sidecar is not None:
            stated = sidecar if stated is None else sidecar.over(stated)
        return read_article(
            data,
            name,
            reader,
            id=id or p.stem,
            path=str(p),
            publisher=publisher,
            url=url,
            stated=stated,
        )


def _sidecar(path: Path, limits: Limits) -> ArticleMetadata | None:
    """The metadata of ``path``'s JSON sidecar (same name, ``.json``), if there is one."""
    sidecar = path.with_suffix(".json")
    if path.suffix.lower() == ".json" or not sidecar.is_file():
        return None
    name = os.fspath(sidecar)
    return read_sidecar(
        read_regular_file(name, limits.json_bytes, "json_bytes", _error_for(name)), name
    )


def _manifest(directory: Path, limits: Limits | None) -> dict[str, tuple[int, ArticleMetadata]]:
    """The rows of ``directory``'s manifest.csv, by file path relative to it ({} if none)."""
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    name = os.fspath(path)
    with using_limits(limits) as active:
        data = read_regular_file(name, active.json_bytes, "json_bytes", _error_for(name))
    return read_manifest(data, name)


def _error_for(name: str) -> Callable[[str, str, str | None], ClaimtrackError]:
    """The errors :func:`read_regular_file` raises for article ``name``."""

    def make(problem: str, hint: str, limit: str | None) -> ClaimtrackError:
        if limit is not None:
            return ArticleLimitError(name, problem, hint, limit=limit)
        return ArticleLoadError(name, problem, hint)

    return make


def load_article(
    path: PathLike,
    *,
    id: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    limits: Limits | None = None,
) -> Article:
    """Read, decode and clean one article file, with the reader for its suffix.

    ``id`` defaults to the file stem; ``publisher`` and ``url`` override what the file says.
    ``limits`` raises (or lowers) the :class:`~claimtrack.reading.limits.Limits` for this call.
    Raises :class:`~claimtrack.errors.ArticleLoadError` naming the file on any problem
    (:class:`~claimtrack.errors.ArticleLimitError` for a broken limit).
    """
    return read_article_file(path, id=id, publisher=publisher, url=url, limits=limits).article


def article_files(
    directory: PathLike,
    pattern: str = "*",
    *,
    recursive: bool = False,
    readers: Mapping[str, Reader] | None = None,
) -> list[Path]:
    """The files in ``directory`` a reader can read whose name matches ``pattern``, sorted.

    Hidden files are left out; an empty list when none match.
    """
    suffixes = _readers(readers)
    root = Path(directory)
    if not root.is_dir():
        raise ArticleLoadError(os.fspath(directory), "not a directory", "name a directory")
    walker = root.rglob("*") if recursive else root.iterdir()
    return sorted(
        p
        for p in walker
        if p.is_file()
        and not p.name.startswith(".")
        and p.suffix.lower() in suffixes
        and fnmatch.fnmatch(p.name, pattern)
    )


def _expand(
    paths: tuple[PathLike, ...], pattern: str, recursive: bool, readers: Mapping[str, Reader]
) -> list[Path]:
    """Named files as they are; directories replaced by their article files."""
    files: list[Path] = []
    for path in paths:
        if not isinstance(path, str | os.PathLike):
            raise TypeError(
                f"load_corpus() takes paths as separate arguments, got {type(path).__name__}; "
                f"write load_corpus(*paths)"
            )
        p = Path(path)
        if not p.exists():
            raise ArticleLoadError(os.fspath(path), "no such file or directory", "check the path")
        if not p.is_dir():
            files.append(p)
            continue
        found = article_files(p, pattern, recursive=recursive, readers=readers)
        if not found:
            raise ArticleLoadError(
                os.fspath(path),
                f"no article files matching {pattern!r}",
                f"put {', '.join(readers)} files there or change the pattern",
            )
        files.extend(found)
    return files


def load_corpus(
    *paths: PathLike,
    pattern: str = "*",
    recursive: bool = False,
    publishers: Mapping[str, str] | None = None,
    on_error: str = "raise",
    limits: Limits | None = None,
    workers: int = 1,
) -> Corpus:
    """Load article files, and the article files of directories, into a :class:`Corpus`.

    A directory contributes its files whose suffix a reader knows and whose name matches
    ``pattern`` (hidden files never; subdirectories with ``recursive=True``); a directory with
    none is an error. ``publishers`` maps article id (the file stem) to publisher.
    ``on_error="skip"`` records unreadable files in :attr:`Corpus.skipped` instead of raising.
    ``limits`` raises (or lowers) the :class:`~claimtrack.reading.limits.Limits` for each file.
    A directory's ``manifest.csv`` (columns ``file``, ``url``, ``title``, ``publisher``,
    ``published``, ``language``, ``authors``) gives its files' metadata; a JSON sidecar beside a
    file wins over its row.
    ``workers`` reads the files in that many processes (``0``: one per core; see
    :mod:`claimtrack.reading.parallel`): the same corpus, in the same order, with the same
    errors; the readers must be picklable where processes are spawned (macOS, Windows).
    """
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    if not paths:
        raise TypeError("load_corpus() needs at least one file or directory")
    readers = get_readers()
    publishers = publishers or {}
    files = _expand(paths, pattern, recursive, readers)
    corpus = Corpus()
    rows = _manifest_rows(paths, files, limits)
    with using_limits(limits) as active:  # resolved here, so every worker uses the same
        jobs = [(path, publishers.get(path.stem), rows.get(path)) for path in files]
        results = map_in_order(_read_job, jobs, shared=(dict(readers), active), workers=workers)
        for (path, _publisher, _stated), result in zip(jobs, results, strict=True):
            try:
                if isinstance(result, ArticleLoadError):
                    raise result
                corpus.add(result)
            except ArticleLoadError as exc:
                if on_error == "raise":
                    raise
                corpus.skipped.append((str(path), str(exc)))
    return corpus


def _read_job(
    job: tuple[Path, str | None, ArticleMetadata | None],
    shared: tuple[Mapping[str, Reader], Limits],
) -> LoadedArticle | ArticleLoadError:
    """Read one file of :func:`load_corpus`; its error is returned, to be raised in order."""
    path, publisher, stated = job
    readers, limits = shared
    try:
        return read_article_file(
            path, publisher=publisher, readers=readers, limits=limits, stated=stated
        )
    except ArticleLoadError as exc:
        return exc


def _manifest_rows(
    paths: tuple[PathLike, ...], files: list[Path], limits: Limits | None
) -> dict[Path, ArticleMetadata]:
    """Each file's manifest row; a row naming no file that is loaded is an error."""
    found: dict[Path, ArticleMetadata] = {}
    loaded = set(files)
    for directory in (Path(p) for p in paths):
        if not directory.is_dir():
            continue
        for relative, (line, stated) in _manifest(directory, limits).items():
            target = directory / relative
            if target not in loaded:
                raise ArticleLoadError(
                    f"{directory / MANIFEST_NAME}:{line}",
                    f"names {relative!r}, which is not an article file loaded from {directory}",
                    "fix the file name, or remove the row",
                )
            found[target] = stated
    return found
