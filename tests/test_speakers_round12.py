"""Speaker resolution, round 12: invented paragraphs, one per class of sentence or page.

Abbreviated and occupational titles before a name ("Coun", "Cllr", "StS", "Publisher") are
titles, not the person's first name.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.aliases import alias_of, bracketed_aliases
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.misspelt_names import one_edit, respelt
from claimtrack.aids.role_attributes import attributive
from claimtrack.aids.role_evidence import _role_as
from claimtrack.aids.role_modifiers import role_modifiers
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.subjects import main_subject
from claimtrack.aids.title_chains import after_titles
from claimtrack.text.tokens import tokenize


def _quote(text: str, start: str) -> ct.Quotation:
    return next(q for q in ct.extract_quotations(text) if q.text.startswith(start))


# ------------------------------------------------------------- titles left on the name


@pytest.mark.parametrize("title", ["Coun", "Cllr", "Publisher", "StS", "Staatssekretärin"])
def test_title_before_a_name_is_not_the_name(title: str) -> None:
    text = (
        f"The plan was debated on Monday. {title} Orla Pembry rejected it.\n\n"
        "“We will not sign a deal that leaves the valley without a bus,” Pembry said."
    )
    q = _quote(text, "We will not sign")
    assert q.speaker == "Pembry"
    assert q.speaker_full == "Orla Pembry"


# ------------------------------------------------ descriptions resolved to the person named


def test_head_of_a_body_is_the_person_named_with_the_body() -> None:
    text = (
        "Analyst and founder of the Marrow Street research centre, Tavi Ondrass, said the vote "
        "was fair.\n\n"
        "“Nobody has shown a single forged ballot in any district we watched,” says the head "
        "of the centre."
    )
    q = _quote(text, "Nobody has shown")
    assert q.speaker_full == "Tavi Ondrass"
    assert q.confidence < 0.8


def test_role_given_with_as_names_the_person() -> None:
    text = (
        "The senate confirmed Iduna Perekwe as KTRB chairman on Tuesday.\n\n"
        "Perekwe, a former auditor, promised to work with the banks.\n\n"
        "The KTRB chairman said he would “recover every stolen naira for the public purse.”"
    )
    q = _quote(text, "recover every")
    assert q.speaker_full == "Iduna Perekwe"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("They confirmed Ada Lind as EFCC chairman.", ["efcc", "chairman"]),
        ("Nombraron a Ana Ruiz como portavoz del partido.", ["portavoz", "del", "partido"]),
        ("They regarded Ada Lind as a safe pair of hands.", []),
        ("Ada Lind as well as Tom Berg came.", []),
    ],
)
def test_role_given_with_as(sentence: str, roles: list[str]) -> None:
    toks = tokenize(sentence)
    after = next(n for n, t in enumerate(toks) if t.lower in ("as", "como"))
    assert _role_as(toks, after) == roles


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the two-time Super Rugby-winning coach", True),
        ("the long-serving coach", True),
        ("the Cup-winning Serbian coach", False),
        ("the former two-time coach", False),
        ("the Serbian coach", False),
        ("the new coach", False),
        ("the coach", False),
        ("the two-time deputy coach", False),
    ],
)
def test_attributes_of_a_person_before_a_role(words: str, expected: bool) -> None:
    assert attributive(words.split(), "coach") is expected


def test_attributed_role_is_the_only_person_named_with_it() -> None:
    text = (
        "New Harriers coach Mattias Ekvall named eight uncapped players on Sunday.\n\n"
        "Pundit Jory Stace had asked for a younger squad.\n\n"
        "“Nobody here is picked for a tournament four years away,” the two-time Shield-winning "
        "coach said."
    )
    q = _quote(text, "Nobody here")
    assert q.speaker_full == "Mattias Ekvall"
    assert q.confidence < 0.8


def test_attributed_role_with_two_holders_stays_unresolved() -> None:
    text = (
        "Harriers coach Mattias Ekvall and Rovers coach Benedek Lorn met on Sunday.\n\n"
        "“Nobody here is picked for a tournament four years away,” the two-time Shield-winning "
        "coach said."
    )
    q = _quote(text, "Nobody here")
    assert q.speaker_full not in ("Mattias Ekvall", "Benedek Lorn")


# ------------------------------------------- a sentence's first word taken for a name


def test_label_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Here is what coach Ilse Marrow said after the win on Sunday.\n\n"
        "Opening statement: “It was a test of the whole squad and they passed it today.”"
    )
    q = _quote(text, "It was a test")
    assert q.speaker != "Opening"


def test_one_word_subject_only_opening_sentences_is_no_name() -> None:
    text = (
        "Glynis Ap Rhun resigned on Friday.\n\n"
        "Wrth ymddiswyddo dywedodd: “Bu’n fraint arwain y cyngor am saith mlynedd.”"
    )
    q = _quote(text, "Bu’n fraint")
    assert q.speaker != "Wrth"


def test_one_word_name_written_mid_sentence_stays_a_name() -> None:
    text = (
        "The vote was put off, and the mayor blamed Gethin for the delay.\n\n"
        "Gethin replied: “The papers reached us only last night.”"
    )
    q = _quote(text, "The papers")
    assert q.speaker == "Gethin"


def test_welsh_inflected_cue_is_the_speaker_quoted_before() -> None:
    text = (
        "“Mae’r cynllun yn rhy ddrud,” meddai Glynis Pryce.\n\n"
        "Ychwanegodd Glynis Pryce fod y cyngor yn cytuno.\n\n"
        "Wrth gloi, dywedodd: “Byddwn yn pleidleisio yn ei erbyn yfory.”"
    )
    q = _quote(text, "Byddwn")
    assert q.speaker == "Glynis Pryce"
    assert q.confidence < 0.8


# ------------------------------------- a place or team before a role and a name speaks not


@pytest.mark.parametrize("owner", ["Saudi Velmoria", "Ostrava Rovers", "Velmoria"])
def test_owner_of_a_role_is_not_the_pronouns_antecedent(owner: str) -> None:
    text = (
        f"{owner} coach Renald Vastel began the press conference by thanking the players.\n\n"
        "He said: “We are delighted with this win after losing the first game.”"
    )
    q = _quote(text, "We are delighted")
    assert q.speaker_full == "Renald Vastel"


def test_role_modifiers_reads_the_owner_as_a_body() -> None:
    text = "Acme chief executive Ada Lind met Tom Berg."
    toks = tokenize(text)
    chunks = role_modifiers(name_chunks(text, toks), toks)
    kinds = {c.text: c.kind for c in chunks}
    assert kinds == {"Acme": "org", "Ada Lind": "person", "Tom Berg": "person"}


def test_role_modifiers_keeps_a_name_before_a_lower_case_role_without_a_name() -> None:
    text = "Ada Lind met the coach on Friday."
    toks = tokenize(text)
    chunks = role_modifiers(name_chunks(text, toks), toks)
    assert chunks[0].text == "Ada Lind"
    assert chunks[0].kind == "person"


# ---------------------------------------- two offices chained before one name


@pytest.mark.parametrize(
    "titles", ["Deputy Prime Minister and Interior Minister", "Vice President and Finance Minister"]
)
def test_offices_joined_by_and_are_one_persons(titles: str) -> None:
    text = f"Moldovan {titles} Ilko Darvas said that the rallies followed"
    reader = ArticleReader(text)
    found = main_subject(reader, reader.paragraphs[0], tokenize(text)[:-1])
    assert found is not None
    assert found.full == "Ilko Darvas"


def test_after_titles_leaves_two_people_alone() -> None:
    text = "The Prime Minister and Foreign Minister Ilko Darvas said it."
    toks = tokenize(text)
    by_start = {c.start: c for c in name_chunks(text, toks)}
    k = next(n for n, t in enumerate(toks) if t.text == "Prime")
    assert after_titles(toks, k, by_start) == k + 1
    text = "Prime Minister and Foreign Minister Ilko Darvas said it."
    toks = tokenize(text)
    by_start = {c.start: c for c in name_chunks(text, toks)}
    assert toks[after_titles(toks, 0, by_start)].text == "Foreign"


# ---------------------------------------------- Irish cues; letters after a name


def test_irish_cue_after_the_quote_names_the_minister() -> None:
    text = (
        "Tá fáilte curtha ag an Aire Stáit, Niall Ó Braonáin T.D., roimh an gcinneadh.\n\n"
        "“Is cinneadh maith é seo don phobal ar fad,” a dúirt an tAire Stáit Ó Braonáin."
    )
    q = _quote(text, "Is cinneadh")
    assert q.speaker_full == "Niall Ó Braonáin"


@pytest.mark.parametrize("letters", ["T.D.", "MP", ", MEP"])
def test_letters_after_a_name_end_it(letters: str) -> None:
    sep = "" if letters.startswith(",") else " "
    text = (
        f"The motion was tabled by Ada Corrib{sep}{letters} on Tuesday.\n\n"
        "“It is long overdue,” Corrib said."
    )
    q = _quote(text, "It is long")
    assert q.speaker_full == "Ada Corrib"


# ---------------------------------------------------------- a surname misspelt once


def test_surname_misspelt_once_is_the_person_named_in_full() -> None:
    text = (
        "The talks included Finance Minister Oduya Marangweni and others.\n\n"
        "Four days later Marangwenni said the plan would take “twelve to eighteen months”."
    )
    q = _quote(text, "twelve")
    assert q.speaker_full == "Oduya Marangweni"
    assert q.confidence < 0.8


def test_surname_misspelt_like_two_names_stays_as_written() -> None:
    text = (
        "The talks included Oduya Marangweni and Ruth Marangwena.\n\n"
        "Later Marangwenu said the plan would take “twelve to eighteen months”."
    )
    q = _quote(text, "twelve")
    assert q.speaker_full == "Marangwenu"


def test_short_names_are_never_respelt() -> None:
    assert respelt("Kahn", frozenset({"Khan"}), "Kahn said.") is None


@given(st.text(alphabet="abcdefghij", min_size=5, max_size=12), st.data())
def test_one_edit_finds_one_dropped_or_changed_letter(word: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(word) - 1))
    dropped = word[:i] + word[i + 1 :]
    assert one_edit(word, dropped)
    assert one_edit(dropped, word)
    changed = word[:i] + ("z" if word[i] != "z" else "y") + word[i + 1 :]
    assert one_edit(word, changed)
    assert not one_edit(word, word)
    assert not one_edit(word, word + "zz")


# ------------------------------------------- a short name given in brackets


def test_short_name_in_brackets_is_the_full_name() -> None:
    text = (
        "Presiden Bima Sastrowardo (Bimo) menegaskan jangan ada yang berspekulasi.\n\n"
        "“Jangan ada media yang menulis soal nama itu,” kata Bimo."
    )
    q = _quote(text, "Jangan ada media")
    assert q.speaker_full == "Bima Sastrowardo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Presiden Bima Sastrowardo (Bimo) spoke.", {"Bimo": "Bima Sastrowardo"}),
        ("Ana Marta Lopes Ortiz (AMLO) spoke.", {"AMLO": "Ana Marta Lopes Ortiz"}),
        ("Ada Lind (Reuters) spoke.", {}),
        ("Cllr Ada Lind (Labour) spoke.", {}),
        ("Ada Lind (AFP) spoke.", {}),
        ("Ada Lind (Adda) and Ola Berg (Adda) spoke.", {}),
    ],
)
def test_bracketed_aliases(text: str, expected: dict[str, str]) -> None:
    assert bracketed_aliases(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bimo", "Bima Sastrowardo"),
        ("Presiden Bimo", "Bima Sastrowardo"),
        ("President Bimo", "Bima Sastrowardo"),
        ("Ada Bimo", None),
        ("Lind", None),
    ],
)
def test_alias_with_titles_before_it(name: str, expected: str | None) -> None:
    assert alias_of(name, {"Bimo": "Bima Sastrowardo"}) == expected
