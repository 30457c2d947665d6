"""Round 44: a picture's caption in the present tense, and a credit of particles alone.

The wires caption a picture in one sentence whose verb is in the present tense while its time
is past ("Mayor Ada Lund speaks during a groundbreaking on Thursday."); a story reports the
past in the past tense, so such a lone sentence is the picture's. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.credits import is_credit_line
from claimtrack.reading.header_pairs import repeats_after_prefix
from claimtrack.reading.scene_captions import is_scene_caption
from tests.harbour_cases import assert_dropped_as_caption


@pytest.mark.parametrize(
    "line",
    [
        "Northport Mayor Ada Lund speaks during a groundbreaking for Quay Elementary School in"
        " Northport on Thursday.",
        "Lund and outgoing Northport mayor Tom Berg wave from a balcony during a handover"
        " ceremony on October 21, 2021.",
        "Northport's newly-elected mayor Ada Lund arrives at City Hall for a handover ceremony"
        " on October 21, 2021.",
        "Harbour Minister Ada Lund (Green) talks to reporters outside the port office in"
        " Northport, 5th October 2020 / Credit: Harbour TV",
        "Ada Lund performs during the Harbour Festival Opening Performance. Tom Berg / Harbour"
        " Hall",
        "Ada Lund performs during the Harbour Festival Opening Performance.Tom Berg / Harbour Hall",
        "Quay party-list Rep. Tom Berg holds a copy of the complaint he filed at the House on"
        " Thursday. photo",
        "Tom Berg celebrates scoring Northport's opening goal against Eastwick during the cup"
        " match, at Harbour Stadium.",
    ],
)
def test_a_scene_in_the_present_tense_at_a_past_moment_is_a_caption(line: str) -> None:
    assert is_scene_caption(line)
    assert_dropped_as_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # the past tense: the story's report
        "Northport Mayor Ada Lund spoke during a groundbreaking on Thursday.",
        # a headline ends with no stop
        "Northport Mayor Ada Lund speaks during groundbreaking",
        # a verb for what is to come, with a date but no "during"
        "India plays England in their second pool match at Harbour Stadium on Sunday.",
        "Lund visits Eastwick on Monday for talks on the ferry link.",
        # a determiner or a pronoun opens the sentence: prose
        "The council meets during the week to hear the port's plans, on Monday and Friday.",
        "He speaks during the meeting on Monday.",
        # one capitalised word opening a sentence names no one
        "Related talks in Northport ended without a deal on Friday evening.",
        # no moment: a feature's narrative present
        "Lund smiles as she remembers the day the ferry first sailed.",
        # two sentences: a story's paragraph
        "Lund speaks during the meeting on Monday. The board then voted on the plan.",
        # a quotation is the story's
        "Lund speaks during the meeting on Monday: “We will build it.”",
    ],
)
def test_prose_and_headlines_are_not_scene_captions(line: str) -> None:
    assert not is_scene_caption(line)


_FIRST = st.sampled_from(["Ada", "Tom", "Maria", "Kofi", "Priya"])
_LAST = st.sampled_from(["Lund", "Berg", "Osei", "Raman", "Quint"])
_TITLE = st.sampled_from(["", "Mayor ", "Harbour Minister ", "Northport head coach "])
# present tense, past tense
_VERBS = st.sampled_from([
    ("speaks", "spoke"), ("waves", "waved"), ("performs", "performed"),
    ("celebrates", "celebrated"), ("arrives", "arrived"), ("listens", "listened"),
])  # fmt: skip
_MOMENT = st.sampled_from([
    "during the opening ceremony", "at the quay on Thursday", "in Northport on October 2, 2021",
    "during a visit to the port on Monday",
])  # fmt: skip


@given(_TITLE, _FIRST, _LAST, _VERBS, _MOMENT)
def test_the_same_scene_in_the_past_tense_is_never_a_caption(
    title: str, first: str, last: str, verbs: tuple[str, str], moment: str
) -> None:
    present, past = verbs
    assert is_scene_caption(f"{title}{first} {last} {present} {moment}.")
    assert not is_scene_caption(f"{title}{first} {last} {past} {moment}.")
    # nor without its stop: a headline
    assert not is_scene_caption(f"{title}{first} {last} {present} {moment}")


def test_particles_alone_name_nobody_in_a_credit() -> None:
    assert not is_credit_line("Reporter: binti binti")
    assert not is_credit_line("Editor: de la")
    # a capital "Y" is an initial, not Spanish "and"
    assert is_credit_line("Editor: Y Rahmawati")
    assert is_credit_line("Penulis: Ahmad bin Ali")


_LONG_HEADLINE = (
    "'We just have to meet the need': In the shadow of school closures and shrinking rolls"
    " nearby, Northport breaks ground on two schools"
)


def test_a_long_headline_over_a_shorter_standfirst_set_apart_is_the_title() -> None:
    standfirst = (
        "After a bond passed in 2023, the Northport School District has begun building two new"
        " elementary schools."
    )
    page = "\n\n".join(
        [
            "x\nBreaking News\nMore () »",
            _LONG_HEADLINE,
            f"{standfirst}\nCredit: Ada Lund / Harbour Press",
            "Gold shovels flung dirt into the air on Thursday, celebrating a new beginning for the"
            " district. Attendees took off their hard hats and dusted themselves off.",
            "The board said the schools would open in 2026 and that it would hire forty teachers.",
        ]
    )
    assert len(standfirst) < len(_LONG_HEADLINE)
    result = clean(page)
    assert result.title == _LONG_HEADLINE
    assert result.text.startswith(standfirst)


def test_a_teasers_cut_copy_of_the_headline_over_it_is_not_the_story() -> None:
    headline = "Ferry owner says the council should not let day visitors park at the quay"
    page = "\n\n".join(
        [
            "Featured News Ferry owner says the council should not let day visitors park at...",
            headline,
            "NORTHPORT: A ferry owner has said in a post that the council should not let day"
            " visitors park at the quay, where his passengers wait.",
            "The council said on Monday that it would look at the post and answer it this week.",
        ]
    )
    result = clean(page)
    assert result.title == headline
    assert result.text.startswith("NORTHPORT: A ferry owner")


@given(
    st.lists(
        st.sampled_from(["harbour", "board", "backs", "new", "quay", "at", "north"]),
        min_size=3,
        max_size=7,
        unique=True,
    ),
    st.integers(min_value=0, max_value=12),
    st.sampled_from(["featured news", "home » news »", "latest"]),
)
def test_a_cut_copy_repeats_the_headline_only_when_its_words_open_it(
    headline: list[str], cut: int, trail: str
) -> None:
    full = " ".join(headline)
    kept = headline[: max(cut, 1)]
    line = f"{trail} {' '.join(kept)}..."
    enough = len(kept) >= max(3, len(headline) // 2) and len(kept) < len(headline)
    if enough:
        assert repeats_after_prefix(line, full)
    # words that do not open the headline never repeat it (its words are all different, so the
    # copy cut from its second word on has no run of words that opens it)
    assert not repeats_after_prefix(f"{trail} {' '.join(headline[1 : cut + 2])}...", full)
    assert not repeats_after_prefix(f"{trail} pier closed for winter...", full)
