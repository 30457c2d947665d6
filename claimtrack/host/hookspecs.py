"""The hooks a claimtrack plugin can implement.

A plugin is any object (usually a module) with functions marked ``@claimtrack.hookimpl`` whose
names are hooks below. Plugins are found through the ``claimtrack`` entry-point group, or
registered at run time with :func:`claimtrack.register_plugin`. A function marked ``hookimpl``
whose name is not a hook here is reported (with a "did you mean") instead of silently ignored.

Hooks are called through pluggy, so the order is pluggy's (as in pytest): implementations marked
``tryfirst=True`` run first, ``trylast=True`` last, and otherwise the plugin registered last runs
first. ``CLAIMTRACK_TRACE=1`` prints every hook call on stderr (pluggy's tracing).

Example plugin module::

    import claimtrack

    class CsvExporter(claimtrack.Exporter):
        name = "csv"
        extensions = (".csv",)
        ...

    @claimtrack.hookimpl
    def register_exporters():
        return [CsvExporter()]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from collections.abc import Sequence

    import click

    from claimtrack.casebook.book import Casebook
    from claimtrack.host.contracts import Exporter, ReviewReader
    from claimtrack.model import Contradiction
    from claimtrack.reading.readers import Reader

__all__ = [
    "PROJECT_NAME",
    "detect_contradictions",
    "hookimpl",
    "hookspec",
    "register_commands",
    "register_exporters",
    "register_readers",
    "register_review_readers",
]

#: The pluggy project name; also the entry-point group plugins are published under.
PROJECT_NAME = "claimtrack"

#: Marker for hook specifications (used only here and by plugins that add their own hooks).
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
#: Marker for hook implementations: decorate a plugin's hook functions with it.
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def register_exporters() -> Sequence[Exporter]:  # type: ignore[empty-body]
    """Return the exporters this plugin provides, as :class:`claimtrack.Exporter` *instances*.

    Each exporter's ``name`` must be unique across all plugins, and so should its ``extensions``;
    a clash is reported as a conflict and the exporter loaded first keeps the name. Keep heavy
    imports (openpyxl, python-docx…) inside ``Exporter.write`` so listing formats stays fast.
    """


@hookspec
def register_readers() -> Sequence[Reader]:  # type: ignore[empty-body]
    """Return the article readers this plugin provides, as ``Reader`` instances.

    ``Reader`` is :class:`claimtrack.reading.readers.Reader`.
    A reader turns the bytes of a file with one of its ``suffixes`` (lower case, with the dot:
    ``(".pdf",)``) into article text. A suffix belongs to the reader registered first (the
    built-in .txt, .md, .html and .docx readers are registered before any plugin); a later claim
    on it is reported as a conflict. Keep heavy imports inside ``Reader.read``.
    """


@hookspec
def register_review_readers() -> Sequence[ReviewReader]:  # type: ignore[empty-body]
    """Return readers of reviewed files, as :class:`claimtrack.host.contracts.ReviewReader`
    instances.

    ``claimtrack merge`` and :func:`claimtrack.review.merge_workbook` pick the reader by the
    reviewed file's suffix; its ``read(path)`` returns a
    :class:`claimtrack.review.WorkbookReview` (the edits, the new quotes, the fingerprints of the
    records as they were exported). A suffix belongs to the reader registered first; a later
    claim on it is reported as a conflict. Keep heavy imports inside ``read``.
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``claimtrack`` command-line tool.

    ``cli`` is the top-level :class:`click.Group`; decorate functions with ``@cli.command()``
    or call ``cli.add_command(...)``. Called once, when the command group is built.
    """


@hookspec
def detect_contradictions(casebook: Casebook) -> Sequence[Contradiction]:  # type: ignore[empty-body]
    """Propose contradictions found in ``casebook``, as :class:`claimtrack.Contradiction` objects.

    Return candidates only: ``status`` must be ``ContradictionStatus.CANDIDATE`` (an analyst
    confirms, dismisses or explains them), ``detected_by`` should name the detector, ``reasons``
    should say why each pair was proposed, and ``left``/``right`` must be claim ids (level
    ``claims``) or evidence ids (level ``evidence``) of ``casebook``. Do not modify ``casebook``;
    the caller decides what to add. Results of all plugins are concatenated in hook order.
    """
