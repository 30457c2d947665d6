"""The ``claimtrack`` command-line tool (click).

Commands: ``export``, ``check``, ``plugins``, ``formats``; the reading aids (``quotes``,
``suggest``, ``ingest``) come from :mod:`claimtrack.cli.reading`, and plugins add their own through
the ``register_commands`` hook when the command group is built.

Errors print one line (``error: …``) on stderr and exit with status 1 (2 for usage errors);
``claimtrack --traceback COMMAND …`` shows the full traceback instead. Plugin warnings print as
``warning: …`` lines on stderr.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any

import attrs
import click

from claimtrack import __version__
from claimtrack.cli.reading import register as _register_reading
from claimtrack.errors import ClaimtrackError, SchemaError
from claimtrack.host.registry import PluginHost, PluginWarning, get_host
from claimtrack.serialization.reader import load

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


def _host(ctx: click.Context) -> PluginHost:
    host = ctx.find_object(PluginHost)
    return host if host is not None else get_host()


# ------------------------------------------------------------------------ commands


def _parse_options(values: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="'-O' / '--option'")
        options[key.strip()] = value
    return options


@click.command("export")
@click.argument("casebook", type=click.Path(dir_okay=False))
@click.option(
    "-o", "--output", required=True, metavar="OUT", help="File to write ('-' for stdout)."
)
@click.option("-f", "--format", "format_", metavar="FORMAT", help="Format; default: OUT's suffix.")
@click.option(
    "-O",
    "--option",
    "options",
    multiple=True,
    metavar="KEY=VALUE",
    help="An exporter option (repeatable); 'claimtrack formats' lists them.",
)
@click.pass_context
def export_command(
    ctx: click.Context, casebook: str, output: str, format_: str | None, options: Sequence[str]
) -> None:
    """Export a casebook JSON file to another format (xlsx, docx, json, or a plugin's)."""
    opts = _parse_options(options)
    host = _host(ctx)
    if output != "-":
        # Check the format and options before reading a possibly large casebook.
        exporter = host.exporter_for(format_, output)
        from claimtrack.host.export import build_options

        build_options(exporter, opts)
    book = load(casebook)
    if output == "-":
        if not format_:
            raise click.UsageError("writing to stdout ('-o -') needs --format")
        sys.stdout.buffer.write(host.export_bytes(book, format_, **opts))
        sys.stdout.buffer.flush()
        return
    path = host.export(book, output, format_, **opts)
    click.echo(f"wrote {path}", err=True)


@click.command("check")
@click.argument("casebook", type=click.Path(dir_okay=False))
@click.option("--limit", default=50, show_default=True, help="Problems to list (0: all of them).")
def check_command(casebook: str, limit: int) -> None:
    """Load a casebook, re-verify every quote, and report its problems (exit 1 if any)."""
    try:
        # load() applies the casebook's one rule set (as validate() does) and names the JSON path
        # of each problem; a casebook it returns has none left.
        book = load(casebook)
    except SchemaError as exc:
        if len(exc.problems) < 2:
            raise
        book, problems = None, list(exc.problems)
    else:
        problems = book.problems()
    counts = (
        "not loaded"
        if book is None
        else (
            f"{len(book.articles)} articles, {len(book.claims)} claims, "
            f"{len(book.evidence)} evidence, {len(book.contradictions)} contradictions"
        )
    )
    if problems:
        click.echo(f"{casebook}: {len(problems)} problem(s) ({counts})", err=True)
        shown = problems if limit <= 0 else problems[:limit]
        for problem in shown:
            click.echo(f"  - {problem}", err=True)
        if len(shown) < len(problems):
            click.echo(f"  … and {len(problems) - len(shown)} more (--limit 0 lists all)", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"{casebook}: ok ({counts}; every quote verified)")


@click.command("plugins")
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.pass_context
def plugins_command(ctx: click.Context, show_all: bool) -> None:
    """List installed plugins as JSON: name, version, source, hooks, exporters, failures."""
    infos = _host(ctx).plugins(include_builtin=show_all)
    click.echo(json.dumps([i.to_dict() for i in infos], indent=2, ensure_ascii=False))


@click.command("formats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def formats_command(ctx: click.Context, as_json: bool) -> None:
    """List the export formats with their suffixes and options."""
    rows: list[dict[str, Any]] = []
    for name, exporter in _host(ctx).exporters().items():
        options = [
            {"name": f.alias or f.name, "type": _type_name(f.type), "default": _default(f)}
            for f in attrs.fields(attrs.resolve_types(exporter.Options))
        ]
        rows.append(
            {
                "name": name,
                "extensions": list(exporter.extensions),
                "media_type": exporter.media_type,
                "description": exporter.description,
                "options": options,
            }
        )
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    for row in rows:
        click.echo(f"{row['name']:<8} {' '.join(row['extensions']):<12} {row['description']}")
        for opt in row["options"]:
            click.echo(f"{'':8}   -O {opt['name']}=…  ({opt['type']}, default {opt['default']!r})")


def _type_name(kind: Any) -> str:
    return getattr(kind, "__name__", None) or str(kind).replace("typing.", "")


def _default(field: attrs.Attribute[Any]) -> Any:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory() if not default.takes_self else None
    return None if default is attrs.NOTHING else default


# --------------------------------------------------------------------------- group


def build_cli(host: PluginHost | None = None) -> click.Group:
    """The ``claimtrack`` command group, with plugins' commands added (from ``host``).

    Tests build one per host: ``CliRunner().invoke(build_cli(PluginHost(entry_points=[])), …)``.
    """

    @click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, "--version", prog_name="claimtrack")
    @click.option("--traceback", is_flag=True, help="Show the full traceback on errors.")
    @click.pass_context
    def cli(ctx: click.Context, traceback: bool) -> None:
        """Track claims, the evidence quoted for and against them, and contradictions."""
        ctx.meta["claimtrack.traceback"] = traceback
        ctx.obj = host if host is not None else get_host()

    for command in (export_command, check_command, plugins_command, formats_command):
        cli.add_command(command)
    # Reading-aid commands (quotes, suggest, ingest) from claimtrack.cli.reading.
    _register_reading(cli)
    (host if host is not None else get_host()).add_commands(cli)
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
