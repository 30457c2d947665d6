"""Speaker resolution, round 11: invented paragraphs, one per class of sentence or page.

Arabic subjects: a preposition with a pronoun written on to it ("فيه", "لها") is never the
subject of the speech verb before it.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.arabic_subjects import _subject, _words
from claimtrack.aids.forward_phrases import np_forward
from claimtrack.aids.name_index import NameIndex
from claimtrack.text.tokens import tokenize


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


# ---------------------------------------------- Arabic: a preposition with a pronoun is no subject


@pytest.mark.parametrize("prep", ["فيه", "فيها", "لها", "عنه", "عليه", "إليهم", "لديه", "معنا"])
def test_arabic_preposition_with_a_pronoun_ends_the_subject(prep: str) -> None:
    words = _words(f"الذي قال {prep}: ")
    assert _subject(words, 1) == []


@pytest.mark.parametrize("prep", ["فيه", "لها", "عنه"])
def test_arabic_relative_clause_verb_never_names_the_preposition(prep: str) -> None:
    text = f"وتحدث سالم الهادي عن تصريحه السابق الذي قال {prep}: «سنبني ثلاثة سدود قبل الصيف»."
    q = _quote(text, "سنبني")
    assert q.speaker != prep
    assert q.speaker in (None, "سالم الهادي")


def test_arabic_name_after_verb_still_read() -> None:
    q = _quote("وقال سالم الهادي لها: «سنبني ثلاثة سدود قبل الصيف».", "سنبني")
    assert q.speaker == "سالم الهادي"


# ------------------------------------------------ name forms: compound surnames, particle surnames


def test_compound_surname_written_with_a_space_grows_to_the_hyphenated_full_name() -> None:
    text = (
        "Tomilola Bade-Ayo, the governor of Orvane State, opened the fair.\n\n"
        "“We will build the new port within two years,” Governor Bade Ayo stated."
    )
    assert _quote(text, "We will build").speaker_full == "Tomilola Bade-Ayo"


def test_two_names_never_joined_when_no_hyphenated_form_is_written() -> None:
    index = NameIndex("Ada Lind spoke first.\n\nKari Lind-Berg spoke next.")
    assert index.full_name("Ada Lind") == "Ada Lind"


def test_particle_surname_grows_to_the_full_name_of_four_words() -> None:
    text = (
        "Saif Hamad Al Rami, chief executive of Kelvo Power, signed the deal.\n\n"
        "“The plant will open next spring,” Al Rami said."
    )
    assert _quote(text, "The plant").speaker_full == "Saif Hamad Al Rami"


def test_place_before_a_full_name_still_left_out() -> None:
    index = NameIndex(
        "The Prime Minister of Norvia Isle Peter Vance spoke.\n\nPeter Vance left early."
    )
    assert index.full_name("Vance") == "Peter Vance"


# ------------------------------------ Romance roles: role + of + body (+ of + place) + the name


@pytest.mark.parametrize(
    "role",
    [
        "il segretario della Fenu del Lazio",
        "il segretario della Fenu",
        "il direttore della Sarvo di Torino",
        "il consigliere della Giunta di Velmo",
    ],
)
def test_italian_role_of_a_body_before_the_name_is_no_part_of_it(role: str) -> None:
    text = f"“Non ci fermeremo adesso”, afferma {role} Marco Berti in polemica con la giunta."
    q = _quote(text, "Non ci fermeremo")
    assert q.speaker == "Marco Berti"


def test_role_of_a_body_alone_is_never_a_name_at_high_confidence() -> None:
    q = _quote("“Non ci fermeremo adesso”, afferma il segretario della Fenu del Lazio.", "Non")
    assert q.confidence < 0.8 or q.speaker is None


def test_np_forward_never_cuts_a_name_at_its_length_limit() -> None:
    text = "detto il segretario della Fenu del Lazio Marco Berti in piazza"
    toks = tokenize(text)
    np = np_forward(text, toks, 1)
    assert np is not None and [t.text for t in np][-2:] == ["Marco", "Berti"]


# ------------------------------------ roles: an honorific between the role and the name


@pytest.mark.parametrize("honorific", ["Dr", "Dr.", "Prof", "Hon."])
def test_the_role_read_past_an_honorific_before_the_name(honorific: str) -> None:
    text = (
        f"Velm: Norvian Minister for Foreign Affairs {honorific} Ada Brell criticised papers.\n\n"
        "“We are siding with the talks,” Ada Brell said in a post.\n\n"
        "“The talks are a clear sign,” she added. “We realise that stability rests on diplomacy,”"
        " the minister added."
    )
    assert _quote(text, "We realise").speaker == "Ada Brell"


# ------------------------------------ French: the pronoun written on the auxiliary


@pytest.mark.parametrize("cue", ["a-t-il affirmé", "a-t-il déclaré", "avait-il dit"])
def test_french_pronoun_on_the_auxiliary_before_the_participle(cue: str) -> None:
    text = (
        "Le premier ministre Paul Darnel a tenu une conférence de presse à Velmont.\n\n"
        f"«Nous sommes à un point tournant pour notre pays», {cue}."
    )
    q = _quote(text, "Nous sommes")
    assert q.speaker == "Paul Darnel"
    assert q.cue == cue.split()[-1]


# ------------------------------------ "for" (in one's view) opening a sentence is no first name


@pytest.mark.parametrize(
    "lead",
    ["Para Lind, o maior ganho foi a equipe.", "Pour Lind, le plus grand gain est l'équipe."],
)
def test_for_opening_a_sentence_is_never_a_first_name(lead: str) -> None:
    text = (
        "Velm coach Ada Lind praised her side after the final on Sunday.\n\n"
        f"{lead} “It is a very proud moment. Playing good football all season was the key.”"
    )
    q = _quote(text, "It is a very proud")
    assert q.speaker is None or not q.speaker.startswith(("Para", "Pour"))
