"""Round 41's readings return only what their input holds (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.aids.role_words import as_government_head
from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import name_list
from claimtrack.reading.cleaning import clean
from claimtrack.reading.repeats import glued_to_caption
from claimtrack.reading.title_words import content_words

_WORD = st.sampled_from(
    ["Harbour", "board", "approves", "plan", "By", "Ada", "Lund", "and", "Tom", "Berg", "&",
     "the", "The", "head", "of", "Russian", "government", "VIDEO:", "Sie", "sind", "Kunde?",
     "Atlantic", "Standard", "Time", "(GMT-4)", "9", "April", "2020,", "Updated", "news", "8,"]
)  # fmt: skip
_LINE = st.lists(_WORD, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_content_words_are_the_starts_of_words_of_the_text(text: str) -> None:
    folded = text.casefold()
    assert all(word in folded for word in content_words(text))


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_a_name_list_names_only_words_of_the_line(line: str) -> None:
    assert all(name in line for name in name_list(line))


@settings(max_examples=300, deadline=None)
@given(_LINE, _LINE)
def test_a_headline_glued_to_a_caption_is_the_lines_start(headline: str, line: str) -> None:
    for below in (line, f"{headline} {line}"):
        if glued_to_caption(headline, below):
            assert below.startswith(headline + " ") and below[len(headline) + 1].isupper()


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_a_compound_byline_names_only_words_of_the_line(line: str) -> None:
    found = read_compound_line(line)
    if found is not None:
        assert all(name in line for name in found[0])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=0, max_size=8))
def test_a_government_head_keeps_the_phrases_words(words: list[str]) -> None:
    said = as_government_head(words)
    assert said == words or set(said) <= {*words, "head", "of", "government"}


@settings(max_examples=100, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4))
def test_a_title_is_a_line_of_the_page(header: list[str]) -> None:
    lead = (
        "The harbour board on Tuesday approved a plan to widen the northern ferry channel,"
        " ending two years of talks with the operators and the union."
    )
    page = "\n\n".join([*header, lead, "Work starts in the spring."]) + "\n"
    title = clean(page).title
    assert title is None or title in page
