"""Round 38: an interview whose lead names the host before the guest ("Harbour fan Tom Berg,
speaking to Northport FC's Ivo Sand") gives the "A:" answers to the one the questions call by
first name ("Q: First off Ivo, thanks for …"), not to the one named first; "Q&A with Northport
Hospital's new director" is with the one the lead names the new director, not the hospital; an
expert's bio after the answers ("Ivo Sand is a professor of …") names the guest and is no part of
the last answer; a role labels turns ("Minister of Health: …", "Presidente: …",
"Minister for Ports, Ada Lund: …") as the one person the page names with it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import claimtrack


def _write(page: str) -> Path:
    path = Path(tempfile.mkdtemp()) / "interview.txt"
    path.write_text(page, encoding="utf-8")
    return path


_PAGE = (
    "Harbour fan Tom Berg, speaking to Northport FC's Ivo Sand, before Friday's derby.\n\n"
    "Q: {greeting} thanks for coming over to talk to us. Is this the biggest game of the year?\n\n"
    "A: Yes, I would say it is a very big game for both clubs and for the town.\n\n"
    "Q: Were you surprised by how well the team started the season?\n\n"
    "A: Not really, we knew in pre-season that the squad was strong enough to win.\n"
)


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("greeting", ["First off Ivo,", "Ivo,", "Thanks, Ivo!"])
def test_answers_go_to_the_guest_the_questions_call_by_first_name(
    greeting: str, learned: bool
) -> None:
    found = claimtrack.extract_quotations(_PAGE.format(greeting=greeting), learned=learned)
    answers = [q for q in found if q.text.startswith(("Yes, I would", "Not really"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Ivo Sand"}


def test_a_name_inside_a_question_without_a_call_moves_nobody() -> None:
    # "Ivo Sand" named in passing is no call: the guest stays the one the lead names first.
    page = _PAGE.replace("Tom Berg, speaking to Northport FC's Ivo Sand", "Tom Berg").format(
        greeting="Did Ivo Sand call you?"
    )
    found = claimtrack.extract_quotations(page, learned=False)
    answers = [q for q in found if q.text.startswith(("Yes, I would", "Not really"))]
    assert {q.speaker_full for q in answers} == {"Tom Berg"}


_ROLE_PAGE = (
    "Q&A with Northport Hospital's new director\n\n"
    "The hospital board sacked director Tom Berg in May after a year of losses.\n\n"
    "Last month the board announced it had hired a new director, Ivo Sand.\n\n"
    "Q: What do you make of the town so far?\n\n"
    "A: I like it here. I am looking forward to moving my family over in the summer.\n\n"
    "Q: How will you avoid the mistakes of the past?\n\n"
    "A: I want us to focus on the future and build a plan with the staff and the board.\n"
)


@pytest.mark.parametrize("learned", [False, True])
def test_a_headline_guest_given_by_role_is_the_one_the_lead_names_in_it(learned: bool) -> None:
    article = claimtrack.load_article(_write(_ROLE_PAGE))
    found = claimtrack.extract_quotations(article, learned=learned)
    answers = [q for q in found if q.text.startswith(("I like it", "I want us"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Ivo Sand"}


def test_a_role_the_lead_never_gives_names_no_owner_as_guest() -> None:
    page = _ROLE_PAGE.replace("a new director, Ivo Sand", "someone from out of town")
    found = claimtrack.extract_quotations(claimtrack.load_article(_write(page)), learned=False)
    answers = [q for q in found if q.text.startswith(("I like it", "I want us"))]
    assert answers
    assert all("Hospital" not in (q.speaker_full or "") for q in answers)


_BRIEFING = (
    "Speakers at the briefing: HE Dr. Ada Lund, Minister of Health\n\n"
    "Tom Berg, Minister of Transport\n\n"
    "Excerpts from the briefing:\n\n"
    "{n1}Minister of Health: The recovery rate fell from 94% to 91% this week.\n\n"
    "{n2}Minister of Health: A field hospital will open in two weeks.\n\n"
    "{n3}Minister of Transport: Flights to the islands will resume next month.\n"
)


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("numbers", [("", "", ""), ("1- ", "2- ", "3- "), ("1 – ", "2 – ", "3 – ")])
def test_a_role_with_its_domain_labels_the_one_the_page_names_with_it(
    numbers: tuple[str, str, str], learned: bool
) -> None:
    text = _BRIEFING.format(n1=numbers[0], n2=numbers[1], n3=numbers[2])
    found = claimtrack.extract_quotations(text, learned=learned)
    said = {q.text: q.speaker_full for q in found}
    assert said["The recovery rate fell from 94% to 91% this week."] == "Ada Lund"
    assert said["A field hospital will open in two weeks."] == "Ada Lund"
    assert said["Flights to the islands will resume next month."] == "Tom Berg"


def test_a_role_two_people_hold_names_nobody() -> None:
    text = _BRIEFING.format(n1="", n2="", n3="").replace("Transport", "Health")
    found = claimtrack.extract_quotations(text, learned=False)
    assert found
    assert {q.speaker_full for q in found} == {"Minister of Health"}


@pytest.mark.parametrize("label", ["Department of Health", "Northport of Today"])
def test_a_body_or_a_place_with_a_domain_is_no_label(label: str) -> None:
    text = (
        f"{label}: The recovery rate fell from 94% to 91% this week.\n\n"
        f"{label}: A field hospital will open in two weeks.\n"
    )
    assert all(
        q.speaker_as_written != label for q in claimtrack.extract_quotations(text, learned=False)
    )


def test_a_title_label_names_the_holder_the_cover_line_gives() -> None:
    text = (
        "Entrevista coletiva concedida pelo Presidente da República, João Lima, no Palácio.\n\n"
        "Jornalista: Presidente, o senhor já escolheu o novo ministro?\n\n"
        "Presidente: Quando a lista chegar a gente vai decidir, pode ter certeza.\n\n"
        "Jornalista: O senhor pretende anunciar quando?\n\n"
        "Presidente: Não, a gente decide rapidamente, até porque evita outras pressões.\n"
    )
    found = claimtrack.extract_quotations(text, learned=False)
    answers = [q for q in found if q.speaker_as_written == "Presidente"]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"João Lima"}


@pytest.mark.parametrize("learned", [False, True])
def test_a_transcripts_role_before_the_name_labels_the_name(learned: bool) -> None:
    text = (
        "Transcript, press conference, Northport\n\n"
        "Minister for Ports and the Pacific, Ada Lund: I'll start with a short statement. "
        "It is a real pleasure to be back in Northport.\n\n"
        "Journalist: Minister, what did you agree with the harbour board?\n\n"
        "Ada Lund: We agreed to fund the new quay together over five years.\n"
    )
    found = claimtrack.extract_quotations(text, learned=learned)
    opening = [q for q in found if q.text.startswith("I'll start")]
    assert [q.speaker_full for q in opening] == ["Ada Lund"]


_EXPERT = (
    "Ask an Expert: Will the new quay pay for itself?\n\n"
    "Mayor Tom Berg has promised the new quay will bring 400 jobs to Northport.\n\n"
    "Q: Will the quay pay for itself?\n\n"
    "A: Over twenty years it may, if the ferry traffic keeps growing as it has.\n\n"
    "Q: What could go wrong?\n\n"
    "A: Fuel prices. A sharp rise would cut the traffic the plan relies on.\n\n"
    "{bio}\n"
)


@pytest.mark.parametrize("learned", [False, True])
def test_an_experts_bio_after_the_answers_names_the_guest(learned: bool) -> None:
    text = _EXPERT.format(bio="Ivo Sand is a professor of economics at Northport University.")
    found = claimtrack.extract_quotations(text, learned=learned)
    answers = [q for q in found if q.text.startswith(("Over twenty", "Fuel prices"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Ivo Sand"}
    assert not [q for q in found if q.text.startswith("Ivo Sand is")]  # the bio is no answer


@pytest.mark.parametrize(
    "bio",
    [
        "Tom Berg is a former harbour master who became mayor in 2019.",  # named in the lead
        "Ivo Sand is a professor. Eva Holm is a lecturer.\n\nAna Lima is an economist.",
    ],
)
def test_a_bio_of_someone_in_the_lead_or_of_several_names_no_guest(bio: str) -> None:
    found = claimtrack.extract_quotations(_EXPERT.format(bio=bio), learned=False)
    answers = [q for q in found if q.text.startswith(("Over twenty", "Fuel prices"))]
    assert {q.speaker_full for q in answers} <= {"Tom Berg", None}


@pytest.mark.parametrize("learned", [False, True])
def test_a_name_with_a_particle_labels_turns_and_its_title_alone_is_that_person(
    learned: bool,
) -> None:
    text = (
        "Tom Reed: Good morning, and welcome to Ask the Mayor, with Mayor Ada de Lund.\n\n"
        "Mayor Ada de Lund: Good morning, Tom.\n\n"
        "Reed: Is the city ready for the heat this weekend?\n\n"
        "Mayor: We are, and I want every listener to check on their neighbours.\n"
    )
    found = claimtrack.extract_quotations(text, learned=learned)
    said = {q.text: q.speaker_full for q in found}
    assert said["Good morning, Tom."] == "Ada de Lund"
    assert said["We are, and I want every listener to check on their neighbours."] == "Ada de Lund"


def test_the_interviewers_bio_after_the_answers_names_no_guest() -> None:
    text = _EXPERT.format(bio="Eva Holm is a business reporter at the Northport Courier.")
    found = claimtrack.extract_quotations(text, learned=False)
    answers = [q for q in found if q.text.startswith(("Over twenty", "Fuel prices"))]
    assert answers and all(q.speaker_full != "Eva Holm" for q in answers)


_PLAIN_QA = (
    "{headline}\n\n"
    "Monday, October 14th, 2024 00:31 |\n\n"
    "  Northport, Sunday\n\n"
    "Has the win sunk in for you yet?\n\n"
    "(Laughs) Yes it has. After last night it is fine.\n\n"
    "Did it feel like a dream when you woke up?\n\n"
    "It felt like a dream but I like the reality now.\n\n"
    "What was different for you about this race?\n\n"
    "I was running against the clock and nothing else, so I tried to stay calm.\n\n"
    "You had world class pacemakers with you, did they make the difference?\n\n"
    "Truly world class. Some of them are champions and they came to support me.\n\n"
    "What is the next challenge for you?\n\n"
    "I will sit with my team and we will decide together what comes next.\n"
)


def test_a_plain_qas_headline_is_the_title_not_its_first_question() -> None:
    page = _PLAIN_QA.format(headline="Tavelli: I just want to rest now")
    assert claimtrack.load_article(_write(page)).title == "Tavelli: I just want to rest now"


@pytest.mark.parametrize("learned", [False, True])
def test_the_name_opening_a_plain_qas_headline_is_the_guest(learned: bool) -> None:
    page = _PLAIN_QA.format(headline="Tavelli: I just want to rest now")
    found = claimtrack.extract_quotations(claimtrack.load_article(_write(page)), learned=learned)
    answers = [q for q in found if q.text.startswith(("It felt like", "I was running"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Tavelli"}


@pytest.mark.parametrize("rubric", ["Exclusive", "Analysis", "Minister", "Five Questions"])
def test_a_rubric_or_a_title_opening_the_headline_is_no_guest(rubric: str) -> None:
    page = _PLAIN_QA.format(headline=f"{rubric}: I just want to rest now")
    found = claimtrack.extract_quotations(claimtrack.load_article(_write(page)), learned=False)
    assert all(q.speaker_full != rubric for q in found)
