"""The exporter contract every output format implements (built-in or third-party).

An exporter is an object with a ``name``, the file ``extensions`` it claims, a ``media_type``, a
one-line ``description``, an attrs ``Options`` class, and ``write(casebook, stream, options)`` that
writes the whole output to a binary stream. The host (:func:`claimtrack.export`) picks the
exporter, validates options, and does the atomic file handling, so exporters never touch paths.
"""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

from attrs import frozen

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook

__all__ = ["Exporter", "NoOptions"]


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
