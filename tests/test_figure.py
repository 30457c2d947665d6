"""The memo's figure over time: months for a one-year story, one claim, and no matplotlib."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from claimtrack_docx import wording as w
from claimtrack_docx.figure import SUPPORT_COLOUR, ChartData, chart_data, evidence_chart
from claimtrack_docx.timebins import MIN_BINS, axis_limits, bin_key, choose_unit, tick_labels
from click.testing import CliRunner
from docx_cases import read, render
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

import claimtrack
from claimtrack import Casebook, PartialDate
from claimtrack.cli.main import build_cli
from claimtrack.host import PluginHost

# --------------------------------------------------------------------------- time bins


def test_a_story_within_two_years_is_drawn_by_month() -> None:
    dates = [PartialDate.day(2023, 6, 2), PartialDate.month(2024, 4)]
    assert choose_unit(dates) == "month"
    assert [bin_key(d, "month") for d in dates] == [2023 * 12 + 5, 2024 * 12 + 3]
    assert choose_unit([PartialDate.day(2012, 1, 1), PartialDate.day(2016, 1, 1)]) == "year"
    # A quote dated only "2023" cannot be put in a month: the chart falls back to years.
    assert choose_unit([PartialDate.day(2023, 6, 2), PartialDate.year(2023)]) == "year"
    assert choose_unit([]) == "year"


def test_month_labels_name_the_year_at_the_start_and_each_january() -> None:
    bins = list(range(2023 * 12 + 5, 2024 * 12 + 4))  # June 2023 … April 2024
    ticks, labels = tick_labels(bins, "month", most=4)
    assert len(ticks) <= 4
    assert labels == ["Jun\n2023", "Sep", "Dec", "Mar\n2024"]
    assert all("." not in label for label in labels)  # never "2023.6"
    assert tick_labels([2016], "year", most=5) == ([2016], ["2016"])


@given(
    st.lists(st.integers(1900, 2100), min_size=1, max_size=8),
    st.integers(1, 12),
    st.sampled_from(["year", "month"]),
)
def test_ticks_and_limits_cover_the_bins(years: list[int], most: int, unit: str) -> None:
    bins = [y * 12 if unit == "month" else y for y in years]
    low, high = axis_limits(bins)
    assert low < min(bins) and high > max(bins)
    assert high - low >= MIN_BINS  # one bar never fills its panel
    ticks, labels = tick_labels(bins, unit, most)
    assert 1 <= len(ticks) <= most and len(labels) == len(ticks)
    assert ticks[0] == min(bins) and all(low < t < high for t in ticks)


# --------------------------------------------------------------------------- the chart


def one_year_book(claims: int = 2) -> Casebook:
    sentences = [f"Statement number {i} was made." for i in range(6)]
    book = Casebook([claimtrack.Article(id="a", text=" ".join(sentences))])
    for c in range(claims):
        book.add_claim(f"Claim {c} holds.", id=f"c{c}")
    months = ["2023-06-02", "2023-09", "2023-11-20", "2024-01-05", "2024-04", "2024-04-09"]
    for i, (sentence, month) in enumerate(zip(sentences, months, strict=True)):
        book.add_evidence(f"c{i % claims}", article="a", quote=sentence, said_on=month,
                          stance="supports" if i % 3 else "refutes")  # fmt: skip
    return book


def test_chart_data_of_a_one_year_story_counts_months() -> None:
    book = one_year_book()
    views = list(w.index_claims(book, book.claims.values()).values())
    data = chart_data(book, views, ["KJ 1", "KJ 2"])
    assert data is not None and data.unit == "month"
    assert data.bins[0] == 2023 * 12 + 5 and data.bins[-1] == 2024 * 12 + 3
    assert sum(s + r for _, per_bin in data.panels for _, s, r in per_bin) == 6


def blue_column_share(png: bytes) -> float:
    """The share of the picture's columns that hold a supporting bar's colour."""
    colour = tuple(int(SUPPORT_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    with Image.open(io.BytesIO(png)) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        pixels = rgb.load()
        columns = {x for x in range(width) for y in range(0, height, 4) if pixels[x, y] == colour}
    return len(columns) / width


def test_one_claim_in_one_year_has_narrow_bars() -> None:
    data = ChartData(panels=(("KJ 1: one claim", ((2023, 3, 1),)),), bins=(2023,), undated=0,
                     claims_left_out=0)  # fmt: skip
    png = evidence_chart(data, width_in=6.3)
    assert png is not None
    # The one bar takes a fifth of its half-width panel at most, not the whole panel.
    assert 0 < blue_column_share(png) < 0.12


def test_memo_caption_says_month_for_a_one_year_story() -> None:
    for claims in (1, 2):
        document = read(render(one_year_book(claims)))
        assert len(document.inline_shapes) == 1
        caption = next(p.text for p in document.paragraphs if p.text.startswith("Figure 1."))
        assert "by month said or published" in caption


# --------------------------------------------------------------------------- no matplotlib


def test_cli_export_warns_when_matplotlib_is_missing(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "case.json"
    claimtrack.export(one_year_book(), source)
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    cli = build_cli(PluginHost(entry_points=[]))
    result = CliRunner().invoke(cli, ["export", str(source), "-o", str(tmp_path / "m.docx")])
    assert result.exit_code == 0, result.output
    assert "warning: docx: the memo has no figure because matplotlib is not installed" in (
        result.stderr
    )
    assert (tmp_path / "m.docx").exists()
    quiet = CliRunner().invoke(cli, ["export", str(source), "-o", str(tmp_path / "q.docx"),
                                     "-O", "include_figure=false"])  # fmt: skip
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr


@pytest.mark.parametrize("claims", [1, 3])
def test_chart_renders_for_any_number_of_claims(claims: int) -> None:
    panels = tuple((f"KJ {k}", ((2016, 1, 1),)) for k in range(claims))
    png = evidence_chart(ChartData(panels, (2016,), 0, 0))
    assert png is not None and png.startswith(b"\x89PNG")
