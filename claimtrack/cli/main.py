"""The ``claimtrack`` command-line tool (click).

Every command comes through the ``register_commands`` hook: the built-in ``export``, ``check``,
``plugins`` and ``formats`` (:mod:`claimtrack.cli.commands`) and the reading aids ``quotes``,
``suggest`` and ``ingest`` (:mod:`claimtrack.cli.reading`) are registered on the host as built-in
plugins when the command group is built, and installed plugins add theirs the same way; a plugin
cannot replace a built-in command.

Errors print one line (``error: …``) on stderr and exit with status 1 (2 for usage errors);
``claimtrack --traceback COMMAND …`` shows the full traceback instead. Plugin warnings print as
``warning: …`` lines on stderr.
"""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any

import click

from claimtrack.cli import commands, reading
from claimtrack.errors import ClaimtrackError
from claimtrack.host.default import get_host
from claimtrack.host.listing import PluginWarning
from claimtrack.host.registry import PluginHost

__all__ = ["build_cli", "main"]


class _Group(click.Group):
    """A group that turns claimtrack errors into one line and plugin warnings into plain lines."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with warnings.catch_warnings():
            warnings.simplefilter("always", PluginWarning)
            warnings.showwarning = _show_warning
            return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimtrackError as exc:
            if _wants_traceback(ctx):
                traceback.print_exc()
            else:
                lines = str(exc).splitlines() or [type(exc).__name__]
                click.echo(f"error: {lines[0]}", err=True)
                # Multi-line errors (a list of problems, closest passages) keep their detail.
                for line in lines[1:]:
                    click.echo(f"  {line.strip()}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            # The reader went away (`claimtrack formats | head`): stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(1)
        except (OSError, ValueError) as exc:
            if _wants_traceback(ctx):
                raise
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


def _wants_traceback(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("claimtrack.traceback"))


def _show_warning(message: Any, category: type[Warning], *_args: Any, **_kwargs: Any) -> None:
    if issubclass(category, PluginWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        click.echo(f"warning: {category.__name__}: {message}", err=True)


# --------------------------------------------------------------------------- group


_EPILOG = """Exit status: 0 on success; 1 on an error (a bad casebook, an unknown format or
option, a failed export: the message says which file, field or option and what to do); 2 on a usage
error. Plugin problems print as "warning: plugin 'name' (stage): ..." on stderr and do not stop
the command.

Environment: CLAIMTRACK_LOAD_PLUGINS (unset: all plugins; empty: no third-party plugins; "a,b":
only those), CLAIMTRACK_STRICT_PLUGINS=1 (plugin problems are errors), CLAIMTRACK_TRACE=1 (print
every hook call on stderr).
"""


def build_cli(host: PluginHost | None = None) -> click.Group:
    """The ``claimtrack`` command group, with plugins' commands added (from ``host``).

    Tests build one per host: ``CliRunner().invoke(build_cli(PluginHost(entry_points=[])), …)``.
    """

    @click.group(
        cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_EPILOG
    )
    # The installed distribution's version, read only when --version is asked for.
    @click.version_option(None, "--version", package_name="claimtrack", prog_name="claimtrack")
    @click.option("--traceback", is_flag=True, help="Show the full traceback on errors.")
    @click.pass_context
    def cli(ctx: click.Context, traceback: bool) -> None:
        """Track claims, the evidence quoted for and against them, and contradictions."""
        ctx.meta["claimtrack.traceback"] = traceback
        ctx.obj = host if host is not None else get_host()

    chosen = host if host is not None else get_host()
    # The built-in commands come through the register_commands hook, as a plugin's do.
    chosen.add_builtin(commands, "commands")
    chosen.add_builtin(reading, "reading-commands")
    chosen.add_commands(cli)
    return cli


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``claimtrack`` script."""
    with warnings.catch_warnings():
        # Plugin problems found while building the group (loading entry points) print cleanly.
        warnings.simplefilter("always", PluginWarning)
        warnings.showwarning = _show_warning
        try:
            cli = build_cli()
        except ClaimtrackError as exc:  # strict plugin mode: a broken plugin stops the tool
            if "--traceback" in (argv if argv is not None else sys.argv[1:]):
                raise
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(1) from None
    cli.main(args=list(argv) if argv is not None else None, prog_name="claimtrack")
