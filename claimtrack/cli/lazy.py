"""The built-in commands, imported only when used: ``claimtrack --help`` lists them from a table.

Start-up is the cost of ``claimtrack --help`` (issue 15: ≤ 100 ms). Importing every command
module, and the plugin host behind them, was most of it; so when no third-party plugin can add
commands, the group lists the built-in commands from :data:`BUILTIN_COMMANDS` (each command's
name and the first paragraph of its help, which is all the listing shows) and imports a command's
module only when that command is run or asked for its own help. tests/test_cli_startup.py keeps
the table in step with the commands, and the lazy listing identical to the eager one.

The built-in command modules are still plugins of the host (``claimtrack plugins --all`` lists
them): :func:`command_host` registers them on the process-wide host the first time a command
needs the host, never for ``--help``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import click

if TYPE_CHECKING:
    from claimtrack.host.registry import PluginHost

__all__ = [
    "BUILTIN_COMMANDS",
    "BUILTIN_COMMAND_PLUGINS",
    "BuiltinCommand",
    "LazyGroup",
    "add_builtin_commands",
    "command_host",
]


class BuiltinCommand(NamedTuple):
    """Where a built-in command lives, and what ``claimtrack --help`` says about it."""

    module: str
    attribute: str
    #: The first paragraph of the command's help (click shortens it to fit the terminal).
    summary: str


#: The modules whose ``register_commands`` hooks add the built-in commands, by plugin name, in
#: the order they are registered on the host.
BUILTIN_COMMAND_PLUGINS: tuple[tuple[str, str], ...] = (
    ("commands", "claimtrack.cli.commands"),
    ("reading-commands", "claimtrack.cli.reading"),
    ("casefile-commands", "claimtrack.cli.casefile"),
    ("review-commands", "claimtrack.cli.review"),
    ("changes-commands", "claimtrack.cli.changes"),
    ("demo-commands", "claimtrack.cli.demo"),
)

_COMMANDS = "claimtrack.cli.commands"
_READING = "claimtrack.cli.reading"
_CASEFILE = "claimtrack.cli.casefile"

#: Every built-in command: what the registration hooks of :data:`BUILTIN_COMMAND_PLUGINS` add.
BUILTIN_COMMANDS: Mapping[str, BuiltinCommand] = {
    "build": BuiltinCommand(_CASEFILE, "build_command",
        "Build a casebook file (YAML) into casebook.json, evidence.xlsx and brief.docx."),
    "check": BuiltinCommand(_COMMANDS, "check_command",
        "Load a casebook, re-verify every quote, and report its problems (exit 1 if any)."),
    "demo": BuiltinCommand("claimtrack.cli.demo", "demo_command",
        "Write the worked example (the Belarus/CSTO case) to OUT_DIR."),
    "diff": BuiltinCommand("claimtrack.cli.changes", "diff_command",
        "Show what changed from casebook OLD to casebook NEW."),
    "export": BuiltinCommand(_COMMANDS, "export_command",
        "Export a casebook JSON file to another format (xlsx, docx, json, or a plugin's)."),
    "formats": BuiltinCommand(_COMMANDS, "formats_command",
        "List the export formats with their suffixes and options."),
    "ingest": BuiltinCommand(_READING, "ingest_command",
        "Read articles and report what cleaning kept and dropped, and why."),
    "init": BuiltinCommand(_CASEFILE, "init_command",
        "Start a casebook file listing the articles of ARTICLES_DIR, to fill in and build."),
    "merge": BuiltinCommand("claimtrack.cli.review", "merge_command",
        "Merge a reviewed evidence workbook into a casebook and print the change report."),
    "plugins": BuiltinCommand(_COMMANDS, "plugins_command",
        "List installed plugins as JSON: name, version, source, hooks, exporters, failures."),
    "quotes": BuiltinCommand(_READING, "quotes_command",
        "List the direct quotations in articles, with speaker, how it was found, and confidence."),
    "suggest": BuiltinCommand(_READING, "suggest_command",
        "Rank the corpus sentences that may bear on CLAIM (BM25), best first."),
}  # fmt: skip

#: ``ctx.meta`` key set while the group lists its commands (summaries suffice: no imports).
_LISTING = "claimtrack.listing-commands"


class LazyGroup(click.Group):
    """A group that imports a lazy command's module when the command is run or asked for help.

    ``lazy`` maps command names to :class:`BuiltinCommand`; commands added the ordinary way
    (``add_command``) come first, so with ``lazy={}`` this is a plain :class:`click.Group`.
    """

    def __init__(self, *args: Any, lazy: Mapping[str, BuiltinCommand], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        spec = self.lazy.get(cmd_name)
        if command is not None or spec is None:
            return command
        if ctx.meta.get(_LISTING):
            # The listing shows the first paragraph of the help, shortened as for the command.
            return click.Command(cmd_name, help=spec.summary)
        loaded: click.Command = getattr(importlib.import_module(spec.module), spec.attribute)
        return loaded

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            # click (8.4+) suggests close names from ``self.commands`` only: offer the lazy ones.
            no_such = getattr(click.exceptions, "NoSuchCommand", None)
            if not self.lazy or no_such is None or not isinstance(exc, no_such):
                raise
            names = self.list_commands(ctx)
            raise no_such(exc.command_name, possibilities=names, ctx=ctx) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        ctx.meta[_LISTING] = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            del ctx.meta[_LISTING]


def add_builtin_commands(host: PluginHost) -> None:
    """Register the built-in command modules on ``host`` as plugins (no-op if they are)."""
    for name, module in BUILTIN_COMMAND_PLUGINS:
        host.add_builtin(importlib.import_module(module), name)


def command_host(ctx: click.Context | None = None) -> PluginHost:
    """The host a running command uses: ``build_cli(host)``'s, else the process-wide one.

    The process-wide host gets the built-in command plugins on first use here, as
    ``build_cli`` registers them on a host it is given.
    """
    from claimtrack.host.default import get_host
    from claimtrack.host.registry import PluginHost

    if ctx is None:
        ctx = click.get_current_context(silent=True)
    host = ctx.find_object(PluginHost) if ctx is not None else None
    if host is None:
        host = get_host()
        add_builtin_commands(host)
    return host
