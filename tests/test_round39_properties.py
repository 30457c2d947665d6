"""Round 39's patterns read only what their input holds (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.aids.name_affixes import nickname_before, nickname_end, without_nickname
from claimtrack.aids.name_lines import introduced_first
from claimtrack.reading.cleaning import clean
from claimtrack.reading.site_names import without_site_name
from claimtrack.text.tokens import tokenize

_WORD = st.text(alphabet="AbcdeLmnZ", min_size=1, max_size=8)
_MARK = st.sampled_from(["‘", "’", "“", "”", '"', "'", " ", ""])
_NAMEISH = st.lists(st.tuples(_MARK, _WORD, _MARK), min_size=1, max_size=6).map(
    lambda parts: " ".join(a + w + b for a, w, b in parts)
)


@settings(max_examples=200, deadline=None)
@given(_NAMEISH)
def test_nickname_indices_stay_inside_the_tokens(text: str) -> None:
    toks = tokenize(text)
    for j in range(len(toks)):
        end = nickname_end(toks, j)
        assert end == 0 or j < end <= len(toks)
        before = nickname_before(toks, j)
        assert before == -1 or 0 < before < j


@settings(max_examples=200, deadline=None)
@given(_NAMEISH)
def test_without_nickname_only_takes_words_away(name: str) -> None:
    bare = without_nickname(name)
    assert len(bare) <= len(name)
    assert all(word in name for word in bare.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=4), st.text(alphabet="AbLn .\n", max_size=80))
def test_introduced_first_is_one_of_the_forms_or_none(firsts: list[str], filler: str) -> None:
    forms = [f"{first} Lund" for first in firsts]
    text = f"{filler} {' '.join(forms)} {filler} Lund said."
    found = introduced_first(text, "Lund", forms)
    assert found is None or found in forms


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ab iNews~|-– .", min_size=1, max_size=60))
def test_the_title_without_its_site_name_is_a_part_of_it(title: str) -> None:
    assert without_site_name(title, title) in title


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="Ab |IDEPNT.,\n", max_size=200))
def test_cleaned_text_holds_only_the_input_s_words(text: str) -> None:
    cleaned = clean(text).text
    assert set(cleaned.split()) <= set(text.split())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["‘", "“", '"', "'"]), _WORD, st.sampled_from(["’", "”", '"', "'"]))
def test_quotes_around_a_nickname_hold_only_the_input_s_text(op: str, nick: str, cl: str) -> None:
    text = f"Head coach Ada {op}{nick}{cl} Lund said: “We kept working all season long.”"
    for quote in claimtrack.extract_quotations(text):
        assert quote.text in text
        assert quote.speaker_as_written is None or quote.speaker_as_written in text
