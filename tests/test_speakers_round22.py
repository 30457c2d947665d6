"""Speaker resolution, round 22: invented paragraphs, one per class of sentence.

- A short tag in brackets after a name ("Sen. Ada Lund (D-Northland) said", "(pictured)") tags
  the name: the name still speaks, at the cue's full confidence.
- A participle opening a sentence ("Sharing details of the plan, he said …") has an object,
  not a verb: "details" there is no speech verb and "Sharing" no speaker.
- "the father of three", "the mother-of-two" describe the person already in view: read as "he"
  or "she" would be; "the father of the victim" is someone else, and stays unnamed.
- Vietnamese courtesy titles ("Chị", "Ông", "Bà") open no name; a sentence's article before a
  body "of" something ("El Ministerio de Salud") is no part of its name; a double portfolio
  ("Minister for Education and Youth Ada Lund") is the title's, not the name's.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.descriptions import family_pronoun
from claimtrack.aids.name_tags import name_tag_end
from claimtrack.text.tokens import tokenize


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Northland Gov. Ada Lund (D) said on Monday.", "Ada Lund"),
        ("Sen. Tom Bergholm (R-Northland) told reporters.", "Tom Bergholm"),
        ("Rep. Kim Dalevik (D-N.L.) said.", "Kim Dalevik"),
        ("harbour master Ada Lundqvist (pictured) said.", "Ada Lundqvist"),
    ],
)
def test_a_tag_in_brackets_after_the_name_does_not_hide_the_speaker(cue: str, speaker: str) -> None:
    text = f"Storm nears the coast\n\n“We know that we are right in its path,” {cue}"
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == [speaker]
    assert found[0].resolution == "named" and found[0].confidence >= 0.8


@pytest.mark.parametrize(
    ("words", "tag"),
    [
        ("Ada Lund (D-N.Y.) said", True),
        ("Ada Lund (pictured) said", True),
        ("the officials (who asked not to be named today) said", False),  # after no name
        ("Ada Lund (who asked, citing rules) said", False),  # a clause, not a tag
        ("Ada Lund (one two three four five six) said", False),  # too long for a tag
    ],
)
def test_name_tag_end(words: str, tag: bool) -> None:
    toks = tokenize(words)
    opening = next(k for k, t in enumerate(toks) if t.text == "(")
    closing = next(k for k, t in enumerate(toks) if t.text == ")")
    assert (name_tag_end(toks, opening) == closing) is tag


def test_an_opening_participle_is_no_speaker() -> None:
    text = (
        "Buses for the evacuation\n\n"
        "“People should leave now,” Sen. Tom Bergholm told reporters.\n\n"
        "Sharing details of the plan, he said the state had booked 40 buses.\n\n"
        "“Every seat will be used,” he said."
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Tom Bergholm", "Tom Bergholm"]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the father of three", "Tom Bergholm"), ("the mother-of-two", "Ada Lund")],
)
def test_a_parent_of_a_count_is_the_person_in_view(description: str, speaker: str) -> None:
    first = "Tom Bergholm" if speaker == "Tom Bergholm" else "Ada Lund"
    text = (
        "Drought hits the farms\n\n"
        f"{first} farms corn near Northport. The harvest will be poor this year.\n\n"
        f"“You have to just roll with it,” said {description}."
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == [speaker]
    assert found[0].confidence < 0.8  # resolved as a pronoun is: checked, not trusted


def test_the_parent_of_someone_else_is_not_the_person_in_view() -> None:
    text = (
        "Court hears the case\n\nTom Bergholm, 41, denied the charge in court on Monday.\n\n"
        "“We only want the truth,” said the father of the victim."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] != ["Tom Bergholm"]


@pytest.mark.parametrize(
    ("words", "pronoun"),
    [
        ("the father of three", "he"),
        ("a married father-of-4", "he"),
        ("the grandmother of five", "she"),
        ("the mother of the suspect", None),
        ("the sister of two", None),
        ("father", None),
    ],
)
def test_family_pronoun(words: str, pronoun: str | None) -> None:
    assert family_pronoun([t for t in tokenize(words) if t.is_word]) == pronoun


@pytest.mark.parametrize("title", ["Chị", "chị", "Ông", "Bà", "Cô", "Chú", "Bác", "Cụ"])
def test_a_vietnamese_courtesy_title_is_no_part_of_the_name(title: str) -> None:
    text = (
        "Ruộng khô vì hạn\n\n"
        f"Kế bên đám ruộng, {title} Lê Thị Hoa nói: “Năm nay mất mùa rồi, chúng tôi không biết "
        "làm sao”."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Lê Thị Hoa"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("El Ministerio de Salud advirtió", "Ministerio de Salud"),
        ("La Secretaría de Salud informó", "Secretaría de Salud"),
        ("O Ministério da Saúde informou", "Ministério da Saúde"),
    ],
)
def test_the_sentence_article_before_a_body_of_something_is_dropped(
    opening: str, body: str
) -> None:
    text = f"Alerta\n\n{opening}: “Los casos subieron en todo el país este mes y seguirán”."
    assert [q.speaker_full for q in ct.extract_quotations(text)] == [body]


@pytest.mark.parametrize(
    "title",
    [
        "Minister for Education and Youth",
        "Minister of Women and Children",
        "Minister for Jobs and Small Business",
        "U.S. Ambassador to Northland",
    ],
)
def test_a_double_portfolio_is_no_part_of_the_name(title: str) -> None:
    text = (
        "Schools plan\n\n"
        f"“We are committed to seeing our students do well,” {title} Ada Lund said.\n\n"
        "“The funding is locked in,” Lund said."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Ada Lund", "Ada Lund"]


def test_a_name_after_and_with_no_portfolio_before_it_keeps_its_words() -> None:
    text = (
        "Talks end\n\nTom Bergholm and Ada Lund Dalevik met the Minister of Ports.\n\n"
        "“We agreed on the berths,” Ada Lund Dalevik said."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Ada Lund Dalevik"]


@pytest.mark.parametrize("verb", ["marvelled", "counselled", "marveled"])
def test_british_doubled_l_forms_are_speech_verbs(verb: str) -> None:
    text = (
        "Rovers edge Millbrook\n\n“A tight win,” defender Tom Bergholm called it.\n\n"
        "Kim Dalevik scored twice for the visitors.\n\n"
        f"“We had the bounces,” {verb} Bergholm after the game."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Tom Bergholm"] * 2


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("schrieb Nationalrat Tom Berger von der Nordländischen Partei", "Tom Berger"),
        ("sagte Ständerätin Ada Lund von der SP", "Ada Lund"),
        ("sagte Ursula von der Leyen", "Ursula von der Leyen"),
        ("sagte Christian Berger", "Christian Berger"),
        ("said Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    ],
)
def test_a_party_after_von_der_is_no_part_of_the_name(cue: str, speaker: str) -> None:
    text = f"Abstimmung\n\n„Das ist ein starkes Zeichen für mehr Markt“, {cue}."
    assert [q.speaker_full for q in ct.extract_quotations(text)] == [speaker]


def test_a_body_opening_the_phrase_after_el_is_still_the_speaker() -> None:
    text = (
        "Dengue\n\nLos casos subieron en Norte de Santander y en Valle del Cauca.\n\n"
        "“Esta situación afecta a quienes viajan en las fiestas”, indicó el Ministerio de Salud."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Ministerio de Salud"]


_RELEASE = (
    "Harbour Lines Comments on Letter From Shareholder\n\n"
    "October 6, 2021 -- Harbour Lines Corp. (NASDAQ: HLC), a leading ferry operator, today "
    "confirmed receipt of a letter from Northport Capital.\n\n"
)


@pytest.mark.parametrize(
    "announcement",
    [
        "The Company issued the following statement:",
        "The company issued the following statement:",
        "The Company said:",
    ],
)
def test_the_company_that_issues_a_statement_is_the_one_named_as_a_subject(
    announcement: str,
) -> None:
    text = (
        f"{_RELEASE}{announcement}\n\n"
        "Harbour Lines maintains regular dialogue with investors, and we are focused on "
        "executing our strategic plan to create long-term value for shareholders."
    )
    found = ct.extract_quotations(text)
    assert [(q.kind, q.speaker_full) for q in found] == [("block", "Harbour Lines Corp")]
    assert found[0].confidence < 0.8  # a body described, not named at the cue


def test_a_body_no_one_named_issues_nothing() -> None:
    text = (
        f"{_RELEASE}The ministry released the following statement:\n\n"
        "The ministry maintains regular dialogue with operators and will review the letter."
    )
    assert [q.speaker_full for q in ct.extract_quotations(text)] in ([], [None])


def test_the_company_said_is_the_subject_not_the_body_after_from() -> None:
    text = f"{_RELEASE}“We are focused on our plan,” the company said in a statement."
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Harbour Lines Corp"]


def test_a_plural_noun_after_a_count_is_no_speech_verb() -> None:
    text = (
        "Storm nears\n\nAs Hurricane Mara continues its churn toward the coast, multiple states "
        "bracing for the potentially “catastrophic” storm are ordering residents to leave."
    )
    assert all(q.speaker_full != "Hurricane Mara" for q in ct.extract_quotations(text))
