"""Round 40's patterns read only what their input holds (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.aids.organisations import OrgIndex
from claimtrack.reading.signed_headlines import credited_day, signed_headline
from claimtrack.reading.site_names import headline_text

_WORD = st.sampled_from(
    ["Harbour", "crews", "strike", "by", "By", "Ada", "Lund", "exitWhen", "When", "the", "The",
     "–", "-", "(Wire", "March", "3,", "2019)", "Kenya’s", "Ministry", "of", "Ports", "RMO",
     "official", "said", "|", "»", "Jamaica's", "Service"]
)  # fmt: skip
_LINE = st.lists(_WORD, min_size=1, max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_a_headline_is_only_ever_cut(line: str) -> None:
    assert headline_text(line) in line


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_a_signed_headline_keeps_its_head_and_names_only_its_words(line: str) -> None:
    title, authors = signed_headline(line, (), "")
    assert title is not None and line.startswith(title)
    assert all(word in line for name in authors for word in name.split())
    day = credited_day(line)
    assert day is None or str(day.start.year) in line


@settings(max_examples=200, deadline=None)
@given(_LINE, st.sampled_from(["Ministry", "Service", "Ministry of Ports"]))
def test_a_bodys_full_name_is_words_of_the_text(text: str, name: str) -> None:
    full = OrgIndex(text).full_name(name)
    assert all(word in text or word in name for word in full.split())
    assert not full.split()[0].endswith(("’s", "'s")) or full == name


@settings(max_examples=100, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4).map("\n\n".join))
def test_speakers_found_are_words_of_the_text(text: str) -> None:
    quoted = f"{text}\n\n“We will not give in,” the official said."
    for q in claimtrack.extract_quotations(quoted):
        for word in (q.speaker_full or "").split():
            assert word in quoted
