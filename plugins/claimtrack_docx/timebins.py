"""The figure's time axis: years for a long story, months for one told within two years.

A bin is a whole number: a year (``2023``), or a month counted from year 0 (``2023 * 12 + 5`` for
June 2023), so bins are consecutive integers either way and bars sit one unit apart. Months are
used only when every dated quote is known to the month (a quote dated only "2023" cannot be put
in a month without inventing one).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from claimtrack.model import PartialDate
from claimtrack.model.dates import DatePrecision

__all__ = ["MONTH", "YEAR", "axis_limits", "bin_key", "choose_unit", "tick_labels"]

YEAR = "year"
MONTH = "month"
#: A story whose dated quotes span at most this many months is drawn by month.
MONTHS_UP_TO = 24
#: The axis always spans at least this many bins, so one or two bars never fill a panel.
MIN_BINS = 5
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


def _month(date: PartialDate) -> int:
    return date.start.year * 12 + date.start.month - 1


def choose_unit(dates: Iterable[PartialDate]) -> str:
    """``"month"`` when every date is known to the month and they span ≤ 24 months."""
    dates = list(dates)
    if not dates or any(d.precision is DatePrecision.YEAR for d in dates):
        return YEAR
    months = [_month(d) for d in dates]
    return MONTH if max(months) - min(months) < MONTHS_UP_TO else YEAR


def bin_key(date: PartialDate, unit: str) -> int:
    """The bin a date falls in (a range counts where it starts)."""
    return _month(date) if unit == MONTH else date.start.year


def axis_limits(bins: Sequence[int]) -> tuple[float, float]:
    """x limits around the bins, widened to :data:`MIN_BINS` bins centred on the data."""
    first, last = min(bins), max(bins)
    pad = max(0.0, (MIN_BINS - (last - first + 1)) / 2)
    return first - 0.5 - pad, last + 0.5 + pad


def tick_labels(bins: Sequence[int], unit: str, most: int) -> tuple[list[int], list[str]]:
    """At most ``most`` evenly spaced ticks over the bins' span, with their labels.

    Years print as ``2023``; months as ``Jun`` with the year under the first tick and under
    each January (``Jun\\n2023``).
    """
    first, last = min(bins), max(bins)
    step = max(1, math.ceil((last - first + 1) / max(1, most)))
    ticks = list(range(first, last + 1, step))
    if unit == YEAR:
        return ticks, [str(t) for t in ticks]
    labels = []
    for i, tick in enumerate(ticks):
        year, month = divmod(tick, 12)
        new_year = i == 0 or year != divmod(ticks[i - 1], 12)[0]
        labels.append(f"{_MONTH_NAMES[month]}\n{year}" if new_year else _MONTH_NAMES[month])
    return ticks, labels
