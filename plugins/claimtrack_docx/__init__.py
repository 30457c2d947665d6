"""claimtrack's Word exporter: the briefing memo (python-docx, imported only when writing).

Registered through the ``claimtrack`` entry-point group exactly as a third-party plugin would be.
"""

from __future__ import annotations

from .exporter import DocxExporter, DocxOptions

__all__ = ["DocxExporter", "DocxOptions"]
