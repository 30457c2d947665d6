"""Transcripts, round 20: labels alone on their lines with no colon, and role labels."""

from __future__ import annotations

import pytest

from claimtrack import Article
from claimtrack.aids.quotations import extract_quotations
from claimtrack.reading.cleaning import clean

LEAD = "Transcript of the harbour briefing\n\n{lead}\n\n"
TURNS = [
    ("Q", "When will the ferries run again on the northern channel?"),
    ("A", "From Monday, if the weather holds and the crews are back."),
    ("Q", "Will the fares rise for the island families this year?"),
    ("A", "No. The fares stay where they are until the spring review."),
]
MET = "The harbour minister Ada Lund met reporters at the port office on Monday."


def _page(asker: str, answerer: str, shape: str, lead: str = MET) -> str:
    turns = "".join(
        shape.format(label=asker if who == "Q" else answerer, turn=turn) for who, turn in TURNS
    )
    return LEAD.format(lead=lead) + turns


def _speakers(page: str) -> list[str | None]:
    found = {q.text.strip(): q.speaker_full for q in extract_quotations(page)}
    return [found.get(turn, "missing") for _, turn in TURNS]


@pytest.mark.parametrize(
    ("asker", "answerer", "shape"),
    [
        ("Reporter", "Minister Ada Lund", "{label}\n{turn}\n\n"),
        ("REPORTER", "MINISTER LUND", "{label}\n{turn}\n\n"),
        ("Question", "Answer", "{label}\n{turn}\n\n"),
        ("Question", "Lund", "{label}\n\n{turn}\n\n"),
    ],
)
def test_a_label_alone_on_its_line_heads_the_turn_under_it(
    asker: str, answerer: str, shape: str
) -> None:
    assert _speakers(_page(asker, answerer, shape)) == [None, "Ada Lund", None, "Ada Lund"]


def test_crossheads_over_paragraphs_are_no_transcript() -> None:
    # Title Case lines over prose, one of them asking: a feature's crossheads, never labels,
    # since none comes back.
    page = (
        "The Harbour Plan\nWhy would the ferries stop for a whole winter?\n\n"
        "What Comes Next\nThe council meets in May and the crews wait for its word.\n\n"
        "Ada Lund\nThe minister was born on the island and has run the port since 2019.\n"
    )
    assert not extract_quotations(page)


def test_one_speaker_labelled_alone_twice_is_no_transcript() -> None:
    # Two captions crediting the same name are no dialogue: a transcript has two speakers.
    page = (
        "Ada Lund\nThe minister at the port office on Monday, before the briefing began?\n\n"
        "Ada Lund\nThe minister on the quay after the briefing, with the crews.\n"
    )
    assert not extract_quotations(page)


@pytest.mark.parametrize(
    ("lead", "asker", "answerer"),
    [
        (MET, "Media:", "Minister:"),
        ("Ada Lund, the harbour minister, met reporters at the port.", "Question:", "Minister:"),
        ("Prime Minister Ada Lund met reporters at the port office.", "Press:", "PM:"),
        ("Mayor Ada Lund met reporters at the port office on Monday.", "Media:", "Mayor:"),
    ],
)
def test_a_role_label_is_the_one_person_the_page_names_with_that_role(
    lead: str, asker: str, answerer: str
) -> None:
    page = _page(asker, answerer, "{label} {turn}\n\n", lead)
    assert _speakers(page) == [None, "Ada Lund", None, "Ada Lund"]


def test_a_role_two_people_hold_names_nobody() -> None:
    lead = "The harbour minister Ada Lund and the fisheries minister Tom Berg met reporters."
    page = _page("Media:", "Minister:", "{label} {turn}\n\n", lead)
    assert _speakers(page) == [None, "Minister", None, "Minister"]


def test_names_in_title_case_label_a_press_conference_s_turns() -> None:
    page = (
        "Point de presse après la réunion du conseil du port\n\n"
        "Ada Lundescu : Bonjour à tous. Le conseil vient de finir, et le ministre va présenter "
        "les décisions prises ce matin.\n\n"
        "Tom Bergeanu : Merci. Le quai nord ouvrira au printemps, et les tarifs ne changent pas.\n"
    )
    assert [(q.speaker_full, q.text[:7]) for q in extract_quotations(_article(page))] == [
        ("Ada Lundescu", "Bonjour"),
        ("Tom Bergeanu", "Merci. "),
    ]


def test_names_in_title_case_on_a_page_that_is_no_transcript_are_no_labels() -> None:
    page = (
        "Harbour plan approved\n\n"
        "Ada Lundescu : the council's new harbour chief, appointed in May.\n\n"
        "Tom Bergeanu : the captain of the northern ferry since 2019.\n"
    )
    assert not extract_quotations(_article(page))


def test_a_label_in_capitals_after_a_named_asker_takes_the_floor() -> None:
    page = (
        "An interview with the harbour chief\n\n"
        "Last week I sat down with the harbour chief, Ada Lund, to talk about the new quay.\n\n"
        "Tom Berg: Thank you for your time. How did you go from captain to harbour chief?\n"
        "LUND: It was one straight line of service. I grew up on the quay.\n\n"
        "My parents fished the northern channel. I learned the tides from them.\n"
    )
    speakers = [q.speaker_full for q in extract_quotations(_article(page))]
    assert speakers == ["Tom Berg", "Ada Lund", "Ada Lund"]


def _article(page: str) -> Article:
    return clean(page).to_article("page", page)


def test_an_outlet_s_label_with_its_host_in_brackets_is_the_host_throughout() -> None:
    page = (
        "Radio Nord (Host Kim Dale): Welcome to the harbour hour. Minister, thanks for coming.\n\n"
        "Minister Lund: Happy to be here.\n\n"
        "Radio Nord: What will change for the ferry crews next year?\n\n"
        "Minister Lund: The work starts in spring and the crews keep their routes.\n"
    )
    speakers = [q.speaker_full for q in extract_quotations(page)]
    assert speakers == ["Kim Dale", "Lund", "Kim Dale", "Lund"]


def test_a_call_s_operator_labelled_once_speaks_on_a_transcript_page() -> None:
    page = (
        "Harbour Group Q2 2023 Earnings Call Transcript\n\n"
        "Operator: Hello and thank you for joining the Harbour Group results call.\n\n"
        "Ada Lund: Thanks. The quay had its best quarter in years.\n"
    )
    speakers = [q.speaker_full for q in extract_quotations(_article(page))]
    assert speakers == ["Operator", "Ada Lund"]
