"""The ``claimtrack demo`` command: the worked Belarus/CSTO case, written where you ask.

:func:`register_commands` (the plugin hook) attaches it to the ``claimtrack`` command group. The
case is :mod:`claimtrack.demo`; the seed articles ship inside the package, so this works from a
plain wheel install, with no checkout.
"""

from __future__ import annotations

from pathlib import Path

import click

from claimtrack.cli.terminal import ProgressBar, echo, plural
from claimtrack.host.hookspecs import hookimpl

__all__ = ["demo_command", "register_commands"]

_DEMO_EXAMPLES = """\b
claimtrack demo out/
cd out && python -c "import claimtrack; print(claimtrack.load('casebook.json'))"
"""


@click.command("demo", epilog=_DEMO_EXAMPLES)
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--no-seeds", is_flag=True, help="Do not copy the seed articles to OUT_DIR/seeds/.")
@click.option("--no-progress", is_flag=True, help="No progress bars on stderr.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the case's summary.")
def demo_command(out_dir: str, no_seeds: bool, no_progress: bool, quiet: bool) -> None:
    """Write the worked example (the Belarus/CSTO case) to OUT_DIR.

    Builds the casebook from the five seed articles that ship with claimtrack (every quote
    verified against its article) and writes OUT_DIR/brief.docx (the Word memo),
    OUT_DIR/evidence.xlsx (the Excel workbook) and OUT_DIR/casebook.json, the same files as
    examples/belarus_csto.py. The seed articles are copied to OUT_DIR/seeds/ (files already
    there are kept), so the tutorial's code runs from OUT_DIR. Existing outputs are replaced.
    """
    bars: list[ProgressBar] = []

    # Imported here: `claimtrack --help` must not load the casebook.
    from claimtrack.demo import summary, write_demo

    def bar(name: str) -> ProgressBar:
        for done in bars:
            done.close()  # one line per output
        bars.append(ProgressBar(f"writing {name}", enabled=not no_progress))
        return bars[-1]

    try:
        book, written = write_demo(Path(out_dir), copy_seeds=not no_seeds, progress=bar)
    finally:
        for each in bars:
            each.close()
    if not quiet:
        echo(summary(book))
    copied = [p for p in written if p.parent.name == "seeds" and p.suffix == ".txt"]
    if copied:
        echo(f"copied {plural(len(copied), 'seed article')} to {copied[0].parent}", err=True)
    for path in written:
        if path not in copied:
            echo(f"wrote {path}", err=True)


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``demo`` to the ``claimtrack`` group."""
    cli.add_command(demo_command)
