"""claimtrack's Word plugin: the briefing-memo exporter and the ``.docx`` article reader.

Registered through the ``claimtrack`` entry-point group exactly as a third-party plugin would be
(``docx = "claimtrack_docx"`` in pyproject.toml). Importing this package does not import
python-docx or matplotlib; :meth:`DocxExporter.write` and :meth:`DocxReader.read` do.
"""

from __future__ import annotations

from claimtrack.host.hookspecs import hookimpl

from .exporter import DocxExporter, DocxOptions
from .reader import DocxReader

__all__ = ["DocxExporter", "DocxOptions", "DocxReader", "register_exporters", "register_readers"]


@hookimpl
def register_exporters() -> list[DocxExporter]:
    """The Word briefing-memo exporter (format ``docx``, suffix ``.docx``)."""
    return [DocxExporter()]


@hookimpl
def register_readers() -> list[DocxReader]:
    """The ``.docx`` article reader."""
    return [DocxReader()]
