"""The corpus: articles by id, each with the report of how it was read and cleaned.

:func:`read_article` turns one file's bytes into an :class:`~claimtrack.model.records.Article`
with a given :class:`~claimtrack.reading.readers.Reader`, and checks what the reader produced.
Choosing the reader (by suffix, among the plugins' readers) and reading files from disk is the
host's job: see :func:`claimtrack.load_article` and :func:`claimtrack.load_corpus`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from attrs import frozen

from claimtrack.errors import ArticleLoadError
from claimtrack.model import Article
from claimtrack.reading.cleaning import CleanResult
from claimtrack.reading.metadata import ArticleMetadata
from claimtrack.reading.readers import Reader, ReadResult

__all__ = ["Corpus", "LoadedArticle", "read_article"]


@frozen
class LoadedArticle:
    """An article with how it was read: the encoding and the cleaning report."""

    article: Article
    cleaning: CleanResult
    encoding: str


def read_article(
    data: bytes,
    name: str,
    reader: Reader,
    *,
    id: str,
    path: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    stated: ArticleMetadata | None = None,
) -> LoadedArticle:
    """Read one file's bytes with ``reader``; the article plus its cleaning report.

    ``name`` names the file in messages; ``stated`` (a sidecar's or a manifest's metadata)
    overrides what the reader found, and ``publisher`` and ``url``, when given, override both.
    A reader that fails in any way, or returns something that breaks the chain of custody (a
    body that does not map back to ``raw``), is an :class:`ArticleLoadError` naming the file:
    one bad file or reader never stops a corpus.
    """
    result = _run_reader(reader, data, name)
    if stated is not None:
        result = result.with_metadata(stated)
    if not result.text.strip():
        raise ArticleLoadError(
            name,
            "no article body left after cleaning (only boilerplate?)",
            "check the file holds the article text",
        )
    article = Article(
        id=id,
        text=result.text,
        raw=result.raw,
        offset_map=result.offset_map,
        path=path,
        title=result.title,
        authors=result.authors,
        published=result.published,
        publisher=publisher if publisher is not None else result.publisher,
        url=url if url is not None else result.url,
        language=result.language,
    )
    return LoadedArticle(article, result.cleaning, result.encoding)


def _run_reader(reader: Reader, data: bytes, name: str) -> ReadResult:
    """Call the reader; anything but a ReadResult that maps back to its raw text is refused."""
    try:
        result = reader.read(data, name)
    except ArticleLoadError:
        raise
    except Exception as exc:  # why: a reader plugin's bug must not stop the other files
        raise ArticleLoadError(
            name,
            f"the {reader.name!r} reader failed: {type(exc).__name__}: {exc}",
            "report it to the reader's author, or convert the file to text",
        ) from exc
    if not isinstance(result, ReadResult):
        raise ArticleLoadError(
            name,
            f"the {reader.name!r} reader returned {type(result).__name__}, not a ReadResult",
            "report it to the reader's author",
        )
    problem = _offset_map_problem(result)
    if problem is not None:
        raise ArticleLoadError(
            name, f"the {reader.name!r} reader {problem}", "report it to the reader's author"
        )
    return result


def _offset_map_problem(result: ReadResult) -> str | None:
    """Whether every offset-map segment copies ``raw`` exactly (DESIGN §3, chain of custody)."""
    text, raw = result.text, result.raw
    for text_start, raw_start, length in result.offset_map:
        if (
            length <= 0
            or text_start < 0
            or raw_start < 0
            or text[text_start : text_start + length] != raw[raw_start : raw_start + length]
        ):
            return (
                f"mapped text[{text_start}:{text_start + length}] to "
                f"raw[{raw_start}:{raw_start + length}], which differ"
            )
    return None


class Corpus(Mapping[str, Article]):
    """Articles by id, iterated in id order, each with the report of how it was cleaned.

    :func:`claimtrack.load_corpus` builds one from files and directories; ``Corpus(articles)``
    and :meth:`add` take articles made in code.
    """

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: dict[str, Article] = {}
        self._loaded: dict[str, LoadedArticle] = {}
        self.skipped: list[tuple[str, str]] = []
        """Files :func:`~claimtrack.load_corpus` skipped (``on_error="skip"``): ``(path, why)``."""
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
