"""The Excel exporter: read the workbook back (openpyxl, raw XML, LibreOffice) and check it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from claimtrack_xlsx import SHEETS, XlsxExporter, XlsxExportWarning, XlsxOptions
from claimtrack_xlsx.safety import MAX_CELL_CHARS, Sanitizer, is_formula_like, safe_url
from claimtrack_xlsx.sheets import Context
from claimtrack_xlsx.writer import write_workbook
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from claimtrack import Article, Casebook

HOSTILE_QUOTES = (
    '=HYPERLINK("http://evil.example/x","click me")',
    "-2+3",
    "+1 (555) 0100",
    "@SUM(A1:A9)",
    "#N/A",
)
HOSTILE_TEXT = (
    "The minister wrote =HYPERLINK(\"http://evil.example/x\",\"click me\") in a post.\n"
    "Results were -2+3\n"
    "Call +1 (555) 0100 now.\n"
    "Type @SUM(A1:A9) here.\n"
    "The value was #N/A\n"
    "Bad\x00bytes\x0bhere and a lone \ud800 surrogate.\n"
    "\tTabbed line starts here.\n"
)


def _book() -> Casebook:
    """Two articles, three claims (one contested), a hostile article, two contradictions."""
    a1 = Article(
        id="a1",
        text=(
            "Belarus should be perceived as one whole with Russia, the minister said. "
            "Minsk renewed its prohibition on deployment of troops abroad. "
            "Officials said the CSTO should strengthen its status."
        ),
        title="Minsk and the CSTO",
        publisher="Belarus Digest",
        url="https://example.org/a1",
        published="2017-06-19",
    )
    a2 = Article(
        id="a2",
        text="Minsk does not want the CSTO to grow. It refused to host the summit.",
        title="A second view",
        publisher="Other Outlet",
        url="javascript:alert(1)",
        published="2017",
    )
    hostile = Article(id="evil", text=HOSTILE_TEXT, title="=1+1", publisher="@mallory")
    book = Casebook([a1, a2, hostile], title="Test case", author="Analyst")
    book.add_actor("Linkevičius", reliability="B")
    book.rate_source("Belarus Digest", "B")
    book.rate_source("Other Outlet", "C")
    book.rate_source("Unused Wire", "A", url="https://wire.example")
    book.add_claim("Belarus functions as one whole with Russia", id="one-whole",
                   claimant="Linkevičius", likelihood="likely", confidence="moderate")
    book.add_claim("Minsk wants to strengthen the CSTO", id="strengthen", tags=["csto"])
    book.add_claim("Hostile text stays inert", id="hostile")
    book.add_evidence("one-whole", article="a1", stance="supports", speaker="Linkevičius",
                      quote="Belarus should be perceived as one whole with Russia",
                      credibility=2, said_on="2017-06-18")
    book.add_evidence("one-whole", article="a1", stance="refutes",
                      quote="Minsk renewed its prohibition on deployment of troops abroad.")
    book.add_evidence("strengthen", article="a1", stance="supports",
                      quote="the CSTO should strengthen its status")
    book.add_evidence("strengthen", article="a2", stance="refutes",
                      quote="Minsk does not want the CSTO to grow.")
    book.add_evidence("strengthen", article="a2", stance="neutral",
                      quote="It refused to host the summit.")
    for i, quote in enumerate(HOSTILE_QUOTES):
        book.add_evidence("hostile", article="evil", stance="neutral", quote=quote,
                          id=f"hostile-{i}", notes="=cmd|' /C calc'!A0")
    book.add_evidence("hostile", article="evil", stance="neutral", id="hostile-ctl",
                      quote="Bad\x00bytes\x0bhere and a lone \ud800 surrogate.")
    book.add_evidence("hostile", article="evil", stance="neutral", id="hostile-tab",
                      quote="\tTabbed line")
    book.add_contradiction("one-whole", "strengthen", kind="contrary", rationale="why")
    book.add_contradiction("one-whole-e1", "one-whole-e2", kind="contradictory",
                           status="candidate", reasons=["negation"])
    return book


def _export(book: Casebook, options: XlsxOptions | None = None, **kw: object) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XlsxExportWarning)
        if kw:
            write_workbook(book, buf, options or XlsxOptions(), **kw)  # type: ignore[arg-type]
        else:
            XlsxExporter().write(book, buf, options or XlsxOptions())
    return buf.getvalue()


@pytest.fixture(scope="module")
def book() -> Casebook:
    return _book()


@pytest.fixture(scope="module")
def data(book: Casebook) -> bytes:
    return _export(book)


@pytest.fixture(scope="module")
def wb(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data))


def _rows(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


# ------------------------------------------------------------------- structure


def test_import_does_not_load_openpyxl() -> None:
    code = "import claimtrack, claimtrack_xlsx, sys; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sheets_in_order_each_a_table_with_filter_and_frozen_header(wb, book) -> None:  # type: ignore[no-untyped-def]
    assert wb.sheetnames == list(SHEETS)
    expected_rows = {"Summary": 3, "Claims": 3, "Evidence": len(book.evidence), "Matrix": 3,
                     "Contradictions": 2, "Sources": 4}
    for name in SHEETS:
        ws = wb[name]
        assert ws.freeze_panes == ("C2" if name == "Matrix" else "A2")
        (table,) = ws.tables.values()
        assert table.displayName == f"{name}Table"
        assert table.autoFilter.ref == table.ref
        assert table.tableStyleInfo.showRowStripes
        header = [c.value for c in ws[1]]
        assert [c.name for c in table.tableColumns] == header
        if name in expected_rows:
            last = expected_rows[name] + 1
            assert table.ref.endswith(str(last)), (name, table.ref)
            assert ws.max_row == last
        assert ws.column_dimensions["A"].width >= 8


def test_evidence_values_types_and_links(wb, book) -> None:  # type: ignore[no-untyped-def]
    ws = wb["Evidence"]
    rows = _rows(ws)
    first = rows[0]
    assert first["Evidence"] == "one-whole-e1"
    assert first["Quote"] == "Belarus should be perceived as one whole with Russia"
    assert first["Stance"] == "supports"
    assert first["Speaker"] == "Linkevičius"
    assert first["Said on"] == dt.datetime(2017, 6, 18)  # a real date cell
    assert first["Published"] == dt.datetime(2017, 6, 19)
    assert first["Grade"] == "B2" == book.grade(book.evidence["one-whole-e1"])
    assert first["Credibility"] == 2 and isinstance(first["Credibility"], int)
    assert (first["Start"], first["End"]) == (0, 52)
    by_id = {r["Evidence"]: r for r in rows}
    # A year-precision date stays text; nothing is invented.
    assert by_id["strengthen-e2"]["Published"] == "2017"
    # A javascript: URL is never a link, only text.
    assert by_id["strengthen-e2"]["URL"] == "javascript:alert(1)"
    for r in rows:  # grades as the casebook computes them
        assert r["Grade"] == book.grade(book.evidence[r["Evidence"]])
    # Quotes wrap; the claim link goes to the claim's row on Claims.
    assert ws["E2"].alignment.wrap_text
    link = ws["B2"].hyperlink
    target_sheet, target_cell = link.location.split("!")
    assert wb[target_sheet.strip("'")][target_cell].value == first["Claim"]
    assert ws["O2"].hyperlink.target == "https://example.org/a1"
    url_col = [ws.cell(row=i, column=15) for i in range(2, ws.max_row + 1)]
    assert not any(c.hyperlink for c in url_col if c.value == "javascript:alert(1)")


def test_sort_orders(book) -> None:  # type: ignore[no-untyped-def]
    def ids(order: str) -> list[str]:
        ws = load_workbook(io.BytesIO(_export(book, XlsxOptions(sheets=["Evidence"], sort=order))))
        return [r["Evidence"] for r in _rows(ws["Evidence"])]

    assert ids("insertion") == list(book.evidence)
    by_grade = ids("grade")
    grades = [book.grade(book.evidence[i]) for i in by_grade]
    assert grades == sorted(grades)
    by_date = ids("date")
    # "2017" (year precision) covers 2017-01-01..12-31 and sorts before a day in June.
    assert by_date[:3] == ["strengthen-e2", "strengthen-e3", "one-whole-e1"]
    assert by_date[-1].startswith("hostile")  # undated last
    by_article = ids("article")
    assert [book.evidence[i].article for i in by_article] == sorted(
        book.evidence[i].article for i in by_article)


def test_drop_downs(wb) -> None:  # type: ignore[no-untyped-def]
    def lists(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}

    ev = lists(wb["Evidence"])
    last = wb["Evidence"].max_row
    assert ev[f"D2:D{last}"] == '"supports,refutes,neutral"'
    assert ev[f"M2:M{last}"] == '"1,2,3,4,5,6"'
    assert ev[f"L2:L{last}"] == '"A,B,C,D,E,F"'
    claims = lists(wb["Claims"])
    assert claims["E2:E4"].startswith('"almost no chance,very unlikely')
    assert claims["G2:G4"] == '"low,moderate,high"'
    assert lists(wb["Contradictions"])["J2:J3"] == '"candidate,confirmed,dismissed,explained"'


def test_summary_counts_and_chart(wb, data, book) -> None:  # type: ignore[no-untyped-def]
    rows = {r["Claim"]: r for r in _rows(wb["Summary"])}
    s = rows["strengthen"]
    assert (s["Supports"], s["Refutes"], s["Neutral"], s["Evidence"], s["Articles"]) == (
        1, 1, 1, 3, 2)
    for cid, r in rows.items():
        assert r["Contested"] == ("yes" if book.is_contested(cid) else "no")
    assert rows["one-whole"]["Likelihood"] == "likely"
    (chart,) = wb["Summary"]._charts
    assert chart.tagname == "barChart" and len(chart.series) == 3
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in xml or "barChart" in xml
    assert "'Summary'!D1" in xml and "'Summary'!$A$2:$A$4" in xml and "'Summary'!$F$2:$F$4" in xml


def test_matrix_marks_and_fills(wb) -> None:  # type: ignore[no-untyped-def]
    rows = {r["Claim"]: r for r in _rows(wb["Matrix"])}
    assert rows["one-whole"]["a1"] == "C/I"
    assert rows["strengthen"]["a1"] == "C"
    assert rows["strengthen"]["a2"] == "I/N"
    assert rows["hostile"]["a1"] is None
    rules = [r for cf in wb["Matrix"].conditional_formatting for r in cf.rules]
    formulas = [f for r in rules for f in r.formula]
    assert '"C"' in formulas and '"I"' in formulas and any("SEARCH" in f for f in formulas)


def test_contradictions_and_sources(wb) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(wb["Contradictions"])
    assert rows[0]["Left text"] == "Belarus functions as one whole with Russia"
    assert rows[1]["Left date"] == dt.datetime(2017, 6, 18)
    assert rows[1]["Right date"] == dt.datetime(2017, 6, 19)  # published date stands in
    assert rows[1]["Reasons"] == "negation"
    sources = {r["Publisher"]: r for r in _rows(wb["Sources"])}
    assert sources["Belarus Digest"]["Reliability"] == "B"
    assert sources["Belarus Digest"]["Meaning"] == "usually reliable"
    assert sources["Unused Wire"]["Article"] is None  # rated but no article
    assert "Text" not in sources["Belarus Digest"]


def test_about_and_properties(wb, book) -> None:  # type: ignore[no-untyped-def]
    import claimtrack

    about = {(r["Section"], r["Item"]): r["Meaning"] for r in _rows(wb["About"])}
    assert about[("Workbook", "claimtrack version")] == claimtrack.__version__
    assert isinstance(about[("Workbook", "generated at (UTC)")], dt.datetime)
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", about[("Workbook", "casebook checksum")])
    assert about[("Reliability", "F")] == "reliability cannot be judged"
    assert about[("Likelihood", "likely")].startswith("55–80%")
    assert about[("Safety", "formula-like text kept as text")] >= len(HOSTILE_QUOTES)
    assert about[("Safety", "forbidden characters replaced")] >= 3
    assert wb.properties.title == "Test case"
    assert wb.properties.creator == "Analyst"
    assert wb.properties.identifier == about[("Workbook", "casebook checksum")]
    assert wb.custom_doc_props["claimtrack version"].value == claimtrack.__version__


def test_checksum_is_stable_and_content_sensitive(book) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from claimtrack_xlsx.checksum import casebook_checksum

    import claimtrack

    assert casebook_checksum(book) == casebook_checksum(_book())
    # The same as `sha256sum` of the JSON export with default options.
    json_bytes = claimtrack.export_bytes(book, "json")
    assert casebook_checksum(book) == hashlib.sha256(json_bytes).hexdigest()
    for other_book in (Casebook(), _seed_book()):  # empty sections; real articles with raw text
        json_bytes = claimtrack.export_bytes(other_book, "json")
        assert casebook_checksum(other_book) == hashlib.sha256(json_bytes).hexdigest()
    other = _book()
    other.assess("strengthen", likelihood="unlikely")
    assert casebook_checksum(other) != casebook_checksum(book)


def test_context_shortcuts_agree_with_casebook(book) -> None:  # type: ignore[no-untyped-def]
    ctx = Context(book, XlsxOptions())
    for cid in book.claims:
        assert ctx.contested(cid) == book.is_contested(cid)
    for ev in book.evidence.values():
        assert ctx.grade(ev) == book.grade(ev)


# ---------------------------------------------------------------------- safety


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
    sources = {r["Article"]: r for r in _rows(wb["Sources"])}
    assert sources["evil"]["Title"] == "=1+1" and sources["evil"]["Publisher"] == "@mallory"


def test_forbidden_characters_replaced_and_counted(wb) -> None:  # type: ignore[no-untyped-def]
    quotes = [r["Quote"] for r in _rows(wb["Evidence"])]
    assert "Bad\ufffdbytes\ufffdhere and a lone \ufffd surrogate." in quotes
    assert "\tTabbed line" in quotes


def test_formula_like_and_url_rules() -> None:
    for text in ("=1", "+1", "-1", "@x", "\tx", "\rx", "#REF!"):
        assert is_formula_like(text)
    for text in ("1", "a=b", " =1", "#hashtag", "—dash"):
        assert not is_formula_like(text)
    assert safe_url("https://x.org/a?b=1") == "https://x.org/a?b=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://x.org/a b",
                "https://x.org/" + "a" * 3000, None, ""):
        assert safe_url(bad) is None


def test_overlong_cell_cut_with_marker_and_warning() -> None:
    text = "word " * 9000  # 45,000 characters
    book = Casebook([Article(id="long", text=text, title="Long")])
    buf = io.BytesIO()
    with pytest.warns(XlsxExportWarning, match="32,767"):
        XlsxExporter().write(book, buf, XlsxOptions(include_article_text=True))
    ws = load_workbook(io.BytesIO(buf.getvalue()))["Sources"]
    cell = _rows(ws)[0]["Text"]
    assert len(cell) <= MAX_CELL_CHARS
    assert cell.startswith("word word")
    assert re.search(r"\[cut: [\d,]+ more characters; the JSON export keeps the full text\]$",
                     cell)
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
    claims = [r["Claim"] for r in _rows(ws)]
    assert claims == [book.evidence[r["Evidence"]].claim for r in _rows(ws)]
    url_links = sum(1 for e in book.evidence.values() if e.article == "a1")  # only https URL
    assert sanitizer.links_dropped["Evidence"] == len(book.evidence) + url_links - 3


@pytest.mark.slow
def test_real_hyperlink_limit_boundary() -> None:
    """65,532 links (claim + URL on 32,766 rows): the last two become text, nothing is lost."""
    from claimtrack_xlsx.safety import MAX_HYPERLINKS_PER_SHEET

    from claimtrack import Evidence, TextQuoteSelector

    rows = MAX_HYPERLINKS_PER_SHEET // 2 + 1
    text = "A quote here. Another one."
    book = Casebook([Article(id=f"a{i}", text=text, url=f"https://x.example/{i}")
                     for i in range(100)])
    for c in range(rows // 100 + 1):  # one quote per (claim, article): no duplicate quotes
        book.add_claim("A claim", id=f"c{c}")
    sel = TextQuoteSelector(exact="A quote here.", start=0, end=13)
    # Built in bulk: this test is about the writer, not anchoring.
    evidence = [Evidence(id=f"e{i}", claim=f"c{i // 100}", article=f"a{i % 100}", selector=sel,
                         stance="supports") for i in range(rows)]
    book = Casebook.from_records(articles=book.articles.values(), claims=book.claims.values(),
                                 evidence=evidence)
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


def test_sheet_subset_and_empty_book() -> None:
    book = _book()
    ws = load_workbook(io.BytesIO(_export(book, XlsxOptions(sheets="evidence"))))
    assert ws.sheetnames == ["Evidence"]
    assert ws["Evidence"]["B2"].hyperlink is None  # no claim sheet to link to
    empty = load_workbook(io.BytesIO(_export(Casebook())))
    assert empty.sheetnames == list(SHEETS)
    assert empty["Evidence"].tables["EvidenceTable"].ref == "A1:R2"
    assert empty["Summary"]._charts == []


def test_article_text_option(book) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(io.BytesIO(_export(book, XlsxOptions(include_article_text=True))))
    rows = {r["Article"]: r for r in _rows(wb["Sources"])}
    assert rows["a1"]["Text"] == book.articles["a1"].text


def test_options_are_validated() -> None:
    assert XlsxOptions(sheets="summary, Evidence").sheets == ("Summary", "Evidence")
    assert XlsxOptions(sheets=["About", "Claims"]).sheets == ("Claims", "About")
    assert XlsxOptions(include_article_text="yes").include_article_text is True
    with pytest.raises(ValueError, match="unknown sheet 'Charts'"):
        XlsxOptions(sheets=["Charts"])
    with pytest.raises(ValueError, match="at least one"):
        XlsxOptions(sheets=[])
    with pytest.raises(ValueError, match="unknown order 'speed'"):
        XlsxOptions(sort="speed")
    with pytest.raises(ValueError, match="true or false"):
        XlsxOptions(include_article_text="maybe")
    with pytest.raises(TypeError, match="XlsxOptions"):
        XlsxExporter().write(Casebook(), io.BytesIO(), object())


def test_exporter_attributes() -> None:
    exporter = XlsxExporter()
    assert exporter.name == "xlsx" and exporter.extensions == (".xlsx",)
    assert exporter.media_type.endswith("spreadsheetml.sheet")
    assert exporter.Options is XlsxOptions


# ------------------------------------------------------------ seeds and host

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_book() -> Casebook:
    """The Belarus/CSTO seeds with two claims read off them by hand, each supported and refuted."""
    from claimtrack import Corpus

    book = Casebook(Corpus.from_directory(SEEDS), title="Belarus and the CSTO")
    book.add_claim("Belarus functions as one whole with Russia", id="one-whole",
                   claimant="Linas Linkevičius", likelihood="unlikely", confidence="moderate")
    book.add_claim("Minsk wants to strengthen the CSTO", id="minsk-strengthens-csto",
                   claimant="Alexander Lukashenka")
    b0, b1 = "000_d0c8f9d331184de7", "001_6c701b6de60f14c0"
    book.add_evidence("one-whole", article=b0, stance="supports", speaker="Linkevičius",
                      quote="Belarus should be perceived as one whole with Russia.")
    book.add_evidence("one-whole", article=b0, stance="refutes",
                      quote="Minsk renewed its prohibition on deployment of Belarusian troops "
                            "abroad in its national military doctrine")
    book.add_evidence("minsk-strengthens-csto", article=b1, stance="supports",
                      quote="Belarusian officials called for the strengthening of the "
                            "organisation.")
    book.add_evidence("minsk-strengthens-csto", article=b0, stance="refutes",
                      quote="Despite this criticism, the Belarusian government has done little "
                            "to strengthen the CSTO.")
    return book


@pytest.fixture(scope="module")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import claimtrack

    path = tmp_path_factory.mktemp("seeds") / "belarus.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XlsxExportWarning)
        assert claimtrack.export(_seed_book(), path) == path  # picked by the .xlsx suffix
    return path


def test_seed_workbook_through_the_host(seed_path: Path) -> None:
    book = _seed_book()
    wb = load_workbook(seed_path)
    assert wb.sheetnames == list(SHEETS)
    rows = _rows(wb["Evidence"])
    assert [r["Quote"] for r in rows] == [e.quote for e in book.evidence.values()]
    summary = {r["Claim"]: r for r in _rows(wb["Summary"])}
    assert summary["one-whole"]["Contested"] == ("yes" if book.is_contested("one-whole") else "no")
    assert summary["minsk-strengthens-csto"]["Contested"] == "yes"  # two articles disagree
    matrix = {r["Claim"]: r for r in _rows(wb["Matrix"])}
    assert matrix["one-whole"]["000_d0c8f9d331184de7"] == "C/I"
    sources = {r["Article"]: r for r in _rows(wb["Sources"])}
    assert set(sources) == set(book.articles)


def test_host_options_from_strings(tmp_path: Path) -> None:
    import claimtrack

    path = tmp_path / "subset.xlsx"
    with pytest.warns(XlsxExportWarning, match="U\\+FFFD"):
        claimtrack.export(_book(), path, sheets="Evidence,About", sort="grade",
                          include_article_text="false")
    assert load_workbook(path).sheetnames == ["Evidence", "About"]
    with pytest.raises(claimtrack.FormatError, match="sort"):
        claimtrack.export(_book(), tmp_path / "bad.xlsx", sort="fastest")
    assert not (tmp_path / "bad.xlsx").exists()


def test_conformance_kit() -> None:
    from claimtrack.host.testing import check_exporter

    check_exporter(XlsxExporter(), option_variants=[
        XlsxOptions(include_article_text=True), XlsxOptions(sort="grade"),
        XlsxOptions(sheets=["Evidence"]),
    ])


# ------------------------------------------------------------------- layout

LONG_QUOTE = (
    "Minsk has repeatedly said that it will not send its soldiers to fight abroad, that the "
    "alliance exists to defend the member states' own territory, and that any new deployment "
    "would need a separate decision of the Belarusian parliament and the Security Council."
)


def _layout_book() -> Casebook:
    """One long quote (several wrapped lines), one with line breaks, one short row."""
    text = f"{LONG_QUOTE} Short one. Line one\nline two\nline three\nline four."
    book = Casebook([Article(id="lay", text=text, title="T", publisher="P")])
    book.add_claim("A claim", id="c")
    book.add_evidence("c", article="lay", stance="supports", quote=LONG_QUOTE, id="long")
    book.add_evidence("c", article="lay", stance="neutral", quote="Short one.", id="short")
    book.add_evidence("c", article="lay", stance="refutes", id="lines",
                      quote="Line one\nline two\nline three\nline four.")
    return book


def _row_attrs(xml: str) -> dict[int, dict[str, str]]:
    """Every ``<row>`` element's attributes, by row number."""
    rows = {}
    for match in re.finditer(r"<row ([^>]*?)/?>", xml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
        rows[int(attrs["r"])] = attrs
    return rows


def test_rows_with_wrapped_long_text_get_a_height() -> None:
    from claimtrack_xlsx.layout import LINE_HEIGHT_PT, chars_per_line

    data = _export(_layout_book(), XlsxOptions(sheets="Evidence", sort="insertion"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rows = _row_attrs(z.read("xl/worksheets/sheet1.xml").decode())
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
    data = _export(book, XlsxOptions(sheets="Claims,Sources", include_article_text=True))
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
    book = _layout_book()
    book.add_article(Article(id="an-article-with-a-rather-long-id", text="Short one."))
    book.add_evidence("c", article="an-article-with-a-rather-long-id", stance="supports",
                      quote="Short one.", id="evidence-with-a-long-identifier")
    wb = load_workbook(io.BytesIO(_export(book)))
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
    book = _book()
    book.add_article(Article(id="ranged", text="A ranged text.", published="2017-11-27/2017-12-03"))
    wb = load_workbook(io.BytesIO(_export(book)))
    summary = wb["Summary"]
    contested = next(c for c in summary[1] if c.value == "Contested").column_letter
    assert summary[f"{contested}2"].alignment.horizontal == "center"
    sources = wb["Sources"]
    published = next(c for c in sources[1] if c.value == "Published").column_letter
    assert sources.column_dimensions[published].width >= len("2017-11-27/2017-12-03")


# ------------------------------------------------------------- real client


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_the_evidence_as_literal_text(data, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    # Filter options: comma, double quote, UTF-8, ..., last token -1 = every sheet to its own file.
    fmt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", fmt, "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120,
    )
    out = tmp_path / "book-Evidence.csv"
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    quotes = [r["Quote"] for r in rows]
    for ev in book.evidence.values():
        if "\x00" not in ev.quote and "\ud800" not in ev.quote:
            assert ev.quote in quotes, ev.quote
    first = rows[0]
    assert first["Said on"] == "2017-06-18" and first["Grade"] == "B2"
    summary = (tmp_path / "book-Summary.csv").read_text(encoding="utf-8")
    assert "strengthen" in summary


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_the_seed_workbook(seed_path: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(seed_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "belarus.pdf"
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Belarus should be perceived" in text
