"""The exporter contract every output format implements (built-in or third-party).

The review-reader contract (:class:`ReviewReader`) is here too: a reader that turns a reviewed
file (the xlsx plugin's evidence workbook) into the edits :mod:`claimtrack.review` applies.

An exporter is an object with a ``name``, the file ``extensions`` it claims, a ``media_type``, a
one-line ``description``, an attrs ``Options`` class, and ``write(casebook, stream, options)`` that
writes the whole output to a binary stream. The host (:func:`claimtrack.export`) picks the
exporter, validates options, and does the atomic file handling, so exporters never touch paths.

:func:`exporter_problems` is the one statement of the contract's static rules: the host applies it
when a plugin registers an exporter, and the conformance kit (:mod:`claimtrack.host.testing`)
reports the same problems before it runs ``write()``.
"""

from __future__ import annotations

import abc
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

import attrs
from attrs import frozen

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = [
    "Exporter",
    "NoOptions",
    "ReviewReader",
    "exporter_problems",
    "review_reader_problems",
]


@frozen
class NoOptions:
    """Options class for an exporter that takes none."""


class Exporter(abc.ABC):
    """Base class of exporters. Subclass it, set the class attributes, implement :meth:`write`.

    Example::

        @attrs.frozen
        class CsvOptions:
            delimiter: str = ","

        class CsvExporter(claimtrack.Exporter):
            name = "csv"
            extensions = (".csv",)
            media_type = "text/csv"
            description = "Evidence as CSV, one row per quote."
            Options = CsvOptions

            def write(self, casebook, stream, options):
                ...
    """

    #: Format name users type after ``--format`` (lowercase, unique across plugins).
    name: ClassVar[str]
    #: File suffixes that select this exporter, with the dot: ``(".xlsx",)``.
    extensions: ClassVar[tuple[str, ...]] = ()
    #: IANA media type of the output.
    media_type: ClassVar[str] = "application/octet-stream"
    #: One line saying what the output is, shown by ``claimtrack formats``.
    description: ClassVar[str] = ""
    #: An attrs class whose fields are the exporter's options (with defaults).
    Options: ClassVar[type[Any]] = NoOptions
    #: True when the same casebook and options always give the same bytes (no timestamps);
    #: :mod:`claimtrack.host.testing` then checks it.
    deterministic: ClassVar[bool] = False

    @abc.abstractmethod
    def write(self, casebook: Casebook, stream: BinaryIO, options: Any) -> None:
        """Write ``casebook`` to ``stream`` (binary, opened by the host) using ``options``.

        Write only to ``stream``; raise an exception to abort (the host then leaves no file).
        """

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {getattr(self, 'name', '?')!r}>"


#: A format name: what users type after ``--format``.
FORMAT_NAME = re.compile(r"[a-z][a-z0-9_.-]*")
#: A file suffix an exporter claims: lower case, with the dot.
EXTENSION = re.compile(r"\.[a-z0-9][a-z0-9.]*")
_MEDIA_TYPE = re.compile(r"[\w.+-]+/[\w.+-]+.*")


def exporter_problems(exporter: object) -> list[str]:
    """Every way ``exporter`` breaks the static exporter contract, one readable line each.

    Empty for a good exporter. The rules: an :class:`Exporter` *instance*; ``name`` matches
    ``^[a-z][a-z0-9_.-]*$``; ``extensions`` a tuple of distinct lower-case suffixes starting with a
    dot; ``media_type`` a media type; ``description`` one non-empty line; a callable ``write``; and
    ``Options`` a frozen attrs class whose fields all have defaults.
    """
    if isinstance(exporter, type):
        cls = exporter.__name__
        return [f"returned the class {cls}; return an instance: {cls}()"]
    if not isinstance(exporter, Exporter):
        return [f"returned {exporter!r}, which is not a claimtrack.Exporter"]
    found = []
    name = getattr(exporter, "name", None)
    if not isinstance(name, str) or not FORMAT_NAME.fullmatch(name):
        found.append(f"name {name!r} must be a lowercase word such as 'markdown'")
    found += _extension_problems(getattr(exporter, "extensions", None))
    media_type = getattr(exporter, "media_type", None)
    if not isinstance(media_type, str) or not _MEDIA_TYPE.fullmatch(media_type):
        found.append(f"media_type {media_type!r} must be a media type such as 'text/markdown'")
    description = getattr(exporter, "description", None)
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        found.append("description must be one non-empty line (shown by `claimtrack formats`)")
    if not callable(getattr(exporter, "write", None)):
        found.append("write(casebook, stream, options) is missing")
    found += options_problems(getattr(exporter, "Options", None))
    return found


def _extension_problems(extensions: object) -> list[str]:
    if not isinstance(extensions, tuple) or not all(isinstance(e, str) for e in extensions):
        return [f"extensions {extensions!r} must be a tuple of strings such as ('.md',)"]
    found = [
        f"extension {ext!r} must start with a dot and be lowercase"
        for ext in extensions
        if not EXTENSION.fullmatch(ext)
    ]
    if len(set(extensions)) != len(extensions):
        found.append(f"extensions {extensions!r} repeat themselves")
    return found


def options_problems(options_class: object) -> list[str]:
    """Why ``options_class`` is not a frozen attrs class with defaults for every field."""
    if not (isinstance(options_class, type) and attrs.has(options_class)):
        return [
            f"Options {options_class!r} must be an attrs class "
            "(use claimtrack.host.contracts.NoOptions for none)"
        ]
    fields = attrs.fields(options_class)
    found = [
        f"option {f.name!r} has no default; every option needs one"
        for f in fields
        if f.default is attrs.NOTHING
    ]
    if found:
        return found
    try:
        instance = options_class()
    except Exception as exc:  # why: any failure is the options class's problem, reported
        return [f"Options() raised {type(exc).__name__}: {str(exc)[:300]}"]
    if fields:
        try:
            setattr(instance, fields[0].name, getattr(instance, fields[0].name))
        except attrs.exceptions.FrozenInstanceError:
            pass
        else:
            found.append("Options must be frozen (@attrs.frozen): the host shares instances")
    return found


class ReviewReader(abc.ABC):
    """Reads a reviewed file back: subclass it, set the class attributes, implement :meth:`read`.

    Register instances through the ``register_review_readers`` hook. ``name`` is a short
    lower-case id (``"xlsx"``), ``suffixes`` the lower-case suffixes it reads, with the dot
    (``(".xlsx",)``); a suffix belongs to the reader registered first. Import heavy libraries
    inside :meth:`read`.
    """

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]
    description: ClassVar[str] = ""

    @abc.abstractmethod
    def read(self, path: Path) -> Any:
        """Read the reviewed file at ``path`` into a :class:`claimtrack.review.WorkbookReview`.

        (The review layer sits above the host, so the return type is checked there.) On a file
        it cannot read, raise :class:`~claimtrack.errors.ReviewError` naming the file, and for a
        bad cell its sheet, row and column, with what to type instead.
        """

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {getattr(self, 'name', '?')!r}>"


def review_reader_problems(reader: object) -> list[str]:
    """Every way ``reader`` breaks the :class:`ReviewReader` contract (empty when it is good)."""
    if isinstance(reader, type):
        return [f"returned the class {reader.__name__}; return an instance: {reader.__name__}()"]
    if not isinstance(reader, ReviewReader):
        return [f"returned {reader!r}, which is not a claimtrack.host.contracts.ReviewReader"]
    found = []
    name = getattr(reader, "name", None)
    if not isinstance(name, str) or not FORMAT_NAME.fullmatch(name):
        found.append(f"review reader name {name!r} must be a lowercase word such as 'xlsx'")
    suffixes = getattr(reader, "suffixes", None)
    if not suffixes:
        found.append(f"review reader {name!r} needs suffixes such as ('.xlsx',)")
    else:
        found += _extension_problems(suffixes)
    if not callable(getattr(reader, "read", None)):
        found.append("read(path) is missing")
    return found
