"""Round 31: a pronoun's person is never a wire dateline's place ("Northport, Dec 3 (Wire) The
commissioner …") nor a participle opening its sentence ("Claiming that …, he said")."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.organisations import OrgIndex
from claimtrack.aids.role_modifiers import role_modifiers
from claimtrack.text.story_datelines import dateline_end


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


_DATELINED = (
    "Northport, Dec 3 (Wire) The Northland Election Commissioner Brig Gen (retd) Oruno Fazal Md "
    "Tavelli highlighting the importance of the coming vote, said that it would mark a new path "
    "for the nation.\n\n"
    '"This is going to be the most important vote for the nation," he told reporters.\n'
)


def test_a_datelines_place_is_no_ones_name() -> None:
    assert _speakers(_DATELINED) == ["Oruno Fazal Md Tavelli"]


@pytest.mark.parametrize(
    "text",
    [
        "Claiming that the port had suffered damage over the years, he said the berths would "
        "stay.\n\n“The number of berths will not increase,” he said.\n",
        "Pinning high hopes on the outcome of the visit, he said they were the biggest "
        "exporter.\n\n“Our country is famous,” he said.\n",
    ],
)
def test_a_participle_opening_the_sentence_is_no_ones_name(text: str) -> None:
    # Nobody is named: "he" stays unresolved rather than becoming "Claiming" or "Pinning".
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Dhaka, Dec 3 (UNI) The commissioner said", len("Dhaka, Dec 3 (UNI) ")),
        ("New Delhi, Feb 05: The police said", len("New Delhi, Feb 05: ")),
        ("Port Louis, 12 March 2020 - The minister", len("Port Louis, 12 March 2020 - ")),
        ("NORTHPORT, March 3 (Wire) - Ada Lund", len("NORTHPORT, March 3 (Wire) -")),
    ],
)
def test_a_dateline_is_read_in_any_case(line: str, end: int) -> None:
    assert dateline_end(line) == end


@pytest.mark.parametrize(
    "line",
    ["Tom Berg, who said", "Northport, Lund said", "Ada Lund, May Berg and Tom Holm said"],
)
def test_no_dateline_without_a_month_and_a_day(line: str) -> None:
    assert dateline_end(line) is None


def test_a_knighthood_and_a_parliamentarians_title_are_no_part_of_the_name() -> None:
    text = (
        "Last month Sir Tomas Berg, the inspectorate’s chief, claimed some leaders were "
        "“putting pressure on inspectors”.\n\n"
        '"The government of 61 is a joy to the opposition," said British Parliamentarian Ada '
        "Lund after the vote.\n"
    )
    assert _speakers(text) == ["Tomas Berg", "Ada Lund"]


_RECORD = (
    "Mr Speaker 10:22 a.m.\n\n"
    "Hon Members, I have not received any communication from the President today.\n\n"
    "Official Report\n\n"
    "Hon Members, we would start with the correction of the record of Thursday.\n\n"
    "Mr Tom Berg\n\n"
    "Mr Speaker, on page 8, is my name there as present?\n\n"
    "Mr Speaker\n\n"
    "Hon Member, are you sure you heard what I said?\n\n"
    "Mr Tom Berg\n\n"
    "Yes, Mr Speaker, I am sure of it and I was here.\n"
)


def test_a_records_heading_is_no_speakers_label() -> None:
    found = claimtrack.extract_quotations(_RECORD, learned=False)
    assert "Official Report" not in {q.speaker for q in found}


def test_a_name_after_a_fused_preposition_is_no_subject_for_a_pronoun() -> None:
    text = (
        "L’entraîneur du Harbour de Northport, Tomas Berg, est revenu sur la victoire de jeudi.\n\n"
        "Dans une déclaration à la presse, l’entraîneur a souligné la pression. « Nous revenons "
        "tout juste d’un match difficile », a-t-il déclaré.\n"
    )
    assert _speakers(text) == ["Tomas Berg"]


def test_a_place_before_a_role_with_no_name_after_it_is_no_ones_name() -> None:
    text = (
        "The arrests were justified, said a Northport trial court judge. He even said that "
        "journalists were “so lucky for not being charged”.\n"
    )
    assert _speakers(text) != ["Northport"]


def test_a_name_before_a_verb_stays_a_name() -> None:
    reader = ArticleReader("Tomas Berg staged a general strike on Monday.\n")
    toks, chunks = reader.chunks(0, len(reader.text))
    assert [c.kind for c in role_modifiers(chunks, toks)] == ["person"]


def test_a_demonym_and_one_word_before_of_names_no_person() -> None:
    reader = ArticleReader("The side will play in the 2019 African Cup of Nations in June.\n")
    _, chunks = reader.chunks(0, len(reader.text))
    assert "person" not in {c.kind for c in chunks if c.name == "Cup"}


def test_a_korean_given_name_in_lower_case_after_its_hyphen_is_part_of_the_name() -> None:
    # Two men named Lee: the surname alone cannot say which, so the cue's name must be read
    # whole ("Lee Ju-heon", not "Lee").
    text = (
        "Harbour FC signed the striker Lee Dong-gyeong in the winter.\n\n"
        "“The squad seems even stronger than last season,” K League commentator Lee Ju-heon "
        "said before the start of the season.\n"
    )
    assert _speakers(text) == ["Lee Ju-heon"]


@pytest.mark.parametrize("word", ["Moscow-based", "Non-stop", "Self-made"])
def test_a_hyphenated_word_opening_a_sentence_is_no_name(word: str) -> None:
    reader = ArticleReader(f"{word} flights resumed on Monday.\n")
    _, chunks = reader.chunks(0, len(reader.text))
    assert chunks == []


_TWO_PLAYERS = (
    "Northland’s players were left scratching their heads after failing to beat Southland.\n\n"
    "“It went badly and it’s disappointing,” Northland midfielder Oruno Maggi told Radio Nord.\n\n"
    "“Fate went against us again. Now we will play for third place.”\n\n"
    "Defender Tomas Berg felt his side missed an opportunity to avenge the final.\n\n"
)


def test_a_definite_epithet_is_the_person_named_as_the_subject_just_before() -> None:
    text = _TWO_PLAYERS + "“We are disappointed by the result,” the Harbour stopper said.\n"
    quote = claimtrack.extract_quotations(text, learned=False)[-1]
    assert quote.speaker_full == "Tomas Berg"
    assert quote.confidence < 0.8  # an epithet is read, not written: below the sure band


@pytest.mark.parametrize("cue", ["said the woman, who lives nearby", "the officials said"])
def test_anyone_or_several_is_no_epithet(cue: str) -> None:
    text = _TWO_PLAYERS + f"“We are disappointed by the result,” {cue}.\n"
    assert _speakers(text)[-1] is None


def test_an_epithet_is_not_a_person_holding_another_office() -> None:
    text = (
        "Former mayor Tom Boutaris attended the ceremony.\n\n"
        "“Our government is devoted to supporting local government,” the minister said.\n"
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "said the latest bulletin from the Harbour Meteorological Office",
            "Harbour Meteorological Office",
        ),
        ("an advisory from the Harbour Council said", "Harbour Council"),
    ],
)
def test_a_document_from_a_body_or_a_person_is_their_words(cue: str, speaker: str) -> None:
    text = f"“The storm is expected to pass over Northport late on Monday,” {cue}.\n"
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == speaker
    assert quote.confidence < 0.8


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "The Foreign Office said on Monday it was concerned. The FO said more.",
            "FO",
            "Foreign Office",
        ),
        ("The Harbour Port Authority met. HPA agreed.", "HPA", "Harbour Port Authority"),
        ("the Ministry of Education's (MOE) latest plan", "MOE", "Ministry of Education"),
        ("the Department of Health (DoH) said", "DoH", "Department of Health"),
        ("The Supreme Court ruled. South Carolina appealed. The SC said.", "SC", "SC"),
        ("the new rules (NR) apply", "NR", "NR"),
    ],
)
def test_an_acronym_is_the_one_name_the_article_writes_with_its_initials(
    text: str, acronym: str, name: str
) -> None:
    assert OrgIndex(text).spelled_out(acronym) == name


def test_a_place_in_capitals_and_a_dash_opening_a_statement_is_no_ones_name() -> None:
    text = (
        "NORTHPORT PARK – Premier Ada Lund issued the following statement on the elections "
        "that took place across Northland yesterday:\n\n"
        "“Yesterday, people across Northland exercised one of our fundamental rights.\n\n"
        "We are lucky to live in Northland.”\n"
    )
    assert set(_speakers(text)) == {"Ada Lund"}


@pytest.mark.parametrize(
    ("line", "end"),
    [("QUEENS PARK – Premier Ada Lund", 14), ("WASHINGTON, D.C. – The agency", 19)],
)
def test_a_place_in_capitals_and_a_dash_is_a_dateline(line: str, end: int) -> None:
    assert dateline_end(line) == end


@pytest.mark.parametrize(
    "line", ["Queens Park – Premier Ada Lund", "UN – The agency", "NASA – the agency"]
)
def test_a_name_in_ordinary_case_or_a_short_acronym_before_a_dash_is_no_dateline(line: str) -> None:
    assert dateline_end(line) is None
