"""The Excel exporter's layout: row heights from wrapped text, widths, upright headers, flags."""

from __future__ import annotations

import io
import re
import zipfile

from claimtrack_xlsx import XlsxOptions
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from xlsx_cases import export_workbook, sample_book

from claimtrack import Article, Casebook

LONG_QUOTE = (
    "Minsk has repeatedly said that it will not send its soldiers to fight abroad, that the "
    "alliance exists to defend the member states' own territory, and that any new deployment "
    "would need a separate decision of the Belarusian parliament and the Security Council."
)


def layout_book() -> Casebook:
    """One long quote (several wrapped lines), one with line breaks, one short row."""
    text = f"{LONG_QUOTE} Short one. Line one\nline two\nline three\nline four."
    book = Casebook([Article(id="lay", text=text, title="T", publisher="P")])
    book.add_claim("A claim", id="c")
    book.add_evidence("c", article="lay", stance="supports", quote=LONG_QUOTE, id="long")
    book.add_evidence("c", article="lay", stance="neutral", quote="Short one.", id="short")
    book.add_evidence(
        "c",
        article="lay",
        stance="refutes",
        id="lines",
        quote="Line one\nline two\nline three\nline four.",
    )
    return book


def row_attrs(xml: str) -> dict[int, dict[str, str]]:
    """Every ``<row>`` element's attributes, by row number."""
    rows = {}
    for match in re.finditer(r"<row ([^>]*?)/?>", xml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
        rows[int(attrs["r"])] = attrs
    return rows


def test_rows_with_wrapped_long_text_get_a_height() -> None:
    from claimtrack_xlsx.layout import LINE_HEIGHT_PT, chars_per_line

    data = export_workbook(layout_book(), XlsxOptions(sheets="Evidence", sort="insertion"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rows = row_attrs(z.read("xl/worksheets/sheet1.xml").decode())
    ws = load_workbook(io.BytesIO(data))["Evidence"]
    quote_width = ws.column_dimensions["E"].width
    expected = -(-len(LONG_QUOTE) // chars_per_line(quote_width))  # ceil
    assert expected >= 3  # the quote really wraps, else the test proves nothing
    # The long quote's row: as many 15 pt lines as the quote needs, written as a custom height.
    assert rows[2]["customHeight"] == "1"
    assert float(rows[2]["ht"]) == expected * LINE_HEIGHT_PT
    # The short row (and the header) keep the default height: no ht attribute at all.
    assert "ht" not in rows[3] and "customHeight" not in rows[3]
    assert "ht" not in rows[1]
    # Explicit line breaks count: four lines.
    assert float(rows[4]["ht"]) == 4 * LINE_HEIGHT_PT
    # openpyxl reads the same heights back.
    assert ws.row_dimensions[2].height == expected * LINE_HEIGHT_PT
    assert ws.row_dimensions[3].height is None
    # The row-height bookkeeping does not outlive the rows it was for.
    assert ws["E2"].alignment.wrap_text and ws["E2"].value == LONG_QUOTE


def test_row_height_is_capped_and_overlong_text_shows_its_start() -> None:
    from claimtrack_xlsx.layout import MAX_ROW_HEIGHT_PT

    long_text = "word " * 4000  # ~ 330 lines at 60 characters
    book = Casebook([Article(id="big", text=long_text + "end.", title="T")])
    book.add_claim("A claim", id="c", notes="x " * 3000)
    data = export_workbook(book, XlsxOptions(sheets="Claims,Sources", include_article_text=True))
    wb = load_workbook(io.BytesIO(data))
    assert wb["Sources"].row_dimensions[2].height == MAX_ROW_HEIGHT_PT
    assert wb["Claims"].row_dimensions[2].height == MAX_ROW_HEIGHT_PT
    # More text than the tallest row holds is anchored at the top, so its beginning shows;
    # text that fits sits at the bottom like the row's other cells.
    assert wb["Sources"]["L2"].alignment.vertical == "top"
    assert wb["Claims"]["J2"].alignment.vertical == "top"
    assert wb["Claims"]["B2"].alignment.vertical is None


def test_text_lines_rules() -> None:
    from claimtrack_xlsx.layout import (
        MAX_ROW_HEIGHT_PT,
        chars_per_line,
        header_width,
        overflows,
        row_height,
        text_lines,
    )

    assert text_lines("", 10) == 1
    assert text_lines("x" * 10, 10) == 1
    assert text_lines("x" * 11, 10) == 2
    assert text_lines("a\n\nb", 10) == 3  # an empty line is a line
    assert text_lines("x" * 25 + "\n" + "y" * 5, 10) == 4
    assert row_height(1) is None and row_height(2) == 30.0
    assert row_height(10_000) == MAX_ROW_HEIGHT_PT
    assert chars_per_line(0.5) == 1 and chars_per_line(60) == 59
    assert header_width(8, "Credibility") == len("Credibility") + 3  # room for the filter
    assert header_width(40, "Quote") == 40
    assert not overflows("x" * 100, 50) and overflows("x" * 100_000, 50)
    assert overflows("\n" * 40, 50)


@given(st.text(alphabet="ab \n", max_size=300), st.integers(min_value=1, max_value=120))
def test_text_lines_properties(text: str, per_line: int) -> None:
    from claimtrack_xlsx.layout import text_lines

    lines = text_lines(text, per_line)
    pieces = text.split("\n")
    # At least one line per explicit piece, and no more than one per character beyond that.
    assert len(pieces) <= lines <= len(pieces) + len(text)
    # Each line holds at most per_line characters of its piece.
    assert all(len(p) <= per_line * lines for p in pieces)
    assert lines == sum(max(1, -(-len(p) // per_line)) for p in pieces)


def test_headers_bold_widths_fit_ids_and_matrix_headers_upright() -> None:
    book = layout_book()
    book.add_article(Article(id="an-article-with-a-rather-long-id", text="Short one."))
    book.add_evidence(
        "c",
        article="an-article-with-a-rather-long-id",
        stance="supports",
        quote="Short one.",
        id="evidence-with-a-long-identifier",
    )
    wb = load_workbook(io.BytesIO(export_workbook(book)))
    ev = wb["Evidence"]
    header = {c.value: c for c in ev[1]}
    assert all(c.font.b for c in ev[1])
    # Identifier columns are as wide as their longest id (plus padding).
    assert ev.column_dimensions[header["Evidence"].column_letter].width >= 31 + 2
    # Every header shows whole beside its filter button.
    for name, cell in header.items():
        assert ev.column_dimensions[cell.column_letter].width >= len(name) + 3, name
    mx = wb["Matrix"]
    assert mx["C1"].value == "lay" and mx["C1"].alignment.textRotation == 90
    assert mx["A1"].alignment.textRotation in (0, None)
    # The header row is tall enough for the longest id turned upright.
    assert mx.row_dimensions[1].height >= len("an-article-with-a-rather-long-id") * 6
    assert mx.column_dimensions["C"].width < 10


def test_flags_centred_and_range_dates_get_room() -> None:
    book = sample_book()
    book.add_article(Article(id="ranged", text="A ranged text.", published="2017-11-27/2017-12-03"))
    wb = load_workbook(io.BytesIO(export_workbook(book)))
    summary = wb["Summary"]
    contested = next(c for c in summary[1] if c.value == "Contested").column_letter
    assert summary[f"{contested}2"].alignment.horizontal == "center"
    sources = wb["Sources"]
    published = next(c for c in sources[1] if c.value == "Published").column_letter
    assert sources.column_dimensions[published].width >= len("2017-11-27/2017-12-03")


def test_every_sheet_prints_landscape_with_its_header_on_each_page() -> None:
    wb = load_workbook(io.BytesIO(export_workbook(layout_book())))
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title  # as many pages down as needed
        assert int(ws.page_setup.fitToWidth) >= 1, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
    # A wide sheet goes two pages across rather than shrinking its text to dust.
    assert int(wb["Evidence"].page_setup.fitToWidth) == 2
    assert int(wb["About"].page_setup.fitToWidth) == 1
