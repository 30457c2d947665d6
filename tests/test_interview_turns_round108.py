"""Round 108: interviews and briefings whose lead says who speaks, and questions between answers.

Forms (each failed before this round):
- A briefing cut after its presenter's opening remarks ("News Briefing with Ada Lund from the
  Harbour Office" / "MR. LUND: Good afternoon. …" / more paragraphs): the one label speaks and
  its turn runs on (before: no quotation at all).
- A labelled Q&A ("AL: …") whose unlabelled question opens with a statement ("Fans love your
  speed. How do you feel about that?") right before the guest's next label: the question is
  the interviewer's (before: the guest's answer carried on).
- An interview written as prose whose lead says who the writer "sat down with" ("Today I sat
  down with Coach Lund to talk about …"): the quoted answers are that guest's (before: the
  person named most on the page, a player named once in the last paragraph).
- An answer whose closing mark the copy lost, right before the next question: it is an answer
  too, and the question before it is a question (before: a question missed, and the answer
  read as the previous answer carried on).

- An outlet's questions labelled first by its name in one word and then by its capitals
  ("HarbourCentral: …?", then "HC: …?"): both are the outlet's (before: the first question
  had no label and no speaker, the others "Hc").
- Questions labelled by the capitals of the outlet the headline names ("From the Northport
  Harbour Review" / "VMR: …?"): the outlet's (before: "Nhr").

Guards: initials a person named before the turns has ("AL:" for Ada Lund) stay that person;
initials two outlets in the head share are nobody's outlet; a label of a surname in capitals
("LUND:") is still the name. A briefing label whose surname the lead never gives ("MR.
SPEAKER: Order!"), a lead that announces no briefing, a transcript whose paragraph asks right
before another speaker's label (the speaker's own rhetorical question), an answer left open
before a statement (no question), and a lead that names nobody it sat down with.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct

BRIEFING = (
    "News Briefing with Ada Lund from the Harbour Office, Northport\n\n"
    "MR. LUND: Good afternoon. Pleasure to see all of you today.\n\n"
    "Before your questions, I want to speak about the dock budget. The board has asked for "
    "more money, and we are waiting for the council to answer.\n\n"
    "In the interest of being open, the board will publish its plans for the dock this week.\n"
)


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text[:20], q.speaker_full, q.kind) for q in ct.extract_quotations(text)]


def test_a_briefing_with_one_presenter_speaks() -> None:
    found = ct.extract_quotations(BRIEFING)
    assert [q.speaker_full for q in found] == ["Ada Lund"] * 3
    assert found[0].text == "Good afternoon. Pleasure to see all of you today."
    assert found[0].speaker_as_written == "MR. LUND"


def test_a_label_the_lead_never_names_is_no_presenter() -> None:
    text = BRIEFING.replace("MR. LUND:", "MR. SPEAKER:")
    assert ct.extract_quotations(text) == ()


def test_a_lead_that_announces_no_briefing_makes_no_presenter() -> None:
    text = BRIEFING.replace("News Briefing with", "A walk around the docks with")
    assert ct.extract_quotations(text) == ()


QA = (
    "Q&A with Ada Lund\n\n"
    "Ada Lund joined the Kessel Rovers this spring.\n\n"
    "How have you found your first season?\n\n"
    "AL: I came here to work hard, and I have.\n\n"
    "Fans love your speed on the wing. How do you feel about that?\n\n"
    "AL: It is good to hear. I just play my normal game.\n\n"
    "What is next for you?\n\n"
    "AL: More training, and a rest in the summer.\n"
)


def test_a_question_with_a_statement_before_the_next_label_is_a_question() -> None:
    found = _quotes(QA)
    assert ("Fans love your speed", None, "interview") in found
    answers = [q for q in found if q[1] == "Ada Lund"]
    assert len(answers) == 3


def test_a_speakers_own_question_before_another_label_stays_theirs() -> None:
    text = (
        "Transcript of the harbour board hearing\n\n"
        "ADA LUND: The dock needs money this year.\n\n"
        "The board has no answer yet. And who will pay for it?\n\n"
        "TOM BERG: The council will pay.\n\n"
        "ADA LUND: Thank you.\n"
    )
    found = {q.text[:20]: q.speaker_full for q in ct.extract_quotations(text)}
    assert found["The board has no ans"] == "Ada Lund"


SIT_DOWN = (
    "Catching up with the coaches\n\n"
    "Today I sat down with Coach Lund to talk about the team this season.\n\n"
    "What do you think of the roster?\n\n"
    "“I love the roster. We have nine players back from last year.”\n\n"
    "How has the start of the season gone?\n\n"
    "“We lost the first two games, but we will keep working hard.\n\n"
    "What do you think of the crowds?\n\n"
    "“The crowds are tremendous. You can hear them from the car park.”\n\n"
    "The team has three captains this year: Tom Berg, Ivo Berg and Piet Arvo. Tom Berg "
    "scored twice in the last game.\n"
)


def test_the_guest_the_writer_sat_down_with_answers() -> None:
    found = _quotes(SIT_DOWN)
    answers = [q for q in found if q[1] is not None]
    assert [q[1] for q in answers] == ["Lund"] * 3  # the guest, the title left out
    assert ("How has the start of", None, "interview") in found


def test_an_answer_left_open_before_a_statement_is_not_closed_by_it() -> None:
    text = SIT_DOWN.replace("What do you think of the crowds?", "The crowds were big this year.")
    assert not any(
        q[0].startswith("How has the start") and q[2] == "interview" for q in _quotes(text)
    )


def test_a_lead_that_sat_down_with_nobody_named_leaves_the_page_person() -> None:
    text = SIT_DOWN.replace("sat down with Coach Lund", "sat down with the coach")
    answers = [q for q in _quotes(text) if q[1] is not None and q[2] == "interview"]
    assert "Lund" not in {q[1] for q in answers}


CAMEL = (
    "Ada Lund Q&A\n\n"
    "HarbourCentral: How has your season gone?\n\n"
    "Ada Lund: The team has done its job, and I have enjoyed it.\n\n"
    "HC: Do you feel any pressure this spring?\n\n"
    "AL: No, I just play my game.\n\n"
    "HC: What is next?\n\n"
    "AL: A rest in the summer.\n"
)


def test_an_outlets_one_word_name_and_its_capitals_are_the_outlet() -> None:
    found = [
        (q.text[:12], q.speaker_full, q.speaker_as_written) for q in ct.extract_quotations(CAMEL)
    ]
    assert found[0] == ("How has your", "HarbourCentral", "HarbourCentral")
    assert ("Do you feel ", "HarbourCentral", "HC") in found
    assert ("No, I just p", "Ada Lund", "AL") in found


SPELT = (
    "From the Current Velm Mining Review\n\n"
    "Excerpts from an interview with Ada Lund - head of the Kessel Dock Company\n\n"
    "VMR: Your dock will be cheap to run. Why is that?\n\n"
    "AL: The ships are small and the quay is short.\n\n"
    "VMR: What has the terrain been like?\n\n"
    "AL: Steep in parts, but the roads are good.\n"
)


def test_initials_the_headline_spells_are_the_outlet() -> None:
    found = {
        q.text[:12]: (q.speaker_full, q.speaker_as_written) for q in ct.extract_quotations(SPELT)
    }
    assert found["What has the"] == ("Velm Mining Review", "VMR")
    assert found["Steep in par"] == ("Ada Lund", "AL")


def test_initials_two_outlets_share_are_no_outlet() -> None:
    text = SPELT.replace(
        "From the Current Velm Mining Review",
        "From the Current Velm Mining Review and the Velm Mining Register",
    )
    found = {q.text[:12]: q.speaker_full for q in ct.extract_quotations(text)}
    assert found["What has the"] not in ("Velm Mining Review", "Velm Mining Register")


def test_a_surname_label_in_capitals_is_still_the_name() -> None:
    text = (
        "A conversation with Ada Lund of the Northport Harbour Review\n\n"
        "BERG: Why is the dock closed?\n\n"
        "LUND: The quay is being mended.\n\n"
        "BERG: When will it open?\n\n"
        "LUND: In the spring.\n"
    )
    found = {q.text[:12]: q.speaker_full for q in ct.extract_quotations(text)}
    assert found["In the sprin"] == "Ada Lund"
