"""The built-in JSON exporter: the canonical, versioned casebook document.

A plugin module like a third party's, registered in code by claimtrack's host
(:data:`claimtrack.host.builtins.BUILTIN_PLUGINS`) before any installed plugin. The document
format itself lives in the core (:mod:`claimtrack.serialization.writer`) because
:func:`claimtrack.load` reads it back, and the workbook's checksum is computed over the same bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from attrs import frozen

import claimtrack

if TYPE_CHECKING:
    from claimtrack import Casebook

__all__ = ["JsonExporter", "JsonOptions", "register_exporters"]


@frozen
class JsonOptions:
    """Options of the JSON exporter."""

    #: Include each article's raw file copy. Without it the document is smaller, but on loading
    #: ``Article.raw`` becomes the cleaned text and raw offsets are no longer meaningful.
    include_raw: bool = True


class JsonExporter(claimtrack.Exporter):
    """The whole casebook as canonical JSON (``{"claimtrack": 1, ...}``); read back by ``load``."""

    name = "json"
    extensions = (".json",)
    media_type = "application/json"
    description = "Canonical casebook JSON: self-contained, deterministic, read back by load()."
    deterministic = True
    Options = JsonOptions

    def write(self, casebook: Casebook, stream: BinaryIO, options: JsonOptions) -> None:
        """Write the canonical document as UTF-8 with a trailing newline."""
        # Imported on the first export: the serialization layer (cattrs) is not needed to list
        # the exporters (``claimtrack --help``, ``claimtrack formats``).
        from claimtrack.serialization.writer import write_document

        write_document(casebook, stream.write, include_raw=options.include_raw)


@claimtrack.hookimpl
def register_exporters() -> list[claimtrack.Exporter]:
    """The JSON exporter."""
    return [JsonExporter()]
