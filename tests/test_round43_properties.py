"""Round 43 property tests: a respelt surname is always one the article writes, a guest's name
taken from a description is always part of it, and a coordinated verb's subject is words of its
own clause."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.aids.lead_people import person_in
from claimtrack.aids.misspelt_names import full_surnames, respelt
from claimtrack.aids.subjects import subject_before
from claimtrack.text.tokens import tokenize

_WORDS = st.sampled_from(
    [
        "Ada",
        "Lund",
        "O’Sullivan",
        "Sullivan",
        "D'Arcy",
        "Arcy",
        "Interim",
        "President",
        "HBU",
        "walked",
        "and",
        "said",
        "the",
        "podium",
        ",",
        "Tom",
        "Weller",
        "of",
        "FarmCo",
        "Dean",
    ]
)
_TEXTS = st.lists(_WORDS, min_size=1, max_size=14).map(" ".join)


@given(_TEXTS, st.sampled_from(["Sullivan", "Arcy", "Lundd", "Wellar", "Mataafa"]))
def test_a_respelt_surname_is_one_the_article_writes_in_full(text: str, name: str) -> None:
    surnames = full_surnames(text)
    found = respelt(name, surnames, text)
    assert found is None or found in surnames


@given(_TEXTS)
def test_the_guest_taken_from_a_description_is_words_of_it(description: str) -> None:
    assert person_in(description) in description


@given(_TEXTS)
def test_a_verbs_subject_is_words_before_it(text: str) -> None:
    toks = tokenize(text + " said")
    subject = subject_before(toks, len(toks) - 1)
    assert subject is None or all(t.end <= toks[-1].start for t in subject)
