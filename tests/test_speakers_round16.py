"""Round 16: the common shapes of attribution, checked across a vocabulary, not one page.

Each test runs one cue shape over many role nouns or verbs: a gap in the vocabulary (a role
noun only known as a title, an everyday person only known after the quote) shows as a failure
naming the word. All names are invented.
"""

from __future__ import annotations

import pytest

from claimtrack import extract_quotations
from claimtrack.aids.quotation import Quotation

LEAD = "Officials gave an update on Tuesday about the flooding in the northern districts.\n\n"
WORDS = "We have done everything we can to keep people safe and we will keep going"

# Roles a page names a person by ("Sheriff Ada Lund"), and everyday people it quotes unnamed.
ROLES = [
    "principal",
    "headteacher",
    "sheriff",
    "dean",
    "rector",
    "bishop",
    "priest",
    "imam",
    "pastor",
    "engineer",
    "pilot",
    "detective",
    "constable",
    "sergeant",
    "lieutenant",
    "admiral",
    "surgeon",
    "physician",
    "scientist",
    "strategist",
    "historian",
    "referee",
    "superintendent",
    "councillor",
    "reporter",
    "columnist",
    "campaigner",
    "psychologist",
]
PEOPLE = [
    "teacher",
    "nurse",
    "farmer",
    "driver",
    "student",
    "neighbour",
    "veteran",
    "landlord",
    "midwife",
    "artist",
]


def _only(text: str) -> Quotation:
    found = extract_quotations(LEAD + text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("role", ROLES + PEOPLE)
@pytest.mark.parametrize(
    "shape",
    [
        "“{q},” the {role} said.",
        "“{q},” said the {role}.",
        "The {role} said: “{q}.”",
        "“{q},” a {role} told reporters.",
    ],
)
def test_a_description_of_a_person_is_the_speaker(shape: str, role: str) -> None:
    q = _only(shape.format(q=WORDS, role=role))
    # Nobody named: no speaker (round 26); the role is read, as written at the cue.
    assert q.speaker is None and (q.speaker_as_written or "").endswith(role)
    assert q.resolution == "description"


@pytest.mark.parametrize("role", ROLES + PEOPLE)
def test_a_name_in_apposition_to_a_description_is_the_speaker(role: str) -> None:
    q = _only(f"“{WORDS},” the {role}, Ada Lund, said.")
    assert q.speaker_full == "Ada Lund"


@pytest.mark.parametrize(
    "verb",
    ["analysed", "analyzed", "offered", "ventured", "reasoned", "smiled", "shrugged", "confided"],
)
def test_verbs_that_report_speech_after_a_quote(verb: str) -> None:
    lead = "Mayor Ada Lund toured the flooded districts on Tuesday.\n\n"
    for text in (f"“{WORDS},” Ada Lund {verb}.", f"“{WORDS},” {verb} Ada Lund."):
        found = extract_quotations(lead + text)
        assert [q.speaker_full for q in found] == ["Ada Lund"], text
    pronoun = extract_quotations(lead + f"“{WORDS},” she {verb}.")
    assert [q.speaker_full for q in pronoun] == ["Ada Lund"]


def test_an_after_only_verb_before_a_quote_is_no_cue() -> None:
    text = LEAD + "The council offered the tenants a “fresh start” and smiled at the result.\n"
    assert [q.speaker for q in extract_quotations(text)] in ([], [None])


@pytest.mark.parametrize("opener", ["one", "some", "several", "an"])
def test_an_indefinite_description_is_nobody_named_before(opener: str) -> None:
    text = (
        "Ada Lund: “It was a long day and I met many people there.”\n\n"
        f"Critics were less kind. “Nothing came of the trip, nothing at all,” said {opener} aide.\n"
    )
    critic = next(q for q in extract_quotations(text) if q.text.startswith("Nothing"))
    assert critic.speaker_full != "Ada Lund"


def test_a_capitalised_occupation_word_is_still_a_surname() -> None:
    text = (
        "Ada Hunter, who runs the shelter, spoke on Friday.\n\n"
        "“We have no beds left and the winter is coming,” Hunter said.\n"
    )
    assert _only(text.removeprefix(LEAD)).speaker_full == "Ada Hunter"


@pytest.mark.parametrize(
    "name", ["Ada Lund", "Ada van der Berg", "Carlos de la Vega", "A.J. Lund", "Siobhan O'Rourke"]
)
@pytest.mark.parametrize(
    "shape",
    [
        "“{q},” according to {name}.",
        "According to {name}, “{q}.”",
        "“{q},” {name}, 45, said.",
        "“{q},” said {name}, 45.",
        "{name}, 45, said: “{q}.”",
        "“{q},” {name} told the Northbridge Courier.",
        # a particle or an initial inside the name, after a role or before one
        "“{q},” Acme’s chief executive, {name}, said.",
        "“{q},” said Acme’s chief executive {name}.",
        "“{q},” {name}, the town's mayor, said.",
        "“{q},” said {name}, the town's mayor.",
    ],
)
def test_common_shapes_of_a_named_cue(shape: str, name: str) -> None:
    assert _only(shape.format(q=WORDS, name=name)).speaker_full == name


def test_according_to_after_a_quote_is_below_the_sure_band() -> None:
    # After a quote, "according to" often names who reported the words, not who said them.
    q = _only(f"“{WORDS},” according to the Northbridge Courier.")
    assert q.confidence < 0.8


def test_words_quoted_inside_a_sentence_before_according_to_are_no_speech() -> None:
    text = "At least 41 people were forcibly “disappeared,” according to a report by the league.\n"
    assert [q.speaker for q in extract_quotations(LEAD + text)] in ([], [None])


@pytest.mark.parametrize("written", ["J. Lund", "A.J. Lund", "A. J. Lund"])
def test_initials_open_a_name(written: str) -> None:
    for text in (f"“{WORDS},” {written} said.", f"“{WORDS},” said {written}."):
        assert _only(text).speaker_full == written


@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        ("Ada Lund met the envoys on Monday.", "“{q},” H.E. Lund said."),
        ("Ada Lund met the envoys on Monday.", "“{q},” A. Lund said."),
        ("Ibou Dione a reçu les syndicats lundi.", "« {q} », a affirmé M. Dione."),
    ],
)
def test_initials_before_a_surname_are_the_person_named_in_full(lead: str, cue: str) -> None:
    q = extract_quotations(lead + "\n\n" + cue.format(q=WORDS) + "\n")[0]
    assert q.speaker_full == lead.split(" a ")[0].split(" met ")[0]


def test_an_initial_before_a_full_name_is_part_of_it() -> None:
    text = f"S. Fredrik Stamm spoke on Monday.\n\n“{WORDS},” Stamm said.\n"
    assert extract_quotations(text)[0].speaker_full == "S. Fredrik Stamm"


def test_an_initial_that_is_not_the_full_names_is_another_person() -> None:
    text = f"Ada Lund met the envoys on Monday.\n\n“{WORDS},” P. Lund said.\n"
    assert extract_quotations(text)[0].speaker_full == "P. Lund"


@pytest.mark.parametrize("role", ["vice-principal", "vice-president", "co-chair", "ex-minister"])
def test_a_hyphenated_role_is_a_description(role: str) -> None:
    q = _only(f"“{WORDS},” the {role} said.")
    assert (q.speaker, q.speaker_as_written, q.resolution) == (None, f"the {role}", "description")


@pytest.mark.parametrize("title", ["Father", "Sister", "Brother", "Fr."])
def test_a_religious_title_is_no_part_of_the_name(title: str) -> None:
    assert _only(f"“{WORDS},” {title} Ada Lund said.").speaker_full == "Ada Lund"
