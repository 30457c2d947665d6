"""The HTML reading scorer (benchmarks/score_html.py) counts what it claims to count.

The fixture under tests/data/html_score/ferry-fares is an invented page with labels in the layout
of Mozilla Readability's test pages. Exact numbers are checked with the readers replaced by fakes
whose output is fixed here, so the expected values follow from the labels alone; one test runs
claimtrack itself on the page and checks only what any sound reading of it must give.

tests/data/html_score/teaser-blocks reproduces what the development set showed (related-story
teasers after the article kept as body); it is scored by the render test but no test asserts
claimtrack's current output on it, so a fix to the reader changes no test here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "html_score"
PAGE = SAMPLE / "ferry-fares"


def _load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_html", ROOT / "benchmarks" / "score_html.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_html"] = module
    spec.loader.exec_module(module)
    return module


sh = _load_scorer()

BODY = [
    "The harbour council voted on Tuesday to raise ferry fares by twelve percent from the first "
    "of April, the first increase in six years.",
    "Councillor Tomas Lindqvist said the rise was needed because the cost of fuel for the two "
    "island boats had doubled since the last review.",
    "“We have held prices for six years and the fuel bill has doubled,” Lindqvist told the "
    "meeting, which ran late into the evening.",
]


# ------------------------------------------------------------------------- the rules


def test_titles_allow_one_site_segment_at_either_end() -> None:
    label = "Ferry fares to rise in spring, council says"
    assert sh.title_right("Ferry fares to rise in spring, council says | Harbour Gazette", label)
    assert sh.title_right("Harbour Gazette - Ferry fares to rise in spring, council says", label)
    assert sh.title_right("FERRY  fares to rise in spring, council says.", label)
    # the site segment is cut from the label too (up to four words, or the named site)
    assert sh.title_right(label, f"{label} :: Harbour Gazette Online", "x")
    long_site = "The Harbour Gazette And Island Courier Online"
    assert sh.title_right(f"{label} | {long_site}", label, long_site)
    # but a different headline, a missing one or a five-word tail of another story is wrong
    assert not sh.title_right("Ferry fares to fall in spring", label)
    assert not sh.title_right(None, label)
    assert not sh.title_right(f"{label} - and the pier will close for repairs", label)


def test_authors_are_whole_words_of_the_byline() -> None:
    byline = "by Dan Goodin - Apr 16, 2015 8:02 pm UTC"
    assert sh.authors_right(["Dan Goodin"], byline)
    assert sh.authors_right(["DAN GOODIN"], byline)
    assert not sh.authors_right([], byline)
    assert not sh.authors_right(["Dan Goodin", "Ars Technica"], byline)
    assert not sh.authors_right(["Dan Good"], byline)  # a part of a word is not a name


def test_dates_match_at_the_precision_found() -> None:
    label = "2015-04-16T20:02:01+00:00"
    assert sh.date_right("2015-04-16", label)
    assert sh.date_right("2015-04", label)
    assert not sh.date_right("2015-04-17", label)
    assert not sh.date_right(None, label)
    assert not sh.date_right("", label)


def test_expected_paragraphs_are_the_innermost_blocks_of_six_words() -> None:
    paragraphs = sh.expected_paragraphs((PAGE / "expected.html").read_text("utf-8"))
    # byline (6 words), three body paragraphs (the quote once, from its inner <p>), one more
    # paragraph and the list item; the four-word heading is too short to count
    assert len(paragraphs) == 6
    assert paragraphs[0] == "by mira okafor, 5 march 2024"
    assert not any(p.startswith("season tickets spared") and len(p) < 30 for p in paragraphs)
    assert sum("fuel bill has doubled" in p for p in paragraphs) == 1


def test_body_counts_found_and_extra_lines() -> None:
    expected_html = (PAGE / "expected.html").read_text("utf-8")
    paragraphs = sh.expected_paragraphs(expected_html)
    text = "\n\n".join(["Subscribe today and save on every issue", *BODY, "Home"])
    counts = sh.body_counts(text, paragraphs, sh.expected_text(expected_html))
    assert counts["paragraphs"] == 6
    assert counts["found"] == 3  # curly quotes in the text match the page's straight ones
    assert counts["lines"] == 4  # "Home" is under four words
    assert counts["extra"] == 1
    assert counts["extra_examples"] == ["subscribe today and save on every issue"]


# -------------------------------------------------------------------- whole pages


def _fake(reading: Any) -> Any:
    return lambda source: reading


def test_score_page_counts_a_fixed_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    reading = sh.Reading(
        "Ferry fares to rise in spring, council says | Harbour Gazette",
        ("Mira Okafor",),
        "2024-03-05",
        "\n".join(BODY),
    )
    wrong = sh.Reading("Harbour Gazette", ("Tomas Lindqvist",), "2024-03-06", BODY[0])
    monkeypatch.setitem(sh.READER_FUNCTIONS, "claimtrack", _fake(reading))
    monkeypatch.setitem(sh.READER_FUNCTIONS, "trafilatura", _fake(wrong))
    right_row, wrong_row = sh.score_page(PAGE, "tune", ("claimtrack", "trafilatura"))
    assert (right_row["title_right"], right_row["authors_right"], right_row["date_right"]) == (
        True,
        True,
        True,
    )
    assert (right_row["found"], right_row["paragraphs"], right_row["extra"]) == (3, 6, 0)
    assert (wrong_row["title_right"], wrong_row["authors_right"], wrong_row["date_right"]) == (
        False,
        False,
        False,
    )
    assert (wrong_row["found"], wrong_row["lines"]) == (1, 1)
    summary = sh.summarise([right_row, wrong_row])
    assert summary["title_right"] == 0.5
    assert summary["body_recall"] == 0.333  # 4 of 12
    assert summary["extra_rate"] == 0.0


def test_a_failing_reader_is_a_row_with_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(source: Path) -> Any:
        raise ValueError("no article here")

    monkeypatch.setitem(sh.READER_FUNCTIONS, "claimtrack", broken)
    (row,) = sh.score_page(PAGE, "heldout", ("claimtrack",))
    assert row["error"] == "ValueError: no article here"
    assert (row["found"], row["title_right"]) == (0, False)
    assert sh.summarise([row])["load_failures"] == 1


def test_splits_come_from_the_first_folder_level(tmp_path: Path) -> None:
    for split in ("tune", "heldout"):
        target = tmp_path / split / "ferry-fares"
        target.mkdir(parents=True)
        for name in ("source.html", "expected.html", "expected-metadata.json"):
            (target / name).write_bytes((PAGE / name).read_bytes())
    assert [s for _, s in sh.page_folders(tmp_path)] == ["heldout", "tune"]
    with pytest.raises(SystemExit, match="no folder"):
        sh.page_folders(tmp_path / "tune" / "ferry-fares" / "nothing")


def test_claimtrack_reads_the_plain_page() -> None:
    """Whatever its rules, a sound reader gets this simple page's title, date and body."""
    (row,) = sh.score_page(PAGE, "all", ("claimtrack",))
    assert row["error"] is None
    assert row["title_right"] and row["date_right"]
    assert row["found"] >= 5  # the five body paragraphs; the byline line may be dropped
    assert row["paragraphs"] == 6


def test_render_prints_one_line_per_split_and_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sh.READER_FUNCTIONS, "claimtrack", _fake(sh.Reading(None, (), None, "")))
    result = sh.score_devset(SAMPLE, ("claimtrack",))
    text = sh.render(result, details=True)
    assert "all      claimtrack" in text
    assert "title None (label 'Ferry fares to rise in spring, council says')" in text


@given(st.text(alphabet=st.characters(categories=("L", "N", "Zs", "P")), max_size=60))
def test_a_title_with_words_matches_itself_and_its_site_suffix(title: str) -> None:
    if not sh.norm_title(title):
        assert not sh.title_right(title, title)
        return
    assert sh.title_right(title, title)
    assert sh.title_right(f"{title} | Harbour Gazette", title, "Harbour Gazette")


# ------------------------------------------------------- splits and metadata-only pages

HEAD_ONLY = """<!DOCTYPE html><html lang="en"><head>
<title>Quarry reopens after flood - Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Valley Courier Staff">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "Quarry reopens after flood", "datePublished": "2024-02-11T09:30:00Z",
 "author": [{"@type": "Person", "name": "Ilse Marrow"}]}</script>
</head><body></body></html>"""
HEAD_LABELS = {
    "title": "Quarry reopens after flood",
    "byline": "By Ilse Marrow",
    "publishedTime": "2024-02-11T09:30:00Z",
}


def _page(root: Path, split: str, name: str, source: str, labels: dict[str, str]) -> Path:
    folder = root / split / name
    folder.mkdir(parents=True)
    (folder / "source.html").write_text(source, "utf-8")
    (folder / "expected.html").write_text("<div></div>", "utf-8")
    (folder / "expected-metadata.json").write_text(json.dumps(labels), "utf-8")
    return folder


def test_a_metadata_only_page_is_read_by_the_metadata_layers(tmp_path: Path) -> None:
    folder = _page(tmp_path, "tune2", "quarry", HEAD_ONLY, HEAD_LABELS)
    ours, bare, _ = sh.score_page(folder, "tune2")
    assert ours["error"] is None and bare["error"] is None
    assert (ours["title_right"], ours["authors_right"], ours["date_right"]) == (True, True, True)
    assert ours["paragraphs"] == 0 and ours["lines"] == 0  # no body measure on such a page
    assert bare["date_right"]  # trafilatura reads the JSON-LD date too


def test_author_precision_leaves_refusals_out(monkeypatch: pytest.MonkeyPatch) -> None:
    right = sh.Reading("Ferry fares", ("Mira Okafor",), None, "")
    refused = sh.Reading("Ferry fares", (), None, "")
    monkeypatch.setitem(sh.READER_FUNCTIONS, "claimtrack", _fake(right))
    monkeypatch.setitem(sh.READER_FUNCTIONS, "trafilatura", _fake(refused))
    rows = sh.score_page(PAGE, "tune", ("claimtrack", "trafilatura"))
    summary = sh.summarise(rows)
    assert summary["authors_right"] == 0.5  # the refusal counts as a miss
    assert summary["authors_precision"] == 1.0  # but not as an error


def test_split_option_scores_only_those_splits(tmp_path: Path) -> None:
    _page(tmp_path, "tune2", "quarry", HEAD_ONLY, HEAD_LABELS)
    _page(tmp_path, "heldout2", "quarry", HEAD_ONLY, HEAD_LABELS)
    result = sh.score_devset(tmp_path, ("claimtrack",), ("tune2",))
    assert {r["split"] for r in result["pages"]} == {"tune2"}
    assert list(result["summary"]) == ["tune2"]
    with pytest.raises(SystemExit, match="no labelled folder in the splits heldout9"):
        sh.score_devset(tmp_path, ("claimtrack",), ("heldout9",))
