"""Interviews and transcripts, round 12: quoted answers that run over paragraphs, a remark put
to the guest between quoted answers, reporters' labels in more languages, and a title word
before a surname in a label. Every fixture is invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct

PROSE = """Minister of Ports Lena Marsh during a visit to the Veldhaven docks.

The strike at the docks has lasted three weeks. Do you think the unions still trust you?

‘I will answer that carefully, because the mood on the quays is bad. I have seen it myself.

‘I take workers who protest peacefully very seriously. I hear their worries.’

The ministry has spent a lot of money on the ferries. Why has nothing changed?

‘Because nobody has felt the effect of the measures yet. We started in the spring.’

That is what the dockers expect from you.

‘If they expect miracles, then I must disappoint them. We can only manage the problems.’

Trust seems to be at its lowest point, do you take that personally?

‘Of course. I take that personally. At the same time I tell myself not to worry about"""


def _turns(text: str) -> list[ct.Quotation]:
    return [q for q in ct.extract_quotations(text) if q.kind in ("interview", "quote")]


def test_quoted_answers_over_two_paragraphs_make_a_prose_interview() -> None:
    found = {q.text[:20]: q for q in ct.extract_quotations(PROSE)}
    question = found["The strike at the do"]
    assert question.kind == "interview" and question.speaker_full is None
    answer = found["I will answer that c"]  # opened, closed only in the next paragraph
    assert answer.speaker_full == "Lena Marsh" and answer.confidence < 0.8
    assert found["Because nobody has f"].speaker_full == "Lena Marsh"
    assert found["Of course. I take th"].speaker_full == "Lena Marsh"  # cut off with the page


def test_a_remark_to_the_guest_between_quoted_answers_is_a_question_turn() -> None:
    remark = [q for q in ct.extract_quotations(PROSE) if q.text.startswith("That is what")]
    assert len(remark) == 1
    assert remark[0].kind == "interview" and remark[0].speaker_full is None


def test_a_remark_that_does_not_speak_to_you_is_not_a_turn() -> None:
    text = PROSE.replace("That is what the dockers expect from you.", "The dockers expect more.")
    assert not any(q.text.startswith("The dockers") for q in ct.extract_quotations(text))


def test_a_single_question_before_a_quote_is_no_interview() -> None:
    # One pair only: a report's rhetorical question, then a quote.
    text = (
        "The harbour board met on Monday. What will the strike cost?\n\n"
        "‘More than we can pay,’ the board's treasurer Ola Wren said.\n\n"
        "That is a worry for you and for every trader.\n\n"
        "‘We will see,’ Wren said."
    )
    assert not any(q.kind == "interview" for q in ct.extract_quotations(text))


REPORTERS = """Presiden Aruna Wijaya menjawab pertanyaan wartawan di Istana, Senin.

Wartawan: Pak Presiden, apakah menteri baru sudah siap bekerja?

Presiden Aruna Wijaya: Sudah. Mereka mulai bekerja hari ini.

Wartawan: Kapan rapat kabinet pertama?

Presiden Aruna Wijaya: Besok pagi, di Istana.
"""


def test_a_reporters_label_in_indonesian_asks_for_nobody() -> None:
    asked = [q for q in ct.extract_quotations(REPORTERS) if q.speaker_as_written == "Wartawan"]
    assert len(asked) == 2
    assert all(q.speaker_full is None for q in asked)


TURKISH = """Cumhurbaşkanı Deniz Ayla Korkmaz, zirve dönüşü gazetecilerin sorularını yanıtladı.

Soru: Sayın Cumhurbaşkanım, zirveden ne sonuç çıktı?

Cumhurbaşkanı Korkmaz: Zirve çok verimli geçti. Yeni anlaşmalar imzaladık.
"""


def test_a_question_label_in_turkish_and_a_title_before_the_surname() -> None:
    turns = _turns(TURKISH)
    assert [q.speaker_full for q in turns] == [None, "Deniz Ayla Korkmaz"]
    assert turns[1].confidence < 0.8  # the title read off the page is a guess


def test_a_first_name_label_is_not_read_as_a_title() -> None:
    text = TURKISH.replace("Cumhurbaşkanı Korkmaz:", "Deniz Korkmaz:")
    text = text.replace("Cumhurbaşkanı Deniz Ayla", "Deniz Korkmaz ile Deniz Ayla")
    answers = [q for q in _turns(text) if q.speaker_as_written == "Deniz Korkmaz"]
    assert answers and all(q.speaker_full == "Deniz Korkmaz" for q in answers)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Why?", "‘Yes.’", "Then you agree.", "‘No.", "Ok."]), max_size=9))
def test_prose_turns_are_paragraph_words(parts: list[str]) -> None:
    text = "\n\n".join(["Ola Wren is the harbour master.", *parts])
    for q in ct.extract_quotations(text):
        assert q.text.strip() and q.text in text


STUDIO = """Welcome to the programme.

Presenter (Mira Holt): Trade between the two coasts has slowed all year. What went wrong?

Hello, I am Mira Holt, and I am joined by Minister for Coastal Trade, Dr Ivo Brandt.

Minister: Thank you. Well, the ferries stopped for a month.

Mira Holt: Do you expect the ferries to run again soon?

Minister: I do. We have signed the contracts.
"""


def test_a_name_in_brackets_after_a_role_label_is_the_speaker() -> None:
    found = ct.extract_quotations(STUDIO)
    first = next(q for q in found if q.text.startswith("Trade between"))
    assert first.speaker_full == "Mira Holt"


def test_a_role_label_is_the_one_person_named_with_that_role_and_its_domain() -> None:
    answers = [q for q in ct.extract_quotations(STUDIO) if q.speaker_as_written == "Minister"]
    assert len(answers) == 2
    assert all(q.speaker_full == "Ivo Brandt" and q.confidence < 0.8 for q in answers)


def test_two_ministers_named_leave_a_role_label_to_the_role() -> None:
    text = STUDIO.replace("Dr Ivo Brandt.", "Dr Ivo Brandt, and Minister for Fisheries Ada Lund.")
    answers = [q for q in ct.extract_quotations(text) if q.speaker_as_written == "Minister"]
    assert answers and all(q.speaker_full != "Ivo Brandt" for q in answers)


CUT = """Ivo Brandt took over the ministry of coastal trade in March, after ten years at the port.

– Politicians here often talk about pressure from abroad. Have you felt that pressure yourself?

“I have only held this post for a few weeks, and nobody has come to me with orders. I have"""


def test_one_dashed_exchange_cut_off_with_the_page_is_an_interview() -> None:
    found = {q.text[:12]: q for q in ct.extract_quotations(CUT)}
    assert found["Politicians "].kind == "interview"
    assert found["Politicians "].speaker_full is None
    assert found["I have only "].speaker_full == "Ivo Brandt"
    assert found["I have only "].confidence < 0.8


def test_one_undashed_question_does_not_make_an_interview() -> None:
    text = CUT.replace("– Politicians", "Politicians")
    assert not any(q.kind == "interview" for q in ct.extract_quotations(text))


def test_a_follow_up_question_label_in_german_asks_for_nobody() -> None:
    text = (
        "Frage: Herr Brandt, bleibt die Fähre im Winter in Betrieb?\n\n"
        "StS Brandt: Ja. Das hat die Ministerin so entschieden.\n\n"
        "Zusatzfrage: Also auch im Januar?\n\n"
        "StS Brandt: Auch im Januar, wie gesagt.\n"
    )
    found = ct.extract_quotations(text)
    follow = next(q for q in found if q.text.startswith("Also auch"))
    assert follow.kind == "interview" and follow.speaker_full is None
    answers = [q for q in found if q.speaker_as_written == "StS Brandt"]
    assert len(answers) == 2 and all(q.speaker_full == "Brandt" for q in answers)


def test_a_statement_by_a_role_set_off_by_commas_names_its_speaker() -> None:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.speech_pages import speech_page

    body = (
        "Good afternoon. I would like to thank you all for coming today.\n\n"
        "I have just given the King the list of our new ministers, and we start tomorrow.\n\n"
        "We will work for every family in this country, and I will report to you often."
    )
    title = "Statement by the President of the Council, Ivo Brandt, on the new cabinet"
    turns = speech_page(ArticleReader(body, title=title))
    assert len(turns) == 3
    assert {att.speaker_full for _, _, att in turns.values()} == {"Ivo Brandt"}


def test_a_spanish_question_cut_off_with_the_page_still_asks() -> None:
    from claimtrack.aids.interview_plain import asks

    assert asks("Habló del puerto. ¿Cuáles deberían ser los pasos del")
    assert not asks("Habló del puerto. Los pasos del")
    assert not asks("¿Y el puerto? Eso lo veremos después. Dijo el")


DASHED_CUT = """–Ministra, hablemos del puerto. ¿Piensa que la huelga terminará este mes?

No, yo creo que no. Nosotros seguimos negociando con los sindicatos cada día.

Mi tarea es que los barcos vuelvan a salir, y lo vamos a lograr con paciencia.

–En los últimos días el alcalde habló mucho del puerto. ¿Cuáles considera que serán los"""


def test_dashed_questions_with_the_last_cut_off_make_an_interview() -> None:
    turns = [q for q in ct.extract_quotations(DASHED_CUT) if q.kind == "interview"]
    assert [q.text[:10] for q in turns] == ["Ministra, ", "No, yo cre", "Mi tarea e", "En los últ"]
    assert all(q.confidence < 0.8 for q in turns)


def test_a_short_line_before_the_next_label_is_still_the_turn() -> None:
    text = (
        "Reporter:\n\nGood morning, sir.\n\n"
        "The ferry to the islands has not run since the strike, and people wait.\n\n"
        "Thank you, sir.\n\n"
        "Ivo Brandt:\n\nNext week. The crews are ready.\n\nReporter:\n\nAnd the fares?\n\n"
        "Ivo Brandt:\n\nThe same as last year.\n\nShare this story\n"
    )
    found = [q.text for q in ct.extract_quotations(text)]
    assert "Thank you, sir." in found
    assert "Share this story" not in found


POSTGAME = """What coach Ada Lund said after the win over the Herons

Here is what Harbour City coach Ada Lund said after the 3-2 win on Sunday:

Opening statement: "Today showed the fight of this team. Being down two goals, we kept going."

On her message after the game: "Mainly, I told them we stay focused on the next game."

On the young goalkeeper: "He was calm all night. I think we will see a lot more of him."
"""


def test_inline_topic_prompts_with_quoted_answers_are_the_coachs() -> None:
    found = [q for q in ct.extract_quotations(POSTGAME) if q.speaker_full == "Ada Lund"]
    assert [q.text[:12] for q in found] == ["Today showed", "Mainly, I to", "He was calm "]
    assert all(q.confidence < 0.8 for q in found)


def test_an_inline_prompt_with_a_cue_after_the_quote_is_not_an_answer() -> None:
    text = POSTGAME.replace('of him."', 'of him," said the captain, Ola Wren.')
    text = text.replace('next game."', 'next game," Wren added.')
    found = {q.text[:12]: q for q in ct.extract_quotations(text)}
    assert found["He was calm "].speaker_full != "Ada Lund"


def test_one_inline_prompt_alone_is_no_press_conference() -> None:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.topic_prompts import topic_turns

    text = 'Ada Lund spoke after the game.\n\nOn the defeat: "We were poor and we know it."\n'
    assert topic_turns(ArticleReader(text)) == {}


ADDRESS = """Premier Ivo Brandt has asked all shops on the islands to close early on Sunday.

In his latest statement, Premier Ivo Brandt again asked residents to stay indoors.

Below is the full text of the premier’s address:

Good evening, islanders.

As promised yesterday, I am back to speak with you again as we prepare for the storm.

We have to remain careful until it passes on Monday morning, and I ask you to help us.

The weather office tells us the storm is moving quickly. We will. Fi"""


def test_the_full_text_after_an_announcing_line_is_the_speakers() -> None:
    blocks = [q for q in ct.extract_quotations(ADDRESS) if q.kind == "block"]
    assert [q.text[:12] for q in blocks] == [
        "Good evening",
        "As promised ",
        "We have to r",
        "The weather ",
    ]
    assert {q.speaker_full for q in blocks} == {"Ivo Brandt"}
    assert all(q.confidence < 0.8 for q in blocks)


def test_a_full_text_in_the_third_person_is_a_report() -> None:
    text = ADDRESS.replace("I am back to speak", "he was back to speak").replace(
        "and I ask you", "and he asked them"
    )
    text = text.replace("We will.", "It will, he said.")
    assert not any(q.kind == "block" for q in ct.extract_quotations(text))


def test_a_footer_after_the_full_text_is_no_block() -> None:
    text = ADDRESS.replace("We will. Fi", "We will.") + "\n\nShare this story"
    blocks = [q.text for q in ct.extract_quotations(text) if q.kind == "block"]
    assert "Share this story" not in blocks and len(blocks) == 4


def test_an_open_answer_is_read_whole_whatever_marks_nest_in_it() -> None:
    text = PROSE.replace(
        "the mood on the quays is bad.", "some dockers called me ‘traitor’ on the quays."
    )
    answer = [q for q in ct.extract_quotations(text) if q.text.startswith("I will answer")]
    assert len(answer) == 1
    assert answer[0].text.endswith("I have seen it myself.")
    assert answer[0].speaker_full == "Lena Marsh"


def test_prose_questions_are_the_interviewer_the_lead_names() -> None:
    text = PROSE.replace(
        "Minister of Ports Lena Marsh during a visit to the Veldhaven docks.",
        "Minister of Ports Lena Marsh spoke to Ola Wren at the Veldhaven docks.",
    )
    asked = [q for q in ct.extract_quotations(text) if q.text.startswith("The strike at")]
    assert len(asked) == 1 and asked[0].speaker_full == "Ola Wren"
    assert asked[0].confidence < 0.8
