"""Round 10: speakers and cues in languages other than English (invented fixtures only)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.arabic_subjects import fold, subject_name
from claimtrack.aids.function_words import opening_function_word
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import inverted_pronoun
from claimtrack.text.tokens import Token, tokenize


def _one(text: str) -> ct.Quotation:
    (q,) = ct.extract_quotations(text)
    return q


# ---------------------------------------------------------------- Arabic: verb-first subjects


def test_arabic_subject_after_the_verb_is_the_speaker_and_its_title_the_role() -> None:
    text = (
        "افتتحت الحكومة مشروعا جديدا للمياه في الجنوب.\n\n"
        "وقال وزير المياه سالم الهادي: «سنبني ثلاثة سدود جديدة قبل نهاية العام».\n\n"
        "وأضاف الهادي أن «المشروع سيوفر المياه لآلاف الأسر في القرى»."
    )
    first, second = ct.extract_quotations(text)
    assert first.speaker_full == "سالم الهادي" and first.resolution == "named"
    assert first.speaker_as_written == "وزير المياه سالم الهادي"
    assert second.speaker == "الهادي" and second.speaker_full == "سالم الهادي"
    assert second.resolution == "surname"
    assert first.confidence < 0.8 and second.confidence < 0.8


def test_arabic_participle_reports_the_subject_of_the_sentence_verb() -> None:
    text = (
        "وتحدثت الوزيرة ليلى العمري عن خطة النقل في المدينة، "
        "مضيفة: «لن نرفع أسعار التذاكر هذا العام»."
    )
    q = _one(text)
    assert (q.speaker_full, q.cue) == ("ليلى العمري", "مضيفة")


def test_arabic_verb_with_its_subject_left_out_reports_the_verb_before_it() -> None:
    text = (
        "وتحدث النائب ماجد السالمي عن موازنة العام المقبل وقال: "
        "«لن نوافق على أي ضريبة جديدة على الأسر»."
    )
    assert _one(text).speaker_full == "ماجد السالمي"


def test_arabic_cue_after_the_quote_and_honorifics_before_the_name() -> None:
    q = _one("«سنعود إلى طاولة الحوار قريبا جدا مع الجميع»، قال الرئيس كريم الزين.")
    assert q.speaker_full == "كريم الزين"
    q = _one("وأكد الشيخ فهد المرزوقي أن «التعاون مستمر بين البلدين في كل المجالات».")
    assert q.speaker_full == "فهد المرزوقي"
    q = _one("وقال ولي العهد الأمير عبد الله بن ناصر: «لن نقبل أي تدخل في شؤوننا».")
    assert q.speaker_full == "عبد الله بن ناصر"


@pytest.mark.parametrize(
    "subject",
    ["المتحدث باسم الوزارة", "وزير الخارجية", "الرئيس الأمريكي", "الوزارة"],
)
def test_arabic_subject_that_is_only_a_role_is_a_description(subject: str) -> None:
    q = _one(f"وقال {subject}: «لن نقبل أي تدخل في شؤوننا الداخلية».")
    assert q.resolution == "description" and q.speaker_full == subject
    assert q.confidence < 0.8


def test_arabic_words_a_clause_names_are_not_speech() -> None:
    quotes = ct.extract_quotations("وقال الوزير إن عملية «النهر الأخضر» نجحت في الصيف.")
    assert [q.text for q in quotes if q.speaker is not None] == []
    # the outlet told, after a preposition written apart, is neither speech nor the speaker
    text = "وقال مصدر مسؤول لـ«الوطن» إن «الحكومة ستعلن القرار الأسبوع المقبل بعد الاجتماع»."
    q = _one(text)
    assert (q.resolution, q.speaker_full) == ("description", "مصدر مسؤول")


def test_arabic_via_is_no_verb_but_expressed_is() -> None:
    q = _one("وقال الوزير سالم الهادي عبر التلفزيون: «الأسعار ستنخفض في الربيع المقبل».")
    assert q.speaker_full == "سالم الهادي"
    q = _one("وعبر سالم الهادي عن قلقه لأن «الأسعار ترتفع كل شهر في الأسواق».")
    assert q.speaker_full == "سالم الهادي"


def test_fold_joins_spellings_with_and_without_hamza() -> None:
    assert fold("الأمة") == fold("الامة") == fold("الامه")
    assert fold("مؤكداً") == fold("مؤكدا")


_ARABIC_WORDS = st.lists(
    st.sampled_from(
        ["الوزير", "رئيس", "مجلس", "الامة", "سالم", "الهادي", "عبد", "الله", "الشيخ", "باسم"]
    ),
    max_size=8,
)


@given(_ARABIC_WORDS)
def test_subject_name_is_a_tail_of_the_subject(words: list[str]) -> None:
    name = subject_name(words)
    if name is not None:
        assert name.split() == words[len(words) - len(name.split()) :]
        assert 1 <= len(name.split()) <= 4


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="وقال الوزير سالم: «»،. أن", max_size=120))
def test_arabic_text_never_breaks_extraction(text: str) -> None:
    for q in ct.extract_quotations(text):
        assert text[q.start : q.end] == q.text
        assert q.confidence < 0.8


# ------------------------------------------- conjunctions and articles opening a sentence


def test_spanish_and_before_a_verb_and_colon_is_no_speaker() -> None:
    text = (
        "Marta Velasco habló con la prensa el lunes en Lima.\n\n"
        "“La inflación es el resultado de una política equivocada”, dijo Velasco. "
        "Y sentenció: “Eso lo dije desde el primer día de mi gobierno”."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Marta Velasco"] * 2


@pytest.mark.parametrize(
    ("text", "how", "speaker"),
    [
        # the Portuguese article before a name is not part of it
        (
            "Paulo Ferreira Lopes, presidente da empresa, falou com jornalistas.\n\n"
            "O Ferreira Lopes frisou que “não existe nenhuma intenção de vender a refinaria”.",
            "surname",
            "Paulo Ferreira Lopes",
        ),
        # a body in another language is no person holding a role
        (
            "Lucía Ferrer compareció como Portavoz tras el Consejo de Ministros del martes.\n\n"
            "La portavoz ha subrayado que el plan tiene “un calendario cerrado y realista”.",
            "role",
            "Lucía Ferrer",
        ),
    ],
)
def test_articles_and_bodies_are_no_names(text: str, how: str, speaker: str) -> None:
    q = _one(text)
    assert (q.resolution, q.speaker_full) == (how, speaker)
    assert q.speaker is not None and not q.speaker.startswith(("O ", "Consejo"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("E Ada Rossi ha aggiunto: «La città non si ferma davanti a nessuno».", "Ada Rossi"),
        ("Und Jonas Weber sagte: „Wir werden nicht aufgeben, niemals.“", "Jonas Weber"),
        ("И Иван Седов добавил: «Мы не отступим ни на шаг от плана».", "Иван Седов"),
        # an initial keeps its full stop and is no conjunction; "Dan" is a name in English
        ("Dan Morrow said: “The worst is over for the valleys and the towns.”", "Dan Morrow"),
    ],
)
def test_opening_conjunctions_are_not_names(text: str, speaker: str) -> None:
    assert _one(text).speaker_full == speaker


def test_one_letter_word_with_a_full_stop_is_an_initial() -> None:
    assert not opening_function_word(tokenize("E. Lind"), 0)
    assert opening_function_word(tokenize("E Lind"), 0)
    assert opening_function_word(tokenize("Und dann"), 0)


# ------------------------------------------------------- Indonesian cues and heading styling


def test_indonesian_adjective_after_a_quote_is_a_cue_and_a_heading_word_no_first_name() -> None:
    text = (
        "Presiden Budi Santoso bertemu dengan tujuh wartawan di Bogor pada hari Minggu.\n\n"
        "“Itu Salah Paham” – Tanggapan Budi atas Kritik Partai\n\n"
        '"Pernyataannya keliru dan tidak tepat sama sekali," tegas Budi.'
    )
    q = _one(text)
    assert (q.cue, q.speaker, q.speaker_full) == ("tegas", "Budi", "Budi Santoso")


def test_indonesian_adjective_elsewhere_is_no_cue() -> None:
    text = 'Budi Santoso datang pagi. Sikap "tidak peduli" itu jelas terlihat di wajahnya.'
    assert all(q.speaker is None for q in ct.extract_quotations(text))


def test_title_case_heading_does_not_grow_a_surname() -> None:
    text = (
        "Why Voters Trust Lind\n\nAda Lind, the mayor, spoke to reporters on Monday.\n\n"
        "“We will fix the roads before winter,” Lind said."
    )
    assert _one(text).speaker_full == "Ada Lind"
    # a heading that is only the name still names the person
    text = "Marta Kowalczyk\n\n“We lost two cranes in one night,” Kowalczyk said."
    assert _one(text).speaker_full == "Marta Kowalczyk"


# --------------------------------------------- a Romance role noun and its capitalised portfolio


@pytest.mark.parametrize(
    "text",
    [
        "O ministro das Comunicações, Fábio Lemos, falou com jornalistas na segunda.\n\n"
        "O ministro das Comunicações admitiu que “a imagem do país lá fora está ruim agora”.",
        "La ministra de Hacienda, Fábio Lemos, habló con la prensa el lunes.\n\n"
        "La ministra de Hacienda subrayó que “la deuda no crecerá este año en ningún caso”.",
    ],
)
def test_romance_role_with_its_portfolio_is_the_role_not_a_name(text: str) -> None:
    q = _one(text)
    assert q.resolution == "role" and q.speaker_full == "Fábio Lemos"
    assert "Comunicações" not in (q.speaker or "") and "Hacienda" not in (q.speaker or "")


def test_english_minister_of_a_name_is_unchanged() -> None:
    text = "The minister of Finance Ada Lind said “the debt will not grow this year at all”."
    assert _one(text).speaker_full == "Ada Lind"
    text = "President de Vries said “the debt will not grow this year at all”."
    assert _one(text).speaker_full == "de Vries"


# ------------------------------------------------------------- bodies in other languages


@pytest.mark.parametrize(
    "phrase", ["el Ministerio de Hacienda", "o Ministério da Saúde", "il Comune", "die Regierung"]
)
def test_body_words_abroad_name_a_body(phrase: str) -> None:
    text = f"{phrase} dijo algo."
    assert [c.kind for c in name_chunks(text, tokenize(text))] == ["org"]


def test_a_particle_name_after_a_body_is_still_a_person() -> None:
    text = "the Foreign Ministry and Lula da Silva"
    kinds = [(c.name, c.kind) for c in name_chunks(text, tokenize(text))]
    assert kinds == [("Foreign Ministry", "org"), ("Lula da Silva", "person")]


# ----------------------------------------- French: a pronoun inverted onto the verb is written


def test_french_inverted_pronoun_is_a_pronoun_cue_not_a_left_out_subject() -> None:
    text = (
        "Plus loin, Sally Kouamé, une autre élève, parle : « On ne peut pas payer le bus. »\n\n"
        "Dans le bureau, des employés notent les absents, sous le regard du proviseur Marcel "
        "Dagba. « On a commencé avec dix présents sur 70 ce matin », relève-t-il."
    )
    q = ct.extract_quotations(text)[-1]
    assert (q.resolution, q.speaker_full) == ("pronoun", "Marcel Dagba")


def test_inverted_pronoun_reads_the_clitic() -> None:
    assert inverted_pronoun(Token("dit-elle", 0, 8)) == Token("she", 0, 8)
    assert inverted_pronoun(Token("ajoute-t-il", 0, 11)) == Token("he", 0, 11)
    assert inverted_pronoun(Token("poursuit", 0, 8)) is None
