"""Interviews, round 18: time stamps, chevrons and dashes around a transcript's labels."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimtrack import extract_quotations

LEAD = "Ada Lund, the mayor of Northbridge, spoke to the Courier about the flood plan.\n\n"
QUESTIONS = [
    "Why did the council wait so long to act on the harbour?",
    "What will the new wall cost the town?",
    "Do you expect the government to pay for it?",
]
ANSWERS = [
    "We waited because the engineers needed a full year of tide data before the design.",
    "The first section will cost about forty million pounds, and we have most of it already.",
    "I expect them to pay half, and I have told the minister so in writing twice this month.",
]


def _page(turn: Callable[[str, str], str]) -> str:
    return LEAD + "\n\n".join(turn(q, a) for q, a in zip(QUESTIONS, ANSWERS, strict=True)) + "\n"


@pytest.mark.parametrize(
    "turn",
    [
        lambda q, a: f"Courier – {q}\n\nAda Lund – {a}",
        lambda q, a: f"COURIER — {q}\n\nLUND — {a}",
        lambda q, a: f"[00:01:23] Tom Berg: {q}\n\n[00:01:30] Ada Lund: {a}",
        lambda q, a: f"00:01:23 Tom Berg: {q}\n\n00:01:30 Ada Lund: {a}",
        lambda q, a: f"Tom Berg (00:01:23):\n{q}\n\nAda Lund (00:01:30):\n{a}",
        lambda q, a: f">> TOM BERG: {q}\n\n>> ADA LUND: {a}",
    ],
    ids=["en-dash", "em-dash caps", "stamp before", "bare stamp", "stamp after", "chevrons"],
)
def test_every_answer_of_a_marked_transcript_is_the_guests(turn: Callable[[str, str], str]) -> None:
    found = extract_quotations(_page(turn))
    answers = [q for q in found if q.text in ANSWERS]
    questions = [q for q in found if q.text in QUESTIONS]
    assert len(answers) == 3 and len(questions) == 3
    assert {q.speaker_full for q in answers} == {"Ada Lund"}


def test_a_time_stamp_is_no_role_of_the_speaker() -> None:
    found = extract_quotations(
        _page(lambda q, a: f"Tom Berg (00:01:23): {q}\n\nAda Lund (00:01:30): {a}")
    )
    assert {q.speaker_full for q in found if q.text in QUESTIONS} == {"Tom Berg"}


@pytest.mark.parametrize(
    "page",
    [
        "NORTHBRIDGE — The council approved the flood plan on Monday. Why now? Nobody said.\n\n"
        "Members voted by a wide margin.\n",
        "The panel:\n\nAda Lund – Mayor of Northbridge since 2019.\n\n"
        "Tom Berg – Leader of the opposition, who asked: why now?\n\nKim Dale – Chief engineer.\n",
        "Ada Lund – the mayor – opened the session. Who would pay?\n\n"
        "Tom Berg – the opposition leader – said the town could not.\n",
    ],
    ids=["dateline", "list of people", "asides"],
)
def test_a_dash_after_a_name_is_no_label_unless_the_page_is_an_interview(page: str) -> None:
    assert not [q for q in extract_quotations(page) if q.kind == "interview"]


def test_an_announced_interview_reads_questions_that_do_not_say_you() -> None:
    found = extract_quotations(_page(lambda q, a: f"{q}\n\n{a}"))
    answers = [q for q in found if q.text in ANSWERS]
    assert len(answers) == 3 and {q.speaker_full for q in answers} == {"Ada Lund"}
    assert len([q for q in found if q.text in QUESTIONS]) == 3


@pytest.mark.parametrize(
    "lead",
    [
        # Not announced: an explainer's subheadings ask, the lead names a person.
        "Ada Lund, the mayor of Northbridge, set out the flood plan on Monday.\n\n",
        # Announced, but the answers are no one's words in the first person.
        "Ada Lund spoke to the Courier on Monday about the harbour.\n\n",
    ],
)
def test_question_headings_over_third_person_answers_are_no_interview(lead: str) -> None:
    page = lead + (
        "Why did the council wait so long?\n\nThe engineers needed a full year of tide data.\n\n"
        "What will the new wall cost?\n\nThe first section will cost about forty million.\n\n"
        "Who will pay for it?\n\nThe government is expected to pay half of the bill.\n"
    )
    assert not [q for q in extract_quotations(page) if q.kind == "interview"]


def test_an_unlabelled_turkish_interview_reads_by_its_address_and_first_person() -> None:
    page = (
        "Belediye Başkanı Ali Yılmaz ile liman planını konuştuk.\n\n"
        "Bu plan için neden bu kadar beklediniz, siz ne düşünüyorsunuz?\n\n"
        "Ben mühendislerin bir yıllık veriye ihtiyacı olduğuna inanıyorum.\n\n"
        "Duvarın maliyeti size göre ne olacak?\n\n"
        "Bizim hesabımıza göre kırk milyon lira tutacak.\n\n"
        "Hükümetin ödeme yapmasını bekliyor musunuz, sizin beklentiniz ne?\n\n"
        "Ben yarısını ödemelerini bekliyorum ve bunu bakana yazdım.\n"
    )
    found = extract_quotations(page)
    assert [q.speaker_full for q in found] == [None, "Ali Yılmaz"] * 3
    assert {q.kind for q in found} == {"interview"}


SPANISH_LEAD = "Ada Lund, alcaldesa de Northbridge, habló con este diario sobre el plan.\n\n"
SPANISH = [
    ("¿Por qué esperó tanto el ayuntamiento?", "Esperamos porque faltaban datos de mareas."),
    ("¿Cuánto costará el nuevo muro?", "Calculamos que la sección costará cuarenta millones."),
    ("¿Espera que el Gobierno lo pague?", "Espero que paguen la mitad del coste total."),
]


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("P. ", "R. "),
        ("P.- ", "R.- "),
        ("—P. ", "—R. "),
        ("Pregunta. ", "Respuesta. "),
        ("D. ", "R. "),
    ],
)
def test_a_letter_or_word_with_a_full_stop_labels_a_turn(ask: str, answer: str) -> None:
    page = SPANISH_LEAD + "\n\n".join(f"{ask}{q}\n\n{answer}{a}" for q, a in SPANISH) + "\n"
    found = extract_quotations(page)
    assert [(q.text, q.speaker_full) for q in found if q.speaker_full] == [
        (a, "Ada Lund") for _, a in SPANISH
    ]


def test_an_initial_opening_a_paragraph_is_no_label() -> None:
    page = (
        "Ada Lund spoke on Tuesday.\n\nR. Kelly said the plan was ready.\n\n"
        "P. Berg disagreed with the council.\n\nThe vote is on Friday.\n"
    )
    assert extract_quotations(page) == ()


def test_an_unlabelled_spanish_interview_speaks_in_the_first_person_by_its_verbs() -> None:
    page = SPANISH_LEAD + "\n\n".join(f"{q}\n\n{a}" for q, a in SPANISH) + "\n"
    answers = [q for q in extract_quotations(page) if q.speaker_full]
    assert [(q.text, q.speaker_full) for q in answers] == [(a, "Ada Lund") for _, a in SPANISH]


def test_a_columnists_spanish_questions_over_third_person_prose_are_no_interview() -> None:
    page = (
        "Ada Lund, alcaldesa de Northbridge, presentó el plan el martes.\n\n"
        "¿Por qué esperó tanto el ayuntamiento?\n\nLos ingenieros necesitaban datos de mareas.\n\n"
        "¿Cuánto costará el nuevo muro?\n\nLa primera sección costará unos cuarenta millones.\n\n"
        "¿Quién lo pagará?\n\nEl Gobierno pagará la mitad del coste total.\n"
    )
    assert not [q for q in extract_quotations(page) if q.kind == "interview"]
