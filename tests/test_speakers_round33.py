"""Round 33: an office held at a body names the person written after the body's name.

"President of the Republic of Northland Tom Berg said", "The Minister of Foreign Affairs of
Northland Tom Berg said:", "Deputy Director General of the Ministry of Health Prof. Ada Lund
blasted …, saying": the speaker is the person, not the body's name run into theirs, nor the
office cut at its "of". Under a labelled question ("Q:", "Q –") the unlabelled paragraphs are
the guest's answer, whoever the lead says asked. A press briefing's page is its speaker's text."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.aids.quotation import Quotation


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will sail," President of the Republic of Northland Tom Berg said on Monday.',
        '"We will sail," the Minister of Foreign Affairs of Northland Tom Berg said.',
        'The Minister of Foreign Affairs of Northland Tom Berg said: "We will sail."',
        'Minister of Foreign Affairs of Northland Tom Berg said: "We will sail."',
        'The Secretary of the Treasury of Northland Tom Berg said: "We will sail."',
    ],
)
def test_the_person_after_an_office_held_at_a_body_speaks(sentence: str) -> None:
    assert _speakers(f"Harbour talks\n\n{sentence}\n") == ["Tom Berg"]


def test_a_titled_name_after_the_bodys_own_words_speaks() -> None:
    text = (
        "Harbour tests\n\nDeputy Director General of the Ministry of Health Prof. Ada Lund "
        "blasted the board, saying “we’ll find a way to respond,” on Monday.\n"
    )
    assert _speakers(text) == ["Ada Lund"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # no person after the body: the office speaks, as before
        ('The Secretary of the Treasury of Northland said: "We will sail."', "Secretary"),
        # a body whose name runs on, with no title before it, is one body
        ('"We sell," Bank of Northland Harbour Lending said.', "Bank of Northland Harbour Lending"),
    ],
)
def test_with_no_title_or_no_person_the_reading_is_unchanged(sentence: str, speaker: str) -> None:
    assert _speakers(f"Harbour talks\n\n{sentence}\n") == [speaker]


_QA = (
    "Five questions for Ada Lund, founder of Harbour Works\n\n"
    "Ada Lund runs Harbour Works in Northport. {lead}\n\n"
    "Q{mark} What is your favourite city?\n\n"
    "I have lived in nine cities and it is hard to pick one. Paris mattered most to me.\n\n"
    "Recently I have been going to Northport a lot, since one of our investors lives there.\n\n"
    "Q{mark} How do you keep yourself motivated?\n\n"
    "After running two companies, I became wary of advice. Motivation comes from within.\n"
)


@pytest.mark.parametrize("mark", [":", " –", " -"])
@pytest.mark.parametrize(
    ("lead", "asker"),
    [
        ("We asked her about the city.", None),  # "We asked" names no interviewer
        ("Interview by Tom Berg.", "Tom Berg"),
    ],
)
def test_the_paragraphs_under_a_labelled_question_are_the_guests_answer(
    mark: str, lead: str, asker: str | None
) -> None:
    quotes = claimtrack.extract_quotations(_QA.format(mark=mark, lead=lead), learned=False)
    assert [q.speaker_full for q in quotes] == [asker, "Ada Lund", "Ada Lund", asker, "Ada Lund"]
    assert quotes[0].text == "What is your favourite city?"


def test_a_transcript_cut_after_its_third_name_line_takes_turns() -> None:
    text = (
        "Harbour Startup Interview – Tom Berg\n\n"
        "Northport’s start-ups are doing well, and we asked an expert why.\n\n"
        "Below is the full transcript of the interview\n\n"
        "Ada Lund\n\n"
        "Welcome to our interview. I am very excited to have an expert with us today.\n\n"
        "Tom Berg\n\n"
        "Thank you, Ada. Happy to be here.\n\n"
        "1. Who is Tom Berg?\n\n"
        "Ada Lund\n\n"
        "Could you please introduce yourself to the audience? We would like to know you"
    )
    quotes = claimtrack.extract_quotations(text, learned=False)
    assert [(q.speaker_full, q.text[:14]) for q in quotes] == [
        ("Ada Lund", "Welcome to our"),
        ("Tom Berg", "Thank you, Ada"),  # the numbered chapter under it is no speech
        ("Ada Lund", "Could you plea"),
    ]


def test_three_name_lines_of_one_person_and_another_are_no_dialogue_without_a_question() -> None:
    text = (
        "Harbour awards\n\n"
        "Ada Lund\n\nShe won the rowing prize for the third year.\n\n"
        "Tom Berg\n\nHe won the sailing prize.\n\n"
        "Ada Lund\n\nShe also won the swimming prize.\n"
    )
    assert not claimtrack.extract_quotations(text, learned=False)


_BRIEFING = (
    "Post Cabinet Press Briefing Report - Wednesday, April 9, 2025\n\n"
    "Senator the Hon. Ada Lund\n\n"
    "Good morning Northland, and welcome to another post Cabinet press briefing. I have with "
    "me today the Minister of Works.\n\n"
    "We also have the Permanent Secretary, and I thank her for joining us this morning.\n\n"
    "{third}\n"
)


def _read(tmp_path: Path, page: str) -> list[Quotation]:
    (tmp_path / "page.txt").write_text(page, "utf-8")
    return list(claimtrack.extract_quotations(claimtrack.load_article(tmp_path / "page.txt")))


def test_a_press_briefings_text_is_its_speakers(tmp_path: Path) -> None:
    page = _BRIEFING.format(third="We will now take your questions on the harbour works.")
    quotes = _read(tmp_path, page)
    assert [q.speaker_full for q in quotes] == ["Ada Lund"] * 3


def test_a_report_about_a_press_briefing_is_not_its_text(tmp_path: Path) -> None:
    page = _BRIEFING.format(third="She said the works would start in May.")
    quotes = _read(tmp_path, page)
    assert not quotes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a title that is also a first name, after another title, is the first name
        ('"We will not accept it," said Councillor Dean Tavelli.', "Dean Tavelli"),
        # an Irish "O" whose apostrophe the copy lost stays in the name
        ('Cllr Tom O Berg said the house was "not fit for a dog".', "Tom O Berg"),
        # the person before "of" a body, with a relative clause after the body
        ('The bill was led by MP Ada Lund of Harbour First, who said: "It will fall."', "Ada Lund"),
    ],
)
def test_names_round_titles_bodies_and_lost_apostrophes(sentence: str, speaker: str) -> None:
    assert _speakers(f"Harbour council\n\n{sentence}\n") == [speaker]


def test_a_name_that_only_describes_an_unnamed_speaker_is_not_the_speaker() -> None:
    text = (
        "Harbour schools\n\nFewer teachers work in Northport this year.\n\n"
        "“The problem may be that fewer people want to teach,” said a Northport school board "
        "official.\n"
    )
    quotes = claimtrack.extract_quotations(text, learned=False)
    assert [(q.speaker_full, q.resolution) for q in quotes] == [
        ("Northport school board official", "description")
    ]


@pytest.mark.parametrize("group", ["Inspectors", "Judges", "Ministers"])
def test_a_titles_plural_names_no_one_person(group: str) -> None:
    text = f'Harbour schools\n\n{group} say: "We cannot see normal practice."\n'
    assert _speakers(text) == [None]


def test_one_of_a_group_named_in_apposition_speaks() -> None:
    text = (
        "Harbour strike\n\nTeachers in Northport stayed away from schools on Monday.\n\n"
        "One of the teachers, Ada Lund, said: “We will go on because we are suffering.”\n"
    )
    assert _speakers(text) == ["Ada Lund"]


@pytest.mark.parametrize(
    ("named", "sentence", "body"),
    [
        (
            "The Harbour Bar Association filed two lawsuits.",
            "The bar argues that these practices “limit lawyers’ access to the courts.”",
            "Harbour Bar Association",
        ),
        (
            "The Planning Inspectorate allowed the appeal.",
            'The inspectorate conceded that the farm would have "some adverse" effects.',
            "Planning Inspectorate",
        ),
    ],
)
def test_a_bar_or_an_inspectorate_is_the_body_named_before(
    named: str, sentence: str, body: str
) -> None:
    assert _speakers(f"Harbour news\n\n{named} {sentence}\n") == [body]


def test_one_guest_dash_labelled_under_numbered_questions() -> None:
    text = (
        "Northland has world-class start-ups, says investor\n\n"
        "NORTHPORT – The investor Ada Lund, 31, runs the Harbour Works accelerator.\n\n"
        "1) The economy has been in recession for two years. How does the tech sector fare?\n\n"
        "Ada Lund – In most countries, a slowdown helps start-ups grow. Big firms cut staff.\n\n"
        "2) What should a start-up do in a crisis?\n\n"
        "Ada Lund – In a crisis, firms must spend investors' money even more carefully.\n"
    )
    quotes = claimtrack.extract_quotations(text, learned=False)
    assert [(q.text[:16], q.speaker_full) for q in quotes] == [
        ("The economy has ", None),  # the question, its number left out
        ("In most countrie", "Ada Lund"),
        ("What should a st", None),
        ("In a crisis, fir", "Ada Lund"),
    ]
