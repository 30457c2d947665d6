"""The workbook's fast cell conversion gives exactly the cells of the plain, check-everything path.

:class:`claimtrack_xlsx.cell_values.CellMaker` remembers, per column, the strings that needed no
change and scans each string once for all the safety rules; :class:`Reference` below is the
conversion as it was before (every string cleaned, then tested for a formula-like start, every
time). Both must give the same cells, styles, links and sanitizer counts on any values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimtrack_xlsx.cell_styles import CellStyles
from claimtrack_xlsx.cell_values import CENTRED, CellMaker
from claimtrack_xlsx.layout import overflows
from claimtrack_xlsx.options import XlsxOptions
from claimtrack_xlsx.safety import Sanitizer, is_formula_like, needs_no_change, safe_url
from claimtrack_xlsx.sheets import Context, Link
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.hyperlink import Hyperlink
from xlsx_cases import sample_book

# Characters that exercise every rule: formula-like starts, error literals' '#', characters XML
# forbids (controls, lone surrogates, U+FFFE), line breaks, ordinary and non-Latin text.
ALPHABET = ["a", " ", "=", "+", "-", "@", "#", "\t", "\r", "\n", "\x00", "\x0b", "\ud800", "\ufffe",
            "é", "—", "1", "!", "/", "N", "A", "😀"]  # fmt: skip
texts = st.one_of(
    st.text(st.sampled_from(ALPHABET), max_size=12),
    st.text(st.sampled_from(["a", " ", "\n"]), min_size=180, max_size=260),  # cut at 200
    st.sampled_from(["#N/A", "#REF!", "#hashtag", "=1+1", "plain", "verified", ""]),
)
urls = st.sampled_from(
    [None, "", "https://x.org/a", "javascript:alert(1)", "https://x.org/a b", "mailto:a@b.c"]
)
links = st.builds(Link, texts, st.sampled_from([None, "'Claims'!A2"]), urls)
values = st.one_of(
    texts, links, st.none(), st.integers(), st.floats(allow_nan=False), st.booleans(),
    st.dates(), st.just(dt.datetime(2017, 6, 1, 12, 30)),
)  # fmt: skip


class Reference:
    """The cell conversion before the fast path: clean, then test for a formula, every string."""

    def __init__(self, ws: Any, sanitizer: Sanitizer, styles: CellStyles, links_left: int) -> None:
        self.ws, self.sanitizer, self.styles, self.links_left = ws, sanitizer, styles, links_left

    def text(self, value: str, per_line: int) -> Any:
        text = self.sanitizer.clean(value, "S")
        styles = self.styles
        if per_line == CENTRED and not is_formula_like(text):
            return Cell(self.ws, 1, 1, value=text, style_array=styles.centred)
        per_line = max(per_line, 0)
        top = per_line > 0 and overflows(text, per_line)
        if is_formula_like(text):
            self.sanitizer.guarded += 1
            style = (
                (styles.wrap_top_quoted if top else styles.wrap_quoted)
                if per_line
                else styles.quoted
            )
            cell = Cell(self.ws, 1, 1, value=text, style_array=style)
            cell.data_type = "s"
            return cell
        if per_line:
            style = styles.wrap_top if top else styles.wrap
            return Cell(self.ws, 1, 1, value=text, style_array=style)
        return text

    def link(self, value: Link) -> Any:
        target = safe_url(value.url) if value.url else None
        if value.location is None and target is None:
            return self.text(value.text, 0)
        if self.links_left <= 0:
            self.sanitizer.drop_link("S")
            return self.text(value.text, 0)
        text = self.sanitizer.clean(value.text, "S")
        if is_formula_like(text):
            return self.text(value.text, 0)
        self.links_left -= 1
        cell = Cell(self.ws, 1, 1, value=text, style_array=self.styles.link)
        if target is not None:
            cell.hyperlink = Hyperlink(ref="", target=target)
        else:
            cell.hyperlink = Hyperlink(ref="", location=value.location)
        return cell

    def convert(self, value: Any, per_line: int) -> Any:
        if value is None or value.__class__ in (int, float):
            return value
        if isinstance(value, str):
            return self.text(value, per_line) if value else None
        if isinstance(value, Link):
            return self.link(value)
        return value


def described(value: Any) -> Any:
    """What a converted value writes: a cell's value, type, style and link, or the plain value."""
    if not isinstance(value, Cell):
        return ("plain", value.__class__, value)
    link = value.hyperlink
    return (
        "cell",
        value.value,
        value.data_type,
        tuple(value._style),
        None if link is None else (link.target, link.location),
    )


def counts(sanitizer: Sanitizer) -> tuple[int, int, int, dict[str, int]]:
    return sanitizer.replaced, sanitizer.cut, sanitizer.guarded, sanitizer.links_dropped


@settings(max_examples=300, deadline=None)
@given(
    column=st.lists(values, max_size=20),
    per_line=st.sampled_from([0, CENTRED, 5, 44]),
    links_left=st.integers(0, 6),
)
def test_fast_cells_are_the_reference_cells(
    column: list[Any], per_line: int, links_left: int
) -> None:
    ws = Workbook(write_only=True).create_sheet("S")
    styles = CellStyles(ws)
    # Each value twice: the second time a remembered string takes the shortcut.
    column = column + column
    slow_sanitizer, fast_sanitizer = Sanitizer(200), Sanitizer(200)
    reference = Reference(ws, slow_sanitizer, styles, links_left)
    maker = CellMaker(ws, "S", fast_sanitizer, styles)
    maker.links_left = links_left
    cell = maker.column(per_line)
    fast = [v if v is None else cell(v) for v in column]
    slow = [reference.convert(v, per_line) for v in column]
    assert [described(v) for v in fast] == [described(v) for v in slow]
    assert counts(fast_sanitizer) == counts(slow_sanitizer)


@settings(max_examples=500, deadline=None)
@given(text=texts, limit=st.sampled_from([200, 32_767]))
def test_needs_no_change_is_clean_unchanged_and_not_formula_like(text: str, limit: int) -> None:
    sanitizer = Sanitizer(limit)
    cleaned = sanitizer.clean(text)
    expected = cleaned == text and not is_formula_like(text)
    assert needs_no_change(text, limit) is expected
    if expected:
        assert counts(sanitizer) == (0, 0, 0, {})


def test_hostile_strings_never_take_the_shortcut() -> None:
    for text in ("=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "#N/A", "a\x00b", "\ud800"):
        assert not needs_no_change(text)
    ws = Workbook(write_only=True).create_sheet("S")
    maker = CellMaker(ws, "S", Sanitizer(), CellStyles(ws))
    cell = maker.column(0)
    for _ in range(3):  # seen again and again: still guarded every time, never remembered
        made = cell('=HYPERLINK("http://x")')
        assert isinstance(made, Cell) and made.data_type == "s" and made.quotePrefix
    assert maker.sanitizer.guarded == 3


def test_shared_facts_are_the_casebook_queries() -> None:
    """The context's gathered dates and remembered grades answer as the casebook's own queries,
    and the Evidence order is claim then date (undated last), stable."""
    book = sample_book()
    ctx = Context(book, XlsxOptions())
    for ev in book.evidence.values():
        assert ctx.evidence_date(ev) == book.date_of(ev)[0]
        assert ctx.reliability(ev) == book.reliability_of(ev)
    rank = {cid: i for i, cid in enumerate(book.claims)}

    def plain_key(e: Any) -> tuple[int, tuple[int, dt.date, dt.date]]:
        d = book.date_of(e)[0]
        return rank[e.claim], (1, dt.date.min, dt.date.min) if d is None else (0, d.start, d.end)

    assert ctx.sorted_evidence() == sorted(book.evidence.values(), key=plain_key)
