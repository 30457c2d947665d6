"""Round 92: a Balinese man's name opening with "I", and an interview label in capitals that
lost its colon among labels that kept theirs.

Forms (each written anew here):

- "Velm chief I Gusti Ketut Arvo told journalists": "I" before a Balinese birth-order or caste
  word ("Gusti", "Made", "Wayan", …) opens a man's name (before: "Gusti Ketut Arvo", the "I"
  read as the pronoun), and tells his gender, so "“…,” he said" after a woman's name goes
  back to him (before: the nearest word before the quote, "Velm");
- "LUND Now you are part of …" among "LUND: …" and "BERG: …" turns: the capitals are the
  host's label with its colon lost, also where only "ADA LUND: …" has one (before: the
  paragraph went on the guest's turn above it);
- guards: "I" before any other capitalised word stays the pronoun ("Why I Left Velm
  Harbour"), and so does "I Made" before a lower-case word; a lead paragraph in capitals
  above the first colon's label ("VELM Ada Lund spoke with …") names the outlet, no turn; a
  paragraph in capitals whose name is no colon's label stays out of the dialogue.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in ct.extract_quotations(text)]


def _names(text: str) -> list[str]:
    return [c.name for c in name_chunks(text, tokenize(text))]


def test_i_before_a_balinese_name_word_opens_a_mans_name() -> None:
    text = (
        "“We have dealt with two cases this week,” Velm chief I Gusti Ketut Arvo told "
        "journalists. Maria Lund said the port was closed. “It is busy,” he said."
    )
    assert "I Gusti Ketut Arvo" in _names(text)
    assert _speakers(text) == ["I Gusti Ketut Arvo", "I Gusti Ketut Arvo"]


def test_i_before_other_capitalised_words_stays_the_pronoun() -> None:
    assert not any(n.startswith("I ") for n in _names("Why I Left Velm Harbour for Kessel"))
    assert not any(n.startswith("I ") for n in _names("Then I Made a call to Tom Berg."))


_HOST_AND_GUEST = """Ada Lund interviews Minister Tom Berg


    ADA LUND : Tom Berg, the Velm Minister of Ports, is my guest. Welcome, Mr. Berg.

    TOM BERG: Thank you Ada.

    LUND Now you are part of the delegation, what is your assessment of the trip so far?

    BERG: So far so good Ada, within the limits that have been set for us.

    LUND: The State media said that the Prime Minister was ordered to go. Is this true?

    BERG: We are all sent by the President.
"""


def _turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker_full) for q in ct.extract_quotations(text)]


def test_a_label_in_capitals_that_lost_its_colon_is_the_hosts_turn() -> None:
    turns = _turns(_HOST_AND_GUEST)
    assert ("Now you are ", "Ada Lund") in turns
    assert ("So far so go", "Tom Berg") in turns


def test_a_surname_in_capitals_matches_the_full_names_label() -> None:
    text = _HOST_AND_GUEST.replace("    LUND: The State", "    ADA LUND: The State")
    assert ("Now you are ", "Ada Lund") in _turns(text)


def test_capitals_above_the_first_colon_label_are_the_lead() -> None:
    text = """Harbour Radio speaks with the Velm port minister


    VELM Ada Lund spoke with Port Minister Tom Berg about the new quay.

    VELM: Welcome to the programme, Minister. What is your view of the quay?

    BERG: So far so good, within the limits that have been set for us.

    VELM: The State media said that the quay was ordered. Is this true?

    BERG: We are all sent by the President.
"""
    assert not any(words.startswith("Ada Lund") for words, _ in _turns(text))


def test_capitals_that_are_no_colon_label_stay_out_of_the_dialogue() -> None:
    text = _HOST_AND_GUEST.replace("LUND Now", "KESSEL Now")
    assert not any(speaker and "Kessel" in speaker for _, speaker in _turns(text))
