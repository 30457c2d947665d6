"""Round 17: interview labels in every script, and quotative cues of verb-final languages.

A question-and-answer label is a word of the page's own language ("Întrebare:", "Ответ:",
"सवाल:", "问："), and in a script with no capitals the guest's label is a name no capital
marks ("लुंड:", "林雅达："). All names and pages are invented.
"""

from __future__ import annotations

import pytest

from claimtrack import extract_quotations
from claimtrack.aids.interview_labels import find_labels, is_answer_label, is_question_label
from claimtrack.text.sentences import split_paragraphs

LEAD = "The harbour chief Ada Lund spoke about the plan for the northern channel.\n\n"
ANSWERS = (
    "The work starts in spring and the crews keep their routes.",
    "Two years, if the weather holds and the money comes.",
    "They signed the plan with us last week.",
)
QUESTIONS = (
    "What will change next year for the ferry crews?",
    "How long will the work take?",
    "Are the unions on board?",
)

# (language, question label, answer label): labels as pages in that language write them.
LABELS = [
    ("hi", "सवाल", "जवाब"),
    ("hi", "प्रश्न", "उत्तर"),
    ("ar", "سؤال", "جواب"),
    ("ur", "سوال", "جواب"),
    ("fa", "پرسش", "پاسخ"),
    ("zh", "问", "答"),
    ("ja", "質問", "回答"),
    ("ko", "질문", "답변"),
    ("vi", "Hỏi", "Đáp"),
    ("el", "Ερώτηση", "Απάντηση"),
    ("ro", "Întrebare", "Răspuns"),
    ("cs", "Otázka", "Odpověď"),
    ("sk", "Otázka", "Odpoveď"),
    ("hu", "Kérdés", "Válasz"),
    ("hr", "Pitanje", "Odgovor"),
    ("sl", "Vprašanje", "Odgovor"),
    ("uk", "Питання", "Відповідь"),
    ("bg", "Въпрос", "Отговор"),
    ("sr", "Питање", "Одговор"),
    ("ru", "Вопрос", "Ответ"),
    ("sw", "Swali", "Jibu"),
    ("tl", "Tanong", "Sagot"),
    ("fi", "Kysymys", "Vastaus"),
    ("da", "Spørgsmål", "Svar"),
    ("no", "Spørsmål", "Svar"),
    ("ms", "Soalan", "Jawapan"),
    ("he", "שאלה", "תשובה"),
    ("th", "ถาม", "ตอบ"),
    ("en", "Q", "A"),
    ("de", "Frage", "Antwort"),
]


def _page(question: str, answer: str, colon: str = ":") -> str:
    turns = [
        f"{question}{colon} {q}\n\n{answer}{colon} {a}\n\n"
        for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    ]
    return LEAD + "".join(turns)


@pytest.mark.parametrize(("language", "question", "answer"), LABELS)
def test_question_and_answer_labels_of_every_script_are_read(
    language: str, question: str, answer: str
) -> None:
    assert is_question_label(question) and is_answer_label(answer), language
    found = extract_quotations(_page(question, answer))
    answers = [q for q in found if q.text.rstrip(".") in {a.rstrip(".") for a in ANSWERS}]
    assert [q.speaker_full for q in answers] == ["Ada Lund"] * 3, language
    assert all(q.kind == "interview" for q in found)
    # A label's word never stays in the words quoted.
    assert not any(q.text.startswith((f"{question}:", f"{answer}:")) for q in found)
    asked = [q for q in found if q.text in QUESTIONS]
    assert len(asked) == 3 and all(q.speaker is None for q in asked)


def test_a_full_width_colon_needs_no_space_after_it() -> None:
    page = (
        "港务局局长林雅达谈到了北部航道的计划。\n\n问：明年会有什么变化？\n\n林雅达：工程将在春天开始。\n\n"
        "问：工程需要多长时间？\n\n林雅达：两年，如果天气好的话。\n\n问：工会同意吗？\n\n林雅达：他们上周签署了计划。\n"
    )
    found = extract_quotations(page)
    answers = [q for q in found if q.speaker is not None]
    assert [q.text for q in answers] == [
        "工程将在春天开始。",
        "两年，如果天气好的话。",
        "他们上周签署了计划。",
    ]
    assert {q.speaker for q in answers} == {"林雅达"}
    assert {q.resolution for q in answers} == {"interview-label"}


def test_a_caseless_name_labels_the_guest_where_the_page_asks_under_a_label() -> None:
    page = (
        "बंदरगाह प्रमुख अदा लुंड ने योजना के बारे में बात की।\n\n"
        "सवाल: अगले साल क्या बदलेगा?\n\nलुंड: काम वसंत में शुरू होगा।\n\n"
        "सवाल: काम कितना समय लेगा?\n\nलुंड: दो साल, अगर मौसम साथ दे।\n"
    )
    found = extract_quotations(page)
    assert [(q.text, q.speaker) for q in found if q.speaker] == [
        ("काम वसंत में शुरू होगा।", "लुंड"),
        ("दो साल, अगर मौसम साथ दे।", "लुंड"),
    ]


def test_a_colon_after_caseless_words_is_no_label_on_a_page_that_asks_nothing() -> None:
    # "Ada Lund said: we will work." — a sentence's colon, not a transcript.
    page = "अदा लुंड ने कहा: हम काम करेंगे।\n\nउन्होंने कहा: यह अच्छा है।\n\nसरकार: योजना तैयार है।\n"
    paragraphs = split_paragraphs(page)
    assert find_labels(page, paragraphs) == []
    assert extract_quotations(page) == ()


def test_a_capitalised_name_of_any_script_is_a_label() -> None:
    page = (
        "Глава порта Ада Лунд рассказала о плане.\n\n"
        "Вопрос: Что изменится в следующем году?\n\nЛунд: Работы начнутся весной.\n\n"
        "Вопрос: Сколько времени займут работы?\n\nЛунд: Два года, если позволит погода.\n"
    )
    answers = [q for q in extract_quotations(page) if q.speaker is not None]
    assert [q.speaker_full for q in answers] == ["Ада Лунд", "Ада Лунд"]
    assert answers[0].text == "Работы начнутся весной."


TURKISH_LEAD = "Bakan Ali Yılmaz limanı ziyaret etti.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "dedi.",
        "diye ifade etti.",
        "diye konuştu ve ekledi.",
        "şeklinde konuştu.",
        "ifadesini kullandı.",
        "sözlerini kullandı.",
    ],
)
def test_a_turkish_quote_closed_by_its_verb_or_a_quotative_is_the_named_speakers(
    tail: str,
) -> None:
    page = TURKISH_LEAD + f"Yılmaz, “Limanı bu yıl açacağız” {tail}\n"
    (quote,) = extract_quotations(page)
    assert (quote.text, quote.speaker, quote.speaker_full) == (
        "Limanı bu yıl açacağız",
        "Yılmaz",
        "Ali Yılmaz",  # "Bakan" (minister) is a title, not a name
    )


def test_without_a_quotative_only_a_verb_of_saying_closes_a_turkish_quote() -> None:
    page = TURKISH_LEAD + "Yılmaz, “Limanı bu yıl açacağız” kitabını okudu.\n"
    assert all(q.speaker is None for q in extract_quotations(page))


@pytest.mark.parametrize(
    ("written", "name"),
    [("Cumhurbaşkanı Ali Yılmaz", "Ali Yılmaz"), ("AK Parti Sözcüsü Ali Yılmaz", "Ali Yılmaz")],
)
def test_turkish_titles_are_not_part_of_the_name(written: str, name: str) -> None:
    page = f"{written} açıklama yaptı.\n\n{written}, “Limanı bu yıl açacağız” dedi.\n"
    (quote,) = extract_quotations(page)
    assert quote.speaker_full == name
