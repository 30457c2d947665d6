"""claimtrack's own plugins, registered in code before any third-party one (as llm's defaults).

The three exporters are packages of their own under ``plugins/`` (``claimtrack_json``,
``claimtrack_xlsx``, ``claimtrack_docx``), written as a third party would write them; the
contradiction detector and the article readers are plugin objects here. The command-line tool
adds its built-in commands the same way when it builds its command group
(:func:`claimtrack.cli.main.build_cli`). ``CLAIMTRACK_LOAD_PLUGINS`` never switches them off.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimtrack.host.hookspecs import hookimpl
from claimtrack.reading.readers import BUILTIN_READERS, Reader

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook
    from claimtrack.model import Contradiction

__all__ = ["BUILTIN_PLUGINS", "BuiltinDetector", "BuiltinReaders", "builtin_detector"]


class BuiltinDetector:
    """The built-in detector as a plugin object implementing the ``detect_contradictions`` hook."""

    @hookimpl
    def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
        """Propose candidates with the casebook's ``builtin_candidates``."""
        # Imported on the first detection: the host (and ``claimtrack --help``) loads without it.
        from claimtrack.casebook.contradictions import builtin_candidates

        return builtin_candidates(casebook)


class BuiltinReaders:
    """The built-in article readers (.txt, .md, .html, .htm, .docx) as a plugin object."""

    @hookimpl
    def register_readers(self) -> list[Reader]:
        """The readers of :data:`claimtrack.reading.readers.BUILTIN_READERS`."""
        return list(BUILTIN_READERS)


#: The built-in detector plugin object.
builtin_detector = BuiltinDetector()


def _module(name: str) -> Callable[[], object]:
    return lambda: importlib.import_module(name)


#: (plugin name, how to get the plugin object), registered in this order. The exporter packages
#: import ``claimtrack`` themselves, so they are imported when the host loads, not here.
BUILTIN_PLUGINS: tuple[tuple[str, Callable[[], object]], ...] = (
    ("json", _module("claimtrack_json")),
    ("xlsx", _module("claimtrack_xlsx")),
    ("docx", _module("claimtrack_docx")),
    ("readers", BuiltinReaders),
    ("contradictions", lambda: builtin_detector),
)
