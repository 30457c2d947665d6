"""Round 40: speakers found on the studied batch (tune38) and left over from round 39.

"the official", "the SDP politician" name the office holder last in view, whatever the office; an
acronym that stands for a role ("said the RMO", "the Azerbaijani FM") is that role's holder; a
country's possessive is no part of a body's name ("Jamaica’s Ministry of …"); "bin" joins a
first name to the rest of an Arabic name; German titles and conjunctions are no names.
"""

from __future__ import annotations

import pytest

import claimtrack


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # "the SDP politician": the prime minister named just before
        "Prime Minister Karl Bremer defended the dismissal of Finance Minister Tomas Weil. In his"
        " statement, the SDP politician stressed that this was unavoidable.\n\n“The date has now"
        " been set and I am grateful for that,” the SDP politician explained.",
        # and "he" after it is the same man, not the words "SDP politician"
        "In the Senate, Prime Minister Karl Bremer defended the dismissal of Finance Minister"
        " Tomas Weil. In his statement, the SDP politician stressed that this was unavoidable.\n\n"
        "“The date has now been set and I am grateful for that,” he explained.",
    ],
)
def test_a_generic_office_word_is_the_office_holder_in_view(text: str, learned: bool) -> None:
    assert _speakers(text, learned) == ["Karl Bremer"]


def test_the_official_is_the_one_officer_last_the_subject() -> None:
    text = (
        "Speaking yesterday, Westvale Regional Medical Officer, Dr Amani Oduya, called on"
        " residents to keep the streets clean, as Regional Commissioner Dr Peter Ndalu ordered.\n\n"
        "Dr Oduya warned that at least 300 people had caught the disease. He said the rains"
        " would make it worse.\n\n"
        "“I urge the public to be careful during the festive season,” the official said."
    )
    assert _speakers(text) == ["Amani Oduya"]


def test_the_official_after_an_unnamed_official_stays_unnamed() -> None:
    text = (
        "Minister Karl Bremer spoke on Monday. A senior official at the ministry said the plan"
        " was late.\n\n“We will not make the date,” the official said."
    )
    assert _speakers(text) != ["Karl Bremer"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking yesterday, Westvale Regional Medical Officer (RMO), Dr Amani Oduya, called"
            " on residents to keep clean.\n\n“The public should be wary of the rains,” said the"
            " RMO.",
            "Amani Oduya",
        ),
        (
            "This was stated by the Minister of Foreign Affairs of Moldova, Tomas Andrik.\n\n"
            "“The start of the talks was our initiative,” the Moldovan FM said.",
            "Tomas Andrik",
        ),
    ],
)
def test_a_role_acronym_is_the_role_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_body_acronym_stays_the_body() -> None:
    text = (
        "The National Council of Port Finance (NCPF) met on Monday.\n\n"
        "“We will not raise the fees,” the NCPF said."
    )
    assert _speakers(text) == ["National Council of Port Finance"]


@pytest.mark.parametrize(
    ("owner", "body", "word"),
    [
        ("Jamaica’s", "Ministry of Transport and Mining", "ministry"),
        ("Kenya’s", "National Police Service", "service"),
        ("Chile's", "Ministry of Mining", "ministry"),
    ],
)
def test_a_country_possessive_is_no_part_of_a_body(owner: str, body: str, word: str) -> None:
    text = (
        f"Talks stalled, according to a release from {owner} {body}.\n\n"
        f"“We will not give in,” the {word} said."
    )
    assert _speakers(text) == [body]


def test_bin_joins_a_first_name_to_the_rest_of_the_name() -> None:
    text = (
        "The deal was signed by Undersecretary Mohammed bin Rashid Al Kaabi and Khalid Al"
        " Muhairi.\n\n“People of Determination are an important part of the community,” said"
        " H.E. Rashid Al Kaabi."
    )
    assert _speakers(text) == ["Mohammed bin Rashid Al Kaabi"]


def test_a_german_title_before_a_name_is_stripped() -> None:
    text = (
        "Für Oberbürgermeister Klaus Weidner stellt sich die weitere Entwicklung als komplexer"
        " Prozess dar. Das Bad von 1957 gilt längst als Problemfall.\n\nWeidner erklärte im"
        " Ausschuss aber auch mit Blick auf Erwartungen in den Fraktionen nach einem großen Wurf"
        " Ganzjahresbad: „Ich mache kein Harakiri.“"
    )
    assert _speakers(text) == ["Klaus Weidner"]


def test_a_german_conjunction_opening_a_clause_is_no_name() -> None:
    text = (
        "Bevor der Gemeinderat sich an das Thema mache, erklärte Oberbürgermeister Klaus"
        " Weidner: „Mit Halbgarem gehe ich nicht in den Gemeinderat.“"
    )
    assert "Bevor der Gemeinderat" not in _speakers(text)
