"""The Word briefing memo: structure, footnotes, links, options, safety, and a real client.

Most tests read the memo back with python-docx or look inside the .docx zip. The slow test
converts it to PDF with LibreOffice headless and checks the text a reader would see.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import attrs
import docx
import docx.text.hyperlink
import pytest
from claimtrack_docx import DocxExporter, DocxOptions
from claimtrack_docx import wording as w
from claimtrack_docx.figure import ChartData, evidence_chart
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from PIL import Image

import claimtrack
from claimtrack import Casebook, Corpus
from claimtrack.errors import FormatError
from claimtrack.model import Article, Role

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXAMPLE = SEEDS.parent / "examples" / "belarus_csto.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FOOTNOTES_RT = R_NS + "/footnotes"
HYPERLINK_RT = R_NS + "/hyperlink"

# Outlets and URLs are not in the seed files; the analyst adds them.
SEED_SOURCES = {
    "000": (
        "Belarus Digest",
        "https://belarusdigest.com/story/will-minsk-revive-post-soviet-nato/",
    ),
    "001": ("Belarus Digest", "https://belarusdigest.com/story/can-belarus-use-the-csto/"),
    "002": ("Belarus Digest", "https://belarusdigest.com/story/csto-natos-enemy/"),
    "003": ("Belarus Security Blog", "https://bsblog.info/minsk-scope-of-commitment-to-csto/"),
    "004": ("Belarus Security Blog", "https://bsblog.info/honourable-but-useless-chairmanship/"),
}
LINKEVICIUS = "Belarus should be perceived as one whole with Russia."
NEVER_MATTERED = "The CSTO never mattered very much to Minsk, and probably matters even less now."
PLATFORM = (
    "The organization is rather a platform for discussing security matters in the post-Soviet "
    "space, than a working mechanism for ensuring security."
)


def seed_book() -> Casebook:
    """The seed articles (cleaned by the corpus loader) with claims, quotes, contradictions."""
    corpus = Corpus.from_directory(SEEDS)
    articles = {}
    for article in corpus.values():
        publisher, url = SEED_SOURCES[article.id[:3]]
        articles[article.id[:3]] = attrs.evolve(article, publisher=publisher, url=url)
    book = Casebook(list(articles.values()), title="Belarus and the CSTO", author="J. Analyst")
    ids = {k: a.id for k, a in articles.items()}
    book.rate_source("Belarus Digest", "B")
    book.rate_source("Belarus Security Blog", "C")
    book.add_actor("Alexander Lukashenka", aliases=["Lukashenka"], roles=["President of Belarus"])
    book.add_actor(
        "Linas Linkevičius", roles=[Role("Lithuanian foreign minister")], reliability="B"
    )
    book.add_claim(
        "Minsk wants a stronger CSTO.",
        id="stronger",
        likelihood="likely",
        confidence="moderate",
        claimant="Alexander Lukashenka",
    )
    book.add_claim("Belarus acts as one whole with Russia.", id="one-whole", likelihood="unlikely")
    book.add_claim("The CSTO works as a collective security mechanism.", id="works")
    book.add_evidence(
        "stronger",
        article=ids["001"],
        quote="I believe that the CSTO should strengthen it",
        stance="supports",
        speaker="Alexander Lukashenka",
        credibility=2,
    )
    book.add_evidence(
        "stronger", article=ids["000"], quote=NEVER_MATTERED, stance="refutes", credibility=3
    )
    book.add_evidence(
        "one-whole",
        article=ids["000"],
        quote=LINKEVICIUS,
        stance="supports",
        speaker="Linas Linkevičius",
        said_on="2016-07-08",
        credibility=3,
    )
    book.add_evidence(
        "works", article=ids["004"], quote=PLATFORM, stance="refutes", credibility=2, occurrence=0
    )
    book.add_evidence(
        "works",
        article=ids["003"],
        quote="The CSTO remains a fragmented quasi-alliance",
        stance="refutes",
        credibility=2,
    )
    book.add_contradiction(
        "stronger-e1",
        "stronger-e2",
        kind="contrary",
        status="explained",
        rationale="A public call against the author's reading of Minsk's record.",
        resolution="Rhetoric for Moscow's audience; the record shows what Minsk does.",
    )
    book.add_contradiction("stronger", "works", kind="other", status="candidate")
    book.add_contradiction("one-whole", "works", kind="other", status="dismissed")
    return book


def render(book: Casebook, **options: object) -> bytes:
    stream = io.BytesIO()
    DocxExporter().write(book, stream, DocxOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue()


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def all_text(document: docx.document.Document) -> str:
    chunks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            chunks += [c.text for c in row.cells]
    return "\n".join(chunks)


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


def footnote_texts(data: bytes) -> dict[int, str]:
    """The text of each real footnote, by id."""
    root = etree.fromstring(part_xml(data, "word/footnotes.xml").encode("utf-8"))
    return {
        int(note.get(f"{W}id")): "".join(note.itertext()).strip()
        for note in root.iter(f"{W}footnote")
        if note.get(f"{W}type") in (None, "normal")
    }


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


def sources_table(document: docx.document.Document) -> docx.table.Table:
    return next(t for t in document.tables if t.rows[0].cells[0].text == "No.")


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
    with pytest.raises(FormatError, match=r"unknown claim\(s\) 'nope'.*known: 'stronger'"):
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


def test_without_matplotlib_the_memo_is_complete_and_silent(book: Casebook, monkeypatch) -> None:
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    document = read(render(book))
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
        years=(2012, 2016),
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


# --------------------------------------------------------------------------- wording


@given(st.text())
def test_safe_leaves_no_character_xml_forbids(text: str) -> None:
    out = w.safe(text)
    assert len(out) == len(text)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", out)


@given(st.text(min_size=1), st.integers(min_value=40, max_value=400))
def test_shorten_keeps_a_prefix_within_the_limit(text: str, limit: int) -> None:
    out, cut = w.shorten(text, limit)
    assert cut == (len(text) > limit)
    if cut:
        assert out.endswith("…") and len(out) <= limit + 1 and text.startswith(out[:-1])
    else:
        assert out == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minsk hedges", "Minsk hedges."),
        ("Minsk hedges.", "Minsk hedges."),
        ("Does Minsk hedge?", "Does Minsk hedge?"),
        ("Minsk backs the “union state”", "Minsk backs the “union state”."),
        ('Lukashenka said "no."', 'Lukashenka said "no."'),
        ("Minsk hedges (mostly)", "Minsk hedges (mostly)."),
        ("Minsk hedges (see 000.)", "Minsk hedges (see 000.)"),
        ("  ", ""),
    ],
)
def test_sentence_adds_a_full_stop_unless_one_ends_it(text: str, expected: str) -> None:
    assert w.sentence(text) == expected


def test_key_judgment_statement_and_estimate_are_separate_sentences() -> None:
    book = Casebook([Article(id="a", text="Minsk backs it.", title="T", publisher="P")])
    book.add_claim("Minsk backs the “union state”", id="c", likelihood="likely")
    judgment = next(p for p in read(render(book)).paragraphs if p.style.name == "List Number")
    assert judgment.text.startswith("Minsk backs the “union state”. We judge this likely")
    assert judgment.runs[0].bold and judgment.runs[0].text == "Minsk backs the “union state”. "


def test_nested_quotes_turn_single() -> None:
    assert w.quoted("the CSTO needs to become “serious”") == "“the CSTO needs to become ‘serious’”"
    assert w.quoted('functions as "one whole" with') == "“functions as ‘one whole’ with”"


@pytest.mark.parametrize(
    ("likelihood", "expected"),
    [
        ("almost no chance", "(1–5%)"),
        ("roughly even chance", "(45–55%)"),
        ("almost certain", "(95–99%)"),
    ],
)
def test_likelihood_sentence_carries_the_icd203_band(likelihood: str, expected: str) -> None:
    claim = claimtrack.Claim(id="c", statement="S.", likelihood=likelihood, confidence="high")
    assert w.likelihood_sentence(claim) == f"We judge this {likelihood} {expected}."
    assert w.confidence_sentence(claim) == "We have high confidence in this judgment."


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
