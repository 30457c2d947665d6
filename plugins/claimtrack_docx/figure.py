"""The memo's figure: supporting vs refuting quotes per claim over time, as small multiples.

Time runs by year, or by month for a story told within two years (:mod:`claimtrack_docx.timebins`).
matplotlib is optional (the ``chart`` extra). Without it :func:`evidence_chart` returns None and
the memo leaves the figure out (the section warns). The Agg backend is used explicitly: no display,
no network, and the user's global backend (``matplotlib.use``) is left alone.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from attrs import frozen

from claimtrack.model import PartialDate, Stance

from . import timebins

if TYPE_CHECKING:
    from claimtrack.casebook import Casebook

    from .wording import ClaimEvidence

__all__ = ["ChartData", "chart_data", "evidence_chart"]

#: At most this many claims get a panel; more would make panels too small to read.
MAX_PANELS = 6
#: Panels a row, and each row's height: two rows of three stay near a quarter of a page.
COLUMNS = 3
PANEL_HEIGHT_IN = 0.85
SUPPORT_COLOUR = "#2b6ca3"
REFUTE_COLOUR = "#d9822b"


@frozen
class ChartData:
    """What the chart shows: per panel a label and per-bin (bin, supporting, refuting) counts.

    A bin is a year, or with ``unit="month"`` a month as ``year * 12 + month - 1``.
    """

    panels: tuple[tuple[str, tuple[tuple[int, int, int], ...]], ...]
    bins: tuple[int, ...]
    undated: int
    claims_left_out: int
    unit: str = timebins.YEAR


def chart_data(
    book: Casebook, views: Sequence[ClaimEvidence], labels: Sequence[str]
) -> ChartData | None:
    """Count quotes by year (by month for a story within two years) for the claims with the
    most supporting+refuting evidence.

    A quote's date is the date it was said, else its article's publication date; ranges count
    where they start. Returns None when no dated quote is for or against any claim.
    """
    ranked = sorted(
        range(len(views)),
        key=lambda i: -(len(views[i].supports) + len(views[i].refutes)),
    )
    chosen = sorted(i for i in ranked[:MAX_PANELS] if views[i].supports or views[i].refutes)
    dated: list[list[tuple[PartialDate, Stance]]] = []
    undated = 0
    for i in chosen:
        dated.append([])
        for ev in (*views[i].supports, *views[i].refutes):
            date, _ = book.date_of(ev)
            if date is None:
                undated += 1
            else:
                dated[-1].append((date, ev.stance))
    unit = timebins.choose_unit(date for panel in dated for date, _ in panel)
    panels = []
    bins: set[int] = set()
    for i, panel in zip(chosen, dated, strict=True):
        counts = Counter((timebins.bin_key(date, unit), stance) for date, stance in panel)
        keys = sorted({key for key, _ in counts})
        bins.update(keys)
        per_bin = tuple(
            (k, counts[(k, Stance.SUPPORTS)], counts[(k, Stance.REFUTES)]) for k in keys
        )
        panels.append((labels[i], per_bin))
    if not bins:
        return None
    left_out = sum(1 for v in views if v.supports or v.refutes) - len(chosen)
    return ChartData(tuple(panels), tuple(sorted(bins)), undated, left_out, unit)


def evidence_chart(data: ChartData, width_in: float = 6.3) -> bytes | None:
    """Render ``data`` as a PNG (small multiples, shared axes); None without matplotlib.

    Each panel is one claim: supporting quotes per year (or month) as bars above the zero line,
    refuting ones below it, so "for" and "against" read apart at a glance. Up to three panels a
    row at about an inch high keep the figure near a quarter of a page; a free panel slot holds
    the legend (a single claim gets half the width and the legend beside it), otherwise it
    sits above the panels. The axis spans at least five bins, so one bar never fills a panel.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    n = len(data.panels)
    cols = min(n, COLUMNS) if n > 1 else 2  # one claim: its panel, and the legend beside it
    rows = (n + cols - 1) // cols
    spare = rows * cols > n
    legend_band = 0.0 if spare else 0.25
    # Figure (not pyplot) keeps no global state between memos.
    label_band = 0.12 if data.unit == timebins.MONTH else 0.0  # month labels take two lines
    height = PANEL_HEIGHT_IN * rows + 0.3 + legend_band + label_band
    fig = Figure(figsize=(width_in, height), dpi=200)
    FigureCanvasAgg(fig)  # render with Agg explicitly, without touching the global backend
    bins = list(range(data.bins[0], data.bins[-1] + 1))
    # About one label per 0.6 inch of panel: "2016" or "Jun" never run into each other.
    ticks, tick_labels = timebins.tick_labels(bins, data.unit, most=int(width_in / cols / 0.6))
    top = max((s for _, per_year in data.panels for _, s, _ in per_year), default=1)
    bottom = max((r for _, per_year in data.panels for _, _, r in per_year), default=0)
    axes = fig.subplots(rows, cols, squeeze=False, sharex=True, sharey=True)
    title_chars = int(width_in / cols * 18)  # about 18 characters an inch at 7 pt
    for k, ax in enumerate(axes.flat):
        if k >= n:
            ax.set_visible(False)
            continue
        label, per_year = data.panels[k]
        _draw_panel(ax, textwrap.shorten(label, title_chars, placeholder="…"), bins, per_year)
        ax.set_ylim(-max(1, bottom) * 1.15, max(1, top) * 1.15)
        ax.set_xlim(*timebins.axis_limits(bins))
        ax.set_xticks(ticks, tick_labels)
        _style_axes(ax)
        if k + cols >= n:
            # Nothing below this panel: it carries the time labels (sharex hid them).
            ax.xaxis.set_tick_params(labelbottom=True)
    _add_legend(fig, axes, spare, legend_band)
    buffer = io.BytesIO()
    # Fixed metadata keeps the PNG (and so the .docx) identical for identical input.
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _draw_panel(
    ax: Any, title: str, years: list[int], per_year: tuple[tuple[int, int, int], ...]
) -> None:
    """One claim's bars: supporting counts up from the zero line, refuting ones down."""
    sup = {y: s for y, s, _ in per_year}
    ref = {y: r for y, _, r in per_year}
    ax.bar(years, [sup.get(y, 0) for y in years], color=SUPPORT_COLOUR, width=0.75,
           label="supporting")  # fmt: skip
    ax.bar(years, [-ref.get(y, 0) for y in years], color=REFUTE_COLOUR, width=0.75,
           label="refuting")  # fmt: skip
    ax.axhline(0, color="#444444", linewidth=0.6)
    ax.set_title(title, fontsize=7, loc="left", pad=3)
    ax.tick_params(labelsize=6.5, length=2, pad=1.5)


def _style_axes(ax: Any) -> None:
    """Whole-number ticks, counts shown unsigned, no top or right frame."""
    ax.yaxis.get_major_locator().set_params(integer=True)
    # Counts, not signed values: the bars below zero are refuting quotes.
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{abs(int(v))}")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _add_legend(fig: Any, axes: Any, spare: bool, legend_band: float) -> None:
    """The legend in the free panel slot if there is one, else in a band above the panels."""
    handles, names = axes.flat[0].get_legend_handles_labels()
    names = ["supporting (above the line)", "refuting (below)"]
    if spare:
        slot = axes.flat[-1]
        slot.set_visible(True)
        slot.axis("off")
        slot.legend(handles, names, loc="center", fontsize=7, frameon=False)
        fig.tight_layout(pad=0.4, h_pad=0.6, w_pad=0.8)
    else:
        fig.legend(handles, names, loc="upper right", fontsize=7, frameon=False, ncols=2)
        fig.tight_layout(pad=0.4, h_pad=0.6, w_pad=0.8,
                         rect=(0, 0, 1, 1 - legend_band / fig.get_figheight()))  # fmt: skip
