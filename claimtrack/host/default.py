"""The process-wide plugin host behind :func:`claimtrack.export`, the readers and the CLI."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.host.registry import PluginHost

if TYPE_CHECKING:
    import pluggy

    from claimtrack.casebook.book import Casebook
    from claimtrack.host.progress import Progress
    from claimtrack.reading.readers import Reader

__all__ = [
    "existing_host",
    "export",
    "export_bytes",
    "get_host",
    "get_plugin_manager",
    "get_readers",
    "register_plugin",
    "set_host",
    "use_host",
]

_default: PluginHost | None = None
_first_use = threading.Lock()


def get_host() -> PluginHost:
    """The process-wide host (made on first use, with the built-ins and installed plugins)."""
    global _default
    host = _default
    if host is None:
        # Two threads' first calls must not make two hosts (a plugin registered on the loser
        # would vanish): check again under the lock.
        with _first_use:
            if _default is None:
                _default = PluginHost()
            host = _default
    return host


def existing_host() -> PluginHost | None:
    """The process-wide host if it has been made (or set), else None; never makes one."""
    return _default


def get_plugin_manager() -> pluggy.PluginManager:
    """The default host's :class:`pluggy.PluginManager`, with every plugin loaded.

    Calling ``pm.hook.X(...)`` directly runs all implementations in pluggy's order and the first
    exception stops it; :class:`PluginHost` methods find and report a failing plugin instead.
    """
    host = get_host()
    host.load()
    return host.pm


def set_host(host: PluginHost | None) -> None:
    """Replace the process-wide host (``None``: make a fresh one on next use)."""
    global _default
    _default = host


@contextlib.contextmanager
def use_host(host: PluginHost) -> Iterator[PluginHost]:
    """Use ``host`` as the process-wide host inside a ``with`` block (tests, embedding)."""
    global _default
    previous = _default
    _default = host
    try:
        yield host
    finally:
        _default = previous


def get_readers() -> Mapping[str, Reader]:
    """The article readers of the process-wide host, by lower-case suffix (``".txt"``)."""
    return get_host().readers()


def register_plugin(plugin: object, name: str | None = None) -> str:
    """Register a plugin object, or a bare exporter, with the process-wide host; returns its name.

    The shortest path for a one-off format::

        claimtrack.register_plugin(CsvExporter())

    A plugin with several hooks::

        class MyPlugin:
            @claimtrack.hookimpl
            def register_exporters(self):
                return [CsvExporter()]

        claimtrack.register_plugin(MyPlugin())
    """
    return get_host().register(plugin, name)


def export(
    book: Casebook,
    dest: str | os.PathLike[str],
    format: str | None = None,
    *,
    progress: Progress | None = None,
    **options: Any,
) -> Path:
    """Write ``book`` to the file ``dest`` with the exporter for ``format``, else ``dest``'s suffix.

    ``options`` are the exporter's own (``claimtrack formats`` lists them); a misspelt one is an
    error, not ignored. The output goes to a temporary file beside ``dest`` that replaces ``dest``
    only when the exporter succeeded. Raises :class:`~claimtrack.errors.FormatError` for an
    unknown format or option, :class:`~claimtrack.errors.ExportError` when writing fails or
    ``dest`` is an input file.
    Returns the path written.

    ``progress``: a callable called with ``(done, total)`` units of work as the export goes
    (rows of the workbook, sections of the memo), last with ``done == total`` once the file is
    written; raising from it stops the export and leaves no file
    (:mod:`claimtrack.host.progress`).
    """
    return get_host().export(book, dest, format, progress=progress, **options)


def export_bytes(
    book: Casebook, format: str, *, progress: Progress | None = None, **options: Any
) -> bytes:
    """What :func:`export` would write for ``format``, returned as bytes."""
    return get_host().export_bytes(book, format, progress=progress, **options)
