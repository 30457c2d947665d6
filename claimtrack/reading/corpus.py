"""Load article files into cleaned :class:`~claimtrack.model.records.Article` objects.

``Corpus.from_directory("seeds")`` reads every ``.txt``/``.md``/``.html``/``.htm``/``.docx`` file,
decodes it (see :mod:`claimtrack.reading.decoding`), cleans it (see :mod:`claimtrack.reading.cleaning`) and keeps
the articles ordered by id, with the cleaning report of each for the ``ingest`` command.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from attrs import frozen

from claimtrack.errors import ArticleLoadError
from claimtrack.model import Article
from claimtrack.reading.cleaning import CleanResult, clean
from claimtrack.reading.decoding import decode_bytes

__all__ = ["SUFFIXES", "Corpus", "LoadedArticle", "load_article", "read_article"]

#: File name suffixes read as articles (lower case).
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
_MAX_BYTES = 200 * 1024 * 1024


@frozen
class LoadedArticle:
    """An article with how it was read: the encoding and the cleaning report."""

    article: Article
    cleaning: CleanResult
    encoding: str


def read_article(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> LoadedArticle:
    """Read, decode and clean one file; the article plus its cleaning report.

    Raises :class:`ArticleLoadError` naming the file, the problem and what to do.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ArticleLoadError(name, "no such file", "check the path")
    if p.is_dir():
        raise ArticleLoadError(name, "is a directory, not a file", "use Corpus.from_directory()")
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleLoadError(
            name,
            f"unsupported file type {suffix or '(no suffix)'!r}",
            f"use one of {', '.join(SUFFIXES)}",
        )
    size = p.stat().st_size
    if size > _MAX_BYTES:
        raise ArticleLoadError(name, f"too large for an article ({size} bytes)", "split it")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleLoadError(
            name, f"cannot be read: {exc.strerror or exc}", "check permissions"
        ) from None
    metadata: dict[str, object] = {}
    if suffix == ".docx":
        from claimtrack.reading.html import (
            docx_to_text,  # python-docx is imported only for .docx files
        )

        raw, metadata = docx_to_text(data, name)
        result, encoding = clean(raw), "docx"
    else:
        decoded = decode_bytes(data, name)
        raw, encoding = decoded.text, decoded.encoding
        if suffix in (".html", ".htm"):
            from claimtrack.reading.html import clean_html

            result, metadata = clean_html(raw)
        else:
            result = clean(raw)
    if not result.text.strip():
        raise ArticleLoadError(
            name,
            "no article body left after cleaning (only boilerplate?)",
            "check the file holds the article text",
        )
    values: dict[str, object] = {
        "title": result.title or metadata.get("title"),
        "authors": result.authors or metadata.get("authors", ()),
        "published": metadata.get("published") or result.published,
        "publisher": publisher if publisher is not None else metadata.get("publisher"),
        "url": url if url is not None else metadata.get("url"),
        "language": metadata.get("language"),
    }
    article = Article(
        id=id or p.stem,
        text=result.text,
        raw=raw,
        offset_map=result.offset_map,
        path=str(p),
        **values,  # type: ignore[arg-type]
    )
    return LoadedArticle(article, result, encoding)


def load_article(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """Read, decode and clean one article file (``.txt``, ``.md``, ``.html``, ``.htm``, ``.docx``).

    ``id`` defaults to the file stem. Raises :class:`ArticleLoadError` on a bad file.
    """
    return read_article(path, id=id, publisher=publisher, url=url).article


class Corpus(Mapping[str, Article]):
    """Articles by id, iterated in id order, each with the report of how it was cleaned.

    Build it with :meth:`from_directory` or :meth:`from_files`, or add articles one by one.
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: dict[str, Article] = {}
        self._loaded: dict[str, LoadedArticle] = {}
        self.skipped: list[tuple[str, str]] = []
        """Files left out by ``on_error="skip"``: ``(path, message)``."""
        for article in articles:
            self.add(article)

    # -- building ----------------------------------------------------------------

    def add(self, article: Article | LoadedArticle) -> Article:
        """Add one article (or a :class:`LoadedArticle`); its id must be new."""
        loaded = article if isinstance(article, LoadedArticle) else None
        art = loaded.article if loaded is not None else article
        if not isinstance(art, Article):
            raise TypeError(f"Corpus.add() needs an Article, got {type(art).__name__}")
        if art.id in self._articles:
            other = self._articles[art.id].path or "an article added earlier"
            raise ArticleLoadError(
                art.path or art.id,
                f"article id {art.id!r} is already used by {other}",
                "rename one of the files, or pass id= to load_article()",
            )
        self._articles[art.id] = art
        if loaded is not None:
            self._loaded[art.id] = loaded
        return art

    @classmethod
    def from_files(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        publishers: Mapping[str, str] | None = None,
        on_error: str = "raise",
    ) -> Corpus:
        """Load the given files. ``publishers`` maps article id -> publisher.

        ``on_error="skip"`` records bad files in :attr:`skipped` instead of raising.
        """
        if on_error not in ("raise", "skip"):
            raise ValueError("on_error must be 'raise' or 'skip'")
        corpus = cls()
        publishers = publishers or {}
        for path in paths:
            stem = Path(path).stem
            try:
                corpus.add(read_article(path, publisher=publishers.get(stem)))
            except ArticleLoadError as exc:
                if on_error == "raise":
                    raise
                corpus.skipped.append((str(path), str(exc)))
        return corpus

    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str = "*",
        *,
        recursive: bool = False,
        publishers: Mapping[str, str] | None = None,
        on_error: str = "raise",
    ) -> Corpus:
        """Load every article file in a directory whose name matches ``pattern``.

        Only the suffixes in :data:`SUFFIXES` are read; hidden files are ignored. A directory
        with no article files is an :class:`ArticleLoadError`.
        """
        root = Path(path)
        if not root.exists():
            raise ArticleLoadError(str(path), "no such directory", "check the path")
        if not root.is_dir():
            raise ArticleLoadError(
                str(path), "is a file, not a directory", "use Corpus.from_files([...])"
            )
        walker = root.rglob("*") if recursive else root.iterdir()
        files = sorted(
            p
            for p in walker
            if p.is_file()
            and not p.name.startswith(".")
            and p.suffix.lower() in SUFFIXES
            and fnmatch.fnmatch(p.name, pattern)
        )
        if not files:
            raise ArticleLoadError(
                str(path),
                f"no article files matching {pattern!r}",
                f"put {', '.join(SUFFIXES)} files there or change the pattern",
            )
        return cls.from_files(files, publishers=publishers, on_error=on_error)

    # -- reading -----------------------------------------------------------------

    def __getitem__(self, key: str) -> Article:
        try:
            return self._articles[key]
        except KeyError:
            known = ", ".join(sorted(self._articles)[:10])
            raise KeyError(f"no article {key!r} in the corpus (have: {known})") from None

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._articles))

    def __len__(self) -> int:
        return len(self._articles)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} articles>"

    def cleaning(self, article_id: str) -> CleanResult | None:
        """The cleaning report of an article loaded from a file (None for one added as is)."""
        loaded = self._loaded.get(article_id)
        return loaded.cleaning if loaded is not None else None

    def encoding(self, article_id: str) -> str | None:
        """The encoding an article's file was read with (None for one added as is)."""
        loaded = self._loaded.get(article_id)
        return loaded.encoding if loaded is not None else None
