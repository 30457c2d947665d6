"""The reading scorer (benchmarks/score_reading.py) counts what it claims to count.

The fixture is two invented articles under tests/data/devset_sample. The exact numbers are checked
with claimtrack's loader and extractor replaced by fakes whose output is fixed here, so the
expected values follow from the labels alone; a second test runs the real library on the same
folder and checks only what must hold whatever the rules find.
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

import claimtrack
from claimtrack.aids.quotations import Quotation

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "devset_sample"


def _load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_reading", ROOT / "benchmarks" / "score_reading.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_reading"] = module
    spec.loader.exec_module(module)
    return module


sr = _load_scorer()

# What the fake loader "cleans" each article to: the article.txt lines minus those named here.
# 01 keeps one boilerplate line ("Related: …") and loses a body line ("Lindqvist said …");
# 02 gets a wrong title and keeps every body line.
DROPPED = {
    "01-harbour-gazette": (
        "Harbour Gazette",
        "Menu | Sections | Subscribe",
        "Ferry fares to rise in spring, council says",
        "By Mira Okafor",
        "Published 2024-03-05",
        "Share this article",
        "Lindqvist said the council would review the fares in a year.",
    ),
    "02-rovers-club": ("Rovers edge Millbrook in late thriller", "Advertisement"),
}
HEAD = {
    "01-harbour-gazette": ("Ferry fares to rise in spring, council says", "2024-03-05"),
    "02-rovers-club": ("Rovers edge Millbrook", None),
}


def _cleaned(name: str) -> str:
    lines = (SAMPLE / name / "article.txt").read_text("utf-8").splitlines()
    return "\n\n".join(ln for ln in lines if ln.strip() and ln not in DROPPED[name])


def _q(text: str, speaker: str | None, full: str | None, confidence: float) -> Quotation:
    how = "named" if full else "none"
    return Quotation(
        text,
        0,
        len(text),
        speaker,
        full,
        "said",
        confidence,
        resolution=how,
        speaker_as_written=speaker,
    )


# Found quotations per article. 01: one exact match (right speaker), one shortened match (85% of
# the labelled text, speaker given by surname only: wrong), one scare quote taken as speech.
# 02: one right, one with a wrong full name; the continuation quote is missed.
FOUND = {
    "01-harbour-gazette": [
        _q(
            "We have held prices for six years and the fuel bill has doubled",
            "Lindqvist",
            "Tomas Lindqvist",
            0.95,
        ),
        _q("It is the third rise I can remember this", "Brandt", None, 0.6),
        _q("fair deal", "The council", "The council", 0.4),
    ],
    "02-rovers-club": [
        _q("We never stopped believing", "Dana Whitfield", "Dana Whitfield", 0.95),
        _q("I just hit it and hoped", "Marsh", "Striker Leo Marsh", 0.85),
    ],
}


@pytest.fixture
def fake_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def load_article(path: Path) -> claimtrack.Article:
        name = Path(path).parent.name
        title, published = HEAD[name]
        return claimtrack.Article(id=name, text=_cleaned(name), title=title, published=published)

    def extract_quotations(article: claimtrack.Article) -> tuple[Quotation, ...]:
        return tuple(FOUND[article.id])  # the scorer passes the Article, as the CLI does

    monkeypatch.setattr(claimtrack, "load_article", load_article)
    monkeypatch.setattr(claimtrack, "extract_quotations", extract_quotations)


def test_overall_numbers_follow_from_the_labels(fake_reading: None) -> None:
    overall = sr.score_devset(SAMPLE)["overall"]
    assert (overall["quotes_found"], overall["quotes_labelled"]) == (5, 5)
    assert overall["precision"] == 0.8 and overall["recall"] == 0.8  # 4 matched of 5 and 5
    assert overall["speaker_right"] == 0.5  # Lindqvist and Whitfield right; Brandt, Marsh wrong
    assert overall["as_written_right"] == 1.0  # "Brandt" is a whole word of "Aiko Brandt"
    assert overall["quote_and_speaker_right"] == 0.4
    assert overall["not_speech_taken"] == 1
    assert overall["title_right"] == 0.5 and overall["date_right"] == 1.0
    assert overall["dates_labelled"] == 1  # 02 has no date labelled: not counted
    assert overall["body_kept"] == round(7 / 8, 3)  # 4 of 5 body lines in 01, 3 of 3 in 02
    assert overall["boilerplate_dropped"] == round(6 / 7, 3)  # "Related: …" survives
    assert overall["reliability"] == [
        {"bin": "0.0-0.5", "count": 1, "right": 0.0},
        {"bin": "0.5-0.8", "count": 1, "right": 0.0},
        {"bin": "0.8-1.0", "count": 3, "right": round(2 / 3, 3)},
    ]
    # Right among found, per way of resolving: Lindqvist and Whitfield of four named (the
    # council is no labelled quote, Marsh the wrong man); Brandt, with no full name, wrong.
    assert overall["by_path"] == {
        "named/quote": {"count": 4, "right": 0.5},
        "none/quote": {"count": 1, "right": 0.0},
    }
    assert overall["speaker_right_per_article"] == 0.5  # one of two matched in each article
    assert overall["authors_right"] == 0.5  # 01's "Mira Okafor" is not found; 02 has none


def test_per_kind_numbers(fake_reading: None) -> None:
    by_kind = sr.score_devset(SAMPLE)["by_kind"]
    assert set(by_kind) == {"sport", "wire"}
    assert (by_kind["wire"]["precision"], by_kind["wire"]["recall"]) == (round(2 / 3, 3), 1.0)
    assert (by_kind["sport"]["precision"], by_kind["sport"]["recall"]) == (1.0, round(2 / 3, 3))
    assert by_kind["sport"]["date_right"] is None  # nothing labelled, nothing to score
    assert by_kind["sport"]["title_right"] == 0.0


def test_the_printed_report_shows_the_same_numbers(
    fake_reading: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sr.main([str(SAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    overall = next(ln for ln in lines if ln.startswith("OVERALL"))
    expected = ("OVERALL", "2", "5", "5", "0.80", "0.80", "0.50", "1.00", "0.50", "0.50", "1.00")
    assert tuple(overall.split()) == (*expected, "0.88", "0.86")
    assert "0.8-1.0         3   0.67" in lines
    assert any("not-speech taken as speech: 1" in ln for ln in lines)
    sr.main([str(SAMPLE), "--details"])
    details = capsys.readouterr().out
    assert "02-rovers-club: missed: The lads showed real character today." in details
    assert "01-harbour-gazette: not labelled (0.40): fair deal" in details
    assert "speaker 'Striker Leo Marsh' (want 'Leo Marsh')" in details
    assert "01-harbour-gazette: authors wrong (want ['Mira Okafor'])" in details
    sr.main([str(SAMPLE), "--json"])
    assert json.loads(capsys.readouterr().out)["overall"]["precision"] == 0.8


def test_a_load_failure_scores_as_nothing_found(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> claimtrack.Article:
        raise claimtrack.errors.ArticleLoadError(str(path), "unreadable", "fix it")

    monkeypatch.setattr(claimtrack, "load_article", refuse)
    overall = sr.score_devset(SAMPLE)["overall"]
    assert overall["load_failures"] == 2
    assert overall["recall"] == 0.0 and overall["precision"] is None
    assert overall["body_kept"] == 0.0 and overall["boilerplate_dropped"] == 0.0


def test_the_real_library_on_the_sample() -> None:
    result = sr.score_devset(SAMPLE)
    overall = result["overall"]
    assert overall["articles"] == 2 and overall["quotes_labelled"] == 5
    assert overall["load_failures"] == 0
    assert sum(b["count"] for b in overall["reliability"]) == overall["quotes_found"]
    assert all(0.0 <= overall[k] <= 1.0 for k in ("precision", "recall", "body_kept"))
    # Plain "“…,” said Name" quotes are the base case every version must find.
    assert overall["recall"] >= 0.6


def test_a_folder_without_labels_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no folder with both"):
        sr.score_devset(tmp_path)


def test_matching_rules() -> None:
    assert sr.norm_quote("“Hello, world,”") == sr.norm_quote('"hello,   world."')
    assert sr.norm_quote("We don&rsquo;t know.") == sr.norm_quote("We don’t know")
    assert sr.same_quote("abcdefghij", "abcdefgh")  # 80% of the longer
    assert not sr.same_quote("abcdefghij", "abcdefg")  # 70%
    assert not sr.same_quote("abcdefgh", "bcdefghz")  # overlap but not contained
    assert sr.norm_name("The press  secretary,") == sr.norm_name("press secretary")
    assert sr.norm_name(None) == ""
    assert sr.as_written_agrees("Marsh", "Striker Leo Marsh")
    assert not sr.as_written_agrees("Mars", "Leo Marsh")
    assert sr.match_quotes(["abc", "abc"], ["abc"]) == {0: 0}  # one-to-one
    assert sr.match_quotes(["abcdefghi", "abcdefghij"], ["abcdefghij"]) == {1: 0}  # exact first


@given(st.text(max_size=40))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = sr.norm_quote(text)
    assert sr.norm_quote(once) == once
    assert sr.squash(sr.squash(text)) == sr.squash(text)


@given(st.text(min_size=1, max_size=30), st.text(max_size=30))
def test_same_quote_is_symmetric_and_reflexive(a: str, b: str) -> None:
    assert sr.same_quote(a, a)
    assert sr.same_quote(a, b) == sr.same_quote(b, a)


@given(st.lists(st.text(max_size=6), max_size=6), st.lists(st.text(max_size=6), max_size=6))
def test_matching_is_one_to_one(found: list[str], labelled: list[str]) -> None:
    pairs = sr.match_quotes(found, labelled)
    assert len(set(pairs.values())) == len(pairs)
    assert all(sr.same_quote(found[i], labelled[j]) for i, j in pairs.items())


@given(st.floats(min_value=0.0, max_value=1.0))
def test_every_confidence_has_one_bin(confidence: float) -> None:
    low, high = sr.BINS[sr.confidence_bin(confidence)]
    assert low <= confidence <= high


def test_several_folders_score_as_one_set(fake_reading: None) -> None:
    halves = sorted(p for p in SAMPLE.iterdir() if (p / "labels.json").is_file())
    assert len(halves) == 2
    assert sr.score_devset(*halves)["overall"] == sr.score_devset(SAMPLE)["overall"]
    with pytest.raises(SystemExit, match="no folder with both"):
        sr.score_devset(SAMPLE, SAMPLE / "no-such-set")


def test_as_written_compares_the_words_at_the_quotes_own_cue() -> None:
    # "“…,” he said" after Ada Lund was named: the speaker is Ada Lund, written "he".
    quote = Quotation(
        "We will win",
        0,
        11,
        "Ada Lund",
        "Ada Lund",
        "he said",
        0.7,
        speaker_as_written="he",
        resolution="pronoun",
    )
    label = {
        "text": "We will win",
        "speaker": "Ada Lund",
        "speaker_as_written": "he",
        "kind": "direct",
    }
    counts = sr.score_quotes([quote], {"quotations": [label], "not_speech": []})
    assert counts["as_written_right"] == 1 and counts["speaker_right"] == 1
    wrong = {**label, "speaker_as_written": "the harbour chief"}
    assert (
        sr.score_quotes([quote], {"quotations": [wrong], "not_speech": []})["as_written_right"] == 0
    )


def test_a_quotation_written_only_in_the_headline_is_not_wanted() -> None:
    raw = (
        "“We are proud of the harbour” – Ada Lund on the new berths\n\n"
        "The harbour master spoke on Monday. “The berths open in spring,” Lund said.\n\n"
        "“We are proud of the harbour,” she added.\n"
    )
    title = raw.splitlines()[0]
    labels = {
        "title": title,
        "quotations": [
            {"text": "We are proud of the harbour"},  # in the headline and again in the body
            {"text": "The berths open in spring,"},
            {"text": "on the new berths"},  # only in the headline
        ],
    }
    kept = [q["text"] for q in sr.body_quotations(raw, labels)]
    assert kept == ["We are proud of the harbour", "The berths open in spring,"]
    assert len(sr.body_quotations(raw, {**labels, "title": None})) == 3
