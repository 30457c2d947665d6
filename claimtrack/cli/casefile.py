"""CLI commands for the casebook file: ``build`` (YAML to outputs) and ``init`` (a starter file).

:func:`register_commands` (the plugin hook) attaches them to the ``claimtrack`` command group.
The casebook file's modules (and ruamel.yaml) are imported when a command runs, not when the
``claimtrack`` group is built.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimtrack.cli.lazy import command_host
from claimtrack.cli.terminal import echo
from claimtrack.errors import CasefileError
from claimtrack.host.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimtrack.host.contracts import Exporter

__all__ = ["build_command", "init_command", "output_name", "register_commands"]

DEFAULT_FORMATS = ("json", "xlsx", "docx")

#: The file each built-in format is written to; another format's is ``casebook`` + its suffix.
OUTPUT_NAMES = {"json": "casebook.json", "xlsx": "evidence.xlsx", "docx": "brief.docx"}


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def output_name(exporter: Exporter) -> str:
    """The file name ``build`` writes ``exporter``'s output to."""
    if exporter.name in OUTPUT_NAMES:
        return OUTPUT_NAMES[exporter.name]
    suffix = exporter.extensions[0] if exporter.extensions else f".{exporter.name}"
    return f"casebook{suffix}"


_BUILD_EXAMPLES = """\b
claimtrack build examples/belarus_csto.yaml -o out/
claimtrack build case.yaml -o out/ -f json -f docx
"""


@click.command("build", epilog=_BUILD_EXAMPLES)
@click.argument("casefile", type=click.Path(dir_okay=False), metavar="CASEFILE")
@click.option(
    "-o",
    "--output-dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write the outputs to (made if missing).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    metavar="FORMAT",
    help="Output format, repeatable or comma-separated (json, xlsx, docx, or a plugin's); "
    "default: json, xlsx and docx.",
)
@click.pass_context
def build_command(
    ctx: click.Context, casefile: str, output_dir: str, formats: tuple[str, ...]
) -> None:
    """Build a casebook file (YAML) into casebook.json, evidence.xlsx and brief.docx.

    CASEFILE is a casebook file (docs/casefile.md; `claimtrack init` starts one). Every quote is
    verified against its article's text, and every problem in the file is listed at once, each
    as file:line:column with what is wrong and what to do (for a quote: the differing words and
    the closest passage); then nothing is written and the exit status is 1. Each output is
    written to a temporary file beside its target that replaces the target only when complete.
    """
    from claimtrack.casefile import load_casefile  # ruamel.yaml only when a file is built

    host = command_host(ctx)
    wanted = [f.strip() for item in formats for f in item.split(",") if f.strip()]
    # The formats are checked before the articles are read.
    exporters = [host.exporter_for(f) for f in (wanted or DEFAULT_FORMATS)]
    try:
        book = load_casefile(casefile, host=host)
    except CasefileError as exc:
        # One problem a paragraph, each starting with file:line:column (editors jump there).
        echo(
            f"error: {casefile}: {_count(len(exc.problems), 'problem')}; nothing written", err=True
        )
        for problem in exc.problems:
            echo(problem, err=True)
        raise click.exceptions.Exit(1) from None
    counts = (
        _count(len(book.articles), "article"),
        _count(len(book.claims), "claim"),
        _count(len(book.evidence), "quote") + " verified",
        _count(len(book.contradictions), "contradiction"),
    )
    echo(f"{casefile}: {', '.join(counts)}", err=True)
    for exporter in exporters:
        path = host.export(book, Path(output_dir) / output_name(exporter), exporter.name)
        echo(f"wrote {path}", err=True)


@click.command(
    "init", epilog="\b\nclaimtrack init seeds/ -o case.yaml\nclaimtrack build case.yaml -o out/"
)
@click.argument(
    "articles_dir", type=click.Path(exists=True, file_okay=False), metavar="ARTICLES_DIR"
)
@click.option(
    "-o",
    "--output",
    default="case.yaml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The casebook file to write; it must not exist yet.",
)
@click.pass_context
def init_command(ctx: click.Context, articles_dir: str, output: str) -> None:
    """Start a casebook file listing the articles of ARTICLES_DIR, to fill in and build.

    ARTICLES_DIR is a folder of article files (.txt, .md, .html, .docx, or a reader plugin's;
    subfolders too). Each article is read and listed with the title and date found in it (as
    comments), followed by one example claim and one example evidence whose texts say FILL IN.
    An existing file is never overwritten.
    """
    from claimtrack.casefile.starter import read_folder, starter_text, write_starter

    target = Path(output)
    if os.path.lexists(target):
        raise click.ClickException(
            f"{output} already exists; it is never overwritten: choose another name with -o"
        )
    articles, failed = read_folder(Path(articles_dir), command_host(ctx).readers())
    for exc in failed:
        echo(f"warning: skipped {exc}", err=True)
    if not articles:
        raise click.ClickException(f"no article could be read in {articles_dir}")
    folder = target.resolve().parent
    write_starter(starter_text(articles, folder, target.name), target)
    echo(f"wrote {output}: {len(articles)} articles listed; fill in the FILL IN texts", err=True)
    echo(f"then run: claimtrack build {output} -o out/", err=True)


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``build`` and ``init`` to the ``claimtrack`` command group (a built-in plugin)."""
    for command in (build_command, init_command):
        cli.add_command(command)
