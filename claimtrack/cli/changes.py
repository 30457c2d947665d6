"""The ``claimtrack diff`` command: what changed between two casebook files.

:func:`register_commands` (the plugin hook) attaches it to the ``claimtrack`` command group. The
comparison itself is :func:`claimtrack.casebook.changes.compare`; this module only prints it, as
a table per part, or as JSON with ``--json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from claimtrack.cli.terminal import echo, json_text, plural, printable
from claimtrack.host.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimtrack.casebook.changes import CasebookChanges, RecordChange
    from claimtrack.model import Evidence

__all__ = ["diff_command", "register_commands", "summary_line"]

#: Quotes and statements longer than this are clipped in the table (``--json`` has them whole).
CELL_CHARS = 60

_DIFF_EXAMPLES = """\b
claimtrack diff last-week.json casebook.json
claimtrack diff last-week.json casebook.json --json | jq '.changed_claims'
"""


@click.command("diff", epilog=_DIFF_EXAMPLES)
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON (ids, old/new).")
def diff_command(old: str, new: str, as_json: bool) -> None:
    """Show what changed from casebook OLD to casebook NEW.

    Lists articles, claims, evidence and contradictions added and removed, and for records in
    both: evidence whose quote, stance, grade, speaker or date changed, claims whose statement,
    likelihood or confidence moved, contradictions whose status, kind or resolution changed
    (old → new). Records are matched by id. Exit status 0 whether or not anything changed.
    """
    # Imported here: `claimtrack --help` must not load the casebook or serialization.
    from claimtrack.casebook.changes import compare
    from claimtrack.serialization.reader import load

    changes = compare(load(old), load(new))
    if as_json:
        echo(json_text(changes.to_dict()), styled=True)
        return
    echo(f"{old} → {new}: {summary_line(changes)}")
    for title, headers, rows in _tables(changes):
        echo()
        echo(title)
        for line in _table(headers, rows):
            echo(line, styled=True)


def summary_line(changes: CasebookChanges) -> str:
    """One line of counts: ``1 claim changed; 3 pieces of evidence (1 added, 1 removed, …)``."""
    words = {
        "articles": ("article", "articles"),
        "claims": ("claim", "claims"),
        "evidence": ("piece of evidence", "pieces of evidence"),
        "contradictions": ("contradiction", "contradictions"),
    }
    parts = []
    for kind, (one, many) in words.items():
        counts = {
            verb: len(getattr(changes, f"{verb}_{kind}", ()))
            for verb in ("added", "removed", "changed")
        }
        moved = {verb: n for verb, n in counts.items() if n}
        if len(moved) == 1:
            ((verb, n),) = moved.items()
            parts.append(f"{plural(n, one, many)} {verb}")
        elif moved:
            detail = ", ".join(f"{n} {verb}" for verb, n in moved.items())
            parts.append(f"{plural(sum(moved.values()), one, many)} ({detail})")
    return "; ".join(parts) if parts else "no changes"


def _evidence_row(ev: Evidence) -> tuple[str, ...]:
    return (ev.id, ev.claim, ev.stance.value, ev.speaker or "", _clip(ev.quote))


def _change_rows(changes: Sequence[RecordChange]) -> list[tuple[str, ...]]:
    return [
        (change.id, f.field, _clip(f.old) or "—", _clip(f.new) or "—")
        for change in changes
        for f in change.fields
    ]


Table = tuple[str, tuple[str, ...], list[tuple[str, ...]]]


def _tables(changes: CasebookChanges) -> list[Table]:
    evidence_headers = ("ID", "CLAIM", "STANCE", "SPEAKER", "QUOTE")
    change_headers = ("ID", "FIELD", "OLD", "NEW")
    tables: list[Table] = [
        ("Articles added", ("ID", "TITLE"),
         [(a.id, _clip(a.title or "")) for a in changes.added_articles]),
        ("Articles removed", ("ID", "TITLE"),
         [(a.id, _clip(a.title or "")) for a in changes.removed_articles]),
        ("Claims added", ("ID", "STATEMENT"),
         [(c.id, _clip(c.statement)) for c in changes.added_claims]),
        ("Claims removed", ("ID", "STATEMENT"),
         [(c.id, _clip(c.statement)) for c in changes.removed_claims]),
        ("Claims changed", change_headers, _change_rows(changes.changed_claims)),
        ("Evidence added", evidence_headers, [_evidence_row(e) for e in changes.added_evidence]),
        ("Evidence removed", evidence_headers,
         [_evidence_row(e) for e in changes.removed_evidence]),
        ("Evidence changed", change_headers, _change_rows(changes.changed_evidence)),
        ("Contradictions added", ("ID", "BETWEEN", "KIND", "STATUS"),
         [(c.id, f"{c.left} / {c.right}", c.kind.value, c.status.value)
          for c in changes.added_contradictions]),
        ("Contradictions removed", ("ID", "BETWEEN", "KIND", "STATUS"),
         [(c.id, f"{c.left} / {c.right}", c.kind.value, c.status.value)
          for c in changes.removed_contradictions]),
        ("Contradictions changed", change_headers, _change_rows(changes.changed_contradictions)),
    ]  # fmt: skip
    return [(title, headers, rows) for title, headers, rows in tables if rows]


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Rows under headers, columns padded to their widest cell; every cell made printable."""
    cells = [headers, *[tuple(printable(c, one_line=True) for c in row) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``diff`` to the ``claimtrack`` group."""
    cli.add_command(diff_command)
