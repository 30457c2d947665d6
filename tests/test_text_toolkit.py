"""The one text toolkit: tokens with offsets, the stemmer, sentences, headings, typography."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.text.headings import is_heading
from claimtrack.text.sentences import split_sentences
from claimtrack.text.tokens import Token, stem, tokenize
from claimtrack.text.typography import INVISIBLE, normalize_typography, strip_blank

# Text with the characters the rules care about: letters (Latin, Cyrillic, accented), digits,
# apostrophes, hyphens, quote marks, dashes, sentence punctuation, NBSP, soft hyphens,
# zero-width characters, combining accents and line breaks.
_ALPHABET = st.sampled_from(
    [
        *"abcXYZ019 .,;:!?'’‘“”\"«»-–—…$%()\n\t",
        "é",
        "e\u0301",
        "Ж",
        "\u00a0",
        "\u00ad",
        "\u200b",
        "\ufeff",
        "\u0301",
        "n't",
        "n’t",
    ]
)
TEXTS = st.lists(_ALPHABET, max_size=120).map("".join) | st.text(max_size=200)


def _check_tokens(text: str, tokens: list[Token], offset: int) -> None:
    previous_end = offset
    for token in tokens:
        assert text[token.start - offset : token.end - offset] == token.text
        assert token.text and token.start < token.end
        assert token.start >= previous_end  # in order, never overlapping
        previous_end = token.end


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, offset=st.integers(0, 10_000), punctuation=st.booleans())
def test_token_offsets_slice_back_in_order(text: str, offset: int, punctuation: bool) -> None:
    _check_tokens(text, tokenize(text, offset, punctuation=punctuation), offset)


def test_the_two_patterns_of_the_one_tokenizer() -> None:
    speech = [t.text for t in tokenize("Zas’ said: “We didn't, at 1,000.5 km.”")]
    assert speech[:3] == ["Zas’", "said", ":"]
    assert "didn't" in speech and "1,000.5" in speech
    words = tokenize("Zas’ didn’t pay $1,200.50 or 15%.", punctuation=False)
    assert [t.text for t in words] == ["Zas", "did", "n’t", "pay", "$1,200.50", "or", "15%"]
    assert [t.stem for t in words][1:3] == ["did", "n't"]


def test_a_number_ends_at_punctuation_that_no_digit_follows() -> None:
    # "Lund, 45, said" and "in 2020." end the number: the comma and the stop are the sentence's.
    assert [t.text for t in tokenize("Ada Lund, 45, said in 2020.")] == [
        *("Ada", "Lund", ",", "45", ",", "said", "in", "2020", "."),
    ]
    assert [t.text for t in tokenize("It cost 1,500.50 or 3.5bn.")][2:5] == [
        "1,500.50",
        "or",
        "3.5bn",
    ]


def test_token_flags() -> None:
    based, csto, dash = tokenize("Moscow-based CSTO —")
    assert not based.is_capitalised and based.is_name  # "Moscow-based" is an adjective
    assert csto.is_capitalised and csto.is_word and csto.lower == "csto"
    assert not dash.is_word


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("strengthened", "strengthening", True),
        ("countries", "country", True),
        ("criticized", "criticises", True),
        ("Minsk’s", "Minsk", True),
        ("increase", "increased", True),
        ("strong", "strengthen", False),
        ("host", "hostile", False),
    ],
)
def test_one_stemmer(left: str, right: str, same: bool) -> None:
    assert (stem(left) == stem(right)) is same


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_normaliser_offset_map_round_trips(text: str) -> None:
    norm = normalize_typography(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for k in range(len(norm.text)):
        # Every normalised character maps into the original, and the map never goes back.
        assert 0 <= norm.starts[k] < norm.ends[k] <= len(text)
        if k:
            assert norm.starts[k - 1] <= norm.starts[k]
            assert norm.ends[k - 1] <= norm.ends[k]
    if norm.text:
        a, b = norm.span(0, len(norm.text))
        assert 0 <= a < b <= len(text)
    # What it leaves has no invisible, typographic or decomposed characters. (It is not quite
    # idempotent: "-\n-" folds to "--" and that to "-"; kept as anchoring has always done.)
    assert not any(ch in norm.text for ch in "\u00ad\u200b\ufeff\u00a0…“”’–—")
    assert unicodedata.is_normalized("NFC", norm.text)


def test_normaliser_folds_typography_not_words() -> None:
    typed = "Minsk\u00a0–\u00a0Moscow: “one whole”\u2026 cafe\u0301 co\u00adop\u200b"
    assert normalize_typography(typed).text == 'Minsk-Moscow: "one whole"... café coop'
    assert normalize_typography("x² ½").text == "x² ½"  # compatibility forms change meaning


def test_strip_blank_skips_zero_width_and_nbsp() -> None:
    line = "\u00a0\u200b Title \ufeff\u00a0"
    start, end = strip_blank(line, 0, len(line))
    assert line[start:end] == "Title"


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_sentence_spans_cover_the_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip()
        assert s.start >= previous_end
        # Nothing but blanks (whitespace, zero-width characters) is skipped between sentences.
        assert _blank(text[previous_end : s.start])
        previous_end = s.end
    assert _blank(text[previous_end:])


def _blank(gap: str) -> bool:
    return all(ch.isspace() or ch in INVISIBLE for ch in gap)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“Looking into the future”", True),
        ("1991 and after", True),
        ("... except Moscow", True),
        ("The summit “ended.”", False),  # a closing mark does not hide the full stop
        ("Minsk, Moscow and Astana:", False),
        ("Rise and fall. Then silence", False),
        ("Итоги саммита. Что дальше", False),
        (" ".join(["Word"] * 15), True),
        (" ".join(["Word"] * 16), False),
        ("«lower case after a mark»", False),
    ],
)
def test_one_heading_rule(line: str, expected: bool) -> None:
    assert is_heading(line) is expected
