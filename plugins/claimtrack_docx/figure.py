"""The memo's figure: supporting vs refuting quotes per claim per year, as small multiples.

matplotlib is optional (the ``chart`` extra). Without it :func:`evidence_chart` returns None and
the memo leaves the figure out without comment. The Agg backend is used explicitly: no display,
no network, and the user's global backend (``matplotlib.use``) is left alone.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Sequence

from attrs import frozen

from claimtrack.casebook import Casebook
from claimtrack.model import Stance

from .wording import ClaimEvidence

__all__ = ["ChartData", "chart_data", "evidence_chart"]

#: At most this many claims get a panel; more would make panels too small to read.
MAX_PANELS = 6
SUPPORT_COLOUR = "#2b6ca3"
REFUTE_COLOUR = "#d9822b"


@frozen
class ChartData:
    """What the chart shows: per panel a label and per-year (supporting, refuting) counts."""

    panels: tuple[tuple[str, tuple[tuple[int, int, int], ...]], ...]
    years: tuple[int, ...]
    undated: int
    claims_left_out: int


def chart_data(
    book: Casebook, views: Sequence[ClaimEvidence], labels: Sequence[str]
) -> ChartData | None:
    """Count quotes by year for the claims with the most supporting+refuting evidence.

    A quote's year is the year it was said, else its article's publication year; ranges count
    in the year they start. Returns None when no dated quote is for or against any claim.
    """
    ranked = sorted(
        range(len(views)),
        key=lambda i: -(len(views[i].supports) + len(views[i].refutes)),
    )
    chosen = sorted(i for i in ranked[:MAX_PANELS] if views[i].supports or views[i].refutes)
    panels = []
    years: set[int] = set()
    undated = 0
    for i in chosen:
        counts: Counter[tuple[int, Stance]] = Counter()
        for ev in (*views[i].supports, *views[i].refutes):
            date, _ = book.date_of(ev)
            if date is None:
                undated += 1
                continue
            counts[(date.start.year, ev.stance)] += 1
            years.add(date.start.year)
        per_year = tuple(
            sorted(
                {
                    (y, counts[(y, Stance.SUPPORTS)], counts[(y, Stance.REFUTES)])
                    for (y, _) in counts
                }
            )
        )
        panels.append((labels[i], per_year))
    if not years:
        return None
    left_out = sum(1 for v in views if v.supports or v.refutes) - len(chosen)
    return ChartData(tuple(panels), tuple(sorted(years)), undated, left_out)


def evidence_chart(data: ChartData, width_in: float = 6.3) -> bytes | None:
    """Render ``data`` as a PNG (small multiples, shared year axis); None without matplotlib."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    n = len(data.panels)
    cols = 1 if n == 1 else 2
    rows = (n + cols - 1) // cols
    # Figure (not pyplot) keeps no global state between memos.
    fig = Figure(figsize=(width_in, 0.4 + 1.45 * rows), dpi=200)
    FigureCanvasAgg(fig)  # render with Agg explicitly, without touching the global backend
    years = list(range(data.years[0], data.years[-1] + 1))
    axes = fig.subplots(rows, cols, squeeze=False, sharex=True)
    for k, ax in enumerate(axes.flat):
        if k >= n:
            ax.set_visible(False)
            continue
        label, per_year = data.panels[k]
        sup = {y: s for y, s, _ in per_year}
        ref = {y: r for y, _, r in per_year}
        s_vals = [sup.get(y, 0) for y in years]
        r_vals = [ref.get(y, 0) for y in years]
        ax.bar(years, s_vals, color=SUPPORT_COLOUR, label="supporting", width=0.7)
        ax.bar(years, r_vals, bottom=s_vals, color=REFUTE_COLOUR, label="refuting", width=0.7)
        ax.set_title(textwrap.fill(label, 52 if cols == 2 else 110), fontsize=7.5, loc="left")
        ax.tick_params(labelsize=7)
        top = max((a + b for a, b in zip(s_vals, r_vals, strict=True)), default=1)
        ax.set_ylim(0, max(1, top) * 1.15)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.xaxis.get_major_locator().set_params(integer=True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    handles, names = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, names, loc="upper right", fontsize=7, frameon=False, ncols=2)
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    buffer = io.BytesIO()
    # Fixed metadata keeps the PNG (and so the .docx) identical for identical input.
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
