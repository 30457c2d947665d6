"""Speaker resolution, round 21: invented paragraphs, one per class of sentence.

"According to", "for" and "after" open sentences before a name in many languages ("Menurut
Wiratma", "Bagi Wiratma", "Según Berga", "Laut Lindqvist"). Such a word is never the name's
first word: the surname grows to the one full name the article writes.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.name_index import NameIndex

_LEADS = {
    "Bagi": (
        "Pelatih tim muda Dani Wiratma memuji anak asuhnya setelah laga final.\n\n"
        "Bagi Wiratma, medali perunggu ini sangat berarti. “Kami bangga dengan perjuangan "
        "anak-anak sampai akhir,” terang Wiratma.",
        "Dani Wiratma",
    ),
    "Según": (
        "El entrenador Tomás Berga elogió a su equipo tras la final.\n\nSegún Berga, “el "
        "equipo jugó con el corazón y con mucha disciplina durante todo el torneo”.",
        "Tomás Berga",
    ),
    "Laut": (
        "Ada Lindqvist lobte ihr Team nach dem Finale in Nordhafen.\n\nLaut Lindqvist war "
        "das Spiel hart. „Die Mannschaft hat mit Herz und viel Disziplin gespielt“, sagte "
        "Lindqvist.",
        "Ada Lindqvist",
    ),
}


@pytest.mark.parametrize("word", sorted(_LEADS))
def test_according_to_opening_a_sentence_is_never_a_first_name(word: str) -> None:
    text, full = _LEADS[word]
    found = ct.extract_quotations(text)
    assert found, "the quotation is found"
    assert all(q.speaker_full == full for q in found)


@pytest.mark.parametrize("word", ["Menurut", "Bagi", "Selon", "Secondo", "Laut", "Según"])
def test_the_surname_still_grows_when_the_article_writes_it_after_such_a_word(word: str) -> None:
    text = f"Kim Dalevik opened the harbour on Monday. {word} Dalevik, the work is done."
    assert NameIndex(text).full_name("Dalevik") == "Kim Dalevik"


@pytest.mark.parametrize("name", ["Con Berga", "Per Lindqvist", "Oleh Dalevik", "Kata Varga"])
def test_words_that_are_also_first_names_stay_names(name: str) -> None:
    text = f"{name} opened the harbour on Monday. Later {name.split()[1]} thanked the crews."
    assert NameIndex(text).full_name(name.split()[1]) == name


@pytest.mark.parametrize(
    "lead",
    [
        "The Harbour Cargo Division closed the north quay on Monday after the storm.",
        "NORTHPORT – The harbour closed the north quay on Monday after the storm.",
        "The Ferry Terminal reopened on Monday after the storm damaged its roof.",
    ],
)
def test_a_pronoun_never_stands_for_a_body_a_place_or_a_dateline(lead: str) -> None:
    text = f"{lead}\n\n“We will reopen the quay as soon as the divers are done,” he said."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full not in ("Harbour Cargo Division", "NORTHPORT", "Ferry Terminal")
    assert quote.confidence < 0.8


def test_a_pronoun_passes_a_body_for_the_person_named_before_it() -> None:
    text = (
        "Tom Bergholm, the port's chief engineer, inspected the quay on Sunday.\n\n"
        "The Harbour Cargo Division closed it on Monday.\n\n"
        "“We will reopen the quay as soon as the divers are done,” he said."
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tom Bergholm"


@pytest.mark.parametrize("courtesy", ["Encik", "Cik"])
def test_malay_courtesy_words_are_no_part_of_the_name(courtesy: str) -> None:
    text = (
        f"The managing director of Harbour Builders Bhd, {courtesy} Rosdi bin Kamalud, signed "
        "the contract on Monday.\n\n"
        "“The new school wing is our third contract on the island this year,” said "
        f"{courtesy} Rosdi bin Kamalud."
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Rosdi bin Kamalud"


@pytest.mark.parametrize("name", ["Tuan Anh Nguyen", "Puan Maharsi"])
def test_malay_courtesy_words_that_are_also_names_stay_names(name: str) -> None:
    text = f"“We will open the new wing in May,” said {name}, the hospital's director."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == name


def test_it_after_a_body_s_statement_is_that_body() -> None:
    text = (
        "The Northport Harbour Authority said in a statement on Monday that the north quay "
        "would stay shut.\n\n"
        "“We regret that the ferry timetable was wrong for a week,” it added."
    )
    (quote,) = ct.extract_quotations(text)
    assert (quote.speaker_full, quote.resolution) == ("Northport Harbour Authority", "pronoun")
    assert quote.confidence < 0.8


def test_it_with_no_body_before_stays_unresolved() -> None:
    text = "Ada Lundqvist opened the quay.\n\n“The quay is open again,” it added."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full != "Ada Lundqvist"


@pytest.mark.parametrize(
    ("issuer", "speaker"),
    [("the Northport Harbour Police", "Northport Harbour Police"), ("police", "police")],
)
def test_a_statement_published_is_what_was_published_not_who_speaks(
    issuer: str, speaker: str
) -> None:
    text = (
        "Officers had said the man fired first.\n\n"
        f"But in a statement published on its website late on Friday, {issuer} confirmed that the "
        "report was wrong.\n\n"
        "“The first information we gave was not correct,” read the new statement."
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == speaker


def test_a_role_after_a_name_is_the_appointment_not_more_of_the_name() -> None:
    text = (
        "The Harbour Board on Monday named as its new head Tom Bergholm President and Chief "
        "Executive, to start in the spring.\n\n"
        "Mr Bergholm commented on his new position: “I am excited to join a team dedicated to "
        "the port."
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tom Bergholm"


def test_a_name_of_three_words_still_grows_whole() -> None:
    text = "Prime Minister Ada Lund Berg opened the quay. “It is done,” Berg said."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lund Berg"


@pytest.mark.parametrize("cue", ["cho biết:", "nhấn mạnh:"])
def test_a_vietnamese_given_name_that_is_an_english_word_stays_in_the_name(cue: str) -> None:
    text = f"Bộ trưởng Trần Văn An {cue} “Chúng tôi sẽ mở thêm hai bến mới ở phía bắc.”"
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Trần Văn An"


def test_an_opening_a_sentence_after_an_english_name_is_the_article() -> None:
    text = "Mayor Ada Lund opened the quay. An hour later, “It is done,” Lund said."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"
