"""Interviews, round 20: questions marked by a dash or a number, answers in plain prose."""

from __future__ import annotations

from claimtrack import Article, load_article
from claimtrack.aids.headline_people import headline_people
from claimtrack.aids.quotations import extract_quotations
from claimtrack.reading.cleaning import clean

DASHED = (
    "date 2021-04 —¿Cuándo abre el nuevo muelle del puerto norte?\n\n"
    "En primavera. Hemos firmado el contrato con la empresa la semana pasada.\n\n"
    "—Dicen que el presupuesto se duplicó.\n\n"
    "No es cierto. Yo tengo las cuentas y el costo sigue igual que en enero.\n\n"
    "—¿Y los pescadores, qué opinan del plan?\n\n"
    "Nosotros hablamos con ellos cada mes. Están de acuerdo con el calendario.\n\n"
    "—¿Habrá más ferris en verano?\n\n"
    "Sí, dos más desde junio, si el tiempo lo permite.\n"
)


def test_questions_marked_by_a_dash_answered_in_plain_prose_are_turns() -> None:
    cleaned = clean(DASHED)
    assert cleaned.text.startswith("—¿Cuándo abre")  # the first question is the body's
    turns = [(q.text[:12], q.kind) for q in extract_quotations(cleaned.text)]
    assert len(turns) == 8
    assert {kind for _, kind in turns} == {"interview"}
    # A dashed remark that asks nothing is the interviewer's turn all the same.
    assert turns[2][0] == "Dicen que el"


def test_a_dashed_list_over_prose_is_no_interview() -> None:
    page = (
        "The council met on Monday to agree the budget for the harbour.\n\n"
        "- The new quay opens in spring.\n\n"
        "The harbour chief said the work would take two years.\n\n"
        "- Fares stay the same.\n\n"
        "The ferry crews keep their routes.\n"
    )
    assert not extract_quotations(page)


NUMBERED = (
    "Minister Ada Lund's Interview with Radio Nord\n\n"
    "Published By : Admin | May 3, 2021\n\n"
    "The interview with Radio Nord follows:\n\n"
    "1. Thank you for your time, Minister. How do you rate your first year?\n\n"
    "It is for the islanders to rate us. I have shown my report to the council.\n\n"
    "2. The harbour was your promise. Has it been kept?\n\n"
    "Yes. I am satisfied with the work we have done on the quay and the ferries.\n\n"
    "3. What has been the hardest part of the year?\n\n"
    "The storms. We lost three weeks of work in the winter and made them up in spring.\n"
)


def test_numbered_questions_under_a_possessive_headline(tmp_path) -> None:
    path = tmp_path / "lund.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    article = load_article(path)
    assert article.text.startswith("The interview with Radio Nord follows:")
    speakers = [q.speaker_full for q in extract_quotations(article)]
    assert speakers == ["Radio Nord", "Ada Lund"] * 3


def test_a_title_case_headline_verb_is_no_part_of_the_name() -> None:
    page = (
        "Rush Transcript: Governor Lund Announces Harbour Plan For The North\n\n"
        'Governor Lund: "Today we open the northern channel to every ferry crew."\n\n'
        'Lund: "The work starts in spring, and the fares stay where they are."\n'
    )
    article = load_article_text(page)
    assert [q.speaker_full for q in extract_quotations(article)] == ["Lund", "Lund"]


def test_headline_people_stop_at_the_headline_verb() -> None:
    assert headline_people("Ada Lund Warns Harbour Crews") == ["Ada Lund"]
    found = headline_people("Ada Lund Warns Of Storms As Tom Berg Says Quay Is Safe")
    assert {"Ada Lund", "Tom Berg"} <= set(found)
    assert not any("Warns" in name or "Says" in name for name in found)
    assert headline_people(None) == []


def load_article_text(page: str) -> Article:
    return clean(page).to_article("page", page)


def test_the_first_question_answered_under_a_label_is_the_body_s_not_the_title() -> None:
    page = (
        "What are the harbour's priorities for the year?\n\n"
        "LUND: The priority of the harbour is obviously the ferry. We have seen growth in the "
        "island routes over the years, and the new quay is the biggest project we have.\n\n"
        "Where is the harbour investing today?\n\n"
        "LUND: We still look at how we build the quay and the roads to it.\n"
    )
    cleaned = clean(page)
    assert cleaned.title is None
    assert cleaned.text.startswith("What are the harbour's priorities")
