"""The Excel exporter's safety rules: untrusted text stays inert, limits degrade gracefully."""

from __future__ import annotations

import io
import re
import warnings
import zipfile

import pytest
from claimtrack_xlsx import XlsxExporter, XlsxExportWarning, XlsxOptions
from claimtrack_xlsx.safety import MAX_CELL_CHARS, Sanitizer, is_formula_like, safe_url
from claimtrack_xlsx.writer import write_workbook
from openpyxl import load_workbook
from xlsx_cases import HOSTILE_QUOTES, export_workbook, rows_of, sample_book

from claimtrack import Article, Casebook


@pytest.fixture(scope="module")
def book() -> Casebook:
    return sample_book()


@pytest.fixture(scope="module")
def data(book: Casebook) -> bytes:
    return export_workbook(book)


@pytest.fixture(scope="module")
def wb(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data))


def test_hostile_text_stays_inert_text(data, wb) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode() and "<f " not in z.read(name).decode()
    ws = wb["Evidence"]
    quotes = {r[4].value: r[4] for r in ws.iter_rows(min_row=2)}
    for text in HOSTILE_QUOTES:
        cell = quotes[text]
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    notes = [r[17] for r in ws.iter_rows(min_row=2) if r[17].value]
    assert all(c.data_type == "s" and c.value.startswith("=cmd") for c in notes)
    sources = {r["Article"]: r for r in rows_of(wb["Sources"])}
    assert sources["evil"]["Title"] == "=1+1" and sources["evil"]["Publisher"] == "@mallory"


def test_forbidden_characters_replaced_and_counted(wb) -> None:  # type: ignore[no-untyped-def]
    quotes = [r["Quote"] for r in rows_of(wb["Evidence"])]
    assert "Bad\ufffdbytes\ufffdhere and a lone \ufffd surrogate." in quotes
    assert "\tTabbed line" in quotes


def test_formula_like_and_url_rules() -> None:
    for text in ("=1", "+1", "-1", "@x", "\tx", "\rx", "#REF!"):
        assert is_formula_like(text)
    for text in ("1", "a=b", " =1", "#hashtag", "—dash"):
        assert not is_formula_like(text)
    assert safe_url("https://x.org/a?b=1") == "https://x.org/a?b=1"
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://x.org/a b",
        "https://x.org/" + "a" * 3000,
        None,
        "",
    ):
        assert safe_url(bad) is None


def test_overlong_cell_cut_with_marker_and_warning() -> None:
    text = "word " * 9000  # 45,000 characters
    book = Casebook([Article(id="long", text=text, title="Long")])
    buf = io.BytesIO()
    with pytest.warns(XlsxExportWarning, match="32,767"):
        XlsxExporter().write(book, buf, XlsxOptions(include_article_text=True))
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Sources"]
    cell = rows_of(ws)[0]["Text"]
    assert len(cell) <= MAX_CELL_CHARS
    assert cell.startswith("word word")
    assert re.search(r"\[cut: [\d,]+ more characters; the JSON export keeps the full text\]$", cell)
    shown = int(re.search(r"cut: ([\d,]+)", cell).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert cell.index("… [cut") + shown == len(text)


def test_sanitizer_cut_never_splits_a_surrogate_pair() -> None:
    s = Sanitizer(max_cell_chars=200)
    text = "😀" * 300  # astral: one code point each in Python
    out = s.clean(text)
    assert len(out) <= 200 and out.startswith("😀") and s.cut == 1
    s2 = Sanitizer(max_cell_chars=200)
    assert s2.clean("short") == "short" and s2.cut == 0


def test_hyperlinks_over_the_limit_degrade_to_text(book) -> None:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    sanitizer = write_workbook(book, buf, XlsxOptions(sheets=["Claims", "Evidence"]), max_links=3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        messages = sanitizer.warn()
    assert any("'Evidence'" in m and "plain text" in m for m in messages)
    assert {w.category for w in caught} == {XlsxExportWarning}
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Evidence"]
    links = [c for row in ws.iter_rows(min_row=2) for c in row if c.hyperlink]
    assert len(links) == 3
    # Every claim and URL cell keeps its text even where the link was dropped.
    claims = [r["Claim"] for r in rows_of(ws)]
    assert claims == [book.evidence[r["Evidence"]].claim for r in rows_of(ws)]
    url_links = sum(1 for e in book.evidence.values() if e.article == "a1")  # only https URL
    assert sanitizer.links_dropped["Evidence"] == len(book.evidence) + url_links - 3


@pytest.mark.slow
def test_real_hyperlink_limit_boundary() -> None:
    """65,532 links (claim + URL on 32,766 rows): the last two become text, nothing is lost."""
    from claimtrack_xlsx.safety import MAX_HYPERLINKS_PER_SHEET

    from claimtrack import Evidence
    from claimtrack.model import TextQuoteSelector

    rows = MAX_HYPERLINKS_PER_SHEET // 2 + 1
    text = "A quote here. Another one."
    book = Casebook(
        [Article(id=f"a{i}", text=text, url=f"https://x.example/{i}") for i in range(100)]
    )
    for c in range(rows // 100 + 1):  # one quote per (claim, article): no duplicate quotes
        book.add_claim("A claim", id=f"c{c}")
    sel = TextQuoteSelector(exact="A quote here.", start=0, end=13)
    # Built in bulk: this test is about the writer, not anchoring.
    evidence = [
        Evidence(
            id=f"e{i}",
            claim=f"c{i // 100}",
            article=f"a{i % 100}",
            segments=(sel,),
            stance="supports",
        )
        for i in range(rows)
    ]
    book = Casebook.from_records(
        articles=book.articles.values(), claims=book.claims.values(), evidence=evidence
    )
    buf = io.BytesIO()
    with pytest.warns(XlsxExportWarning, match="2 hyperlink"):
        XlsxExporter().write(book, buf, XlsxOptions(sheets=["Claims", "Evidence"]))
    with zipfile.ZipFile(buf) as z:
        xml = z.read("xl/worksheets/sheet2.xml").decode()
    assert xml.count("<hyperlink ") == MAX_HYPERLINKS_PER_SHEET
    last = rows + 1
    # The last row's claim and URL cells keep their text, without links.
    assert f'<c r="B{last}" t="inlineStr"><is><t>c{(rows - 1) // 100}</t></is></c>' in xml
    assert f'<c r="O{last}" t="inlineStr"><is><t>https://x.example/{(rows - 1) % 100}</t>' in xml
    assert f'<hyperlink ref="B{last}"' not in xml
