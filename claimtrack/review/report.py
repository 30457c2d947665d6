"""The change report of a merge: every change (sheet, row, field, old → new), every quote added,
every conflict and every refusal, as frozen values with a readable table and a JSON form."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

from attrs import frozen

__all__ = ["ChangeReport", "Outcome", "ReportLine"]

#: Longest value shown in a table cell; the JSON form keeps values whole.
SHOWN_CHARS = 60


class Outcome(enum.StrEnum):
    """What became of one thing the reviewer asked for."""

    CHANGED = "changed"  # a field of an existing record took the reviewer's value
    ADDED = "added"  # a new quote was verified and added as evidence
    CONFLICT = "conflict"  # the casebook changed the record since the workbook was written
    REFUSED = "refused"  # not applied: a quote not in its article, an unknown id, a bad value


@frozen
class ReportLine:
    """One line of the report. ``old`` and ``new`` are display text ("" for blank); for a
    conflict ``old`` is the casebook's current value and ``new`` the workbook's; ``reason`` says
    why a line is a conflict or a refusal, ``closest`` the closest passage of a refused quote."""

    outcome: Outcome
    sheet: str
    row: int
    cell: str
    record: str
    field: str
    old: str = ""
    new: str = ""
    reason: str = ""
    closest: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "outcome": self.outcome.value,
            "sheet": self.sheet,
            "row": self.row,
            "cell": self.cell,
            "record": self.record,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "reason": self.reason,
            "closest": self.closest,
        }


def _shown(text: str) -> str:
    one_line = " ".join(text.split())
    if not one_line:
        return "(blank)"
    return one_line if len(one_line) <= SHOWN_CHARS else one_line[: SHOWN_CHARS - 1] + "…"


def _change(line: ReportLine) -> str:
    """``old → new`` for a changed field; the new value alone for a new quote."""
    if line.outcome is Outcome.ADDED or (line.outcome is Outcome.REFUSED and not line.old):
        return _shown(line.new)
    return f"{_shown(line.old)} → {_shown(line.new)}"


@frozen
class ChangeReport:
    """What a merge did, in workbook order. ``ok`` is True when nothing was refused or in
    conflict (every edit of the workbook is in the merged casebook)."""

    source: str
    lines: tuple[ReportLine, ...] = ()

    def _of(self, outcome: Outcome) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.outcome is outcome)

    @property
    def changes(self) -> tuple[ReportLine, ...]:
        """Fields changed on existing records."""
        return self._of(Outcome.CHANGED)

    @property
    def added(self) -> tuple[ReportLine, ...]:
        """Quotes added as new evidence."""
        return self._of(Outcome.ADDED)

    @property
    def conflicts(self) -> tuple[ReportLine, ...]:
        """Edits to records the casebook changed since the workbook was written (not applied)."""
        return self._of(Outcome.CONFLICT)

    @property
    def refusals(self) -> tuple[ReportLine, ...]:
        """Edits and quotes refused, each with its reason (not applied)."""
        return self._of(Outcome.REFUSED)

    @property
    def ok(self) -> bool:
        """No conflict and no refusal."""
        return not self.conflicts and not self.refusals

    def summary(self) -> str:
        """One line: how many of each outcome."""
        counts = [
            (len(self.changes), "change", "changes"),
            (len(self.added), "quote added", "quotes added"),
            (len(self.conflicts), "conflict", "conflicts"),
            (len(self.refusals), "refusal", "refusals"),
        ]
        return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)

    def table_lines(self) -> Iterator[str]:
        """The report as a readable table, one line per entry, reasons indented below."""
        yield f"Review of {self.source}: {self.summary()}"
        if not self.lines:
            return
        rows = [
            (
                line.outcome.value.upper(),
                line.cell or f"{line.sheet} row {line.row}",
                line.record,
                line.field,
                _change(line),
            )
            for line in self.lines
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        for line, row in zip(self.lines, rows, strict=True):
            cells = [value.ljust(width) for value, width in zip(row, widths, strict=False)]
            yield "  ".join([*cells, row[4]]).rstrip()
            if line.reason:
                yield f"    {line.reason}"
            if line.closest:
                yield f"    closest passage: {line.closest!r}"

    def table(self) -> str:
        """:meth:`table_lines` joined, with a final newline."""
        return "\n".join(self.table_lines()) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the source, the counts, ``ok`` and every line."""
        return {
            "source": self.source,
            "ok": self.ok,
            "changes": len(self.changes),
            "added": len(self.added),
            "conflicts": len(self.conflicts),
            "refusals": len(self.refusals),
            "lines": [line.to_dict() for line in self.lines],
        }
