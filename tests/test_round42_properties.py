"""Round 42 property tests (hypothesis): the glued-word split keeps every token's offsets true;
an author's name, a page's prompt and a name's count only ever read their input."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.aids.lead_people import times_named
from claimtrack.reading.byline_parts import author_name
from claimtrack.reading.page_prompts import is_page_prompt
from claimtrack.text.tokens import tokenize

_WORD = st.sampled_from(
    ["Bill", "CooperThe", "McDonald", "DeWitt", "TheIn", "LeeHe", "said", "the", "2020", ","]
)
_TEXT = st.lists(_WORD, max_size=12).map(" ".join) | st.text(max_size=80)


@given(_TEXT, st.integers(min_value=0, max_value=500))
def test_every_token_is_the_text_at_its_offsets_in_order(text: str, offset: int) -> None:
    tokens = tokenize(text, offset)
    for t in tokens:
        assert text[t.start - offset : t.end - offset] == t.text and t.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


@given(
    st.from_regex(r"[A-Z][a-z]{0,8}", fullmatch=True),
    st.sampled_from(["The", "This", "In", "He", "According", "Times", "Donald"]),
)
def test_a_name_glued_to_a_sentence_opener_is_two_tokens_spelling_it(head: str, tail: str) -> None:
    tokens = [t.text for t in tokenize(head + tail)]
    assert "".join(tokens) == head + tail
    opener = tail not in ("Times", "Donald")  # (not a word that opens sentences)
    assert tokens == ([head, tail] if opener and len(head) >= 3 else [head + tail])


@given(st.text(max_size=80))
def test_author_name_is_a_part_of_the_byline(text: str) -> None:
    assert author_name(text) in text


@given(st.text(max_size=200), st.sampled_from(['"', "“", "”", "«"]))
def test_a_line_holding_a_quotation_is_never_a_page_prompt(text: str, mark: str) -> None:
    # (someone's words about donations or newsletters are news, whatever else the line says)
    assert not is_page_prompt(f"Support our newsroom {mark}{text}")


@given(st.dictionaries(st.text(min_size=1, max_size=20), st.integers(0, 5)), st.text(max_size=20))
def test_times_named_counts_at_most_every_name(counts: dict[str, int], name: str) -> None:
    named = Counter({k: v for k, v in counts.items() if k.split()})
    assert 0 <= times_named(named, name) <= sum(named.values())
