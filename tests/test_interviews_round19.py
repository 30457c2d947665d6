"""Interviews, round 19: two one-word labels, a question then its answer."""

from __future__ import annotations

from pathlib import Path

from claimtrack import load_article
from claimtrack.aids.quotations import extract_quotations

QUESTION = (
    "Kim: Our first question is about the new harbour. You fought very hard for it. "
    "What is your vision for the town and its people?\n\n"
)
ANSWER = (
    "Lund: Well, the new harbour should be better than the last plan. We have to respect "
    "the fishermen first.\n\nBut it is clear that the town has changed in ten years.\n"
)


def _turns(page: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_full, q.kind) for q in extract_quotations(page)]


def test_a_question_to_you_answered_as_we_is_two_turns() -> None:
    assert _turns(QUESTION + ANSWER) == [
        ("Kim", "interview"),
        ("Lund", "interview"),
        ("Lund", "interview"),
    ]


def test_the_guest_the_lead_names_in_full_answers() -> None:
    lead = "Transcript of our interview with Prime Minister Ada Lund.\n\n"
    answer = ANSWER.replace("We have", "The people have")  # no "we": the lead decides
    assert [s for s, _ in _turns(lead + QUESTION + answer)] == ["Kim", "Ada Lund", "Ada Lund"]


def test_datelines_over_a_question_and_a_report_are_no_turns() -> None:
    page = (
        "Kyiv: Where are the shells falling tonight?\n\n"
        "Moscow: The city was shelled at night. Officials said six buildings burned.\n"
    )
    assert _turns(page) == []


def test_an_answer_the_copy_broke_mid_sentence_goes_on() -> None:
    lead = (
        "Hier, le président Me Ada Lunde a accordé une interview exclusive au quotidien « Le "
        "Port ». Entretien.\n\n"
    )
    question = "M. le Président, vous êtes convaincu de la réussite du nouveau port ?\n\n"
    answer = (
        "(Il coupe). Le port est une réussite. Je n’ai jamais vu autant de navires ici. Les "
        "quais sont pleins chaque matin et les pêcheurs sont contents. Nous avons créé deux "
        "cents emplois cette année, et nous en créerons encore. Les commerçants du centre "
        "sont les premiers à le dire. L’autre\n\n"
        "partie du travail reste à faire. Nous le savons bien.\n"
    )
    found = extract_quotations(lead + question + answer)
    assert [q.kind for q in found] == ["interview"] * 3
    assert [q.speaker_full for q in found][1:] == ["Ada Lunde", "Ada Lunde"]


TRANSCRIPT = (
    "Dnes budeme mluvit o nových železnicích. Ministryně dopravy Ada Lundová, dobrý den.\n\n"
    "Ada LUNDOVÁ, ministryně dopravy /ANO/:\n\nDobrý den.\n\n"
    "Tom BERG, moderátor:\n\nPaní ministryně, kde na nové tratě vezmete peníze?\n\n"
    "Ada LUNDOVÁ, ministryně dopravy /ANO/:\n\nPeníze jsou v rozpočtu na příští rok. Já jsem "
    "o tom jednala s kolegy.\n"
)


def test_a_broadcast_transcripts_labels_alone_on_their_lines() -> None:
    found = extract_quotations(TRANSCRIPT)
    assert [(q.text[:9], q.speaker_full) for q in found] == [
        ("Dobrý den", "Ada LUNDOVÁ"),
        ("Paní mini", "Tom BERG"),
        ("Peníze js", "Ada LUNDOVÁ"),
    ]


def test_a_broadcast_transcripts_labels_before_the_words() -> None:
    page = TRANSCRIPT.replace(":\n\n", ": ")
    assert [q.speaker_full for q in extract_quotations(page)] == [
        "Ada LUNDOVÁ",
        "Tom BERG",
        "Ada LUNDOVÁ",
    ]


def test_a_name_and_a_role_in_a_sentence_are_no_label() -> None:
    page = "Ada Lund, the harbour master, said: “We will open the quay in May.”\n"
    assert [q.kind for q in extract_quotations(page)] == ["quote"]


def test_a_question_whose_label_the_copy_lost_opens_an_interview() -> None:
    page = (
        "Harbour Weekly spoke to Ada Lund, managing director of the Harbour Alliance.\n\n"
        "This conversation was shortened for print.\n\n"
        ": Why did you take the job at the Harbour Alliance?\n\n"
        "Ada Lund: The alliance was started by the port in 2013. I was working abroad when "
        "they asked me to lead it.\n\n"
        "What is the alliance's main objective?\n\n"
        "We started out to invigorate the harbour and help local firms grow.\n"
    )
    found = extract_quotations(page)
    assert [q.kind for q in found] == ["interview"] * 4
    assert [q.speaker_full for q in found][1::2] == ["Ada Lund", "Ada Lund"]


def test_a_colon_opening_a_statement_is_no_label() -> None:
    page = "Ada Lund opened the quay.\n\n: the quay is open again after the storm.\n"
    assert extract_quotations(page) == ()


def test_the_guest_an_in_conversation_headline_names_answers(tmp_path: Path) -> None:
    raw = (
        "In Conversation with Ada Lund, author of The Tide Pickers\n\n"
        "Where did the idea for the book come from, and how long did you spend writing it?\n\n"
        "The story is inspired by the stories my father tells about the harbour. I spent "
        "seven years on it, mostly at night after work.\n\n"
        "What do you hope readers take from it?\n\n"
        "I hope they see the harbour the way my father did, as a place of work and joy.\n"
    )
    (tmp_path / "conversation.txt").write_text(raw, encoding="utf-8")
    found = extract_quotations(load_article(tmp_path / "conversation.txt"))
    assert [q.speaker_full for q in found if q.speaker_full][-2:] == ["Ada Lund", "Ada Lund"]


def test_a_long_run_of_spanish_questions_is_an_interview_whoever_is_named() -> None:
    turns = [
        ("¿Cuándo abre el muelle?", "En marzo. Hay que terminar las grúas antes."),
        ("¿Y después, alcalde?", "Volver a mi barco de pesca."),
        ("¿Quedan obras por terminar?", "No, ya las están entregando todas."),
        ("Por cierto, ¿le gusta el cargo?", "Bueno, se aprende a servir."),
        ("¿Qué aprendió?", "Yo aprendí humildad. Los golpes te hacen muy fuerte."),
    ]
    lead = "Bajo los pórticos de la Casa Norte se le ha preguntado cómo será recordado.\n\n"
    page = lead + "".join(f"{q}\n\n{a}\n\n" for q, a in turns)
    found = extract_quotations(page)
    assert [q.kind for q in found] == ["interview"] * 10
    assert {q.speaker_full for q in found} == {None}  # nobody named; "Casa Norte" is a house


def test_two_spanish_questions_in_a_column_are_no_interview() -> None:
    page = (
        "El gobierno presentó su plan ayer.\n\n¿Y ahora qué?\n\nNadie lo sabe todavía, dicen.\n\n"
        "¿Quién pagará?\n\nLos contribuyentes, como siempre.\n"
    )
    assert [q for q in extract_quotations(page) if q.kind == "interview"] == []


DASHED = (
    "Ada Lund, the harbour master, spoke to us at the quay.\n\n"
    "– How long will the work take?\n\n"
    "– I think two years - maybe three - if the weather holds and we get the money.\n\n"
    "– What worries you most?\n\n"
    "– The storms. We lost a crane last winter and I do not want to lose another.\n\n"
    "– Will the ferries keep running?\n\n"
    "– Yes. We have planned every berth so that the ferries never stop.\n"
)


def test_a_dash_setting_off_an_aside_does_not_make_a_scene() -> None:
    found = extract_quotations(DASHED)
    assert [q.kind for q in found] == ["interview"] * 6
    assert [q.speaker_full for q in found][1::2] == ["Ada Lund"] * 3


def test_a_dash_handing_over_to_the_narrator_is_a_scene() -> None:
    scene = DASHED.replace("if the weather holds", "- replied she, - if the weather holds")
    assert [q for q in extract_quotations(scene) if q.kind == "interview"] == []


def test_a_dashed_dialogue_alternates_whatever_each_turn_says(tmp_path: Path) -> None:
    raw = (
        "Interview by Harbour Commissioner Ada Lund with The Courier\n\n"
        "– Is this your office now?\n\n"
        "– It is, though the old harbour board still keeps its maps in the corner.\n\n"
        "– Modest.\n\n"
        "– Very. The board never spent money on desks, only on the quay.\n\n"
        "– But they expected a yacht.\n\n"
        "– They did, but the budget is for cranes. So, no yacht for now.\n\n"
        "– Is the new quay realistic this year?\n\n"
        "– Yes. The money is in the budget and the contracts are signed.\n"
    )
    (tmp_path / "dialogue.txt").write_text(raw, encoding="utf-8")
    found = extract_quotations(load_article(tmp_path / "dialogue.txt"))
    assert [q.kind for q in found] == ["interview"] * 8
    assert [q.speaker_full for q in found][1::2] == ["Ada Lund"] * 4
    assert [q.text for q in found][2] == "Modest."  # the interviewer's remark


def test_a_dashed_dialogue_that_hardly_asks_is_no_interview() -> None:
    page = "\n\n".join(
        ["The quay was busy on Monday."]
        + ["– The tide is high.", "– It is, and rising."] * 3
        + ["– Shall we go?", "– Yes."]
    )
    assert [q for q in extract_quotations(page + "\n") if q.kind == "interview"] == []
