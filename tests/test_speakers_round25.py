"""Speakers, round 25: a title before a name is not part of the name, in more of the forms
local news and other languages write it, and a given name after a title grows to the full
name where the article writes it whole (Thai and Samoan usage)."""

from __future__ import annotations

import pytest

from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.quotations import extract_quotations
from claimtrack.aids.speakers import is_breaker

QUOTE = "“We will review the plan before the next meeting,”"


def _speakers(page: str) -> list[str | None]:
    return [q.speaker_full for q in extract_quotations(page)]


@pytest.mark.parametrize(
    "title",
    [
        "Cr",
        "Prosecutor",
        "Consul",
        "MLA",
        "Fractievoorzitter",
        "Burgemeester",
        "Wethouder",
        "Concejal",
        "Vereador",
        "Prefeito",
        "Burmistrz",
    ],
)
def test_a_title_before_the_name_is_not_the_name(title: str) -> None:
    page = f"{title} Ada Lund opened the meeting on Monday.\n\n{QUOTE} she said.\n"
    assert _speakers(page) == ["Ada Lund"]


def test_a_councillor_by_surname_grows_to_the_full_name() -> None:
    page = f"Cr Tom Bergholm moved the motion.\n\n{QUOTE} Cr Bergholm said.\n"
    assert _speakers(page) == ["Tom Bergholm"]


def test_initials_as_a_transcript_label_are_not_a_councillor() -> None:
    page = (
        "Transcript of the Prime Minister's interview on the harbour\n\n"
        "CR: “Prime Minister Ada Lund is here. She is in Northport for the summit.”\n\n"
        "PM: “We will review the plan before the next meeting.”\n\n"
        "CR: “And after that?”\n"
    )
    asked = [q for q in extract_quotations(page) if q.speaker == "Cr"]
    assert len(asked) == 2
    assert {q.resolution for q in asked} == {"interview-label"}  # a label, not a role
    assert is_breaker("Cr") and not is_breaker("CR")


def test_a_given_name_after_a_title_grows_where_the_article_writes_it_whole() -> None:
    page = (
        "Prime Minister Somkiat Rattanaporn-o-sak spoke to reporters on Tuesday.\n\n"
        f"{QUOTE} Gen Somkiat said.\n"
    )
    assert NameIndex(page).full_name("Somkiat") == "Somkiat Rattanaporn-o-sak"
    assert _speakers(page) == ["Somkiat Rattanaporn-o-sak"]


def test_a_western_first_name_after_a_title_stays_a_surname() -> None:
    page = f"President Grant Holloway opened the summit.\n\n{QUOTE} President Grant said.\n"
    assert NameIndex(page).full_name("Grant") == "Grant"


@pytest.mark.parametrize(
    "body",
    [
        "the Royal College of Nursing",
        "the Bank of England",
        "the Institute for Fiscal Studies",
        "the Federation of Small Businesses",
        "the National Union of Teachers",
        "the Northport Chamber of Commerce",
        "the Church of England",
    ],
)
def test_a_body_named_across_of_or_for_speaks_whole(body: str) -> None:
    page = f"{QUOTE} {body} said in a statement.\n"
    assert _speakers(page) == [body.removeprefix("the ")]


def test_a_body_named_across_of_speaks_whole_as_a_sentences_subject() -> None:
    page = (
        "The Royal College of Emergency Medicine (RCEM) described the figures as bad and said"
        " politicians were “not listening to the alarm bells” in every hospital.\n"
    )
    assert _speakers(page) == ["Royal College of Emergency Medicine"]


@pytest.mark.parametrize(
    ("written", "body"),
    [("Northport police", "Northport police"), ("the KMT caucus", "KMT caucus")],
)
def test_a_places_name_with_a_bodys_noun_is_the_body(written: str, body: str) -> None:
    page = f"{QUOTE} {written} said on Tuesday.\n"
    assert _speakers(page) == [body]


def test_a_person_of_a_body_still_speaks_for_himself() -> None:
    page = f"{QUOTE} said Tom Bergholm of the Bank of England.\n"
    assert _speakers(page) == ["Tom Bergholm"]
    page = f"Bank of England governor Tom Bergholm spoke.\n\n{QUOTE} Bergholm said.\n"
    assert _speakers(page) == ["Tom Bergholm"]
    page = f"{QUOTE} Minister of Health Ada Lund said.\n"
    assert _speakers(page) == ["Ada Lund"]


def test_a_bodys_initials_and_name_before_a_role_and_a_doctor_are_the_body() -> None:
    page = (
        "NRU Northport vice-president Dr Ada Lund said the month was “dismaying” and warned"
        " that patients were left “for hours on end in conditions that put them at risk”.\n\n"
        "She said staff were “working themselves to the bone” to keep people safe.\n"
    )
    assert _speakers(page) == ["Ada Lund", "Ada Lund", "Ada Lund"]


def test_a_title_written_before_a_name_is_no_given_name_to_grow() -> None:
    page = (
        "Senior Counsel Ada Lund spoke for the growers.\n\n"
        "“The court struck the rules down as an overreach,” Counsel Lund said.\n"
    )
    assert is_breaker("Counsel")
    assert _speakers(page) == ["Ada Lund"]


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (f"{QUOTE} Tom Bergholm TD said.\n", "Tom Bergholm"),
        (f"{QUOTE} said Ada Lund MSP.\n", "Ada Lund"),
        (f"{QUOTE} Ada Lund QC told the court.\n", "Ada Lund"),
    ],
)
def test_honours_and_seats_after_a_name_do_not_speak(page: str, speaker: str) -> None:
    assert _speakers(page) == [speaker]


def test_a_title_of_a_body_then_a_person_the_person_speaks() -> None:
    page = (
        "CEO of NDA Northport Martin Shanahan said the plan “will provide a boost to the region”.\n"
    )
    assert _speakers(page) == ["Martin Shanahan"]


def test_a_persons_age_and_home_town_after_the_name() -> None:
    page = (
        "Catherine Carter, 76, of Northport said she has gone to “absurd lengths” to save power.\n"
    )
    assert _speakers(page) == ["Catherine Carter"]


@pytest.mark.parametrize(
    "cue",
    [
        "said another farmer, George Kauka.",
        "said the chairman of the growers' union, George Kauka.",
        "kata Ketua Fakta, George Kauka.",
        "said a farmer from Trans Nzoia, George Kauka.",
    ],
)
def test_a_name_set_off_after_the_description_following_the_cue(cue: str) -> None:
    assert _speakers(f"{QUOTE} {cue}\n") == ["George Kauka"]


def test_a_name_first_then_its_description_keeps_the_name() -> None:
    assert _speakers(f"{QUOTE} said Ada Lund, Northport Mayor.\n") == ["Ada Lund"]


def test_a_day_between_the_name_and_the_verb() -> None:
    page = 'Health Minister Ada Lund on Monday said, "There are 461 people on the contact list."\n'
    assert _speakers(page) == ["Ada Lund"]


def test_a_dateline_in_capitals_is_no_he() -> None:
    page = (
        "NORTHPORT: The state is ready for bigger floods, Chief Minister Ada Lund said.\n\n"
        "“The floods in the south were unexpected,” she said after the mission left.\n\n"
        "KOTA LAMA: Preparations go on.\n\n"
        "“We are making preparation for bigger floods,” he said.\n"
    )
    speakers = _speakers(page)
    assert speakers[0] == "Ada Lund"
    assert "KOTA LAMA" not in speakers


def test_a_sergeant_abbreviated_is_a_title() -> None:
    page = f"Det Serg Tom Bergholm appealed for help.\n\n{QUOTE} Det Serg Bergholm said.\n"
    assert _speakers(page) == ["Tom Bergholm"]


def test_a_football_gaffer_is_a_role() -> None:
    page = (
        "Tom Bergholm was appointed manager on Monday.\n\n"
        "The new gaffer analysed: “The last few games have all been tough for us.”\n"
    )
    assert _speakers(page) == ["Tom Bergholm"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("a netizen said.", "netizen"),
        ("a passer-by said.", "passer-by"),
        ("another user wrote.", "user"),
        ("manifestó el empresario.", "empresario"),
    ],
)
def test_someone_new_at_the_cue_is_no_continuation(cue: str, speaker: str) -> None:
    page = (
        "“This is not serious yet,” Deputy Minister Ada Lund said on Monday.\n\n"
        f"“Pity the people here, they face the floods for another five years,” {cue}\n"
    )
    found = extract_quotations(page)
    # Someone new the text never names: no speaker (round 26), not Ada Lund carried on.
    assert [q.speaker_full for q in found] == ["Ada Lund", None]
    assert (found[1].speaker_as_written or "").endswith(speaker)


def test_he_in_the_paragraph_of_a_quote_just_cued_is_its_speaker() -> None:
    page = (
        "Former mayor Tom Boutaris attended the ceremony.\n\n"
        "“Our government is devoted to supporting local government,” the minister said. “We are"
        " not concerned about who the mayors are supported by,” he said.\n"
    )
    found = extract_quotations(page)
    # "he" is the minister just cued, whom nobody names (no speaker, round 26), not Boutaris.
    assert [(q.speaker_full, q.speaker_as_written) for q in found] == [
        (None, "the minister"),
        (None, "he"),
    ]


def test_someone_named_between_takes_the_pronoun() -> None:
    page = "“We will see,” Ada Lund said. Tom Berg disagreed. “It is a mistake,” he said.\n"
    assert _speakers(page) == ["Ada Lund", "Tom Berg"]


def test_he_is_never_a_school() -> None:
    page = (
        "Other parents raised concerns. One parent, whose child attends Northport International"
        " School, said that he understands it is a difficult time for the schools.\n\n"
        "“Parents send their children to international schools because their children get more"
        " care than in public schools,” he said.\n"
    )
    (quote,) = extract_quotations(page)
    assert quote.speaker_full != "Northport International School"


@pytest.mark.parametrize(
    ("full", "called"),
    [("Datuk Mohd Amar Lund", "Amar"), ("Returning officer Fredrick Muwaya Tibakunno", "Muwaya")],
)
def test_a_name_called_by_its_middle_grows_both_ways(full: str, called: str) -> None:
    page = f"The officer, {full}, spoke on Monday.\n\n{QUOTE} {called} said.\n"
    assert _speakers(page) == [" ".join(full.split()[-3:])]


def test_an_occupation_before_the_name_does_not_grow_it() -> None:
    page = (
        "Calypsonian Nakasa Dalevik sang first.\n\n“I have been singing for years,” Nakasa said.\n"
    )
    assert _speakers(page) == ["Nakasa Dalevik"]


def test_a_shared_surname_is_the_one_written_after_the_same_title() -> None:
    page = (
        "Northport County Sheriff Colan Bergholm said the jailer had no authority. On Saturday"
        " Sheriff's Deputy Cody Bergholm served the papers.\n\n"
        "“He took three prisoners to the jail,” said Sheriff Bergholm, the father of Cody"
        " Bergholm.\n\n"
        "“He did the right thing,” Deputy Bergholm said.\n"
    )
    assert _speakers(page) == ["Colan Bergholm", "Cody Bergholm"]


def test_a_shared_surname_without_a_telling_title_stays_as_written() -> None:
    page = (
        "Ada Bergholm and Tom Bergholm run the farm.\n\n"
        "“We will sell in the spring,” Bergholm said.\n"
    )
    assert _speakers(page) == ["Bergholm"]


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ("“Questa mattina – ha proseguito Lund – abbiamo visitato la nuova mensa.”\n", "Lund"),
        ("«Esta mañana —dijo Ada Lund— hemos visitado el nuevo comedor.»\n", "Ada Lund"),
    ],
)
def test_a_cue_set_between_dashes_inside_the_quote(page: str, speaker: str) -> None:
    assert _speakers(page) == [speaker]


def test_an_aside_without_a_speech_verb_names_no_one() -> None:
    page = "“We saw – and the inspectors agreed – that the canteen was ready.”\n"
    assert _speakers(page) == [None]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Tom Berg of Northport said.", "Tom Berg"),
        ("Dr Tom Berg of the University of Northport said.", "Tom Berg"),
        ("Tom Berg from Northport told reporters.", "Tom Berg"),
        ("the Bank of England said.", "Bank of England"),
        ("Minister of Health Tom Berg said.", "Tom Berg"),
    ],
)
def test_a_person_of_a_place_after_the_quote_is_the_person(cue: str, speaker: str) -> None:
    page = f"{QUOTE} {cue}\n"
    assert _speakers(page) == [speaker]


@pytest.mark.parametrize(
    "cue", ["said Det. Sgt. Ada Lund.", "Det. Sgt. Ada Lund said.", "said Const. Ada Lund."]
)
def test_abbreviated_police_ranks_before_a_name(cue: str) -> None:
    assert _speakers(f"{QUOTE} {cue}\n") == ["Ada Lund"]


@pytest.mark.parametrize("signature", ["– Ada Lund, Northport mayor", "— Ada Lund"])
def test_a_quotation_signed_on_its_own_line_is_speech(signature: str) -> None:
    page = (
        "The council met on Monday to discuss the floods.\n\n"
        f"“We’ve done everything we can to keep people safe.” {signature}\n"
    )
    assert _speakers(page) == ["Ada Lund"]


def test_a_headline_quote_is_still_no_speech() -> None:
    page = "The council met.\n\n‘We will not back down,’ says union leader\n\nThe union met.\n"
    assert extract_quotations(page) == ()


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("Tom Berg of Northport said.", "Tom Berg"), ("Tom Berg said.", "Tom Berg")],
)
def test_a_cue_after_a_quote_with_no_comma(cue: str, speaker: str) -> None:
    page = (
        f"Ada Lund spoke first.\n\n“If the roads are good, I will come here by bus again” {cue}\n"
    )
    assert _speakers(page) == [speaker]


def test_words_after_a_quote_with_a_late_verb_are_no_cue() -> None:
    page = "Ada Lund spoke first.\n\n“We will come here by bus again” is what the sign said.\n"
    assert _speakers(page) != ["sign"]
