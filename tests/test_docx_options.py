"""The Word briefing memo's options, limits, template, look, figure and safety rules."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile

import attrs
import docx
import docx.text.hyperlink
import pytest
from claimtrack_docx import DocxExporter, DocxOptions
from claimtrack_docx import wording as w
from claimtrack_docx.figure import ChartData, evidence_chart
from docx_cases import (
    all_text,
    part_xml,
    read,
    render,
    seed_book,
)
from PIL import Image

import claimtrack
from claimtrack import Casebook
from claimtrack.errors import FormatError
from claimtrack.host import PluginWarning
from claimtrack.model import Article


@pytest.fixture(scope="module")
def book() -> Casebook:
    return seed_book()


@pytest.fixture(scope="module")
def memo(book: Casebook) -> bytes:
    return render(book, handling="UNCLASSIFIED // FOR OFFICIAL USE")


# --------------------------------------------------------------------------- options


def test_options_are_validated() -> None:
    with pytest.raises(ValueError, match="max_quotes_per_claim"):
        DocxOptions(max_quotes_per_claim=0)
    with pytest.raises(TypeError, match="include_figure"):
        DocxOptions(include_figure="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="template"):
        DocxOptions(template="memo.dotx")
    with pytest.raises(TypeError, match="claims"):
        DocxOptions(claims=[1, 2])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_quote_chars"):
        DocxOptions(max_quote_chars=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DocxOptions().title = "x"  # type: ignore[misc]
    assert DocxOptions(claims="stronger").claims == ("stronger",)


def test_unknown_claim_and_missing_template_are_clear_errors(book: Casebook, tmp_path) -> None:
    with pytest.raises(FormatError, match=r"unknown claim 'nope'.*known: 'stronger'"):
        render(book, claims=["nope"])
    with pytest.raises(FormatError, match="does not exist"):
        render(book, template=str(tmp_path / "missing.docx"))


def test_claims_subset_and_quote_limit(book: Casebook) -> None:
    document = read(render(book, claims=["works", "stronger"], max_quotes_per_claim=1))
    judgments = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert judgments[0].startswith("The CSTO works") and judgments[1].startswith("Minsk wants")
    assert not any("one whole" in j for j in judgments[:2])
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 2
    note = "Shown: 1 of 2 quotes (best graded); 1 more is in the evidence workbook and JSON export."
    assert any(p.text.endswith(note) for p in document.paragraphs)


def test_default_memo_shows_two_quotes_a_claim_for_and_against() -> None:
    assert DocxOptions().max_quotes_per_claim == 2
    text = " ".join(f"Point {i} is made here." for i in range(12))
    book = Casebook([Article(id="a", text=text, title="T", publisher="P")])
    book.add_claim("A claim.", id="c")
    stances = ["supports"] * 5 + ["refutes"] * 3 + ["neutral"] * 2
    for i, stance in enumerate(stances):
        book.add_evidence("c", article="a", quote=f"Point {i} is made", stance=stance)
    document = read(render(book))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert headings == ["Supporting", "Refuting"]
    assert len([p for p in document.paragraphs if p.style.name == "Quote"]) == 2
    note = (
        "Shown: 2 of 10 quotes (best graded); 8 more are in the evidence workbook and JSON export."
    )
    assert note in [p.text for p in document.paragraphs]


def test_a_side_with_nothing_to_show_is_one_heading_line(book: Casebook) -> None:
    document = read(render(book))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    # "works" has two refuting quotes and no supporting one.
    assert "Supporting: none recorded" in headings
    assert "None recorded." not in [p.text for p in document.paragraphs]


def test_quote_limit_lets_refutations_through() -> None:
    text = " ".join(f"Point {i} is made here." for i in range(12))
    book = Casebook([Article(id="a", text=text, title="T", publisher="P")])
    book.add_claim("A claim.", id="c")
    for i in range(10):
        book.add_evidence("c", article="a", quote=f"Point {i} is made", stance="supports")
    book.add_evidence("c", article="a", quote="Point 11 is made", stance="refutes")
    view = w.index_claims(book, [book.claims["c"]])["c"]
    shown, omitted = w.pick_quotes(book, view, 3)
    assert len(shown[claimtrack.Stance.REFUTES]) == 1 and omitted == 8


def test_pick_quotes_leads_with_the_heavier_side_best_grade_first_neutral_last() -> None:
    text = " ".join(f"Point {i} is made here." for i in range(12))
    book = Casebook([Article(id="a", text=text, title="T", publisher="P")])
    book.rate_source("P", "B")
    book.add_claim("A claim.", id="c")
    plan = [("supports", 2), ("refutes", 5), ("refutes", 1), ("refutes", 3), ("neutral", 1)]
    for i, (stance, credibility) in enumerate(plan):
        book.add_evidence(
            "c", article="a", quote=f"Point {i} is made", stance=stance, credibility=credibility
        )
    view = w.index_claims(book, [book.claims["c"]])["c"]
    shown, omitted = w.pick_quotes(book, view, 2)
    # Three refuting against one supporting: a refuting quote first (its best, B1), then one for.
    assert [e.quote for e in shown[claimtrack.Stance.REFUTES]] == ["Point 2 is made"]
    assert [e.quote for e in shown[claimtrack.Stance.SUPPORTS]] == ["Point 0 is made"]
    assert omitted == 3
    shown, _ = w.pick_quotes(book, view, 3)
    assert [e.quote for e in shown[claimtrack.Stance.REFUTES]] == [
        "Point 2 is made",
        "Point 3 is made",
    ]
    shown, _ = w.pick_quotes(book, view, 5)
    assert len(shown[claimtrack.Stance.NEUTRAL]) == 1  # context once both sides are in full


def test_sections_can_be_left_out(book: Casebook) -> None:
    data = render(book, include_contradictions=False, include_figure=False)
    document = read(data)
    assert "Contradictions and alternative views" not in [p.text for p in document.paragraphs]
    assert not document.inline_shapes
    with_figure = read(render(book))
    assert len(with_figure.inline_shapes) == 1
    assert any(p.text.startswith("Figure 1.") for p in with_figure.paragraphs)


def test_without_matplotlib_the_memo_is_complete_and_warns(book: Casebook, monkeypatch) -> None:
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    with pytest.warns(PluginWarning, match=r"no figure.*pip install 'claimtrack\[chart\]'"):
        data = render(book)
    # The warning is for the person exporting; the memo's readers see a memo without a figure.
    document = read(data)
    text = all_text(document).lower()
    assert not document.inline_shapes
    assert "figure" not in text and "matplotlib" not in text and "chart" not in text
    assert len([p for p in document.paragraphs if p.style.name == "Quote"]) == 5


def test_template_styles_are_used_and_created_date_is_now(book: Casebook, tmp_path) -> None:
    # A memo (which has a footnotes part, and a 2013 date put back) serves as the template:
    # its body goes, its styles stay, and its footnotes part is adopted, not duplicated.
    template = read(render(book))
    template.styles["Heading 1"].font.color.rgb = docx.shared.RGBColor(0x80, 0x00, 0x00)
    template.core_properties.created = dt.datetime(2013, 12, 23, 23, 15)
    template.add_paragraph("LETTERHEAD BODY TEXT")
    path = tmp_path / "house-style.docx"
    template.save(str(path))
    data = render(book, template=str(path), title="Custom title", author="Desk")
    document = read(data)
    assert str(document.styles["Heading 1"].font.color.rgb) == "800000"
    assert "LETTERHEAD BODY TEXT" not in all_text(document)
    assert document.core_properties.created.year >= 2024
    assert document.core_properties.title == "Custom title"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist().count("word/footnotes.xml") == 1
    notes = part_xml(data, "word/footnotes.xml")
    body = part_xml(data, "word/document.xml")
    assert len(re.findall(r"<w:footnoteReference ", body)) == 7
    # The template's own notes went with its body: separators plus this memo's 7 notes.
    assert re.findall(r'<w:footnote\b[^>]*\bw:id="(-?\d+)"', notes) == [
        "-1",
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
    ]


def test_compact_look_without_a_template_and_the_templates_own_with_one(
    book: Casebook, tmp_path
) -> None:
    own = read(render(book))
    section = own.sections[0]
    assert section.left_margin == section.right_margin == docx.shared.Inches(1)
    assert own.styles["Normal"].paragraph_format.space_after == docx.shared.Pt(5)
    assert own.styles["Title"].font.size == docx.shared.Pt(20)
    # A user's template: its margins and spacing stay exactly as they are.
    template = docx.Document()
    template.sections[0].left_margin = docx.shared.Inches(1.5)
    template.styles["Normal"].paragraph_format.space_after = docx.shared.Pt(12)
    path = tmp_path / "wide.docx"
    template.save(str(path))
    theirs = read(render(book, template=str(path)))
    assert theirs.sections[0].left_margin == docx.shared.Inches(1.5)
    assert theirs.styles["Normal"].paragraph_format.space_after == docx.shared.Pt(12)
    assert theirs.styles["Title"].font.size == docx.shared.Pt(26)  # the template's own


def test_tables_are_set_a_size_smaller_in_table_grid(memo: bytes) -> None:
    document = read(memo)
    assert len(document.tables) == 4  # contradictions, sources, two legends
    for table in document.tables:
        assert table.style.name == "Table Grid"
        runs = [
            run
            for row in table.rows
            for cell in row.cells
            for p in cell.paragraphs
            for item in p.iter_inner_content()
            for run in (item.runs if isinstance(item, docx.text.hyperlink.Hyperlink) else [item])
        ]
        assert runs and all(run.font.size == docx.shared.Pt(9) for run in runs)
        for row in table.rows:
            for cell in row.cells:
                assert all(p.paragraph_format.space_after == 0 for p in cell.paragraphs)
    # Body text keeps the template's size (no direct size on body runs).
    quote = next(p for p in document.paragraphs if p.style.name == "Quote")
    assert all(run.font.size is None for run in quote.runs)


def test_figure_is_at_most_a_quarter_page(book: Casebook) -> None:
    document = read(render(book))
    section = document.sections[0]
    shape = document.inline_shapes[0]
    assert shape.height <= section.page_height / 4
    assert abs(shape.width - (section.page_width - 2 * section.left_margin)) < 10_000
    # Six claims (two rows of panels) still fit a quarter of a Letter page.
    data = ChartData(
        panels=tuple((f"KJ {k}: claim {k}", ((2012, 1, 2), (2016, 3, 0))) for k in range(6)),
        bins=(2012, 2016),
        undated=0,
        claims_left_out=0,
    )
    png = evidence_chart(data, width_in=6.5)
    assert png is not None
    with Image.open(io.BytesIO(png)) as image:
        width, height = image.size
    assert height / width * 6.5 <= 11 / 4


# --------------------------------------------------------------------------- safety


def test_xml_forbidden_characters_are_replaced_never_a_crash() -> None:
    text = "Bad \x00 byte and form\x0cfeed said “here \x1b now”."
    book = Casebook(
        [Article(id="a", text=text, title="Title\x07", publisher="Pub\x01", url="https://x.y/")],
        title="Case\x0b",
        author="Me\x02",
    )
    book.add_claim("Claim with \x08 control.", id="c", notes="note\x00")
    book.add_evidence("c", article="a", quote="here \x1b now", stance="supports", speaker="X\x03")
    data = render(book)
    text_out = all_text(read(data))
    assert "here \ufffd now" in text_out and "Claim with \ufffd control." in text_out
    assert "Title\ufffd" in part_xml(data, "word/footnotes.xml")


def test_long_quotes_are_shortened_with_a_footnote_to_the_full_text() -> None:
    long_quote = " ".join(f"word{i}" for i in range(400))
    book = Casebook([Article(id="a", text=long_quote + ". End.", title="T", publisher="P")])
    book.add_claim("A claim.", id="c")
    book.add_evidence("c", article="a", quote=long_quote, stance="supports", id="long-1")
    data = render(book, max_quote_chars=200)
    quote = next(p.text for p in read(data).paragraphs if p.style.name == "Quote")
    shown = quote.split("”")[0]
    assert shown.endswith("…") and len(shown) <= 203 and shown[1:-1] in long_quote
    notes = part_xml(data, "word/footnotes.xml")
    assert f"the full text ({len(long_quote)} characters) is evidence long-1" in notes


def test_conformance_kit() -> None:
    from claimtrack.host.testing import check_exporter

    # matplotlib writes its font cache under ~/.cache on first import; that is the library
    # warming up, not the exporter writing files, so warm it up before the sandboxed runs.
    pytest.importorskip("matplotlib.font_manager")
    check_exporter(
        DocxExporter(),
        option_variants=[
            DocxOptions(handling="SECRET // NOFORN"),
            DocxOptions(max_quotes_per_claim=1),
            DocxOptions(max_quote_chars=40),
            DocxOptions(include_contradictions=False),
            DocxOptions(include_figure=False),
        ],
        deterministic=False,  # created/modified are "now", as Word's own files
    )


def test_export_through_the_plugin_host(book: Casebook, tmp_path) -> None:
    target = tmp_path / "brief.docx"
    claimtrack.export(book, target)
    assert "Bottom line up front" in [p.text for p in docx.Document(str(target)).paragraphs]
