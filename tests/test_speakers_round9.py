"""Speaker resolution, round 9: invented paragraphs, one per class of page or sentence.

Common words that only ever open a sentence, occupations before a name, a long "she … her"
chain back to the woman it is about, names written in capitals once, national titles, and
role-and-name appositions in press releases.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.sentence_openers import looks_common
from claimtrack.aids.speakers import is_breaker


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in ct.extract_quotations(text)}


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


@pytest.mark.parametrize("opener", ["Downed", "Against", "Uprooted", "Beyond", "Felled"])
def test_a_word_that_only_opens_a_sentence_is_no_antecedent(opener: str) -> None:
    text = (
        "Across the bay, Wilma Tessaro finally lit her stove. The company told her the power "
        f"would return soon. {opener} branches lay across the road. The wind tore at the roof. "
        "Her cousins sat in one room. “Nine of us and a cat,” she said.\n"
    )
    quote = _quote(text, "Nine of us")
    assert quote.speaker_full == "Wilma Tessaro"
    assert quote.confidence < 0.8


def test_a_long_she_chain_reaches_back_to_the_woman_named() -> None:
    text = (
        "Across the bay, Wilma Tessaro finally lit her stove and set out the plates. "
        "The company told her the power would return soon. Like her neighbours, she "
        "remembered the flood of 1998. The wind tore at the roof. Branches fell. Her "
        "cousins came over. Her dog hid.\n\n"
        "In the morning she walked the block with the others. The damage was light.\n\n"
        "Her family was safe. The grill was warm again.\n\n"
        "“Nothing broke, thank goodness,” she said.\n"
    )
    quote = _quote(text, "Nothing broke")
    assert quote.speaker_full == "Wilma Tessaro"
    assert quote.confidence < 0.8


def test_a_chain_stops_at_another_person_shown_with_the_other_gender() -> None:
    text = (
        "Across the bay, Wilma Tessaro finally lit her stove and set out the plates. "
        "The company told her the power would return soon. The wind tore at the roof. "
        "Branches fell. Her cousins came over.\n\n"
        "Later Mr Orrin Bakke walked by with his dog. The damage was light. The grill was "
        "warm. Trees were down. The road was shut.\n\n"
        "“Nothing broke, thank goodness,” she said.\n"
    )
    assert _quote(text, "Nothing broke").speaker_full != "Wilma Tessaro"


@pytest.mark.parametrize(
    "occupation",
    ["Meteorologist", "Economist", "Epidemiologist", "Statistician", "Lawyer", "Striker"],
)
def test_an_occupation_before_a_name_is_a_role(occupation: str) -> None:
    text = (
        f"Chief {occupation} Dana Welk said: “The worst is over for the northern valleys.”\n\n"
        f"{occupation} Dana Welk continued: “We still expect trouble on Sunday.”\n"
    )
    assert set(_speakers(text).values()) == {"Dana Welk"}


@pytest.mark.parametrize("word", ["Page", "Baker", "Nurse", "Winger", "Priest", "Mason"])
def test_surnames_that_are_also_words_still_break_nothing(word: str) -> None:
    assert not is_breaker(word)


def test_a_surname_alone_opening_a_sentence_is_still_the_antecedent() -> None:
    text = (
        "Varnholt spoke to the assembly on Monday. The hall was full. "
        "“We will not give up the port,” he said.\n"
    )
    assert _quote(text, "We will not").speaker_full == "Varnholt"


@pytest.mark.parametrize(
    "word", ["Ahmed", "Mohamed", "Alfred", "Javed", "Rashed", "Kelly", "Manning", "Reed"]
)
def test_names_have_no_common_word_shape(word: str) -> None:
    assert not looks_common(word)


@pytest.mark.parametrize("word", ["Downed", "Uprooted", "Reportedly", "Against", "Amid", "Tras"])
def test_participles_adverbs_and_function_words_look_common(word: str) -> None:
    assert looks_common(word)


@pytest.mark.parametrize("title", ["MINISTER", "TAOISEACH", "CHANCELLOR"])
def test_a_lead_in_in_capitals_keeps_the_first_name(title: str) -> None:
    text = (
        f"{title} MARIT Solheim has asked the unions to think again.\n\n"
        f"The {title.lower()} spoke in the chamber. Mrs Solheim said: “Please give the talks "
        "one more week.”\n"
    )
    assert _quote(text, "Please give").speaker_full == "Marit Solheim"
    assert NameIndex(text).full_name("Solheim") == "Marit Solheim"


def test_acronyms_before_a_name_are_not_a_lead_in() -> None:
    text = "NATO Holmberg was not there.\n\nHolmberg said: “We wait.”\n"
    assert NameIndex(text).full_name("Holmberg") == "Holmberg"


@pytest.mark.parametrize(
    ("title", "role"),
    [("Taoiseach", "Taoiseach"), ("Tánaiste", "Tánaiste"), ("Bundeskanzler", "Bundeskanzler")],
)
def test_a_national_title_as_the_speaker_is_the_person_named_with_it(title: str, role: str) -> None:
    text = (
        f"{title} Oisin Brennock appealed to the unions on Tuesday.\n\n"
        "Opposition leaders called the appeal empty.\n\n"
        f"The {role} said the government wanted “changes that must come in the longer term”.\n"
    )
    assert _quote(text, "changes that").speaker_full == "Oisin Brennock"


@pytest.mark.parametrize(
    "role",
    [
        "General Manager, Norvale Steel and Castings",
        "General Manager, Norvale Steel",
        "Chief Executive Officer of Norvale Steel",
        "Managing Director",
    ],
)
def test_a_role_set_off_after_a_name_hands_the_words_to_the_name(role: str) -> None:
    text = (
        "Signing the agreements on behalf of Norvale Holdings, Ismail Tariq Al Hadrami, "
        f"{role}, said, “The signing reflects our commitment to local industry.”\n"
    )
    assert _quote(text, "The signing").speaker_full == "Ismail Tariq Al Hadrami"


def test_a_role_then_a_name_in_apposition_still_gives_the_name() -> None:
    text = "VP of Regional Sales, Oskar Lindqvist, said: “Orders doubled this spring.”\n"
    assert _quote(text, "Orders doubled").speaker_full == "Oskar Lindqvist"


@pytest.mark.parametrize("lesser", ["Deputy", "Vice", "Acting"])
def test_the_prime_minister_is_not_a_deputy_named_nearer(lesser: str) -> None:
    text = (
        "Prime Minister Hon. Tevita Naulu has today said the coalition holds.\n\n"
        f"He spoke after meeting the two {lesser} Prime Ministers Hon. Aru Dassan and "
        "Hon. Semi Koroi.\n\n"
        "The Prime Minister said the week had tested everyone.\n\n"
        "“In every family there are quarrels, and a family stays a family,” the Prime "
        "Minister said.\n"
    )
    assert _quote(text, "In every family").speaker_full == "Tevita Naulu"


@pytest.mark.parametrize("title", ["Minister-President", "Vice-Chancellor", "Major-General"])
def test_titles_joined_by_a_hyphen_are_a_title(title: str) -> None:
    text = f"{title} Joris Vandaele said the measures would “be taken by Friday”.\n"
    assert _quote(text, "be taken").speaker_full == "Joris Vandaele"


@pytest.mark.parametrize("name", ["Jean-Pierre", "Lloyd-George", "Al-Hadrami"])
def test_hyphenated_names_are_no_titles(name: str) -> None:
    assert not is_breaker(name)


@pytest.mark.parametrize("lesser", ["Deputy", "Vice", "Acting"])
def test_one_deputy_named_nearer_is_not_the_prime_minister(lesser: str) -> None:
    text = (
        "Prime Minister Hon. Tevita Naulu has today said the coalition holds.\n\n"
        f"He spoke after meeting {lesser} Prime Minister Hon. Aru Dassan.\n\n"
        "“In every family there are quarrels, and a family stays a family,” the Prime "
        "Minister said.\n"
    )
    assert _quote(text, "In every family").speaker_full == "Tevita Naulu"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_labelled_answer_left_open_goes_on_in_the_next_paragraph(
    opening: str, closing: str
) -> None:
    text = (
        "Minister Reto Gassmann came back from the capital on Saturday.\n\n"
        "What stays with you from the visit?\n\n"
        f"Reto Gassmann: {opening}It was a long day and I met many people there. I learnt "
        "much from every one of them.\n\n"
        "I am glad about the way things turned out. Two years in the post taught me "
        f"a lot.{closing}\n"
    )
    quote = _quote(text, "I am glad")
    assert quote.speaker_full == "Reto Gassmann"
    assert quote.confidence < 0.8


def test_a_labelled_answer_closed_in_its_paragraph_hands_nothing_on() -> None:
    text = (
        "What stays with you from the visit?\n\n"
        "Reto Gassmann: “It was a long day and I met many people there.”\n\n"
        "Critics were less kind. “Nothing came of the trip, nothing at all,” said one aide.\n"
    )
    assert _quote(text, "Nothing came").speaker_full != "Reto Gassmann"


@pytest.mark.parametrize("opener", ["Downed", "Reportedly", "Against"])
def test_a_common_word_opening_the_cue_sentence_is_no_subject(opener: str) -> None:
    text = (
        "Ada Brennan runs the shop on the corner.\n\n"
        f"{opener} shaken, Ada Brennan said: “We lost the roof and half the stock.”\n"
    )
    assert _quote(text, "We lost").speaker_full == "Ada Brennan"


def test_a_dateline_in_capitals_does_not_join_a_full_name() -> None:
    text = "LONDON Ada Lindqvist said the plan was ready.\n\nLondon was quiet. Lindqvist left.\n"
    assert NameIndex(text).full_name("Lindqvist") == "Ada Lindqvist"
