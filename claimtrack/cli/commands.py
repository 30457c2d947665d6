"""The built-in commands ``export``, ``check``, ``plugins`` and ``formats``, as a plugin.

Registered on the host by :func:`claimtrack.cli.main.build_cli` through the same
``register_commands`` hook a third-party plugin implements.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from claimtrack.cli.lazy import command_host
from claimtrack.cli.terminal import ProgressBar, echo, json_text, plural
from claimtrack.errors import SchemaError
from claimtrack.host.hookspecs import hookimpl

if TYPE_CHECKING:
    import attrs

    from claimtrack.casebook import Casebook


def load(path: str) -> Casebook:
    """:func:`claimtrack.serialization.reader.load`, imported when a command reads a casebook.

    The casebook and serialization layers (cattrs, rapidfuzz) are not needed for ``--help``.
    """
    from claimtrack.serialization.reader import load as load_casebook

    return load_casebook(path)


__all__ = ["check_command", "export_command", "formats_command", "plugins_command"]


def _parse_options(values: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="'-O' / '--option'")
        options[key.strip()] = value
    return options


_EXPORT_EXAMPLES = """\b
claimtrack export out/casebook.json -o brief.docx
claimtrack export out/casebook.json -o evidence.xlsx -O sheets=Summary,Evidence -O sort=date
claimtrack export out/casebook.json -o - -f json | jq '.claims | length'
"""


@click.command("export", epilog=_EXPORT_EXAMPLES)
@click.argument("casebook", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="OUT",
    help="File to write. '-' writes to stdout and needs --format.",
)
@click.option(
    "-f",
    "--format",
    "format_",
    metavar="FORMAT",
    help="Format name ('claimtrack formats' lists them); default: from OUT's suffix.",
)
@click.option(
    "-O",
    "--option",
    "options",
    multiple=True,
    metavar="KEY=VALUE",
    help="An exporter option, repeatable. Values are converted to the option's type "
    "(true/false, numbers, comma-separated lists).",
)
@click.option(
    "--no-progress",
    is_flag=True,
    help="No progress bar (one is drawn on stderr, when it is a terminal, for exports that "
    "take more than half a second).",
)
@click.pass_context
def export_command(
    ctx: click.Context,
    casebook: str,
    output: str,
    format_: str | None,
    options: Sequence[str],
    no_progress: bool,
) -> None:
    """Export a casebook JSON file to another format (xlsx, docx, json, or a plugin's).

    CASEBOOK is a casebook JSON file, as written by the JSON exporter or
    claimtrack.export(book, "casebook.json"). The format and options are checked before the
    casebook is read; the output goes to a temporary file beside OUT that replaces it only when
    the export succeeded, so a failed export leaves no file and an existing OUT untouched; an
    input file is never overwritten.
    """
    from claimtrack.host.export import build_options  # why here: attrs, not for --help

    opts = _parse_options(options)
    host = command_host(ctx)
    if output != "-":
        # Check the format and options before reading a possibly large casebook.
        exporter = host.exporter_for(format_, output)
        build_options(exporter, opts)
    book = load(casebook)
    if output == "-":
        if not format_:
            raise click.UsageError("writing to stdout ('-o -') needs --format")
        with ProgressBar(f"writing {format_}", enabled=not no_progress) as bar:
            data = host.export_bytes(book, format_, progress=bar, **opts)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with ProgressBar(f"writing {output}", enabled=not no_progress) as bar:
        path = host.export(book, output, format_, progress=bar, **opts)
    echo(f"wrote {path}", err=True)


@click.command("check")
@click.argument("casebook", type=click.Path(dir_okay=False))
@click.option("--limit", default=50, show_default=True, help="Problems to list (0: all of them).")
def check_command(casebook: str, limit: int) -> None:
    """Load a casebook, re-verify every quote, and report its problems (exit 1 if any).

    CASEBOOK is a casebook JSON file; every quote is checked against its article's text.
    """
    book: Casebook | None
    try:
        # load() applies the casebook's one rule set (as validate() does) and names the JSON path
        # of each problem; a casebook it returns has none left.
        book = load(casebook)
        problems = book.problems()
    except SchemaError as exc:
        if len(exc.problems) < 2:
            raise
        book, problems = None, list(exc.problems)
    counts = (
        "not loaded"
        if book is None
        else (
            f"{plural(len(book.articles), 'article')}, {plural(len(book.claims), 'claim')}, "
            f"{plural(len(book.evidence), 'piece of evidence', 'pieces of evidence')}, "
            f"{plural(len(book.contradictions), 'contradiction')}"
        )
    )
    if problems:
        echo(f"{casebook}: {plural(len(problems), 'problem')} ({counts})", err=True)
        shown = problems if limit <= 0 else problems[:limit]
        for problem in shown:
            echo(f"  - {problem}", err=True)
        if len(shown) < len(problems):
            echo(f"  … and {len(problems) - len(shown)} more (--limit 0 lists all)", err=True)
        raise click.exceptions.Exit(1)
    echo(f"{casebook}: ok ({counts}; every quote verified)")


@click.command("plugins")
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Include the built-in plugins (exporters, readers, detector, commands).",
)
@click.pass_context
def plugins_command(ctx: click.Context, show_all: bool) -> None:
    """List installed plugins as JSON: name, version, source, hooks, exporters, failures.

    Each entry has name, source (builtin, entry point or runtime), entry_point, builtin,
    distribution, version, loaded, hooks, exporters, readers and failures (each with its stage
    and message). A plugin that failed to load is listed with its failures.
    """
    infos = command_host(ctx).plugins(include_builtin=show_all)
    echo(json_text([i.to_dict() for i in infos]), styled=True)


@click.command("formats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def formats_command(ctx: click.Context, as_json: bool) -> None:
    """List the export formats with their suffixes and options.

    Each option is shown with its type and default; pass it to 'claimtrack export' as
    -O name=value. Formats are listed in hook order.
    """
    import attrs  # why here: 10 ms, not needed for --help

    rows: list[dict[str, Any]] = []
    for name, exporter in command_host(ctx).exporters().items():
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
        echo(json_text(rows), styled=True)
        return
    for row in rows:
        echo(f"{row['name']:<8} {' '.join(row['extensions']):<12} {row['description']}")
        for opt in row["options"]:
            echo(f"{'':8}   -O {opt['name']}=…  ({opt['type']}, default {opt['default']!r})")


def _type_name(kind: Any) -> str:
    return getattr(kind, "__name__", None) or str(kind).replace("typing.", "")


def _default(field: attrs.Attribute[Any]) -> Any:
    import attrs

    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory() if not default.takes_self else None
    return None if default is attrs.NOTHING else default


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``export``, ``check``, ``plugins`` and ``formats`` to the ``claimtrack`` group."""
    for command in (export_command, check_command, plugins_command, formats_command):
        cli.add_command(command)
