"""What some sheets get after their rows: conditional fills, and the Summary's bar chart.

These are attached to a written sheet (openpyxl writes them when the sheet closes), so they
work off the finished :class:`~claimtrack_xlsx.sheet_writer.SheetWriter`: its row count and
where its columns ended up.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from .sheet_writer import SheetWriter

__all__ = ["CHART_MAX_CLAIMS", "EXTRAS"]

#: Summary's chart shows at most this many claims (a bar per claim stops being readable).
CHART_MAX_CLAIMS = 40
_GREEN, _RED, _GREY, _AMBER = "C6EFCE", "FFC7CE", "E7E6E6", "FFEB9C"


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb, bgColor=rgb)


def _summary_extras(sw: SheetWriter) -> None:
    ws = sw.ws
    ws.conditional_formatting.add(
        sw.column_range("Contested"),
        CellIsRule(operator="equal", formula=['"yes"'], fill=_fill(_AMBER)),
    )
    shown = min(sw.rows_written, CHART_MAX_CLAIMS)
    if shown == 0:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Evidence by stance" + (
        f" (first {shown} of {sw.rows_written} claims)" if shown < sw.rows_written else ""
    )
    chart.y_axis.title = "pieces of evidence"
    chart.x_axis.title = "claim"
    # Columns D:F are Supports, Refutes, Neutral; A holds the claim ids.
    chart.add_data(
        Reference(ws, min_col=4, max_col=6, min_row=1, max_row=shown + 1), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=shown + 1))
    for series, rgb in zip(chart.series, ("4CAF50", "E53935", "9E9E9E"), strict=True):
        series.graphicalProperties.solidFill = rgb
    # The legend goes under the plot, so the bars get the chart's whole width; the height grows
    # with the bars (0.6 cm each) above room for the axis, its title and the legend.
    chart.legend.position = "b"
    chart.height = max(7.0, 0.6 * shown + 4)
    chart.width = 15
    ws.add_chart(chart, "M2")


def _evidence_extras(sw: SheetWriter) -> None:
    rng = sw.column_range("Stance")
    first = rng.split(":")[0]
    for word, rgb in (("supports", _GREEN), ("refutes", _RED), ("neutral", _GREY)):
        sw.ws.conditional_formatting.add(
            rng, FormulaRule(formula=[f'{first}="{word}"'], fill=_fill(rgb))
        )


def _matrix_extras(sw: SheetWriter) -> None:
    ncols = len(sw.data.columns)
    if ncols <= 2:
        return
    rng = f"C2:{get_column_letter(ncols)}{sw.last_row()}"
    cf = sw.ws.conditional_formatting
    # Mixed first (stopIfTrue), then the pure marks.
    cf.add(
        rng, FormulaRule(formula=['ISNUMBER(SEARCH("/",C2))'], fill=_fill(_AMBER), stopIfTrue=True)
    )
    for mark, rgb in (("C", _GREEN), ("I", _RED), ("N", _GREY)):
        cf.add(rng, CellIsRule(operator="equal", formula=[f'"{mark}"'], fill=_fill(rgb)))


EXTRAS: dict[str, Callable[[SheetWriter], None]] = {
    "Summary": _summary_extras,
    "Evidence": _evidence_extras,
    "Matrix": _matrix_extras,
}
