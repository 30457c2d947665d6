"""Round 45: a partial quote a closing cue names, a Burmese name's "U", a quotes sheet's header.

"… to seek answers to questions that are “relevant to families,” is the best part of the
grant, says Ada Lund.": "answers" here is a noun, so it cues nobody, and the sentence's closing
cue names the speaker. A closing cue may also carry a role after the name (", said Tom Quint,
the chair."). "U" before a Burmese name is its honorific, part of the name as written ("U Kyaw
Min"; the resolved name, since round 82, is "Kyaw Min"), not Spanish "or". A postgame quotes
sheet heads each player's prompts with the team, the role and the name ("Eastwick Running Back
Tom Quint"): the speaker is the name. And "she" never goes on with a body ("the government
promised …") reported just before. Every text here is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.function_words import opening_function_word
from claimtrack.text.tokens import tokenize


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in ct.extract_quotations(text)]


def test_a_noun_that_looks_like_a_cue_leaves_the_closing_cue_to_name_the_speaker() -> None:
    text = (
        "The chance to seek answers to questions that are “relevant to parents and families,”"
        " is the best part of the grant, says Ada Lund."
    )
    assert _speakers(text) == ["Ada Lund"]


def test_a_closing_cue_with_a_role_after_the_name_still_names_the_speaker() -> None:
    text = (
        "Time to find replies to letters that were “sent in good faith,” was what the board"
        " lacked, said Tom Quint, the chair."
    )
    assert _speakers(text) == ["Tom Quint"]


def test_a_question_put_to_someone_is_still_not_their_words() -> None:
    # (the closing cue must not take over a question's words: "asked" names their asker)
    text = "Asked whether the ferry was “ready for winter” after the storm, Tom Quint said it was."
    assert _speakers(text) in ([], [None])


def test_a_sentence_without_a_closing_cue_names_nobody() -> None:
    text = (
        "The chance to seek answers to questions that are “relevant to parents and families,”"
        " is the best part of the grant, and the town knows it."
    )
    assert _speakers(text) in ([], [None])


_FILLER = st.lists(
    st.sampled_from(["the", "plan", "town", "board", "ferry", "winter", "best", "part", "of"]),
    min_size=1,
    max_size=6,
)


@given(before=_FILLER, after=_FILLER)
def test_a_closing_says_cue_names_the_speaker_whatever_comes_between(
    before: list[str], after: list[str]
) -> None:
    text = (
        f"To seek answers on {' '.join(before)} that are “useful to parents and families,”"
        f" is {' '.join(after)}, says Ada Lund."
    )
    assert _speakers(text) == ["Ada Lund"]


def test_a_burmese_honorific_stays_with_the_name_as_written() -> None:
    text = (
        "“The roads are closed,” said politician U Kyaw Min.\n\n"
        "“It did so in the hills,” said political observer U Tun Lin. “They never admit it.”"
    )
    quotes = ct.extract_quotations(text)
    assert [q.speaker_as_written for q in quotes][:2] == ["U Kyaw Min", "U Tun Lin"]
    assert _speakers(text) == ["Kyaw Min", "Tun Lin", "Tun Lin"]  # (round 82: as "Mr" goes)


def test_spanish_or_before_an_o_sound_is_still_no_name() -> None:
    assert opening_function_word(tokenize("U Ortega dijo"), 0)
    assert not opening_function_word(tokenize("U Thant said"), 0)


@given(
    given_name=st.sampled_from(["Kyaw", "Tun", "Pe", "Khin", "Zaw", "Myint"]),
    surname=st.sampled_from(["Min", "Lin", "Than", "Htun", "Win", "Naing"]),
)
def test_u_before_any_burmese_name_is_part_of_it_as_written(given_name: str, surname: str) -> None:
    text = f"“The bridge is down,” said U {given_name} {surname}."
    [quote] = ct.extract_quotations(text)
    written = f"U {given_name} {surname}"
    assert (quote.speaker_as_written, quote.speaker_full) == (written, written[2:])


_QUOTES_SHEET = """Harbour beat Eastwick 21-3

Harbour beat Eastwick 21-3 on Saturday. Here is the word from the locker room.

Eastwick Head Coach Jerome Baines

On the game:
"We showed a lot of grit tonight and I am proud of these kids."

"There is no reason to make excuses. I know we can play better."

Eastwick Running Back Tom Quint

On the personal foul:
"The personal foul was dumb on my part, it cost my team 15 yards."

Harbour Safety Ada Mae Okoro

On the hit:
"As soon as I was able to see the quarterback rolling out, I just came down hill."
"""


def test_a_quotes_sheets_header_names_the_player_not_the_team_and_role() -> None:
    assert _speakers(_QUOTES_SHEET) == [
        "Jerome Baines",
        "Jerome Baines",
        "Tom Quint",
        "Ada Mae Okoro",
    ]


def test_she_never_goes_on_with_a_body_reported_just_before() -> None:
    text = (
        "Two of the striking nurses, Ada Lund and Eva Berg, told the Post that they were on strike"
        " because “the board has failed to give us gloves to protect ourselves from the virus”."
        "\n\nOn many occasions, one of them said, the government had promised them a bonus, but"
        " the authorities had failed to keep to their promise.\n\nShe observed that they were at"
        " risk at the moment “because we lack gloves to protect ourselves”."
    )
    assert _speakers(text)[-1] not in ("government", "the government", None)
