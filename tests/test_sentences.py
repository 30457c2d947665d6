"""Sentences and paragraphs: offsets into the cleaned text, subheadings, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack import split_sentences
from claimtrack.text.headings import is_heading
from claimtrack.text.sentences import Sentence, split_paragraphs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return ct.load_corpus(SEEDS)


def test_offsets_into_cleaned_text(corpus: ct.Corpus) -> None:
    for article in corpus.values():
        sentences = split_sentences(article)
        assert sentences
        for s in sentences:
            assert article.text[s.start : s.end] == s.text
            assert s.text == s.text.strip()


def test_seed_000_sentences_and_subheadings(corpus: ct.Corpus) -> None:
    sentences = split_sentences(corpus["000_d0c8f9d331184de7"])
    headings = [s.text for s in sentences if s.heading]
    assert headings == [
        "Lukashenka and the CSTO",
        "Two reasons for Minsk not to strengthen the CSTO",
        "Few have noticed Minsk's independent policy…",
        "… except Moscow",
    ]
    texts = [s.text for s in sentences]
    assert "Nothing came of it." in texts
    assert "In 2009, it established the Collective Rapid Deployment Forces." in texts
    # "i.e.," does not end a sentence.
    assert any(t.startswith("Minsk preferred the CSTO as it was before 2009, i.e.,") for t in texts)


def test_headings_agree_with_the_cleaner(corpus: ct.Corpus) -> None:
    for article_id, article in corpus.items():
        report = corpus.cleaning(article_id)
        mine = {(p.start, p.end) for p in split_paragraphs(article) if p.heading}
        assert mine == set(report.headings), article_id
        forced = split_sentences(article, headings=())
        assert not any(s.heading for s in forced)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Looking into the future", True),
        ("How can the CSTO intervene in the war in Ukraine?", True),
        ("… except Moscow", True),
        ("Nothing came of it.", False),
        ("Moscow Carnegie Centre analyst Alexander Baunov commented,", False),
        ("it continues in lower case", False),
        ("A very long line " + "with many words " * 10, False),
        ("Chancellor Scholz said: „We must keep talking.“", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_wrapped_line_is_joined_and_blank_lines_split() -> None:
    text = "Lukashenka said that the summit\nwas a success for everyone. It was not.\n\nNext one."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Lukashenka said that the summit\nwas a success for everyone.",
        "It was not.",
        "Next one.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_empty_and_type_errors() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n\t") == ()
    with pytest.raises(TypeError):
        split_sentences(None)  # type: ignore[arg-type]


def test_long_line_is_chunked_without_losing_text() -> None:
    text = "Minsk hosted the summit. " * 2000 + "x" * 9000
    sentences = split_sentences(text)
    assert sentences[0].text == "Minsk hosted the summit."
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_sentence_is_frozen_value() -> None:
    s = split_sentences("One sentence here.")[0]
    assert s == Sentence(0, 18, "One sentence here.", 0, False)
    with pytest.raises(AttributeError):
        s.start = 3  # type: ignore[misc]


TEXT = st.lists(
    st.sampled_from(
        [
            "Mr. Smith",
            " said",
            ". ",
            "? ",
            "\n",
            "\n\n",
            "“",
            "”",
            "word",
            "…",
            "U.S.",
            " ",
            "Ünïcode",
            "\r\n",
            "e.g.",
            "A",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_property_sentences_are_ordered_disjoint_and_exact(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert s.start >= last_end
        last_end = s.end

    # Every non-space character of the text is in some sentence.
    def ink(t: str) -> int:
        return len("".join(t.split()))

    assert sum(ink(s.text) for s in sentences) == ink(text)
