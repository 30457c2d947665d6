"""The hidden review sheet: where a reviewable workbook came from and each row as written.

Rows: ``#`` rows of metadata (review format, casebook checksum, title as JSON, time written),
then one row per record a tracked sheet shows (:data:`~claimtrack_xlsx.review_cells.TRACKED`):
sheet, record id, the record's fingerprint and ``field=digest`` of each tracked cell. The values
come from the same sheet builders as the visible sheets, cleaned by the same rules, so the
digests are those of the cells as written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.review import REVIEW_FORMAT, fingerprint, records_of

from ..review_cells import REVIEW_SHEET, TRACKED, digest, written_text
from ..safety import Sanitizer
from .claims import claims, summary
from .data import Column, Link, SheetData
from .evidence import contradictions, evidence

if TYPE_CHECKING:
    from .context import Context

__all__ = ["META_MARK", "review_data"]

#: The Sheet cell of a metadata row.
META_MARK = "#"

_BUILDERS: dict[str, Callable[[Context], SheetData]] = {
    "Claims": claims,
    "Evidence": evidence,
    "Contradictions": contradictions,
    "Summary": summary,
}


def review_data(ctx: Context, max_cell_chars: int) -> SheetData:
    """The review sheet's rows; ``max_cell_chars`` is the writer's cell limit (for the digests)."""
    columns = (
        Column("Sheet", 16),
        Column("Record", 30),
        Column("Fingerprint", 20),
        Column("Cells", 80),
    )
    sanitizer = Sanitizer(max_cell_chars)  # the visible cells' cleaning; its counts unused

    def rows() -> Iterator[Sequence[Any]]:
        yield (META_MARK, "format", str(REVIEW_FORMAT), None)
        yield (META_MARK, "casebook checksum", ctx.checksum, None)
        yield (META_MARK, "casebook title", json.dumps(ctx.book.title), None)
        yield (META_MARK, "written at", ctx.generated_at.isoformat(), None)
        for sheet in TRACKED:
            if sheet in ctx.options.sheets:
                yield from _records(ctx, sheet, sanitizer)

    return SheetData(REVIEW_SHEET, columns, rows())


def _records(ctx: Context, sheet: str, sanitizer: Sanitizer) -> Iterator[Sequence[Any]]:
    kind, id_column, tracked = TRACKED[sheet]
    data = _BUILDERS[sheet](ctx)
    headers = [c.header for c in data.columns]
    at = headers.index(id_column)
    fields = [(field, headers.index(header)) for header, field in tracked.items()]
    pool = records_of(ctx.book, kind)
    for row in data.rows:
        ident = row[at].text if isinstance(row[at], Link) else row[at]
        cells = ",".join(f"{f}={digest(written_text(row[i], sanitizer))}" for f, i in fields)
        yield (sheet, ident, fingerprint(pool[ident]), cells)
