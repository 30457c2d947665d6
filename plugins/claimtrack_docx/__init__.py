"""claimtrack's Word exporter: the briefing memo (python-docx, imported only when writing).

Registered through the ``claimtrack`` entry-point group exactly as a third-party plugin would be
(``docx = "claimtrack_docx"`` in pyproject.toml). Importing this package does not import
python-docx or matplotlib; :meth:`DocxExporter.write` does.
"""

from __future__ import annotations

from claimtrack.host.hookspecs import hookimpl

from .exporter import DocxExporter, DocxOptions

__all__ = ["DocxExporter", "DocxOptions", "register_exporters"]


@hookimpl
def register_exporters() -> list[DocxExporter]:
    """The Word briefing-memo exporter (format ``docx``, suffix ``.docx``)."""
    return [DocxExporter()]
