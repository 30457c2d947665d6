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
    "Posted By : Editor | May 3, 2021\n\n"
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


def test_a_dash_dialogue_the_lead_announces_opens_with_its_first_turn() -> None:
    page = (
        'Head of the "Harbour Party" Ada Lund on Berg, the ferries and the quay. Video\n'
        'The head of the "Harbour Party" group Ada Lund told the Courier in an interview about '
        "the work done, the ferry business and her view of the council and its new chief.\n"
        "- Let us start with the quay. You were a captain before you ran the harbour, and you "
        "are a businesswoman. As far as I know, you handed the business over to a trust.\n"
        "- Yes, a former businesswoman.\n"
        "- And you ran the ferry company twice. Which did you like best?\n"
        "- Honestly, for me there is no such line. I serve the islands either way, and I have "
        "done so for twenty years.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == (
        'Head of the "Harbour Party" Ada Lund on Berg, the ferries and the quay. Video'
    )
    speakers = [q.speaker_full for q in extract_quotations(cleaned.to_article("p", page))]
    assert speakers == ["Courier", "Ada Lund", "Courier", "Ada Lund"]  # the paper told asks


def test_a_dashed_list_after_an_interview_s_lead_is_no_dialogue() -> None:
    page = (
        "The harbour chief Ada Lund told the Courier in an interview about the year's plans.\n\n"
        "- The quay opens in spring.\n\n- Fares stay the same.\n\n"
        "- Two more ferries run in summer.\n\n- The crews keep their routes.\n"
    )
    assert not extract_quotations(page)


def test_a_ukrainian_lead_announces_a_dash_interview() -> None:
    page = (
        "Велике інтерв'ю з міністеркою\n\n"
        "Міністерка Ада Лунд розповіла про роботу команди та допомогу переселенцям.\n\n"
        "— Сто днів — це вже понад три місяці. Скільки часу ви проводите у кабінеті?\n\n"
        "— Багато, майже цілий день. Я вперше сюди зайшла ще у 2019 році.\n\n"
        "— Кабінет ближче до приймальні. Це спеціально?\n\n"
        "— Ні. Це, напевно, випадковість.\n"
    )
    cleaned = clean(page)
    speakers = [q.speaker_full for q in extract_quotations(cleaned.to_article("p", page))]
    assert speakers == [None, "Ада Лунд", None, "Ада Лунд"]
