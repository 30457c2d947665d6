"""Whole-word search without a pattern per word finds what the regular expression found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.text.occurrences import free_before, is_word_char, whole_word_at

ALPHABET = st.sampled_from(list("ab _’'-.\nÉé1ß"))
TEXTS = st.text(ALPHABET, max_size=40)
WORDS = st.text(ALPHABET, min_size=1, max_size=4)


@settings(max_examples=400)
@given(TEXTS, WORDS, st.booleans(), st.booleans())
def test_the_same_places_as_the_regular_expression(
    text: str, word: str, apostrophe_before: bool, apostrophe_after: bool
) -> None:
    before = r"(?<![\w’'])" if apostrophe_before else r"(?<!\w)"
    after = r"(?![\w’'])" if apostrophe_after else r"(?!\w)"
    pattern = re.compile(before + re.escape(word) + after)
    expected = [m.start() for m in pattern.finditer(text)]
    found = list(
        whole_word_at(
            text, word, apostrophe_before=apostrophe_before, apostrophe_after=apostrophe_after
        )
    )
    assert found == expected


def test_whole_words_only() -> None:
    text = "Ruiz said. Ruizes and O’Ruiz did not; Ruiz’s aide did."
    assert [text[i : i + 6] for i in whole_word_at(text, "Ruiz")] == ["Ruiz s", "Ruiz’s"]
    assert list(whole_word_at(text, "Ruiz", apostrophe_after=True)) == [0]
    assert list(whole_word_at(text, "")) == []


def test_word_characters_are_those_of_backslash_w() -> None:
    for char in "aZé߀_1٣ _-’'.":
        assert is_word_char(char) == bool(re.match(r"\w", char)), char
    assert free_before("x Ruiz", 2) and not free_before("xRuiz", 1)
    assert not free_before("’Ruiz", 1) and free_before("’Ruiz", 1, apostrophe=False)
