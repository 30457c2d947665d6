"""Round 8 of quotation finding: government transcripts, announced block quotes, dash Q&A,
Indonesian and Spanish cues (composed fixtures: invented names and sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.governed import _asking
from claimtrack.aids.interview_labels import title_and_name
from claimtrack.aids.interview_statements import after_note
from claimtrack.text.tokens import tokenize


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker_full, q.kind) for q in ct.extract_quotations(text)]


BRIEFING = (
    "Transcript of the Weekly Briefing by the Official Spokesperson\n\n"
    "Shri Anand Verlekar, Official Spokesperson: Good afternoon and welcome to the briefing. "
    "I have one announcement before we take questions.\n\n"
    "Rina Kapadia: Sir, this is Rina Kapadia from the Morning Ledger. Is there any update on "
    "the river talks with the neighbours?\n\n"
    "[Question in Hindi: Approximate translation] Sir, will the talks resume this month?\n\n"
    "Shri Anand Verlekar, Official Spokesperson: The talks will resume when both sides are "
    "ready. Next question.\n\n"
    "Tomas Ilves: Sir, on the trade fair next week, who will lead our delegation?"
)


def test_a_title_case_name_and_role_label_is_a_transcript_turn() -> None:
    found = _found(BRIEFING)
    texts = [f[0] for f in found]
    assert texts[0].startswith("Good afternoon and welcome")  # the label is not in the words
    assert found[0][1] == "Anand Verlekar"  # the honorific is no part of the name
    assert ("The talks will resume when both sides are ready. Next question.") in texts
    assert all(not t.startswith("Shri") for t in texts)


def test_a_translation_note_opening_a_turn_is_not_the_speakers_words() -> None:
    found = _found(BRIEFING)
    note = [f for f in found if "resume this month" in f[0]]
    assert note and note[0][0] == "Sir, will the talks resume this month?"
    assert note[0][1] == "Rina Kapadia"


def test_a_full_name_label_after_a_turn_in_a_transcript_takes_the_floor() -> None:
    found = _found(BRIEFING)
    assert found[-1][:2] == (
        "Sir, on the trade fair next week, who will lead our delegation?",
        "Tomas Ilves",
    )


def test_a_title_case_role_with_no_title_word_is_no_label() -> None:
    text = (
        "Harbour works resume\n\n"
        "Ada Lund, Port Ellis: Works on the pier resumed on Monday after a long pause.\n\n"
        "The council said the budget was approved in March."
    )
    assert _found(text) == []


def test_honorifics_are_titles_but_surnames_like_he_are_not() -> None:
    assert title_and_name("Mr. Ivo Dask") == ("Mr.", "Ivo Dask")
    assert title_and_name("H.E. Omar Saleh") == ("H.E.", "Omar Saleh")
    assert title_and_name("Smt Leela Rao") == ("Smt", "Leela Rao")
    assert title_and_name("He Wenjun") == ("", "He Wenjun")


MINISTER = (
    "Press Conference by the Foreign Minister\n\n"
    "Opening remarks\n\n"
    "Mr. Kaito Mirasu, Minister for Foreign Affairs: This morning I held talks with my "
    "counterpart for thirty minutes.\n\n"
    "In the talks I said that the launch was unacceptable and that we will respond together.\n\n"
    "Reporter: Did the counterpart say how his side will respond?\n\n"
    "Minister Mirasu: I would like to refrain from commenting on the details of the talks."
)


def test_a_ministers_turn_goes_on_over_unlabelled_paragraphs() -> None:
    found = _found(MINISTER)
    assert [f[1] for f in found] == ["Kaito Mirasu", "Kaito Mirasu", None, "Kaito Mirasu"]
    assert found[1][0].startswith("In the talks I said")


@settings(max_examples=60, deadline=None)
@given(
    note=st.text(alphabet="abcdefghij ", min_size=1, max_size=30),
    words=st.text(alphabet="abcdefghij .?", min_size=1, max_size=60),
)
def test_after_note_only_skips_a_translation_note(note: str, words: str) -> None:
    body = f"[{note}] X{words}"
    start = after_note(body, 0, len(body))
    assert start == 0  # no note word: the brackets stay the speaker's
    body = f"[Translation {note}] X{words}"
    assert body[after_note(body, 0, len(body)) :] == "X" + words


ANNOUNCED = (
    "Premier Hana Dvorak opened the new rail depot on Tuesday. In remarks, she thanked the "
    "workers who built it and said it gives us a stronger link to the coast.\n\n"
    "A translation of Premier Hana Dvorak's remarks follows:\n\n"
    "I am glad to stand here today with the people who built this depot in record time.\n\n"
    "When the works began, many doubted that the line would ever carry freight again.\n\n"
    "The depot will serve the whole region for decades, and it proves what we can do."
)


def test_every_paragraph_of_an_announced_text_is_a_block_quote_of_its_speaker() -> None:
    found = _found(ANNOUNCED)
    assert [f[2] for f in found] == ["block", "block", "block"]
    assert all(f[1] is not None and f[1].endswith("Dvorak") for f in found)
    assert found[1][0].startswith("When the works began")  # no first person: still the text


def test_a_full_text_line_gives_the_text_of_nobody_named() -> None:
    text = (
        "The council issued a statement after the vote on the harbour plan.\n\n"
        "Full text of the statement:\n\n"
        "The council has approved the harbour plan by a clear majority of its members.\n\n"
        "Works will start in the spring and end before the winter of next year."
    )
    found = _found(text)
    assert [f[2] for f in found] == ["block", "block"]


def test_the_following_list_is_not_an_announced_text() -> None:
    text = (
        "Police made several arrests in the port district on Friday night.\n\n"
        "The following were arrested on the night of the raid:\n\n"
        "Two dock workers who were found with stolen goods in a van.\n\n"
        "A driver who had no papers for the cargo he was carrying."
    )
    assert _found(text) == []


DASH_QA = (
    "Mayor Petra Holm took office two years ago after a close race. The Valley Courier asked "
    "the mayor about the year behind her and the plans for the next one.\n\n"
    "- Let us begin with the obvious question: what are the results the city is proudest of?\n\n"
    "I think the new tram line is the most important one, since it cut journey times for many "
    "families.\n\n"
    "We also opened two libraries and planted three thousand trees along the river.\n\n"
    "- There were setbacks as well. Which were the biggest ones?\n\n"
    "Because of the storm we had to delay the bridge repairs, and that meant we lost almost"
)


def test_a_dash_question_and_answer_interview_needs_no_you_and_two_exchanges() -> None:
    found = _found(DASH_QA)
    assert [f[2] for f in found] == ["interview"] * 5
    assert [f[1] for f in found] == [
        "Valley Courier",
        "Petra Holm",
        "Petra Holm",
        "Valley Courier",
        "Petra Holm",
    ]
    assert found[0][0].startswith("Let us begin")  # the dash is no part of the words
    assert found[-1][0].startswith("Because of the storm")  # cut short with the page


def test_dash_bullets_with_answers_not_in_the_first_person_are_no_interview() -> None:
    text = (
        "The county explained the new parking rules in a leaflet on Monday.\n\n"
        "- Where can residents park their cars during the works on the square?\n\n"
        "Residents can park on the market square and along the station road at no cost.\n\n"
        "- Which streets will be closed to traffic for the whole of the summer?\n\n"
        "The high street and the lane behind the church will be closed until September."
    )
    assert _found(text) == []


INDONESIAN = (
    "Ketua Dewan Kota Rudi Hartanto menanggapi rencana pembangunan pasar baru di pusat kota.\n\n"
    '"Pasar ini akan membantu para pedagang kecil di seluruh kecamatan," kata Rudi di kantornya, '
    "Senin.\n\n"
    "Rudi menambahkan bahwa pembangunan akan dimulai pada bulan depan.\n\n"
    '"Kami sudah menyiapkan anggaran yang cukup untuk tahap pertama," jelasnya.'
)


def test_indonesian_cues_kata_and_the_nya_forms_name_the_speaker() -> None:
    found = _found(INDONESIAN)
    assert [f[1] for f in found] == ["Rudi Hartanto", "Rudi Hartanto"]
    assert found[1][0].startswith("Kami sudah menyiapkan")


def test_the_indonesian_adjective_jelas_is_no_cue() -> None:
    text = (
        "Warga menolak rencana itu dalam rapat pada hari Senin di balai desa.\n\n"
        'Papan bertuliskan "Tolak Tambang Pasir" jelas terlihat di depan balai desa.'
    )
    assert _found(text) == []


def test_a_partial_quote_in_a_reported_speech_clause_is_the_speakers() -> None:
    text = (
        "La alcaldesa Lucía Ferrer habló el lunes con los vecinos del barrio.\n\n"
        "Ferrer dijo el lunes, tras la reunión con los vecinos, que el nuevo plan de tráfico "
        '"devuelve las calles a la gente" del barrio.'
    )
    found = _found(text)
    assert found == [("devuelve las calles a la gente", "Lucía Ferrer", "quote")]


def test_a_partial_quote_after_a_perfect_tense_cue_is_the_speakers() -> None:
    text = (
        "El ministro Tomás Vidal presentó el presupuesto en el Congreso.\n\n"
        'Vidal ha subrayado que las cuentas son "realistas y muy prudentes" y que se cumplirán.'
    )
    assert _found(text) == [("realistas y muy prudentes", "Tomás Vidal", "quote")]


def test_scare_quotes_and_titles_in_reported_speech_stay_out() -> None:
    text = (
        "El ministro Tomás Vidal presentó el presupuesto en el Congreso.\n\n"
        'Vidal dijo que el llamado "plan de choque" no cambiará las cuentas.\n\n'
        'Vidal dijo que la película "La Casa Del Lago" le gustó mucho.\n\n'
        'Vidal dijo que el "consenso" existe.\n\n'
        'Vidal said that his favourite film was still "Gone with the Wind" after all.\n\n'
        'Vidal claimed that the deal would no longer be a "northern trade corridor" at all.'
    )
    assert _found(text) == []


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["el", "plan", "nuevo", "cambia", "todo"]), max_size=6))
def test_without_a_speech_verb_before_it_a_quote_mid_sentence_is_no_speech(
    words: list[str],
) -> None:
    text = "El ministro Tomás Vidal presentó el presupuesto.\n\n" + (
        "Vidal cree que " + " ".join(words) + ' "devuelve las calles a la gente" del barrio.'
    )
    assert _found(text) == []


CUT = (
    "The court sentenced the two men on Friday after a short trial.\n\n"
    "The lawyer Omar Hadley said the verdict was expected.\n\n"
    "Hadley also wrote: “Our expectation was that, follo"
)


def test_a_quote_cut_off_with_the_page_is_an_unclosed_quotation() -> None:
    found = ct.extract_quotations(CUT)
    assert [(q.text, q.speaker_full, q.kind) for q in found] == [
        ("Our expectation was that, follo", "Omar Hadley", "unclosed")
    ]


def test_a_last_line_headline_with_closed_quotes_is_still_no_speech() -> None:
    text = "Some of the body text of the story, as written.\n\n“We will not back down,” says Lund"
    assert ct.extract_quotations(text) == ()


def test_a_quote_after_called_on_or_urged_someone_to_is_the_askers() -> None:
    text = (
        "Farmers blocked the roads near the port for a third day.\n\n"
        "Governor Rita Valk (Green) previously called on the police chief Tom Eder to "
        '"take every step needed" to clear the roads.\n\n'
        'The union urged its members to "stay calm and stay home" on Friday.'
    )
    found = _found(text)
    assert [f[0] for f in found] == ["take every step needed", "stay calm and stay home"]
    assert found[0][1] == "Rita Valk"


def test_called_without_on_names_a_thing_and_is_no_asking_verb() -> None:
    toks = tokenize("Valk called the plan to")
    assert not _asking(toks, 1)
    toks = tokenize("Valk called on the council to")
    assert _asking(toks, 1)
    assert _asking(tokenize("Valk urged the council to"), 1)


def test_an_announced_text_ends_where_the_article_names_its_speaker_again() -> None:
    text = ANNOUNCED + (
        "\n\nAfter the speech, Dvorak toured the workshops and met the apprentices there."
    )
    found = _found(text)
    assert len(found) == 3 and not any("toured" in f[0] for f in found)


POST = (
    "La alcaldesa de Valdemar, Lucía Ferrer, pidió cerrar la planta tras el incendio.\n\n"
    "Vía la red social X, Ferrer dijo el domingo que la empresa no cumplió las normas.\n\n"
    "La planta pone en peligro a nuestras familias. ¡Cerrarla ya!"
)


def test_a_flattened_post_after_the_sentence_reporting_it_is_the_posters() -> None:
    found = _found(POST)
    assert found == [
        ("La planta pone en peligro a nuestras familias. ¡Cerrarla ya!", "Lucía Ferrer", "block")
    ]


def test_narration_after_a_reported_post_is_not_the_post() -> None:
    text = POST.replace(
        "La planta pone en peligro a nuestras familias. ¡Cerrarla ya!",
        "La planta emplea a doscientas personas y lleva veinte años abierta.",
    )
    assert _found(text) == []
    text = (
        "Senator Ana Lund wrote on X on Sunday that the port deal was a mistake.\n\n"
        "The US and the EU signed the port deal in May after two years of talks."
    )
    assert _found(text) == []
