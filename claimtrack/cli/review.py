"""``claimtrack merge``: bring a reviewed evidence workbook back into a casebook, as a plugin.

Registered on the host by :func:`claimtrack.cli.main.build_cli` through the
``register_commands`` hook, like the other built-in commands.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from claimtrack.cli.lazy import command_host
from claimtrack.cli.terminal import echo, json_text
from claimtrack.errors import ExportTargetError
from claimtrack.host.hookspecs import hookimpl

__all__ = ["EXIT_PARTIAL", "merge_command"]

#: Exit status when conflicts or refusals left edits out and --accept-partial was not given.
EXIT_PARTIAL = 3

_EXAMPLES = """\b
claimtrack export case.json -o review.xlsx -O review=true -O suggestions=5
claimtrack merge case.json review.xlsx -o merged.json
claimtrack merge case.json review.xlsx -o merged.json --report changes.txt --accept-partial
claimtrack merge case.json review.xlsx -o merged.json --json | jq '.conflicts'
"""


def _refuse_inputs(inputs: list[str], *targets: str | None) -> None:
    real = {os.path.realpath(p): p for p in inputs}
    for target in targets:
        if target and os.path.realpath(target) in real:
            raise ExportTargetError(
                f"refusing to overwrite {target}: it is an input of the merge; write elsewhere"
            )


def _write_text(target: str, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file beside it and ``os.replace``."""
    path = Path(target)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("merge", epilog=_EXAMPLES)
@click.argument("casebook", type=click.Path(exists=True, dir_okay=False))
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="OUT",
    help="The merged casebook JSON to write (never one of the inputs).",
)
@click.option(
    "--report",
    "report_path",
    metavar="FILE",
    help="Also write the change report (the table) to FILE.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the change report as JSON instead of a table."
)
@click.option(
    "--accept-partial",
    is_flag=True,
    help="Write OUT even when conflicts or refusals left some edits out.",
)
@click.pass_context
def merge_command(
    ctx: click.Context,
    casebook: str,
    workbook: str,
    output: str,
    report_path: str | None,
    as_json: bool,
    accept_partial: bool,
) -> None:
    """Merge a reviewed evidence workbook into a casebook and print the change report.

    CASEBOOK is the casebook JSON the workbook was exported from (with -O review=true);
    WORKBOOK the workbook as the analyst saved it (Excel or LibreOffice). Edited stances,
    credibility, speakers, notes, claim assessments and contradiction verdicts are applied, new
    quotes and accepted suggestions verified against their articles. The report lists every
    change (sheet, cell, field, old → new), every quote added, every conflict (a record the
    casebook changed since the export: not applied) and every refusal (a quote not in its
    article, with the closest passage: never stored).

    Nothing is written while there are conflicts or refusals (exit status 3) unless
    --accept-partial is given. OUT is written atomically; CASEBOOK and WORKBOOK are never
    overwritten. A workbook exported from another casebook is refused (exit status 1).
    """
    _refuse_inputs([casebook, workbook], output, report_path)
    if report_path and os.path.realpath(report_path) == os.path.realpath(output):
        raise click.UsageError("--report and --output must be different files")
    host = command_host(ctx)
    # Imported here: `claimtrack --help` must not load the casebook or serialization.
    from claimtrack.review import merge_workbook
    from claimtrack.serialization.reader import load

    book = load(casebook)
    merged, report = merge_workbook(book, workbook, host=host)
    table = report.table()
    if as_json:
        echo(json_text(report.to_dict()), styled=True)
    else:
        echo(table.rstrip("\n"))
    if report_path:
        _write_text(report_path, table)
    if not report.ok and not accept_partial:
        echo(
            f"nothing written: {report.summary()}; fix the workbook and merge again, or pass "
            f"--accept-partial to write the changes that apply",
            err=True,
        )
        raise click.exceptions.Exit(EXIT_PARTIAL)
    path = host.export(merged, output, "json")
    echo(f"wrote {path}", err=True)


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``merge`` to the ``claimtrack`` group."""
    cli.add_command(merge_command)
