"""The ``claimtrack`` command-line tool (click).

Every command comes through the ``register_commands`` hook: the built-in ``export``, ``check``,
``plugins`` and ``formats`` (:mod:`claimtrack.cli.commands`) and the reading aids ``quotes``,
``suggest`` and ``ingest`` (:mod:`claimtrack.cli.reading`) and the casebook file's ``build`` and
``init`` (:mod:`claimtrack.cli.casefile`) are registered on the host as built-in
plugins when the command group is built, and installed plugins add theirs the same way; a plugin
cannot replace a built-in command. When no third-party plugin is installed, the ``claimtrack``
script skips that step: it lists the built-in commands from a table and imports a command only
when it is run or asked for help (:mod:`claimtrack.cli.lazy`), so ``claimtrack --help`` loads
neither the plugin host nor the commands' modules.

Errors print one line (``error: …``) on stderr and exit with status 1 (2 for usage errors,
130 for Ctrl-C); ``claimtrack --traceback COMMAND …`` shows the full traceback instead. Plugin
warnings print as ``warning: …`` lines on stderr. Everything printed passes through
:mod:`claimtrack.cli.terminal`, so escape sequences in article text never reach the terminal.
"""

from __future__ import annotations

import contextlib
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from claimtrack.cli.lazy import BUILTIN_COMMANDS, LazyGroup, add_builtin_commands
from claimtrack.cli.terminal import (
    echo,
    flush_or_silence,
    os_error_message,
    printable,
    silence_stream,
)
from claimtrack.errors import ClaimtrackError, PluginWarning

if TYPE_CHECKING:
    from claimtrack.host.registry import PluginHost

__all__ = ["build_cli", "main"]


class _Group(LazyGroup):
    """A group that turns claimtrack errors into one line and plugin warnings into plain lines."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with _plugin_warnings_shown():
            return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimtrackError as exc:
            if _wants_traceback(ctx):
                import traceback  # why here: 9 ms at start-up, needed only on this path

                traceback.print_exc()
            else:
                lines = str(exc).splitlines() or [type(exc).__name__]
                echo(f"error: {lines[0]}", err=True)
                # Multi-line errors (a list of problems, closest passages) keep their detail.
                for line in lines[1:]:
                    echo(f"  {line.strip()}", err=True)
            ctx.exit(1)
        except click.ClickException as exc:
            # click prints these itself; a file name or value in them may hold escapes.
            exc.message = printable(exc.message)  # type: ignore[misc]  # click's Final, but ours to clean
            raise
        except BrokenPipeError:
            # The reader went away (`claimtrack formats | head`): stop quietly, as Unix tools do.
            silence_stream(sys.stdout)
            ctx.exit(1)
        except KeyboardInterrupt:
            if _wants_traceback(ctx):
                raise
            echo("interrupted", err=True)
            ctx.exit(130)
        except OSError as exc:
            if _wants_traceback(ctx):
                raise
            if exc.filename is None:
                silence_stream(sys.stdout)  # stdout itself failed (a full disk): no second try
            echo(f"error: {os_error_message(exc)}", err=True)
            ctx.exit(1)
        except ValueError as exc:
            if _wants_traceback(ctx):
                raise
            echo(f"error: {exc}", err=True)
            ctx.exit(1)


def _wants_traceback(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("claimtrack.traceback"))


@contextlib.contextmanager
def _plugin_warnings_shown() -> Iterator[None]:
    """Every plugin warning printed as one plain ``warning: …`` line on stderr."""
    with warnings.catch_warnings():
        warnings.simplefilter("always", PluginWarning)
        warnings.showwarning = _show_warning
        yield


def _show_warning(message: Any, category: type[Warning], *_args: Any, **_kwargs: Any) -> None:
    if issubclass(category, PluginWarning):
        echo(f"warning: {message}", err=True)
    else:
        echo(f"warning: {category.__name__}: {message}", err=True)


# --------------------------------------------------------------------------- group


_EPILOG = """Exit status: 0 on success; 1 on an error (a bad casebook, an unknown format or
option, a failed export, a full disk: the message says which file, field or option and what to do);
2 on a usage error; 130 when interrupted (Ctrl-C). Plugin problems print as "warning: plugin
'name' (stage): ..." on stderr and do not stop the command.

Environment: CLAIMTRACK_LIMITS ("article_bytes=200MB,json_depth=200": raise the input
limits), CLAIMTRACK_LOAD_PLUGINS (unset: all plugins; empty: no third-party plugins; "a,b":
only those), CLAIMTRACK_STRICT_PLUGINS=1 (plugin problems are errors), CLAIMTRACK_TRACE=1 (print
every hook call on stderr).
"""


def build_cli(host: PluginHost | None = None) -> click.Group:
    """The ``claimtrack`` command group, with plugins' commands added (from ``host``).

    Tests build one per host: ``CliRunner().invoke(build_cli(PluginHost(entry_points=[])), …)``.
    Without ``host``, and with no plugin that could add commands (no ``claimtrack`` entry point
    installed, no host made yet in this process), the built-in commands are loaded lazily.
    """
    lazy = host is None and not _plugins_may_add_commands()

    @click.group(
        cls=_Group,
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog=_EPILOG,
        lazy=BUILTIN_COMMANDS if lazy else {},
    )
    # The installed distribution's version, read only when --version is asked for.
    @click.version_option(None, "--version", package_name="claimtrack", prog_name="claimtrack")
    @click.option("--traceback", is_flag=True, help="Show the full traceback on errors.")
    @click.pass_context
    def cli(ctx: click.Context, traceback: bool) -> None:
        """Track claims, the evidence quoted for and against them, and contradictions."""
        ctx.meta["claimtrack.traceback"] = traceback
        if not lazy:  # lazily, a command asks for the host when it runs (lazy.command_host)
            ctx.obj = host if host is not None else _process_host()

    if not lazy:
        chosen = host if host is not None else _process_host()
        # The built-in commands come through the register_commands hook, as a plugin's do.
        add_builtin_commands(chosen)
        chosen.add_commands(cli)
    return cli


def _process_host() -> PluginHost:
    from claimtrack.host.default import get_host

    return get_host()


def _plugins_may_add_commands() -> bool:
    """Whether a plugin could add commands: an entry point is declared, or a host exists."""
    default = sys.modules.get("claimtrack.host.default")
    if default is not None and default.existing_host() is not None:
        return True  # plugins may have been registered on it at run time
    from claimtrack.host.discovery import may_declare_plugins

    return may_declare_plugins()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``claimtrack`` script.

    Exits with the command's status after flushing the output: a failed final flush (a closed
    pipe, a full disk) prints one line, never Python's "Exception ignored" noise.
    """
    try:
        code = _run(argv)
    except KeyboardInterrupt:  # before a command ran (loading plugins, parsing)
        echo("interrupted", err=True)
        code = 130
    raise SystemExit(flush_or_silence(code))


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    echo(str(exc.code), err=True)
    return 1


def _run(argv: Sequence[str] | None) -> int:
    try:
        _build_and_run(argv)
    except SystemExit as exc:
        return _exit_code(exc)
    return 0


def _build_and_run(argv: Sequence[str] | None) -> None:
    # Plugin problems found while building the group (loading entry points) print cleanly.
    with _plugin_warnings_shown():
        try:
            cli = build_cli()
        except ClaimtrackError as exc:  # strict plugin mode: a broken plugin stops the tool
            if "--traceback" in (argv if argv is not None else sys.argv[1:]):
                raise
            echo(f"error: {exc}", err=True)
            raise SystemExit(1) from None
    cli.main(args=list(argv) if argv is not None else None, prog_name="claimtrack")
