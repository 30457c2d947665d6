"""The memo's wording: safe text, shortened quotes, sentences, nesting, ICD 203 bands, and
the footnote citations (full the first time, short after)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from claimtrack_docx import wording as w
from claimtrack_docx.citations import SHORT_TITLE_CHARS, Citations, source_order
from docx_cases import read, render, seed_book
from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack import Casebook
from claimtrack.model import Article


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


@given(st.text(), st.integers(min_value=2, max_value=200))
def test_clip_is_one_line_within_the_limit(text: str, limit: int) -> None:
    out = w.clip(text, limit)
    one_line = " ".join(text.split())
    assert not re.search(r"\s\s|\n|\t", out)
    assert len(out) <= limit + 1
    assert out == one_line or (out.endswith("…") and one_line.startswith(out[:-1]))


def test_citations_full_first_then_short_with_the_source_number() -> None:
    book = seed_book()
    articles = source_order(book)
    # Sources are numbered by outlet (case-insensitive), then date, then id.
    keys = [
        ((a.publisher or "").casefold(), a.published.start if a.published else dt.date.max, a.id)
        for a in articles
    ]
    assert keys == sorted(keys)
    citations = Citations(book, articles, footnotes=None)  # type: ignore[arg-type]
    ev = next(e for e in book.evidence.values() if e.id == "stronger-e2")
    article = book.articles[ev.article]
    number = citations.source_number[article.id]
    first = citations.parts(ev)
    assert (article.url, article.url) in first  # the URL is a link, the first time only
    assert any(f"(source {number})" in part for part in first if isinstance(part, str))
    assert first[-1] == f"Evidence {ev.id}."
    again = citations.parts(ev, full_length=123)
    assert not any(isinstance(part, tuple) for part in again)
    short_title = w.quoted(w.clip(article.title or "", SHORT_TITLE_CHARS))
    assert again[0].startswith(f"{short_title} (source {number}, ")  # type: ignore[union-attr]
    assert "full text (123 characters)" in again[-1]  # type: ignore[operator]
