"""Round 37's new patterns under random input: a quote whose opening mark was lost after a
cue's colon, a name in brackets under a quote, topic prompts, titles named later, and the line
rules added this round never break reading, never put a word in a quote or in the cleaned text
that the input does not hold, and drop lines printed twice only when other lines are left."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.aids.countries import is_country_or_region
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines
from claimtrack.reading.repeats import not_glued_twice

_PIECES = st.sampled_from(
    [
        "Ada Lund said: ",
        "announced: ",
        "The quay is open.” ",
        "[ Ada Lund ]",
        "\n",
        "\n\n",
        "“",
        "”",
        "12. Tom says:",
        "Android app on Google Play",
        "On the win...",
        "We won the match and the crowd sang.",
        "the Mayor said",
        "Mayor Ivo Brandt",
        " ",
    ]
)


@settings(deadline=None)  # (the first call loads the models)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_quotes_from_round_37_patterns_are_always_the_texts_own_words(text: str) -> None:
    for q in claimtrack.extract_quotations(text):
        assert q.text and q.text in text


@settings(deadline=None)  # (the first call reads the countries)
@given(st.text(max_size=200))
def test_the_round_37_line_rules_never_break_on_any_line(text: str) -> None:
    boilerplate_reason(text, header=True)
    boilerplate_reason(text, header=False)
    assert isinstance(is_country_or_region(text), bool)


@given(st.lists(st.sampled_from(["Caption here", "Headline", "", "Body text."]), max_size=12))
def test_lines_printed_twice_are_dropped_only_when_others_are_left(rows: list[str]) -> None:
    lines = split_lines("\n".join(rows))
    indices = [i for i, line in enumerate(lines) if line.text]
    kept = not_glued_twice(lines, indices)
    assert set(kept) <= set(indices)
    assert bool(kept) == bool(indices)


@settings(deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_cleaning_keeps_only_the_texts_own_words(text: str) -> None:
    # (a hard-wrapped line is joined with one space: compare with the spaces collapsed)
    flat = " ".join(text.split())
    for paragraph in clean(text).text.split("\n\n"):
        assert " ".join(paragraph.split()) in flat
