"""Interviews and transcripts read as speech with the right speakers (composed fixtures)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.interview_labels import Label, label_keys
from claimtrack.aids.interview_plain import asks
from claimtrack.text.sentences import Paragraph

TRANSCRIPT = (
    "Read Transcript\n\n"
    "LENA MARSH: Will the harbour deal hold, however long the strike goes on?\n\n"
    "PAVEL DORN, MINISTER OF PORTS: First of all, the deal is signed. The unions know it.\n\n"
    "MARSH: Which unions are you talking about?\n\n"
    "DORN: I am very honest"
)


def _turns(text: str | ct.Article) -> list[tuple[str, str | None, str | None, float, str]]:
    return [
        (q.text, q.speaker_full, q.speaker_as_written, q.confidence, q.kind)
        for q in ct.extract_quotations(text)
    ]


def test_transcript_surname_labels_are_the_full_names_of_the_first_turns() -> None:
    turns = _turns(TRANSCRIPT)
    assert [(t[1], t[2]) for t in turns] == [
        ("Lena Marsh", "LENA MARSH"),
        ("Pavel Dorn", "PAVEL DORN"),
        ("Lena Marsh", "MARSH"),
        ("Pavel Dorn", "DORN"),
    ]
    assert turns[3][0] == "I am very honest"
    # The name as written at the turn stays what the label says.
    assert [q.speaker for q in ct.extract_quotations(TRANSCRIPT)][2:] == ["Marsh", "Dorn"]
    assert all(t[3] >= 0.8 and t[4] == "interview" for t in turns)


def test_a_label_with_a_part_in_brackets_keeps_the_name() -> None:
    text = TRANSCRIPT.replace("DORN: I am", "PAVEL DORN (voice-over): I am")
    assert _turns(text)[3][1:3] == ("Pavel Dorn", "PAVEL DORN")


def test_one_surname_shared_by_two_labels_stays_as_written() -> None:
    def label(name: str, index: int) -> Label:
        return Label(Paragraph(index, 0, 1, False), name, 1)

    labels = [label("ANNA LIND", 0), label("OLE LIND", 1), label("LIND", 2), label("ANNA", 3)]
    keys = label_keys(labels)
    assert keys["lind"] == "lind" and keys["anna"] == "anna lind"


PLAIN = (
    "Tension grows over the port. Ola Wren talks to the former minister Jon Falk.\n\n"
    "Ola Wren: How do you judge it? This is the biggest spy affair in years.\n\n"
    "Jon Falk: I judge it well. We have asked for this for weeks, and now it has happened.\n\n"
    "Falk on Radio North: the ambassador should leave\n\n"
    "Should the ambassador be expelled?\n\n"
    "He should be asked to leave. After that interview he cannot stay here.\n\n"
    "Minister, I know you are a diplomat, but which agents are the most dangerous? Those "
    "among the diplomats? It is no surprise, is it? Nat"
)


def test_plain_paragraphs_after_the_labels_are_told_apart_by_question_marks() -> None:
    turns = _turns(PLAIN)
    assert [t[1] for t in turns] == ["Ola Wren", "Jon Falk", "Ola Wren", "Jon Falk", "Ola Wren"]
    assert turns[2][0] == "Should the ambassador be expelled?"
    assert turns[4][0].endswith("is it? Nat")
    # No label names the speaker of a plain turn: written as nobody, and never high.
    assert all(t[2] is None and t[3] < 0.8 for t in turns[2:])
    assert all(t[3] >= 0.8 for t in turns[:2])


def test_two_questions_in_a_row_end_the_plain_reading() -> None:
    text = PLAIN.replace(
        "He should be asked to leave. After that interview he cannot stay here.",
        "Or should he stay?",
    )
    speakers = [t[1] for t in _turns(text)]
    assert speakers == ["Ola Wren", "Jon Falk", "Ola Wren"]


def test_narration_about_the_guest_ends_the_plain_reading() -> None:
    text = PLAIN.replace("He should be asked", "Falk said he should be asked")
    assert [t[1] for t in _turns(text)] == ["Ola Wren", "Jon Falk", "Ola Wren"]


def test_a_guest_who_asks_back_makes_the_sides_unclear() -> None:
    text = PLAIN.replace("now it has happened.", "why did it take so long?")
    assert [t[1] for t in _turns(text)] == ["Ola Wren", "Jon Falk"]


def test_two_names_without_a_question_are_no_interview() -> None:
    text = "Oslo: The talks resumed on Monday.\n\nBergen: Ferries ran late again on Tuesday."
    assert ct.extract_quotations(text) == ()


FORUM = (
    "View Full Version : [9] Manager says we were the best team today\n\n"
    "Club News\n\n"
    "Q. Tom, you had that game in your hands, why did it slip?\n\n"
    "TK: “We were the best team by far. We had chances for the second goal.”\n\n"
    "Q> Did your team drop off in the last 15 minutes?\n\n"
    "TK: “No, I saw my team trying to play the 90 minutes in the same way.”"
)


def test_forum_qa_marks_and_initials() -> None:
    article = ct.Article(id="f", text=FORUM, title="Interview: Tom Kessler after the derby")
    turns = _turns(article)
    assert [(t[1], t[2]) for t in turns] == [
        (None, "Q"),
        ("Tom Kessler", "TK"),
        (None, "Q"),
        ("Tom Kessler", "TK"),
    ]
    # The answer's words are inside the marks, and the page furniture is nobody's turn.
    assert turns[1][0] == "We were the best team by far. We had chances for the second goal."
    assert not any("View Full Version" in t[0] for t in turns)


STATEMENTS = (
    "Ana Pires: I am disappointed in the players who did not fight\n\n"
    "The two managers spoke to the press shortly after the final whistle.\n\n"
    'Ana Pires: "We started well. I am disappointed in the players who did not fight. '
    'We will look into this."\n\n'
    'Ana Pires: "The league is long and we will be back next week."'
)


def test_name_colon_statements_are_quotes_and_the_headline_is_no_turn() -> None:
    turns = _turns(STATEMENTS)
    assert [t[0][:16] for t in turns] == ["We started well.", "The league is lo"]
    assert all(t[1] == "Ana Pires" and t[4] == "quote" for t in turns)


LEAD = (
    "A port economist said the strike would not last, Ada Lund told the Harbour Radio.\n\n"
    "Q: Will the strike end soon?\n\n"
    "A: I think so. Both sides are tired.\n\n"
    "Q: And the prices?\n\n"
    "A: They will fall by the spring."
)


def test_the_interviewer_named_in_the_lead_asks_the_questions() -> None:
    turns = _turns(LEAD)
    assert [t[1] for t in turns] == ["Harbour Radio", "Ada Lund", "Harbour Radio", "Ada Lund"]
    assert all(t[3] < 0.8 for t in turns)


def test_no_interviewer_in_the_lead_leaves_the_questions_unattributed() -> None:
    text = LEAD.replace(", Ada Lund told the Harbour Radio", " in a talk with Ada Lund")
    assert [t[1] for t in _turns(text)][::2] == [None, None]


def test_asks_reads_the_last_finished_sentence() -> None:
    assert asks("Is it over? It is, is it?") and asks("Is it so? Nat")
    assert not asks("How? We know how.") and not asks("No question here")


SIDE = st.sampled_from(
    [
        "LENA MARSH: ",
        "MARSH: ",
        "PAVEL DORN: ",
        "PAVEL DORN, PRIME MINISTER: ",
        "PRIME MINISTER: ",
        "DORN: ",
        "Q: ",
        "Q> ",
        "A: ",
        "— ",
        "",
    ]
)
SAY = st.sampled_from(
    [
        "Will it hold?",
        "It will hold.",
        "Yes",
        "Which ones? Tell me.",
        "“We won.”",
        "Nat",
        "Ada Lund",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(SIDE, SAY), min_size=1, max_size=10))
def test_property_turns_slice_and_high_confidence_names_a_label(
    turns: list[tuple[str, str]],
) -> None:
    text = "\n\n".join(side + say for side, say in turns)
    label_words = {w.lower() for side, _ in turns for w in re.findall(r"\w+", side)}
    for q in ct.extract_quotations(text):
        assert text[q.start : q.end] == q.text and q.text.strip()
        if q.kind == "interview" and q.confidence >= 0.8:
            # A turn at 0.8 or more is a labelled one, given a name its labels spell.
            assert q.speaker_as_written is not None and q.speaker_full is not None
            assert set(q.speaker_full.lower().split()) <= label_words


PROSE = (
    "The harbour strike has lasted three weeks. Mira Holt, who leads the dockers' union, "
    "spoke about what comes next.\n\n"
    "How do you see the strike now?\n\n"
    "We asked for this for weeks, and now it has happened. My members are firm.\n\n"
    "Do your members still trust the port authority?\n\n"
    "Not after the last offer. We were told one thing and given another.\n\n"
    "What will you ask for on Monday?\n\n"
    "I will ask for the same thing I asked for in June: a fair contract.\n\n"
    "More from the harbour"
)


def test_bold_questions_lost_in_plain_text_alternate_with_first_person_answers() -> None:
    turns = _turns(PROSE)
    assert [t[1] for t in turns] == [None, "Mira Holt"] * 3
    assert turns[0][0] == "How do you see the strike now?"
    assert all(t[3] < 0.8 and t[4] == "interview" for t in turns)


def test_an_explainers_question_subheadings_are_no_interview() -> None:
    explainer = (
        PROSE.replace("How do you see the strike now?", "What happens to the strike now?")
        .replace("Do your members", "Do the members")
        .replace("What will you ask", "What will the union ask")
    )
    assert ct.extract_quotations(explainer) == ()


def test_advice_in_the_second_person_is_no_interview() -> None:
    faq = PROSE.replace("We asked", "You asked").replace("We were", "You were")
    faq = faq.replace("I will ask for the same thing I asked", "You can ask for what was asked")
    faq = faq.replace("My members", "The members")
    assert ct.extract_quotations(faq) == ()


def test_two_exchanges_are_not_enough() -> None:
    short = PROSE.split("\n\nWhat will you ask")[0]
    assert ct.extract_quotations(short) == ()


def test_q_and_a_labels_on_the_first_exchange_only() -> None:
    text = (
        "Ada Lund has run the ferry line for ten years.\n\n"
        "Q: Will the strike end soon?\n\n"
        "A: I think so. Both sides are tired.\n\n"
        "And the prices?\n\n"
        "They will fall by the spring."
    )
    turns = _turns(text)
    assert [t[1] for t in turns] == [None, "Ada Lund", None, "Ada Lund"]
    assert turns[2][0] == "And the prices?" and turns[3][3] < 0.8
    # With no question after the labels, nothing more is read as a turn.
    assert len(_turns(text.replace("And the prices?", "Prices"))) == 2


def test_a_finished_answer_said_again_later_is_still_a_turn() -> None:
    text = (
        "LENA MARSH: Will the deal hold?\n\n"
        "PAVEL DORN: It will hold. I am very glad to be here.\n\n"
        "MARSH: Why?\n\n"
        "DORN: The unions agree. It will hold. I am very glad to be here."
    )
    assert [t[1] for t in _turns(text)] == ["Lena Marsh", "Pavel Dorn"] * 2


def test_a_question_under_a_place_label_is_no_interview() -> None:
    text = "Kyiv: Is the ceasefire holding? Officials say yes.\n\nMoscow: The Kremlin denied it."
    assert ct.extract_quotations(text) == ()


def test_spanish_p_and_r_labels() -> None:
    text = (
        "Marta Vidal dirige el puerto desde 2019.\n\n"
        "P: ¿Terminará pronto la huelga?\n\n"
        "R: Creo que sí. Las dos partes están cansadas.\n\n"
        "P: ¿Y los precios?\n\n"
        "R: Bajarán en primavera."
    )
    assert [t[1] for t in _turns(text)] == [None, "Marta Vidal"] * 2


def test_an_unidentified_speaker_in_a_transcript_is_nobody() -> None:
    text = (
        "LENA MARSH, HOST: The crowd gathered at the gate before dawn.\n\n"
        "UNIDENTIFIED PERSON: We want our jobs back.\n\n"
        "MARSH: Pavel Dorn was there too."
    )
    turns = _turns(text)
    assert [(t[1], t[2]) for t in turns][1] == (None, "UNIDENTIFIED PERSON")
    assert turns[0][1] == turns[2][1] == "Lena Marsh"


GERMAN = (
    "Der Hafenstreik dauert an. Mit Anna Berger sprach Jonas Weil.\n\n"
    "Frau Berger, wie sehen Sie den Streik?\n\n"
    "Wir haben das seit Wochen gefordert. Meine Mitglieder sind entschlossen.\n\n"
    "Vertrauen Ihre Mitglieder der Hafenbehörde noch?\n\n"
    "Nicht nach dem letzten Angebot. Uns wurde etwas anderes versprochen.\n\n"
    "Was fordern Sie am Montag?\n\n"
    "Ich fordere dasselbe wie im Juni: einen fairen Vertrag."
)


def test_the_interviewer_of_a_german_lead_and_a_guest_glued_to_words_refused() -> None:
    turns = _turns(GERMAN)
    assert [t[1] for t in turns] == ["Jonas Weil", "Anna Berger"] * 3
    # A guest read as a phrase ("Mit der Chefin der Gewerkschaft Anna Berger") is no name.
    glued = GERMAN.replace("Mit Anna Berger", "Mit der Chefin der Gewerkschaft Anna Berger")
    assert all(t[1] != "Mit der Chefin der Gewerkschaft Anna Berger" for t in _turns(glued))


def test_spoke_to_names_the_interviewer_who_is_not_the_guest() -> None:
    text = (
        "Ada Lund has run the ferry line for ten years. Lea Park spoke to Ada Lund.\n\n"
        "Q: Will the strike end soon?\n\n"
        "A: I think so. Both sides are tired."
    )
    assert [t[1] for t in _turns(text)] == ["Lea Park", "Ada Lund"]


def test_a_role_label_is_the_transcript_label_with_that_role() -> None:
    text = (
        "KIM DALE, HOST: Welcome, Prime Minister.\n\n"
        "PAVEL DORN, PRIME MINISTER: Good to be here. The harbour looks great.\n\n"
        "KIM: Are you staying for the weekend?\n\n"
        "PRIME MINISTER: I am, for two days."
    )
    turns = _turns(text)
    assert [(t[1], t[2]) for t in turns][2:] == [
        ("Kim Dale", "KIM"),
        ("Pavel Dorn", "PRIME MINISTER"),
    ]


def test_labels_on_lines_of_their_own_take_short_turns_and_a_bare_role_is_a_description() -> None:
    text = (
        "JOURNALIST:\n\nPrime Minister, good morning and welcome again.\n\n"
        "PRIME MINISTER:\n\nWell it is great to be back.\n\n"
        "JOURNALIST:\n\nIs it as close as they say?\n\n"
        "PRIME MINISTER:\n\nI saw the polls."
    )
    found = ct.extract_quotations(text)
    assert [q.text for q in found][1::2] == ["Well it is great to be back.", "I saw the polls."]
    assert [q.speaker for q in found][::2] == [None, None]
    # Nobody named: the role is said as a role, never as a name at high confidence.
    assert all(q.resolution == "description" and q.confidence < 0.8 for q in found[1::2])


def test_a_bare_role_label_is_the_one_person_the_text_names_with_that_role() -> None:
    text = (
        "JOURNALIST:\n\nThe Prime Minister Pavel Dorn joins us. Good morning and welcome.\n\n"
        "PRIME MINISTER:\n\nWell it is great to be back.\n\n"
        "JOURNALIST:\n\nIs it as close as they say?\n\n"
        "PRIME MINISTER:\n\nI saw the polls."
    )
    answers = ct.extract_quotations(text)[1::2]
    assert [(q.speaker_full, q.resolution) for q in answers] == [("Pavel Dorn", "role")] * 2
    assert all(q.confidence < 0.8 for q in answers)
    two = text.replace("joins us.", "joins us, with the former Prime Minister Ada Lund.")
    assert {q.speaker_full for q in ct.extract_quotations(two)[1::2]} == {"Prime Minister"}


DASHED = (
    "Marta Vidal dirige el puerto desde 2019 y habla claro.\n\n"
    "—¿Se siente cómoda en el cargo?\n\n"
    "—Mucho más que antes, pero me molesta la burocracia.\n\n"
    "—¿Quién la ayudó?\n\n"
    "—Nunca tuve ayuda de Madrid.\n\n"
    "—¿Y la huelga?\n\n"
    "—Terminará en primavera. Las dos partes están cansadas."
)


def test_a_dash_dialogue_interview_in_spanish() -> None:
    turns = _turns(DASHED)
    assert [t[1] for t in turns] == [None, "Marta Vidal"] * 3
    assert turns[0][0] == "¿Se siente cómoda en el cargo?"  # the dash is not the turn's
    assert all(t[3] < 0.8 and t[4] == "interview" for t in turns)


def test_a_dash_dialogue_with_a_narrators_cue_is_a_scene_not_an_interview() -> None:
    scene = DASHED.replace("—Nunca tuve ayuda de Madrid.", "—Nunca tuve ayuda —dijo ella.")
    assert all(t[4] != "interview" for t in _turns(scene))


RUSSIAN = (
    "Министр Иван Петров ответил на вопросы о порте.\n\n"
    "— Как вы оцениваете ситуацию в порту?\n\n"
    "— Мы ждем решения суда. Я думаю, все будет хорошо.\n\n"
    "— А что будет с ценами?\n\n"
    "— Цены упадут к весне.\n\n"
    "— Вы уверены в этом?\n\n"
    "— Да, я уверен."
)


def test_a_russian_dash_interview_and_a_declined_guest_refused() -> None:
    assert [t[1] for t in _turns(RUSSIAN)] == [None, "Иван Петров"] * 3
    declined = RUSSIAN.replace("Министр Иван Петров ответил", "Мы поговорили с Иваном Петровым")
    assert all(t[1] != "Иваном Петровым" for t in _turns(declined))


def test_the_guest_named_by_the_lead_answers_and_an_even_spoke_to_refuses() -> None:
    german = (
        "Im Gespräch mit der Ministerin Anna Berger über den Hafen. Jonas Weil fragt, "
        "Jonas Weil hört zu.\n\n"
        "Frage: Wie sehen Sie den Streik?\n\n"
        "Antwort: Wir haben das seit Wochen gefordert."
    )
    assert [t[1] for t in _turns(german)] == [None, "Anna Berger"]
    even = (
        "Lea Park spoke to Ada Lund about the strike.\n\n"
        "Q: Will the strike end soon?\n\n"
        "A: I think so. Both sides are tired."
    )
    # Either could have asked: the answer is nobody's rather than a coin toss.
    assert [t[1] for t in _turns(even)] == [None, None]


def test_a_papers_initials_asking_and_a_full_name_answering_is_an_interview() -> None:
    text = (
        "Here are excerpts of Ms Varga's interview with the Kelm Times:\n\n"
        "KT: You have seen the statement by the harbour board today. Do you find it "
        "encouraging?\n\n"
        "Ilona Varga: That is certainly encouraging. They have said they will rely on talks.\n\n"
        "MOSCOW: Talks resumed on Monday?\n\n"
        "Kyiv: The ministry said nothing."
    )
    turns = _turns(text)
    assert [t[0] for t in turns][:2] == [
        "You have seen the statement by the harbour board today. Do you find it encouraging?",
        "That is certainly encouraging. They have said they will rely on talks.",
    ]
    assert turns[1][1] == "Ilona Varga"
    assert turns[0][3] < 0.8  # initials nobody named: a paper's, not a person's
    assert all(t[0] != "The ministry said nothing." for t in turns)  # datelines stay out


_ANSWER_ONE = (
    "Elle est trouble et dangereuse. Il faut que nous soyons attentifs à ce qui se passe dans "
    "le pays, parce que ce qui arrive ailleurs peut arriver chez nous aussi. Nous ne pouvons pas "
    "considérer que nous sommes si importants que le pays ne peut pas se passer de nous."
)
_ANSWER_TWO = (
    "Elle était prévisible parce que leur alliance est minoritaire. Nous le disons depuis des "
    "mois : ils veulent rester au pouvoir sans élection, et nous allons leur rappeler que le "
    "pays est plus important que nous tous réunis, aujourd'hui comme demain."
)


def test_a_short_plain_interview_with_nobody_named_keeps_its_turns_without_a_speaker() -> None:
    text = (
        "Face à la crise, le directeur de campagne adjoint s’est ouvert au Journal du Matin, "
        "hier, pour éclairer l’opinion.\n\n"
        "Monsieur le ministre, que pensez-vous de la situation actuelle à Kelm ?\n\n"
        f"{_ANSWER_ONE}\n\n"
        "Pourquoi dites-vous que la situation était prévisible ?\n\n"
        f"{_ANSWER_TWO}"
    )
    turns = _turns(text)
    assert [t[0] for t in turns] == [
        "Monsieur le ministre, que pensez-vous de la situation actuelle à Kelm ?",
        _ANSWER_ONE,
        "Pourquoi dites-vous que la situation était prévisible ?",
        _ANSWER_TWO,
    ]
    assert all(t[1] is None and t[3] < 0.8 for t in turns)  # the paper spoken to is nobody


def test_two_questions_with_short_answers_are_no_interview() -> None:
    text = (
        "Ada Lind runs the harbour board.\n\n"
        "Do you know what happens next?\n\nWe will see.\n\n"
        "Can you still get a refund?\n\nI think so."
    )
    assert not any(q.kind == "interview" for q in ct.extract_quotations(text))


def test_a_transcript_reflowed_into_one_paragraph_is_read_turn_by_turn() -> None:
    text = (
        "Ms Varga gave an interview to Lena Marsh. Here is the transcript.\n\n"
        "LENA MARSH: Ilona Varga is here. She runs the harbour board. (BEGIN VIDEO CLIP) "
        "PAVEL DORN, MINISTER OF PORTS: The deal is signed and the unions know it. "
        "(END VIDEO CLIP) LENA MARSH: Welcome back. ILONA VARGA: Thank you. "
        "LENA MARSH: What changed this week? ILONA VARGA: The unions came to the table."
    )
    turns = _turns(text)
    assert [(t[0], t[1]) for t in turns] == [
        ("Ilona Varga is here. She runs the harbour board.", "Lena Marsh"),
        ("The deal is signed and the unions know it.", "Pavel Dorn"),
        ("Welcome back.", "Lena Marsh"),
        ("Thank you.", "Ilona Varga"),
        ("What changed this week?", "Lena Marsh"),
        ("The unions came to the table.", "Ilona Varga"),
    ]
    assert all(t[3] < 0.8 for t in turns)  # the reflow may have joined more than turns


def test_labels_inside_a_paragraph_that_take_no_turns_are_no_transcript() -> None:
    text = (
        "The board met on Monday. NOTE: the vote was delayed. PHOTO: the harbour at dawn. "
        "KELM: the port reopened. TARVO: the port stayed shut."
    )
    assert ct.extract_quotations(text) == ()


def test_a_label_in_capitals_is_the_name_as_the_lead_writes_it() -> None:
    text = (
        "Anchor Lena Marsh is interviewing Prime Minister Lesa Mata'afa in Kelm.\n\n"
        "MARSH: How did it feel to speak before the assembly?\n\n"
        "MATA'AFA: I felt a burden of responsibility for my country.\n\n"
        "MARSH: What did you achieve this week?\n\n"
        "MATA'AFA: We made new friends and we kept old ones."
    )
    turns = _turns(text)
    assert [t[1] for t in turns] == ["Lena Marsh", "Lesa Mata'afa"] * 2
    assert all(t[3] >= 0.8 for t in turns)


def test_a_transcript_label_may_give_the_role_first_and_the_name_after_the_comma() -> None:
    text = (
        "PRESIDENTA DEL SENADO, MARTA ILLANES ROBLEDO: Buenos días a todos.\n\n"
        "PREGUNTA: ¿Cómo está usted?\n\n"
        "PRESIDENTA DEL SENADO, MARTA ILLANES ROBLEDO: Muy bien, gracias.\n\n"
        "PREGUNTA: ¿Y el puerto?\n\n"
        "PRESIDENTA DEL SENADO, MARTA ILLANES ROBLEDO: El puerto abre el lunes."
    )
    answers = ct.extract_quotations(text)[::2]
    assert {q.speaker_full for q in answers} == {"Marta Illanes Robledo"}
    assert all(q.confidence >= 0.8 for q in answers)
    # The usual order, name then role, is unchanged.
    usual = text.replace(
        "PRESIDENTA DEL SENADO, MARTA ILLANES ROBLEDO", "MARTA ILLANES ROBLEDO, PRESIDENTA"
    )
    assert {q.speaker_full for q in ct.extract_quotations(usual)[::2]} == {"Marta Illanes Robledo"}


def test_a_title_and_a_short_name_label_is_never_a_sure_name() -> None:
    text = (
        "Entrevista do presidente Tomás Ribeiro Vaz à TV Norte.\n\n"
        "Repórter: Boa noite. Obrigada por nos receber aqui no palácio.\n\n"
        "Presidente Ribeiro: O prazer é meu em fazer esta entrevista.\n\n"
        "Repórter: O senhor vai lançar um novo programa?\n\n"
        "Presidente Ribeiro: Vamos lançar em julho, com os governadores."
    )
    found = ct.extract_quotations(text)
    # "Repórter" asks (a question label in Portuguese), and names nobody.
    assert [q.speaker for q in found[::2]] == [None, None]
    answers = found[1::2]
    assert [q.speaker_as_written for q in answers] == ["Presidente Ribeiro"] * 2
    assert all(q.confidence < 0.8 for q in answers)
    # A title and a full name is the full name, as sure as any label.
    full = ct.extract_quotations(text.replace("Presidente Ribeiro:", "Presidente Tomás Vaz:"))
    assert {(q.speaker_full, q.confidence >= 0.8) for q in full[1::2]} == {("Tomás Vaz", True)}


def test_an_answer_goes_on_over_plain_paragraphs_even_when_nobody_is_named() -> None:
    text = (
        "Q: What is your comment on the report about the talks and the sea?\n\n"
        "A: The Chinese side has noted the relevant report and we oppose it.\n\n"
        "We hope that the countries in the region will keep to the rules they agreed.\n\n"
        "Q: Will the talks go on?\n\n"
        "A: The Chinese side always keeps its word."
    )
    found = ct.extract_quotations(text)
    assert [q.text[:12] for q in found] == [
        "What is your",
        "The Chinese ",
        "We hope that",
        "Will the tal",
        "The Chinese ",
    ]
    # Nobody is named, and nobody is guessed.
    assert all(q.speaker is None and q.confidence <= 0.5 for q in found)


def test_a_possessive_role_label_is_a_description_not_a_sure_name() -> None:
    text = (
        "Ruritania’s FM: “We are not in a position to wage war”\n\n"
        "The foreign minister of Ruritania, Ali Reza Mand, said on Tuesday the border was calm."
    )
    first = ct.extract_quotations(text)[0]
    assert (first.speaker, first.resolution) == ("Ruritania’s FM", "description")
    assert first.confidence < 0.8


def test_a_quoted_teaser_line_that_the_article_quotes_again_is_no_quotation() -> None:
    text = (
        "Trainer Tomas Brel of FC Valea spoke after the win over Sarn.\n\n"
        "Tomas Brel: “Sunt foarte mulţumit de victorie și de joc”\n\n"
        "„Sunt fericit pentru jucători. Au muncit mult. Sunt foarte mulțumit de victorie și de "
        "joc.”, a spus Brel."
    )
    found = ct.extract_quotations(text)
    # The cedilla and comma-below letters are one letter: the teaser repeats the quote.
    assert all(not q.text.startswith("Sunt foarte") for q in found)
    # A "Name: “words”" line the article does not repeat is that person's statement.
    alone = ct.extract_quotations(text.split("\n\n„")[0])
    assert [(q.speaker, q.text) for q in alone] == [
        ("Tomas Brel", "Sunt foarte mulţumit de victorie și de joc")
    ]


def test_a_turn_goes_on_over_a_short_line_that_leads_on_with_a_colon() -> None:
    text = (
        "PRESIDENTA, MARTA ILLANES ROBLEDO: Buenos días.\n\n"
        "PREGUNTA: ¿Cómo está usted?\n\n"
        "PRESIDENTA, MARTA ILLANES ROBLEDO: Bien, muy bien. Muchas gracias.\n\n"
        "Vamos a platicar un poco de la llamada que tuvimos en la mañana con el alcalde.\n\n"
        "Bueno, les platico la conversación:\n\n"
        "Hablamos del trabajo conjunto que se ha hecho en temas del puerto y del río.\n\n"
        "Más noticias"
    )
    found = ct.extract_quotations(text)
    tail = [q.text for q in found][3:]
    assert tail == [
        "Vamos a platicar un poco de la llamada que tuvimos en la mañana con el alcalde.",
        "Bueno, les platico la conversación:",
        "Hablamos del trabajo conjunto que se ha hecho en temas del puerto y del río.",
    ]
    assert {q.speaker_full for q in found[2:]} == {"Marta Illanes Robledo"}


def test_a_newspaper_q_and_a_may_open_its_questions_with_a_dash() -> None:
    text = (
        "-Premier Ada Lund visits Osterland in May. What is your take on her visit?\n\n"
        "“Her visit is very important. It must succeed if our countries are to move on.”\n\n"
        "-Ferry talks have resumed but some say they are only a gesture.\n\n"
        "“There are many views on why the talks stopped. What matters is how to resume.”\n\n"
        "-As for the north, the abduction of our citizens is very important.\n\n"
        "“We have tried to resolve the abduction issue consistently and at the same"
    )
    found = ct.extract_quotations(text)
    questions = [q.text for q in found][::2]
    assert questions == [
        "Premier Ada Lund visits Osterland in May. What is your take on her visit?",
        "Ferry talks have resumed but some say they are only a gesture.",
        "As for the north, the abduction of our citizens is very important.",
    ]
    assert all(q.speaker is None for q in found if q.text.startswith(("Premier", "As for")))
    # Without any question mark, dashes are just dashes (a list, not an interview).
    listed = text.replace("What is your take on her visit?", "She stays two days.")
    assert not any(q.text.startswith("Premier") for q in ct.extract_quotations(listed))
