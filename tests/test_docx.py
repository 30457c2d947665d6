"""The Word briefing memo: structure, footnotes, links, contradictions, and a real client.

Most tests read the memo back with python-docx or look inside the .docx zip. The slow test
converts it to PDF with LibreOffice headless and checks the text a reader would see. Options,
limits and safety are tested in ``test_docx_options.py``, the wording in
``test_docx_wording.py``; the casebook they share is in ``docx_cases.py``.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import docx
import docx.text.hyperlink
import pytest
from claimtrack_docx import wording as w
from docx_cases import (
    EXAMPLE,
    FOOTNOTES_RT,
    HYPERLINK_RT,
    LINKEVICIUS,
    NEVER_MATTERED,
    PLATFORM,
    SEED_SOURCES,
    all_text,
    footnote_texts,
    part_xml,
    read,
    render,
    seed_book,
    sources_table,
)

from claimtrack import Casebook


@pytest.fixture(scope="module")
def book() -> Casebook:
    return seed_book()


@pytest.fixture(scope="module")
def memo(book: Casebook) -> bytes:
    return render(book, handling="UNCLASSIFIED // FOR OFFICIAL USE")


# --------------------------------------------------------------------------- structure


def test_import_claimtrack_does_not_import_docx_or_matplotlib() -> None:
    code = (
        "import sys, claimtrack, claimtrack_docx\n"
        "bad = [m for m in ('docx', 'matplotlib', 'lxml') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_sections_in_bottom_line_first_order(memo: bytes) -> None:
    headings = [p.text for p in read(memo).paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Bottom line up front",
        "Key judgments",
        "Evidence",
        "Contradictions and alternative views",
        "Sources",
        "Annex: estimative language and grading",
    ]


def test_title_block_handling_line_and_properties(memo: bytes) -> None:
    document = read(memo)
    paragraphs = document.paragraphs
    assert paragraphs[0].text == "UNCLASSIFIED // FOR OFFICIAL USE"
    assert [p.text for p in paragraphs if p.style.name == "Title"] == ["Belarus and the CSTO"]
    assert "Author: J. Analyst" in paragraphs[2].text
    section = document.sections[0]
    assert "UNCLASSIFIED // FOR OFFICIAL USE" in section.header.paragraphs[0].text
    assert "UNCLASSIFIED // FOR OFFICIAL USE" in section.first_page_footer.paragraphs[0].text
    props = document.core_properties
    assert props.title == "Belarus and the CSTO"
    assert props.author == "J. Analyst"
    created = props.created.replace(tzinfo=None)
    assert abs(created - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(hours=1)


def test_key_judgments_keep_confidence_out_of_the_likelihood_sentence(memo: bytes) -> None:
    judgments = [p.text for p in read(memo).paragraphs if p.style.name == "List Number"][:3]
    first = judgments[0]
    assert first.startswith("Minsk wants a stronger CSTO.")
    assert "We judge this likely (55–80%)." in first
    assert "We have moderate confidence in this judgment." in first
    sentences = re.split(r"(?<=\.) ", first)
    assert not any("likely" in s and "confidence" in s for s in sentences)
    assert "1 quote from 1 article (1 speaker) supports it" in first
    assert "1 quote from 1 article (1 unattributed) refutes it" in first
    assert "No likelihood has been assessed yet." in judgments[2]
    assert (
        "Nothing supports it; 2 quotes from 2 articles (2 unattributed) refute it." in judgments[2]
    )


def test_quotes_use_the_quote_style_with_attribution(memo: bytes) -> None:
    quotes = [p.text for p in read(memo).paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 5
    linkevicius = next(q for q in quotes if LINKEVICIUS in q)
    assert linkevicius.startswith(f"“{LINKEVICIUS}”")
    assert "Linas Linkevičius, Lithuanian foreign minister, 2016-07-08" in linkevicius
    assert "Belarus Digest; grade B3" in linkevicius
    # Unrated speaker: the outlet's reliability (C) makes the grade.
    assert any(PLATFORM in q and "grade C2" in q for q in quotes)


def test_bottom_line_composed_from_claim_status(memo: bytes) -> None:
    document = read(memo)
    texts = [p.text for p in document.paragraphs]
    bluf = texts[texts.index("Bottom line up front") + 1]
    assert "3 claims against 5 quotes from 4 articles" in bluf
    assert "We judge likely or better: “Minsk wants a stronger CSTO”" in bluf
    assert "Sources disagree on 1 claim" in bluf


def test_bottom_line_written_by_the_analyst_wins(book: Casebook) -> None:
    other = seed_book()
    other.bottom_line = "Minsk talks up the CSTO but keeps out of its military plans."
    texts = [p.text for p in read(render(other)).paragraphs]
    assert texts[texts.index("Bottom line up front") + 1] == other.bottom_line


# --------------------------------------------------------------------------- footnotes, links


def test_footnotes_part_is_wired_and_cites_each_quote(memo: bytes, book: Casebook) -> None:
    content_types = part_xml(memo, "[Content_Types].xml")
    assert 'PartName="/word/footnotes.xml"' in content_types
    assert "wordprocessingml.footnotes+xml" in content_types
    assert FOOTNOTES_RT in part_xml(memo, "word/_rels/document.xml.rels")
    body = part_xml(memo, "word/document.xml")
    notes = part_xml(memo, "word/footnotes.xml")
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)
    ids = re.findall(r'<w:footnote\b[^>]*\bw:id="(-?\d+)"', notes)
    assert ids[:2] == ["-1", "0"]  # separator and continuation separator
    # 5 quotes in the evidence section + 2 quotes in the contradictions table.
    assert len(refs) == 7 and sorted(refs, key=int) == ids[2:]
    article = book.articles[book.evidence["one-whole-e1"].article]
    assert "Will Minsk revive the ‘post-Soviet NATO’ at the behest of the Kremlin?" in notes
    assert "Belarus Digest" in notes and "Evidence one-whole-e1." in notes
    assert str(article.published or "undated") in notes


def test_footnote_urls_are_links_in_the_footnotes_part(memo: bytes) -> None:
    rels = part_xml(memo, "word/_rels/footnotes.xml.rels")
    notes = part_xml(memo, "word/footnotes.xml")
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    targets |= {m[1]: m[0] for m in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)}
    assert 'TargetMode="External"' in rels and HYPERLINK_RT in rels
    linked = re.findall(r'<w:hyperlink r:id="(rId\d+)"', notes)
    assert {targets[r] for r in linked} >= {SEED_SOURCES[k][1] for k in ("000", "001", "004")}


def test_an_article_is_cited_in_full_once_then_by_short_title_and_number(
    memo: bytes, book: Casebook
) -> None:
    notes = footnote_texts(memo)
    rows = [[c.text for c in row.cells] for row in sources_table(read(memo)).rows[1:]]
    repeats = 0
    for article in book.articles.values():
        title = w.quoted(article.title or "")  # inner double quotes turn single
        number = next(r[0].rstrip(".") for r in rows if r[2].startswith(title))
        citing = [notes[i] for i in sorted(notes) if f"(source {number}" in notes[i]]
        if not citing:
            continue
        first, *later = citing
        # The first note: full title, outlet, date, number, and the URL.
        assert first.startswith(f"{title}, {article.publisher}, ")
        assert f"(source {number}). {article.url}. Evidence " in first
        for note in later:
            # Later notes: a shortened title, number and date; one line at the page foot.
            assert article.url not in note and title not in note
            assert f"(source {number}, {article.published or 'undated'}). Evidence " in note
            assert len(note) <= 90, note
        repeats += len(later)
    # Article 000 alone is cited three times (two claims and the contradiction table).
    assert repeats >= 2


def test_sources_are_a_numbered_table_with_reliability_and_clickable_links(memo: bytes) -> None:
    document = read(memo)
    table = sources_table(document)
    assert table.style.name == "Table Grid"
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["No.", "Outlet (reliability)", "Article", "Quotes"]
    assert [r[0] for r in rows[1:]] == ["1.", "2.", "3.", "4.", "5."]
    assert rows[1][1] == "Belarus Digest (B, usually reliable)"
    assert any(r[1] == "Belarus Security Blog (C, fairly reliable)" for r in rows)
    addresses = {
        link.address
        for row in table.rows[1:]
        for p in row.cells[2].paragraphs
        for link in p.hyperlinks
    }
    assert addresses == {url for _, url in SEED_SOURCES.values()}
    # Quotes cited per article add up to the memo's quotes.
    assert sum(int(r[3]) for r in rows[1:]) == 5


def test_key_judgments_are_a_numbered_list_of_their_own(memo: bytes) -> None:
    document = read(memo)
    judgments = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(judgments) == 3
    num_ids = {
        tuple(p.paragraph_format.element.xpath("./w:pPr/w:numPr/w:numId/@w:val")) for p in judgments
    }
    assert len(num_ids) == 1 and next(iter(num_ids))  # one list, restarted at 1


def test_unsafe_urls_are_printed_not_linked(book: Casebook) -> None:
    other = seed_book()
    key = next(iter(other.articles))
    other.replace_article(attrs.evolve(other.articles[key], url="javascript:alert(1)"))
    data = render(other)
    assert "javascript:alert(1)" in all_text(read(data))
    for part in ("word/_rels/document.xml.rels", "word/_rels/footnotes.xml.rels"):
        assert "javascript:" not in part_xml(data, part)


# --------------------------------------------------------------------------- contradictions


def test_contradictions_side_by_side_in_a_table_grid(memo: bytes) -> None:
    document = read(memo)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Side A")
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["Side A", "Side B"]
    # Only the reviewed contradiction is shown: its sides, then its verdict across both columns.
    assert len(table.rows) == 3
    sides = [c.text for c in table.rows[1].cells]
    assert "I believe that the CSTO should strengthen it" in sides[0]
    assert "Alexander Lukashenka, President of Belarus" in sides[0]
    assert NEVER_MATTERED in sides[1] and "Unattributed" in sides[1]
    verdict = table.rows[2].cells
    assert verdict[0].text == verdict[1].text  # one merged cell
    assert verdict[0].text.startswith("Contrary, explained. A public call against")
    assert "Resolution: Rhetoric for Moscow's audience" in verdict[0].text
    text = all_text(document)
    assert "Not shown: 1 candidate awaiting review and 1 candidate examined and dismissed" in text


def test_contradiction_between_claims_shows_their_evidence_span() -> None:
    book = seed_book()
    book.review_contradiction("x-stronger-works", status="confirmed")
    table = next(t for t in read(render(book)).tables if t.rows[0].cells[0].text == "Side A")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    claims_row = next(r for r in rows if r[0].startswith("KJ 1: Minsk wants a stronger CSTO."))
    assert "1 supporting, 1 refuting" in claims_row[0]
    assert claims_row[1].startswith("KJ 3: The CSTO works")
    assert "0 supporting, 2 refuting; 2017" in claims_row[1]


# --------------------------------------------------------------------------- real client


needs_libreoffice = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdfinfo")),
    reason="LibreOffice (soffice) and poppler (pdftotext, pdfinfo) are needed",
)


def to_pdf(sources: list[Path], tmp_path: Path) -> None:
    """Convert .docx files to PDF next to them with LibreOffice headless (private profile)."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    )


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_renders_quotes_footnotes_and_links(memo: bytes, tmp_path) -> None:
    source = tmp_path / "memo.docx"
    source.write_bytes(memo)
    to_pdf([source], tmp_path)
    pdf = tmp_path / "memo.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "Bottom line up front" in flat and "Key judgments" in flat
    # pdftotext drops the hyphen where a line breaks at one, so compare without hyphens.
    unhyphenated = flat.replace("-", "")
    for quote in (LINKEVICIUS, NEVER_MATTERED, PLATFORM):
        assert quote.replace("-", "") in unhyphenated, quote
    # Footnote text is in the PDF (at the page foot), with the article title and outlet.
    assert "at the behest of the Kremlin?”, Belarus Digest" in flat
    assert "Evidence onewholee1." in unhyphenated and "Evidence workse2." in unhyphenated
    # The links survive as PDF link annotations, in the sources list and in the footnotes.
    links = subprocess.run(
        ["pdfinfo", "-url", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    for _, url in SEED_SOURCES.values():
        assert url in links


@pytest.mark.slow
@needs_libreoffice
def test_example_memo_is_at_most_five_pages_on_letter_and_a4(tmp_path) -> None:
    # The seed example's memo with default options, as examples/belarus_csto.py writes it.
    subprocess.run(
        [sys.executable, str(EXAMPLE), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    letter = tmp_path / "brief.docx"
    document = docx.Document(str(letter))
    section = document.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    a4 = tmp_path / "brief-a4.docx"
    document.save(str(a4))
    to_pdf([letter, a4], tmp_path)
    for name, size in (("brief", "(letter)"), ("brief-a4", "(A4)")):
        info = pdf_info(tmp_path / f"{name}.pdf")
        assert info["Page size"].endswith(size)
        assert 2 <= int(info["Pages"]) <= 5, (name, info["Pages"])
    # Still the whole memo: bottom line, every section, the figure, footnotes at the foot.
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "brief.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    for heading in ("Bottom line up front", "Key judgments", "Figure 1.", "Evidence",
                    "Contradictions and alternative views", "Sources", "Annex"):  # fmt: skip
        assert heading in flat, heading
    assert "more are in the evidence workbook and JSON export" in flat
