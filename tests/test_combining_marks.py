"""Combining marks (vowel signs, decomposed accents) belong to their word.

Python's ``\\w`` leaves them out, so a Devanagari word fell apart into letters and stray marks and
a quote whose vowel sign differed from the source ("रखेगा", will keep (he), for "रखेगी", (she))
was verified. These tests hold the tokenizer and the quote check to the word as written.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.errors import QuoteNotFound
from claimtrack.text.combining import COMBINING_MARKS, mark_ranges
from claimtrack.text.tokens import tokenize

SOURCE = "मंत्री ने कहा कि सरकार इस योजना को जारी रखेगी और किसानों को लाभ मिलेगा।"


def test_the_constant_is_every_combining_mark_of_this_python() -> None:
    expected = {c for a, b in mark_ranges() for c in range(a, b + 1)}
    constant = {ord(c) for c in re.sub(r"(.)-(.)", "", COMBINING_MARKS)}
    constant |= {
        c for a, b in re.findall(r"(.)-(.)", COMBINING_MARKS) for c in range(ord(a), ord(b) + 1)
    }
    if unicodedata.unidata_version == "14.0.0":  # the version the constant was generated from
        assert constant == expected
    else:  # a newer Python may know newer marks; every mark listed stays a mark
        assert constant <= expected


def test_devanagari_words_stay_whole() -> None:
    words = [t.text for t in tokenize(SOURCE) if t.is_word]
    assert words[:6] == ["मंत्री", "ने", "कहा", "कि", "सरकार", "इस"]
    assert [t.text for t in tokenize(SOURCE, punctuation=False)][-1] == "मिलेगा"
    assert "।" in [t.text for t in tokenize(SOURCE)]  # the danda is punctuation


def test_a_decomposed_accent_stays_in_its_word() -> None:
    text = "Cafe\u0301 e\u0301te\u0301"
    assert [t.text for t in tokenize(text)] == ["Cafe\u0301", "e\u0301te\u0301"]


def test_arabic_with_vowel_marks_is_one_word() -> None:
    assert [t.text for t in tokenize("كَتَبَ الوزيرُ")] == ["كَتَبَ", "الوزيرُ"]


def test_a_quote_with_the_source_vowel_signs_is_verified() -> None:
    quote = ct.locate_quote(SOURCE, "सरकार इस योजना को जारी रखेगी")
    assert SOURCE[quote.start : quote.end] == "सरकार इस योजना को जारी रखेगी"


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("सरकार इस योजना को जारी रखेगा", "रखेगा"),  # a changed vowel sign: he, not she
        ("किसानों को लाभ नहीं मिलेगा", "नहीं"),  # an added negation, named whole
    ],
)
def test_a_quote_that_changes_a_vowel_sign_is_refused(typed: str, named: str) -> None:
    with pytest.raises(QuoteNotFound) as error:
        ct.locate_quote(SOURCE, typed)
    assert f"'{named}'" in str(error.value)


_CONSONANTS = [chr(c) for c in range(0x0915, 0x0939)]
_SIGNS = ["\u093e", "\u093f", "\u0940", "\u0941", "\u0942", "\u0947", "\u0948", "\u094b", "\u094c"]
_SYLLABLE = st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_SIGNS)).map("".join)
_WORDS = st.lists(st.lists(_SYLLABLE, min_size=1, max_size=3).map("".join), min_size=4, max_size=9)


@given(words=_WORDS)
def test_tokens_are_the_words_as_written(words: list[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text)
    assert [t.text for t in tokens] == words
    assert all(text[t.start : t.end] == t.text for t in tokens)


@given(words=_WORDS, data=st.data())
def test_changing_one_vowel_sign_is_never_verified(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    where = data.draw(st.sampled_from([i for i, ch in enumerate(text) if ch in _SIGNS]))
    other = data.draw(st.sampled_from([s for s in _SIGNS if s != text[where]]))
    typed = text[:where] + other + text[where + 1 :]
    with pytest.raises(QuoteNotFound):
        ct.locate_quote(text, typed)
