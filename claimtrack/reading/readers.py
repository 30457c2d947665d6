"""The article-reader contract, and the built-in readers for ``.txt``, ``.md`` and ``.html``.

A :class:`Reader` turns one file's bytes into a :class:`ReadResult`: the text the article's
offsets point into (``raw``), the cleaned body with its map back to ``raw``, and the metadata the
file states. Readers are plugins: the host collects them through the ``register_readers`` hook
and picks one by the file's suffix (see :mod:`claimtrack.host.articles`). The ``.docx`` reader
lives in the ``claimtrack_docx`` plugin, so the core never imports python-docx.

A reader for another format is a few lines::

    class PdfReader(Reader):
        name = "pdf"
        suffixes = (".pdf",)
        description = "PDF documents (text layer, via pypdf)"

        def read(self, data: bytes, name: str) -> ReadResult:
            text = ...  # extract the text; raise ArticleLoadError(name, problem, hint) if you can't
            return ReadResult.cleaned(text, encoding="pdf")
"""

from __future__ import annotations

import abc
import re
from typing import ClassVar

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from claimtrack.model import PartialDate
from claimtrack.reading.cleaning import CleanResult, clean
from claimtrack.reading.decoding import decode_bytes
from claimtrack.reading.html import clean_html
from claimtrack.reading.metadata import ArticleMetadata, read_front_matter

__all__ = [
    "BUILTIN_READERS",
    "HtmlReader",
    "MarkdownReader",
    "ReadResult",
    "Reader",
    "TextReader",
    "reader_problem",
]

_NAME = re.compile(r"[a-z0-9][a-z0-9_.+-]*")
# Files are matched on ``Path.suffix``, so a suffix is one dot and no other.
_SUFFIX = re.compile(r"\.[a-z0-9][a-z0-9_+-]*")


def _authors(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


_optional_str = optional(instance_of(str))
_optional_date = optional(instance_of(PartialDate))


@frozen
class ReadResult:
    """What a reader makes of one file.

    ``raw`` is the file as text (decoded text, the HTML source, a document's extracted text): it
    becomes :attr:`Article.raw`, and ``cleaning.offset_map`` maps every character of the cleaned
    body (``cleaning.text``) back to it. ``encoding`` says how the bytes were read (``"utf-8"``,
    ``"cp1251"``, ``"docx"`` …). The metadata fields are the article's final values; the loader
    only lets a caller's ``publisher=``/``url=`` override them. Most readers build it with
    :meth:`cleaned`.
    """

    raw: str = field(validator=instance_of(str))
    cleaning: CleanResult = field(validator=instance_of(CleanResult))
    encoding: str = field(validator=instance_of(str))
    title: str | None = field(default=None, validator=_optional_str)
    authors: tuple[str, ...] = field(default=(), converter=_authors)
    published: PartialDate | None = field(default=None, validator=_optional_date)
    publisher: str | None = field(default=None, validator=_optional_str)
    url: str | None = field(default=None, validator=_optional_str)
    language: str | None = field(default=None, validator=_optional_str)

    @property
    def text(self) -> str:
        """The cleaned article body."""
        return self.cleaning.text

    @property
    def offset_map(self) -> tuple[tuple[int, int, int], ...]:
        """``(text_start, raw_start, length)`` segments from :attr:`text` back to :attr:`raw`."""
        return self.cleaning.offset_map

    @classmethod
    def cleaned(
        cls,
        raw: str,
        *,
        encoding: str,
        cleaning: CleanResult | None = None,
        title: str | None = None,
        authors: tuple[str, ...] = (),
        published: PartialDate | None = None,
        publisher: str | None = None,
        url: str | None = None,
        language: str | None = None,
    ) -> ReadResult:
        """Clean ``raw`` with claimtrack's rules (unless ``cleaning`` is given) and merge metadata.

        The other arguments are what the file itself states (meta tags, document properties).
        The title and authors the text shows win over them (a document property often says
        "Document1"); a stated publication date wins over a date line found in the text (it is
        exact and machine-written).
        """
        result = clean(raw) if cleaning is None else cleaning
        return cls(
            raw=raw,
            cleaning=result,
            encoding=encoding,
            title=result.title or title,
            authors=result.authors or _authors(authors),
            published=published or result.published,
            publisher=publisher,
            url=url or result.url,
            language=language,
        )

    def with_metadata(self, stated: ArticleMetadata) -> ReadResult:
        """This result with what ``stated`` says (front matter, sidecar, manifest) winning."""
        return attrs.evolve(
            self,
            title=stated.title or self.title,
            authors=stated.authors or self.authors,
            published=stated.published or self.published,
            publisher=stated.publisher or self.publisher,
            url=stated.url or self.url,
            language=stated.language or self.language,
        )


class Reader(abc.ABC):
    """Reads one kind of article file. Subclass it, set the class attributes, write :meth:`read`.

    ``name`` is a short lower-case id (``"html"``), ``suffixes`` the lower-case file suffixes it
    reads, with the dot (``(".html", ".htm")``), and ``description`` one line for listings.
    Register instances through the ``register_readers`` hook. Import heavy libraries inside
    :meth:`read`, so listing readers stays fast.
    """

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]
    description: ClassVar[str]

    @abc.abstractmethod
    def read(self, data: bytes, name: str) -> ReadResult:
        """Turn the file's bytes into a :class:`ReadResult`.

        ``name`` names the file in messages. On a file it cannot read, raise
        :class:`~claimtrack.errors.ArticleLoadError` with ``name``, the problem and a hint.
        """

    def __repr__(self) -> str:
        suffixes = getattr(self, "suffixes", ())
        return f"<{type(self).__name__} {getattr(self, 'name', '?')!r} {suffixes!r}>"


def reader_problem(obj: object) -> str | None:
    """What keeps ``obj`` from being a usable :class:`Reader` instance, or None if nothing."""
    if isinstance(obj, type) and issubclass(obj, Reader):
        return f"got the class {obj.__name__}; register an instance: {obj.__name__}()"
    if not isinstance(obj, Reader):
        return f"{obj!r} is not a claimtrack Reader (subclass claimtrack.Reader)"
    kind = type(obj).__name__
    name = getattr(obj, "name", None)
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        return f"reader {kind} needs a lower-case name such as 'pdf', got {name!r}"
    suffixes = getattr(obj, "suffixes", None)
    if (
        not isinstance(suffixes, tuple)
        or not suffixes
        or not all(isinstance(s, str) and _SUFFIX.fullmatch(s) for s in suffixes)
    ):
        return (
            f"reader {name!r}: suffixes must be a non-empty tuple of lower-case suffixes "
            f"with the dot, such as ('.pdf',), got {suffixes!r}"
        )
    if not isinstance(getattr(obj, "description", None), str):
        return f"reader {name!r} needs a description (one line of text)"
    return None


class TextReader(Reader):
    """Plain-text copies of web pages, in any encoding :func:`decode_bytes` recognises."""

    name = "text"
    suffixes = (".txt",)
    description = "plain text in any common encoding, cleaned of web-page boilerplate"

    def read(self, data: bytes, name: str) -> ReadResult:
        """Decode the bytes and clean the text."""
        decoded = decode_bytes(data, name)
        return ReadResult.cleaned(decoded.text, encoding=decoded.encoding)


class MarkdownReader(TextReader):
    """Markdown files, read as the plain text they are (markup stays in ``raw`` and ``text``).

    A YAML front matter block (between ``---`` lines at the top) gives the metadata (see
    :mod:`claimtrack.reading.metadata`); it stays in ``raw`` and is left out of the body.
    """

    name = "markdown"
    suffixes = (".md",)
    description = "Markdown, read as plain text; metadata from YAML front matter"

    def read(self, data: bytes, name: str) -> ReadResult:
        """Decode, read the front matter, clean the rest."""
        decoded = decode_bytes(data, name)
        stated, body_start = read_front_matter(decoded.text, name)
        result = ReadResult.cleaned(
            decoded.text,
            encoding=decoded.encoding,
            cleaning=clean(decoded.text, start=body_start),
        )
        return result.with_metadata(stated)


class HtmlReader(Reader):
    """Saved web pages: the main text (trafilatura), cleaned; title, author, date from the page."""

    name = "html"
    suffixes = (".html", ".htm")
    description = "HTML pages: main text (trafilatura), cleaned; title, author, date from the page"

    def read(self, data: bytes, name: str) -> ReadResult:
        """Decode the HTML, extract and clean its text; ``raw`` stays the HTML."""
        decoded = decode_bytes(data, name)
        cleaning, page = clean_html(decoded.text)
        if page.title:
            # The page's own headline (its <h1>, og:title or <title>, as trafilatura reads them)
            # beats a title guessed from the extracted text, which has already lost the
            # headline and offers a subheading in its place.
            cleaning = attrs.evolve(cleaning, title=None)
        return ReadResult.cleaned(
            decoded.text,
            encoding=decoded.encoding,
            cleaning=cleaning,
            title=page.title,
            authors=page.authors,
            published=page.published,
            publisher=page.publisher,
            url=page.url,
            language=page.language,
        )


#: The readers claimtrack itself provides (the ``.docx`` one comes with the ``docx`` plugin).
BUILTIN_READERS: tuple[Reader, ...] = (TextReader(), MarkdownReader(), HtmlReader())
