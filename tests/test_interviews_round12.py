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
