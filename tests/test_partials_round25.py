"""Partial quotes, round 25: "according to" after a quote whose comma sits inside the mark, and
verbs that judge a thing "as" something without being speech verbs ("referred to it as")."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations


def _found(page: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_full) for q in extract_quotations(page)]


@pytest.mark.parametrize("comma", ["“likely to get worse,”", "“likely to get worse”,"])
def test_according_to_after_a_partial_quote_names_its_speaker(comma: str) -> None:
    page = f"Waiting times for operations are {comma} according to Ada Lund, the board's chief.\n"
    assert _found(page) == [("likely to get worse", "Ada Lund")]


def test_according_to_a_description_after_the_mark() -> None:
    page = (
        "Ada Lund chairs the Northport Health Board.\n\n"
        "Waiting times are “likely to get worse,” according to the board's chief executive.\n"
    )
    found = extract_quotations(page)
    assert [q.text for q in found] == ["likely to get worse"]
    assert found[0].speaker is not None


@pytest.mark.parametrize(
    "page",
    [
        "Tom Bergholm referred to it as a “good business decision” for the town.\n",
        "Tom Bergholm labelled the plan as a “reckless gamble with public money”.\n",
        "Tom Bergholm characterised the vote as “regrettable”.\n",
    ],
)
def test_a_judging_verb_before_as_governs_the_quote(page: str) -> None:
    found = extract_quotations(page)
    assert len(found) == 1
    assert found[0].speaker_full == "Tom Bergholm"


@pytest.mark.parametrize(
    "page",
    [
        "The policy, known as “austerity”, was dropped in May.\n",
        "The report, titled “Waiting Times in Northport”, was published on Monday.\n",
        "Waiting times are “Long Overdue Reforms,” according to the title of the report.\n",
    ],
)
def test_terms_and_titles_stay_out(page: str) -> None:
    assert extract_quotations(page) == ()


@pytest.mark.parametrize(
    "page",
    [
        "Newly elected Cllr Tom Kelly said he was 'really overwhelmed' with his victory.\n",
        "Tom Kelly said the plan was 'a disgrace to the town' and must go.\n",
    ],
)
def test_straight_single_marks_round_a_phrase_before_more_words(page: str) -> None:
    found = extract_quotations(page)
    assert len(found) == 1 and found[0].speaker_full == "Tom Kelly"


@pytest.mark.parametrize(
    "page",
    [
        "The players' union and the teams' coaches met on Monday.\n",
        "It was rock 'n' roll all night, the fans' favourite song.\n",
    ],
)
def test_apostrophes_stay_apostrophes(page: str) -> None:
    assert extract_quotations(page) == ()


@pytest.mark.parametrize(
    "page",
    [
        "Tom Kelly said the attacks were bad.\n\nHouse Speaker Ada Lund also condemned the attacks"
        " on Tuesday saying they were “a disgrace” and called on the police to act.\n",
        "House Speaker Ada Lund condemned the attacks, saying they were “a disgrace” to all.\n",
        "House Speaker Ada Lund warned the cuts were “deeply worrying” for the town.\n",
    ],
)
def test_a_participle_or_a_reporting_verb_without_that_governs_the_quote(page: str) -> None:
    found = extract_quotations(page)
    assert [q.speaker_full for q in found] == ["Ada Lund"]


def test_an_opening_mark_printed_twice_opens_one_quote() -> None:
    page = (
        "That is what they said\n\n"
        "Head coach Ada Lund:\n\n"
        "“”We knew it was not going to be easy. We wanted the game close,” Lund said.\n\n"
        "Senior safety Tom Berg:\n\n"
        "“”A lot of people doubted us. They did not expect us to go far this season.”\n"
    )
    found = extract_quotations(page)
    assert [q.text[:12] for q in found] == ["We knew it w", "A lot of peo"]
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Berg"]
    for q in found:
        assert page[q.start : q.end] == q.text  # anchored to the article's own words


def test_an_empty_pair_of_marks_is_no_quote() -> None:
    assert extract_quotations("He said “” and left the room without a word.\n") == ()
