"""The main job (examples/belarus_csto.py): its content, and its three outputs in tmp_path."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import claimtrack
from claimtrack import Casebook, Stance
from claimtrack.casebook.contradictions import builtin_candidates
from claimtrack.model import ContradictionKind, ContradictionStatus

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "belarus_csto.py"
SEEDS = ROOT / "seeds"


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("belarus_csto_example", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return _load_example()


@pytest.fixture(scope="module")
def book(example: ModuleType) -> Casebook:
    return example.build_casebook(SEEDS)


def test_every_quote_is_verified_against_its_seed(book: Casebook) -> None:
    assert book.problems() == []
    for ev in book.evidence.values():
        text = book.articles[ev.article].text
        assert text[ev.start : ev.end] == ev.quote
        # And the raw seed file holds the same words (the cleaned body is a view of it).
        raw_start, raw_end = book.articles[ev.article].raw_span(ev.start, ev.end)
        assert book.articles[ev.article].raw[raw_start:raw_end] == ev.quote


def test_size_and_coverage(book: Casebook) -> None:
    assert len(book.claims) >= 4
    assert len(book.evidence) >= 25
    assert {ev.article for ev in book.evidence.values()} == set(book.articles)  # all five seeds
    assert len(book.articles) == 5
    assert all(ev.speaker for ev in book.evidence.values())
    assert all(c.likelihood is not None and c.confidence is not None for c in book.claims.values())
    assert book.bottom_line and book.title and book.author
    for article in book.articles.values():
        assert article.publisher in book.sources
    declared = [x for x in book.contradictions.values() if x.detected_by == "analyst"]
    assert len(declared) >= 4


def test_a_contested_claim_is_found(book: Casebook) -> None:
    contested = {c.id for c in book.contested_claims()}
    assert {"one-whole", "strengthen-csto"} <= contested
    assert "own-policy" not in contested  # nothing refutes it in these seeds


def test_timeline_runs_2012_2016_2022(book: Casebook) -> None:
    timeline = book.timeline("csto-effective")
    years = [entry.date.start.year for entry in timeline if entry.date is not None]
    assert years == sorted(years)
    assert [y for y in (2012, 2016, 2022) if y in years] == [2012, 2016, 2022]
    assert all(entry.date is not None for entry in timeline)  # the inferred years are set
    published = {a.id[:3]: str(a.published) for a in book.articles.values()}
    assert published == {
        "000": "2016",
        "001": "2022",
        "002": "2012",
        "003": "2017-06-19",
        "004": "2017-11-27/2017-12-03",
    }


def test_the_cards_contradiction_spans_articles_and_years(book: Casebook) -> None:
    card = book.contradictions["card-one-whole-vs-own-policy"]
    left, right = book.evidence[card.left], book.evidence[card.right]
    assert "one whole with Russia" in left.quote and left.speaker == "Linas Linkevičius"
    assert left.article != right.article
    assert book.date_of(left)[0].start.year == 2016
    assert book.date_of(right)[0].start.year == 2022
    assert card.status is ContradictionStatus.CONFIRMED and card.resolution


def test_words_versus_deeds(book: Casebook) -> None:
    x = book.contradictions["words-vs-deeds-2016"]
    words, deeds = book.evidence[x.left], book.evidence[x.right]
    assert words.speaker == "Alexander Lukashenka" and words.stance is Stance.SUPPORTS
    assert "done little to strengthen the CSTO" in deeds.quote and deeds.stance is Stance.REFUTES


def test_detector_proposes_six_versus_seven_members_with_both_dates(book: Casebook) -> None:
    proposed = claimtrack.detect_contradictions(book)  # new ones only: the book has them all
    assert proposed == []
    members = [
        x
        for x in book.contradictions.values()
        if x.detected_by == "claimtrack.builtin"
        and any("six nations" in r and "seven CSTO members" in r for r in x.reasons)
    ]
    assert len(members) == 1
    (x,) = members
    assert x.kind is ContradictionKind.TEMPORAL_CHANGE
    assert any("likely a change over time" in r for r in x.reasons)
    assert "2012" in x.rationale and "2022" in x.rationale
    sides = {book.evidence[x.left].article[:3], book.evidence[x.right].article[:3]}
    assert sides == {"001", "002"}
    assert x.status is ContradictionStatus.EXPLAINED and "time" in x.resolution.lower()
    # Other candidates stay candidates: nothing was confirmed by the detector.
    detected = [c for c in book.contradictions.values() if c.detected_by != "analyst"]
    assert all(c.status is not ContradictionStatus.CONFIRMED for c in detected)
    assert any(c.status is ContradictionStatus.CANDIDATE for c in detected)


def test_stored_candidates_are_what_the_detector_proposes(book: Casebook) -> None:
    pairs = {frozenset((x.left, x.right)) for x in builtin_candidates(book)}
    stored = {
        frozenset((x.left, x.right))
        for x in book.contradictions.values()
        if x.detected_by == "claimtrack.builtin"
    }
    assert stored and stored <= pairs


def test_position_change_of_the_same_author(book: Casebook) -> None:
    changes = book.position_changes("strengthen-csto")
    bohdan = [c for c in changes if c.holder == "Siarhei Bohdan"]
    assert bohdan
    assert (bohdan[0].before_date.start.year, bohdan[0].after_date.start.year) == (2016, 2022)
    # Lukashenka is quoted by Belarus in Focus; his words are not the outlet's position.
    assert not any(c.holder == "Belarus in Focus" for c in changes)


def test_script_writes_the_three_outputs(
    example: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert example.main(["--out", str(tmp_path), "--seeds", str(SEEDS)]) == 0
    printed = capsys.readouterr().out
    for name in ("brief.docx", "evidence.xlsx", "casebook.json"):
        path = tmp_path / name
        assert path.is_file() and path.stat().st_size > 0, name
        assert str(path) in printed
    assert "contested claims: 3 of 5" in printed
    doc = json.loads((tmp_path / "casebook.json").read_text(encoding="utf-8"))
    assert doc["claimtrack"] == 2
    with zipfile.ZipFile(tmp_path / "brief.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "one whole with Russia" in xml
    with zipfile.ZipFile(tmp_path / "evidence.xlsx") as z:
        assert any(n.startswith("xl/worksheets/") for n in z.namelist())
    reloaded = claimtrack.load(tmp_path / "casebook.json")
    assert reloaded == example.build_casebook(SEEDS)


def test_memo_never_puts_likelihood_and_confidence_in_one_sentence(
    example: ModuleType, tmp_path: Path
) -> None:
    """ICD 203: the estimative term and the analyst's confidence are stated apart."""
    import re

    import docx

    from claimtrack import Likelihood

    assert example.main(["--out", str(tmp_path), "--seeds", str(SEEDS)]) == 0
    document = docx.Document(str(tmp_path / "brief.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index("Bottom line up front")
    end = paragraphs.index("Evidence")  # the judgments end where the quotes begin
    terms = sorted((t.value for t in Likelihood), key=len, reverse=True)
    judged = 0
    for paragraph in paragraphs[start + 1 : end]:
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            has_term = any(re.search(rf"\b{re.escape(t)}\b", sentence) for t in terms)
            judged += has_term
            assert not (has_term and "confidence" in sentence), sentence
    assert judged >= 5  # the bottom line and every key judgment state a likelihood


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice and poppler not installed",
)
def test_the_seed_workbook_prints_in_a_few_legible_pages(
    example: ModuleType, tmp_path: Path
) -> None:
    # Without a print setup LibreOffice printed one column per page: 59 pages for the seeds.
    assert example.main(["--out", str(tmp_path), "--seeds", str(SEEDS)]) == 0
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "evidence.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "evidence.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 7 <= pages <= 15  # at least one page a sheet, no sheet shrunk to one page of dust


def test_the_format_1_seed_casebook_upgrades_to_exactly_what_is_written_now(book: Casebook) -> None:
    # tests/data/format1_seed_casebook.json was written by the format-1 writer from this example.
    from claimtrack.serialization import dumps

    old = claimtrack.load(ROOT / "tests" / "data" / "format1_seed_casebook.json")
    assert dumps(old) == dumps(book)
