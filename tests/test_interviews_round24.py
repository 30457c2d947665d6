"""Interviews, round 24: a transcript cut after each speaker's first turn, a dashed dialogue
cut after two exchanges, and a lead that says who answers whose questions."""

from __future__ import annotations

from claimtrack.aids.quotations import extract_quotations

CONVERSATION = (
    "A Conversation with Ada Lund\n\n"
    "TOM BERGHOLM:  Good afternoon, everybody.  Thank you very much for coming.  I'm Tom "
    "Bergholm.\n\n"
    "And I just want to introduce Foreign Minister Ada Lund.\n\n"
    "MINISTER ADA LUND:  Ladies and gentlemen, I would like to thank the council for inviting "
    "me.  And thank you all for coming.\n\n"
    "We view the council as an important partner.\n"
)


def test_a_conversation_cut_after_each_speakers_first_turn_is_a_transcript() -> None:
    found = [(q.speaker_full, q.text[:13]) for q in extract_quotations(CONVERSATION)]
    assert found == [
        ("Tom Bergholm", "Good afternoo"),
        ("Tom Bergholm", "And I just wa"),
        ("Ada Lund", "Ladies and ge"),
        ("Ada Lund", "We view the c"),
    ]


def test_labels_in_capitals_once_each_without_an_announced_conversation_are_no_dialogue() -> None:
    # Two capitalised heads over news items ("NEW TOWN: …") are datelines, not speakers.
    news = CONVERSATION.replace("A Conversation with Ada Lund", "Harbour news this week")
    assert extract_quotations(news) == ()


DASHED = (
    "Ada Lund: I Dedicate My Victory to My Father\n\n"
    "The champion answers Tom Bergholm’s questions\n\n"
    "– Ada, I congratulate you on winning! How was the tournament for you?\n\n"
    "– Thank you! It is important that the tournament started with a win. You sleep well and "
    "eat heartily.\n\n"
    "– Let us follow this long distance from the very beginning.\n\n"
    "– I think that my first game was normal. I had prepared an interesting idea.\n\n"
    "Lund – Berg after the opening\n\n"
    "At one point, he could have played more precisely.\n"
)


def test_a_lead_saying_who_answers_whose_questions_announces_the_interview() -> None:
    found = extract_quotations(DASHED)
    assert [q.kind for q in found] == ["interview"] * 4
    assert [q.speaker_full for q in found] == [None, "Ada Lund", None, "Ada Lund"]


def test_a_body_opening_with_a_dashed_exchange_needs_no_announcement() -> None:
    # The deck gone with the page's header: the dashed dialogue opens the body.
    body = DASHED.replace("The champion answers Tom Bergholm’s questions\n\n", "")
    found = extract_quotations(body.split("\n\n", 1)[1])  # no headline either
    assert [q.kind for q in found] == ["interview"] * 4


def test_two_dashed_exchanges_deep_in_a_story_are_not_an_interview() -> None:
    story = (
        "Harbour reopens\n\nThe harbour reopened on Monday after the storm, and the ferries "
        "ran again.\n\n" + DASHED.split("\n\n", 2)[2]
    )
    assert extract_quotations(story) == ()


REV = (
    "Briefing Transcript: Storm Update\n\n"
    "Governor Ada Lund held a press conference on the storm. Read the transcript here.\n\n"
    "Governor Ada Lund: (00:00)\n"
    "Here today, I want to thank the senators for joining us on the overview.\n\n"
    "Chief Tom Bergholm: (00:54)\nWell thank you for being here.\n\n"
    "Governor Ada Lund: (00:55)\nOf course. And Mayor, thank you for being here.\n"
)


def test_a_transcript_services_time_stamp_after_the_label_is_not_the_turn() -> None:
    found = [(q.speaker_full, q.text[:10]) for q in extract_quotations(REV)]
    assert found == [
        ("Ada Lund", "Here today"),
        ("Tom Bergholm", "Well thank"),
        ("Ada Lund", "Of course."),
    ]


HANSARD = (
    "Debates of 28 Oct 2022\n\n"
    "Mr Speaker 10:22 a.m.\n\n"
    "Hon Members, we would start with the correction of the Votes and Proceedings.\n\n"
    "Mr Tom Bergholm 10:22 a.m.\n\n"
    "Mr Speaker, on page 8, item 31, I was marked absent but I was here yesterday.\n\n"
    "Mr Speaker 10:22 a.m.\n\n"
    "Hon Member, is that so?\n\n"
    "Mr Bergholm 10:22 a.m.\n\n"
    "Mr Speaker, yes, the Clerks saw me in the Chamber yesterday.\n\n"
    "Mr Speaker 10:22 a.m.\n\n"
    "Hon Member, we will correct the record.\n"
)


def test_a_hansards_labels_with_the_time_of_each_turn() -> None:
    found = [(q.speaker_full, q.text[:12]) for q in extract_quotations(HANSARD)]
    assert found[1:] == [
        ("Tom Bergholm", "Mr Speaker, "),
        ("Mr Speaker", "Hon Member, "),
        ("Tom Bergholm", "Mr Speaker, "),
        ("Mr Speaker", "Hon Member, "),
    ]


def test_a_hansards_repeated_labels_stay_in_the_cleaned_text() -> None:
    from claimtrack.reading.cleaning import clean

    # (the first stands above the prose, with the page's header)
    assert clean(HANSARD).text.count("Mr Speaker 10:22 a.m.") == 2


QA = (
    "Q & A with the chief\n\n"
    "Which was your favorite unit to work in?\n\n"
    "I have to say the warrants unit, because I got to work right out in the field.\n\n"
    "Why did you decide to take the job in Northport?\n\n"
    "At that time, I had been in the department for 24 years and I was a captain.\n\n"
    "How would you describe your time as chief?\n\n"
    "It has been terrific. I could not have asked for more support from the board.\n"
)


def test_a_question_to_you_under_the_headline_answered_in_the_first_person_is_the_body() -> None:
    from claimtrack.reading.cleaning import clean

    assert clean(QA).text.startswith("Which was your favorite unit")
    assert extract_quotations(QA)[0].text == "Which was your favorite unit to work in?"


def test_a_question_under_the_headline_answered_by_news_prose_is_the_header() -> None:
    from claimtrack.reading.cleaning import clean

    deck = (
        "Harbour plan\n\nWhat will your town look like in ten years?\n\n"
        "The council published its harbour plan on Monday, and the mayor presented it.\n"
    )
    assert clean(deck).text.startswith("The council published")


SPANISH = (
    "Ada Lund, ministra: el trabajo no es solo un lugar\n\n"
    "La economista Ada Lund es desde 2010 ministra de Economía de Norlandia.\n\n"
    "El país ¿está bien? ¿Estamos mejor que nunca?\n\n"
    "Yo creo que el país ha estado atravesando una fase inédita de expansión.\n\n"
    "¿Desde cuándo es eso?\n\n"
    "Desde 1955. Nosotros vemos el período más prolongado de crecimiento.\n\n"
    "La oposición ¿qué dice?\n\n"
    "Desde la oposición se sostiene que venimos con viento de cola, pero yo creo que no.\n"
)


def test_a_spanish_question_with_its_subject_before_the_opening_mark() -> None:
    found = extract_quotations(SPANISH)
    assert [q.speaker_full for q in found] == [None, "Ada Lund"] * 3
    assert found[4].text == "La oposición ¿qué dice?"


def test_talked_to_its_creator_announces_the_interview() -> None:
    page = (
        "An honest conversation about the trains\n\n"
        "The line recently suffered power glitches for two days.\n\n"
        "Northport Daily talked to its creator Ada Lund.\n\n"
        "When did you start this project? What is the reason behind it?\n\n"
        "I started the page last January. Since 2011, I ride the train every day.\n"
    )
    found = [(q.speaker_full, q.kind) for q in extract_quotations(page)]
    assert found == [(None, "interview"), ("Ada Lund", "interview")]


def test_a_turn_of_marks_round_nothing_keeps_its_marks() -> None:
    # Found by the property test: the turn's words are never blank.
    assert all(q.text.strip() for q in extract_quotations('Q: " "'))
