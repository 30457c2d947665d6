"""claimtrack-markdown: an example exporter plugin that writes a casebook as a Markdown brief.

claimtrack finds this module through the entry point in ``pyproject.toml``::

    [project.entry-points.claimtrack]
    markdown = "claimtrack_markdown"

and calls the hook below to get the exporter objects it provides.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import claimtrack

from .exporter import MarkdownExporter, MarkdownOptions

__all__ = ["MarkdownExporter", "MarkdownOptions", "__version__", "register_exporters"]

try:
    __version__ = version("claimtrack-markdown")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.0.0"


@claimtrack.hookimpl
def register_exporters() -> list[claimtrack.Exporter]:
    """Give claimtrack the ``markdown`` exporter."""
    return [MarkdownExporter()]
