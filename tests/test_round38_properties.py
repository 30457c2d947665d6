"""Round 38's new patterns under random input: role labels and numbered excerpts, a role
before a name, an expert's bio, a wire byline without "By", a dateline in Title Case, a
statement's lead-in and the new furniture never break reading, never put a word in a quote or
in the cleaned text that the input does not hold, and read only what the input holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.aids.role_labels import role_label, role_then_name
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.text.lead_dates import dateline_date

_PIECES = st.sampled_from(
    [
        "1- Minister of Health: ",
        "Minister for Ports and the Pacific, Ada Lund: ",
        "Mayor: ",
        "Q: First off Ivo, ",
        "A: ",
        "Ivo Sand is a professor of economics. ",
        "said union president and Cedar Springs farmer Tobin Vale",
        "Statement by Tobin Vale, Director:",
        "Northport, Harbourland (HIS): August 2, 2010 - ",
        "Ada Lund and Tom Berg from NCA Newswire",
        "0 0 votes",
        "stressing that... ",
        "It added: ",
        "“",
        "”",
        "\n",
        "\n\n",
        "The quay is open.",
        " ",
    ]
)


@settings(deadline=None)  # (the first call loads the models)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_quotes_from_round_38_patterns_are_always_the_texts_own_words(text: str) -> None:
    for q in claimtrack.extract_quotations(text):
        assert q.text and q.text in text
        assert q.speaker is None or q.speaker in text or q.speaker.split()[-1] in text


@settings(deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_cleaning_keeps_only_the_texts_own_words(text: str) -> None:
    flat = " ".join(text.split())
    for paragraph in clean(text).text.split("\n\n"):
        assert " ".join(paragraph.split()) in flat


@settings(deadline=None)
@given(st.text(max_size=200))
def test_the_round_38_line_rules_never_break_and_read_only_the_line(text: str) -> None:
    boilerplate_reason(text, header=True)
    boilerplate_reason(text, header=False)
    for name in names_in_byline(text):
        assert name and name in text
    date = dateline_date(text)
    assert date is None or str(date.year) in text
    for read in (role_label, role_then_name):
        m = read(text, 0, len(text))
        assert m is None or m.group(1) in text
