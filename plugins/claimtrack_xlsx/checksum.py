"""The casebook checksum shown on the About sheet: sha256 of the canonical JSON, streamed.

The value is ``sha256`` of exactly the bytes the JSON exporter writes with default options: both
go through the one canonical writer, and the function is the core's own
(:func:`claimtrack.serialization.writer.casebook_checksum`), the one a review's merge checks, so
``sha256sum case.json`` checks that a workbook and a JSON export show the same casebook.
"""

from __future__ import annotations

from claimtrack.serialization.writer import casebook_checksum

__all__ = ["casebook_checksum"]
