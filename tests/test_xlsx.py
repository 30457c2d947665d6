"""The Excel exporter: read the workbook back (openpyxl, raw XML, LibreOffice) and check it.

Safety rules are tested in ``test_xlsx_safety.py``, row heights and widths in
``test_xlsx_layout.py``; the casebooks they share are in ``xlsx_cases.py``.
"""

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
from claimtrack_xlsx.sheets import Context
from openpyxl import load_workbook
from xlsx_cases import HOSTILE_QUOTES, export_workbook, rows_of, sample_book, seed_book

from claimtrack import Casebook


@pytest.fixture(scope="module")
def book() -> Casebook:
    return sample_book()


@pytest.fixture(scope="module")
def data(book: Casebook) -> bytes:
    return export_workbook(book)


@pytest.fixture(scope="module")
def wb(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data))


@pytest.fixture(scope="module")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import claimtrack

    path = tmp_path_factory.mktemp("seeds") / "belarus.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XlsxExportWarning)
        assert claimtrack.export(seed_book(), path) == path  # picked by the .xlsx suffix
    return path


# ------------------------------------------------------------------- structure


def test_import_does_not_load_openpyxl() -> None:
    code = "import claimtrack, claimtrack_xlsx, sys; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sheets_in_order_each_a_table_with_filter_and_frozen_header(wb, book) -> None:  # type: ignore[no-untyped-def]
    assert wb.sheetnames == list(SHEETS)
    expected_rows = {
        "Summary": 3,
        "Claims": 3,
        "Evidence": len(book.evidence),
        "Matrix": 3,
        "Contradictions": 2,
        "Sources": 4,
    }
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
    rows = rows_of(ws)
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
        ws = load_workbook(
            io.BytesIO(export_workbook(book, XlsxOptions(sheets=["Evidence"], sort=order)))
        )
        return [r["Evidence"] for r in rows_of(ws["Evidence"])]

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
        book.evidence[i].article for i in by_article
    )


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
    rows = {r["Claim"]: r for r in rows_of(wb["Summary"])}
    s = rows["strengthen"]
    assert (s["Supports"], s["Refutes"], s["Neutral"], s["Evidence"], s["Articles"]) == (
        1,
        1,
        1,
        3,
        2,
    )
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
    rows = {r["Claim"]: r for r in rows_of(wb["Matrix"])}
    assert rows["one-whole"]["a1"] == "C/I"
    assert rows["strengthen"]["a1"] == "C"
    assert rows["strengthen"]["a2"] == "I/N"
    assert rows["hostile"]["a1"] is None
    rules = [r for cf in wb["Matrix"].conditional_formatting for r in cf.rules]
    formulas = [f for r in rules for f in r.formula]
    assert '"C"' in formulas and '"I"' in formulas and any("SEARCH" in f for f in formulas)


def test_contradictions_and_sources(wb) -> None:  # type: ignore[no-untyped-def]
    rows = rows_of(wb["Contradictions"])
    assert rows[0]["Left text"] == "Belarus functions as one whole with Russia"
    assert rows[1]["Left date"] == dt.datetime(2017, 6, 18)
    assert rows[1]["Right date"] == dt.datetime(2017, 6, 19)  # published date stands in
    assert rows[1]["Reasons"] == "negation"
    sources = {r["Publisher"]: r for r in rows_of(wb["Sources"])}
    assert sources["Belarus Digest"]["Reliability"] == "B"
    assert sources["Belarus Digest"]["Meaning"] == "usually reliable"
    assert sources["Unused Wire"]["Article"] is None  # rated but no article
    assert "Text" not in sources["Belarus Digest"]


def test_about_and_properties(wb, book) -> None:  # type: ignore[no-untyped-def]
    import claimtrack

    about = {(r["Section"], r["Item"]): r["Meaning"] for r in rows_of(wb["About"])}
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

    assert casebook_checksum(book) == casebook_checksum(sample_book())
    # The same as `sha256sum` of the JSON export with default options.
    json_bytes = claimtrack.export_bytes(book, "json")
    assert casebook_checksum(book) == hashlib.sha256(json_bytes).hexdigest()
    # Empty sections; real articles with raw text.
    for other_book in (Casebook(), seed_book()):
        json_bytes = claimtrack.export_bytes(other_book, "json")
        assert casebook_checksum(other_book) == hashlib.sha256(json_bytes).hexdigest()
    other = sample_book()
    other.assess("strengthen", likelihood="unlikely")
    assert casebook_checksum(other) != casebook_checksum(book)


def test_context_shortcuts_agree_with_casebook(book) -> None:  # type: ignore[no-untyped-def]
    ctx = Context(book, XlsxOptions())
    for cid in book.claims:
        assert ctx.contested(cid) == book.is_contested(cid)
    for ev in book.evidence.values():
        assert ctx.grade(ev) == book.grade(ev)


def test_sheet_subset_and_emptysample_book() -> None:
    book = sample_book()
    ws = load_workbook(io.BytesIO(export_workbook(book, XlsxOptions(sheets="evidence"))))
    assert ws.sheetnames == ["Evidence"]
    assert ws["Evidence"]["B2"].hyperlink is None  # no claim sheet to link to
    empty = load_workbook(io.BytesIO(export_workbook(Casebook())))
    assert empty.sheetnames == list(SHEETS)
    assert empty["Evidence"].tables["EvidenceTable"].ref == "A1:T2"
    assert empty["Summary"]._charts == []


def test_article_text_option(book) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(io.BytesIO(export_workbook(book, XlsxOptions(include_article_text=True))))
    rows = {r["Article"]: r for r in rows_of(wb["Sources"])}
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


def test_seed_workbook_through_the_host(seed_path: Path) -> None:
    book = seed_book()
    wb = load_workbook(seed_path)
    assert wb.sheetnames == list(SHEETS)
    rows = rows_of(wb["Evidence"])
    assert [r["Quote"] for r in rows] == [e.quote for e in book.evidence.values()]
    summary = {r["Claim"]: r for r in rows_of(wb["Summary"])}
    assert summary["one-whole"]["Contested"] == ("yes" if book.is_contested("one-whole") else "no")
    assert summary["minsk-strengthens-csto"]["Contested"] == "yes"  # two articles disagree
    matrix = {r["Claim"]: r for r in rows_of(wb["Matrix"])}
    assert matrix["one-whole"]["000_d0c8f9d331184de7"] == "C/I"
    sources = {r["Article"]: r for r in rows_of(wb["Sources"])}
    assert set(sources) == set(book.articles)


def test_host_options_from_strings(tmp_path: Path) -> None:
    import claimtrack

    path = tmp_path / "subset.xlsx"
    with pytest.warns(XlsxExportWarning, match="U\\+FFFD"):
        claimtrack.export(
            sample_book(), path, sheets="Evidence,About", sort="grade", include_article_text="false"
        )
    assert load_workbook(path).sheetnames == ["Evidence", "About"]
    with pytest.raises(claimtrack.errors.FormatError, match="sort"):
        claimtrack.export(sample_book(), tmp_path / "bad.xlsx", sort="fastest")
    assert not (tmp_path / "bad.xlsx").exists()


def test_conformance_kit() -> None:
    from claimtrack.host.testing import check_exporter

    check_exporter(
        XlsxExporter(),
        option_variants=[
            XlsxOptions(include_article_text=True),
            XlsxOptions(sort="grade"),
            XlsxOptions(sheets=["Evidence"]),
        ],
    )


# ------------------------------------------------------------- real client


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_the_evidence_as_literal_text(data, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    # Filter options: comma, double quote, UTF-8, ..., last token -1 = every sheet to its own file.
    fmt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            fmt,
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
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
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(seed_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "belarus.pdf"
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Belarus should be perceived" in text
