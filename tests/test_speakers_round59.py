"""Round 59: a body's documents and spokespeople, a minister's list of portfolios, a country's
player, a role set off after a woman's name, two people with honorifics, and a headline's words.

- "“…,” said a statement from Velmcorp", "A statement from Velmcorp read:": the document's
  issuer, a one-word body the article names no person by, speaks (before: no one).
- "“…,” a Velmcorp spokesperson said": a body's spokesperson speaks for the body when the word
  before the role is no person's name in the article (before: "Velmcorp spokesperson").
- "Minister for Jobs, Skills and Small Business Ada Lund said": a list of portfolios with
  commas is one title (before: "Small Business Ada Lund" at 0.95, or "Minister for Jobs").
- "said the Norway international", "the 31-year-old Dane said": a country's player and an aged
  nationality are epithets for the person the story is about (before: "Norway", "Dane").
- "said Maria Lund, the coach. … “…,” he added": "the coach" is hers, and she is no "he"
  (before: Maria Lund).
- "“…,” Mr Stan and Ms Berg said": two people with honorifics are a pair (before: "Olga Berg"
  at 0.95).
- "The newspaper’s headline read “…”", "the caption ran “…”": the words of a headline, a
  caption, a banner or a slogan are no speech (before: a quotation with no speaker).

Every text is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation, speaker_of


def _last_speaker(text: str) -> str | None:
    return ct.extract_quotations(text)[-1].speaker_full


_CUTS = "Velmcorp cut 300 jobs on Monday.\n\n"

# ---------------------------------------------------------------- a statement from a body


@pytest.mark.parametrize(
    "line",
    [
        "“We regret the decision,” said a statement from Velmcorp.",
        "“We regret the decision,” read a statement from Velmcorp.",
        "A statement from Velmcorp read: “We regret the decision.”",
    ],
)
def test_a_statement_from_a_one_word_body_is_the_bodys(line: str) -> None:
    found = only_quotation(_CUTS + line)
    assert (found.speaker_full, found.resolution) == ("Velmcorp", "organisation")


def test_a_statement_from_a_person_named_before_stays_hers() -> None:
    text = "Ada Lund resigned on Monday.\n\n“I leave with pride,” said a statement from Lund."
    assert speaker_of(text) == "Ada Lund"


def test_a_statement_from_a_first_name_alone_names_no_body() -> None:
    text = "The club lost again.\n\n“We regret it,” said a statement from Maria."
    assert speaker_of(text) is None


# ---------------------------------------------------------------- a body's spokesperson


@pytest.mark.parametrize(
    "line",
    [
        "“We regret the decision,” a Velmcorp spokesperson said.",
        "“We regret the decision,” said a Velmcorp spokesman.",
    ],
)
def test_a_one_word_bodys_spokesperson_speaks_for_it(line: str) -> None:
    found = only_quotation(_CUTS + line)
    assert (found.speaker_full, found.resolution) == ("Velmcorp", "organisation")


@pytest.mark.parametrize(
    ("before", "line"),
    [
        ("Ada Lund won the vote on Monday.", "“She is delighted,” a Lund spokesperson said."),
        ("Ivo Trask won the vote on Monday.", "“He is delighted,” a Trask spokesman said."),
        ("Russian officials denied it.", "“This is nonsense,” a Russian spokesman said."),
        ("The club lost again.", "“We regret it,” a Maria spokeswoman said."),
    ],
)
def test_a_persons_or_a_nationalitys_spokesperson_is_no_body(before: str, line: str) -> None:
    found = only_quotation(f"{before}\n\n{line}")
    written = line.split(" a ", 1)[1].removesuffix(" said.")
    assert (found.speaker_full, found.resolution) == (written, "description")


# ---------------------------------------------------------------- a list of portfolios


@pytest.mark.parametrize(
    "line",
    [
        "Minister for Jobs, Skills and Small Business Ada Lund said: “This is a good day.”",
        "“This is a good day,” said Minister for Jobs, Skills and Small Business Ada Lund.",
        "“This is a good day,” said Minister for Jobs, Skills, Training and Small Business Ada"
        " Lund.",
        "Minister for Jobs, Skills, Training and Small Business Ada Lund said: “This is a good"
        " day.”",
    ],
)
def test_a_list_of_portfolios_is_one_title_before_the_name(line: str) -> None:
    found = only_quotation("The budget passed on Tuesday.\n\n" + line)
    assert found.speaker_full == "Ada Lund"


def test_a_comma_before_a_first_name_still_opens_an_apposition() -> None:
    text = "The budget passed.\n\n“This is a good day,” said Minister for Jobs, Ada Lund."
    assert speaker_of(text) == "Ada Lund"


def test_a_first_name_after_the_comma_is_no_portfolio_of_the_list() -> None:
    # (read as a list, "Ada Lund and Tom Berg" would be portfolios and Tom Berg the minister)
    text = "The budget passed.\n\n“A good day,” said Minister for Jobs, Ada Lund and Tom Berg."
    assert speaker_of(text) != "Tom Berg"


def test_two_people_joined_by_and_are_still_a_pair() -> None:
    text = "The budget passed.\n\nAda Lund and Tom Berg said: “This is a good day.”"
    assert speaker_of(text) == "Ada Lund and Tom Berg"


# ---------------------------------------------------------------- a country's player


@pytest.mark.parametrize(
    "line",
    [
        "“I felt sharp,” said the Norway international.",
        "“I felt sharp,” the Norway international said.",
        "“I felt sharp,” said the former Norway international.",
        "“I felt sharp,” said the New Zealand international.",
        "“I felt sharp,” the 31-year-old Dane said.",
        "“I felt sharp,” said the 31-year-old Dane.",
    ],
)
def test_a_countrys_player_or_an_aged_nationality_is_the_story_s_person(line: str) -> None:
    assert speaker_of("Tom Berg scored twice on Sunday.\n\n" + line) == "Tom Berg"


def test_a_named_international_is_the_name_and_a_body_keeps_its_word() -> None:
    before = "Tom Berg scored twice on Sunday.\n\n"
    assert (
        speaker_of(before + "“We are proud,” said Norway international Ivo Trask.") == "Ivo Trask"
    )
    assert speaker_of(before + "“We are proud,” said Amnesty International.") == (
        "Amnesty International"
    )
    assert speaker_of(before + "“We are proud,” said the Socialist International.") == (
        "Socialist International"
    )


# ---------------------------------------------------------------- a role set off after a name


def test_a_role_set_off_after_a_womans_name_is_no_he() -> None:
    text = (
        "“We trained hard,” said Maria Lund, the coach.\n\nThe game starts at noon.\n\n"
        "“They are ready,” he added."
    )
    assert _last_speaker(text) is None


def test_a_role_set_off_after_a_mans_name_is_his() -> None:
    text = (
        "“We trained hard,” said Tom Lund, the coach.\n\nThe game starts at noon.\n\n"
        "“They are ready,” he added."
    )
    assert _last_speaker(text) == "Tom Lund"


def test_a_role_with_no_name_set_off_is_still_the_pronouns() -> None:
    text = (
        "The coach, known for his temper, watched from the stand.\n\nThe game starts at noon."
        "\n\n“They are ready,” he added."
    )
    assert _last_speaker(text) == "the coach"


# ---------------------------------------------------------------- two people with honorifics


@pytest.mark.parametrize(
    "line",
    [
        "“We agreed on nothing,” Mr Stan and Ms Berg said.",
        "“We agreed on nothing,” said Mr. Stan and Mrs. Berg.",
        "“We agreed on nothing,” said Dr Stan and Ms Berg in a statement.",
    ],
)
def test_two_people_with_honorifics_are_a_pair_not_the_second(line: str) -> None:
    text = "Ivo Stan met Olga Berg in Riga.\n\n" + line
    assert speaker_of(text) == "Ivo Stan and Olga Berg"


# ---------------------------------------------------------------- a headline's words


@pytest.mark.parametrize(
    "line",
    [
        "The newspaper’s headline read “Minister quits in disgrace”.",
        "The headline read: “Minister quits in disgrace.”",
        "The caption ran “Ada Lund at the summit”.",
        "The campaign’s slogan was “Bread for all”.",
    ],
)
def test_the_words_a_headline_or_a_caption_reads_are_no_speech(line: str) -> None:
    assert ct.extract_quotations("The story spread fast.\n\n" + line) == ()


@pytest.mark.parametrize(
    "line",
    [
        "The party’s statement on the topic reads: “We oppose the tax on bread.”",
        "The statement read: “We oppose the tax on bread.”",
    ],
)
def test_a_statements_words_stay_speech(line: str) -> None:
    found = ct.extract_quotations("The story spread fast.\n\n" + line)
    assert [q.text for q in found] == ["We oppose the tax on bread."]


def test_a_topic_is_no_written_thing_whose_words_are_read() -> None:
    # (read as one, the quote went to the person named before, through the speaker model)
    text = (
        "Ada Lund spoke for the party on Monday.\n\n"
        "The party’s statement on the topic reads: “We oppose the tax on bread.”"
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == [None]
