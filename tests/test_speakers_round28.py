"""Round 28: who speaks when a name stands before a phrase, a role or a description at the cue,
an interview's label is a titled person's initials, and a paper's name holds a speech verb."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.aids.cue_after import in_name
from claimtrack.text.tokens import tokenize


def _quotes(text: str) -> list[claimtrack.Quotation]:
    return list(claimtrack.extract_quotations(text))


def _speaker(text: str, n: int = 0) -> str | None:
    found = _quotes(text)
    return found[n].speaker_full or found[n].speaker


def test_a_person_with_the_body_speaks_not_the_body() -> None:
    text = (
        "Police shot a man on Thayer Street on Monday.\n\n"
        "“The young man did display a weapon,” Sgt. Ada Lund with the Northport Police "
        "Department said."
    )
    assert _speaker(text) == "Ada Lund"


def test_a_person_with_another_person_is_no_such_phrase() -> None:
    # "with" opens a person's phrase only before "the": here the two are a pair, and the rules
    # do not make the first one the speaker of what the pair said.
    text = "The pair toured the site.\n\n“We are ready,” Ada Lund with Tom Berg said."
    assert _speaker(text) != "Ada Lund"


@pytest.mark.parametrize(
    "role",
    ["Executive Director & CFO", "Executive Director and CFO", "Executive Director"],
)
def test_a_name_before_a_role_of_two_titles_set_off_by_commas_speaks(role: str) -> None:
    text = (
        "Northport Shoes won an award for its schools programme.\n\n"
        f"Speaking on the recognition, Mr. Tom Berg, {role}, Northport Footwear Limited, said, "
        "“Education is the foundation of a progressive society.”"
    )
    assert _speaker(text) == "Tom Berg"


def test_a_papers_name_holds_no_speech_verb_and_a_description_leaves_its_name_speaking() -> None:
    text = (
        "Teachers at private schools have not been paid for months.\n\n"
        "Tom Berg, a teacher of Northport Model School and College at Eastvale told Northport "
        "Post, “I am passing a miserable life as I am not getting salary.”\n\n"
        "“Now, there is no hope to get another job,” he added."
    )
    found = _quotes(text)
    assert [q.speaker_full for q in found] == ["Tom Berg", "Tom Berg"]
    assert found[0].cue == "told"  # not "Post,"


def test_a_body_after_the_comma_may_still_speak() -> None:
    text = "The bank met on Monday.\n\nAda Lund, the Northport Bank said “We are waiting.”"
    assert _speaker(text) == "Northport Bank"


def test_a_verb_in_capitals_is_a_names_word_only_in_a_sentence_written_in_lower_case() -> None:
    assert in_name(tokenize("Tom Berg told Northport Post"), 4)
    assert not in_name(tokenize("Minister Says"), 1)  # a headline in Title Case keeps its verb
    assert not in_name(tokenize("Tom Berg told reporters"), 2)


@pytest.mark.parametrize(
    "intro",
    [
        "Assistant Keeper Ada Lund and Public Programs Manager Tom Berg sat down to talk.",
        "Curator Ada Lund and manager Tom Berg sat down to talk.",
    ],
)
def test_an_interview_label_is_the_initials_of_a_titled_person(intro: str) -> None:
    text = (
        f"On January 21, the Gallery hosted an evening at the Museum. {intro}\n\n"
        "TB: So what was your favourite part of the night?\n\n"
        "AL: Well, first let me just say what I like most about the members. They come to "
        "see each other.\n\n"
        "TB: And the colours?\n\n"
        "AL: The peach walls got everyone talking, which is what we wanted.\n"
    )
    found = _quotes(text)
    assert [q.speaker_full for q in found] == ["Tom Berg", "Ada Lund", "Tom Berg", "Ada Lund"]


def test_curator_is_a_role() -> None:
    text = "The museum reopened.\n\n“The rooms are ready,” the curator said."
    found = _quotes(text)
    assert found[0].resolution in ("description", "role")


@pytest.mark.parametrize("role", ["the PM", "the prime minister"])
def test_a_dateline_in_capitals_is_a_place_and_the_pm_the_prime_minister(role: str) -> None:
    text = (
        "NORTHPORT CITY, Feb 2 – Prime Minister Ada Lund rejected calls to move the summit.\n\n"
        "The summit will be held in the capital next week, officials said.\n\n"
        f"“We are saddened by those who pushed for the summit to be held elsewhere,” {role} said."
    )
    found = _quotes(text)
    assert (found[0].speaker_full, found[0].resolution) == ("Ada Lund", "role")


def test_a_name_inside_a_phrase_before_the_sentences_verb_is_no_subject() -> None:
    text = (
        "The council lost the appeal on Monday.\n\n"
        "In a report on the Church Fields appeals by Northport Homes, Mr Tom Berg says the "
        "decision has some implications for the council.\n\n"
        "He said it was “disappointing to note that the inspector placed limited weight on the "
        "views of the local community.”"
    )
    assert _speaker(text) == "Tom Berg"


def test_a_name_with_its_own_of_still_speaks_in_the_reported_sentence() -> None:
    text = (
        "Nurses gave notice of a strike.\n\n"
        "Spokesperson and Bay of Plenty DHB CEO Ada Lund has said the board will do all it can.\n\n"
        "She said the board would “absolutely ramp up” its contingency plans."
    )
    assert _speaker(text) == "Ada Lund"


def test_the_person_an_article_is_about_is_no_place() -> None:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.topic_people import topic_person

    text = (
        "Here is the transcript of an interview I did with the New Zealand based bookshop "
        "Plot and Read.\n\nWhat is your favourite takeaway?\n\nIndian, with rice.\n"
    )
    assert topic_person(ArticleReader(text), 2) is None


def test_a_headline_in_capitals_names_only_people_with_a_listed_first_name() -> None:
    from claimtrack.aids.headline_people import headline_people

    assert headline_people("WHEN YOUR INTERVIEW INCLUDES QUESTIONS ABOUT SOCKS") == []
    assert headline_people("ADA LUND WARNS HARBOUR CREWS") == ["ADA LUND"]
    assert headline_people("Ada Lund Warns Harbour Crews") == ["Ada Lund"]


def test_a_title_and_a_name_after_the_cue_stop_at_the_sentences_end() -> None:
    text = (
        "Art in the north\n\n"
        "“Much of the work made here is inspired by place and landscape,” says Northport "
        "Festival director Ada Lund. She is speaking of Eva Holm’s exhibition, Colour "
        "Conference, at the city’s gallery.\n\n"
        "“I am ready to take up this goal,” added Lund. Lund met Energy Minister Tom Berg, "
        "Labour Minister Eva Holm, and the regulator."
    )
    assert [q.speaker_full for q in _quotes(text)] == ["Ada Lund", "Ada Lund"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two guards were hurt and are “out of danger”, according to the police commander of "
        "Zone 8, Tom Berg.",
        "Two guards were hurt and are “out of danger”, according to Tom Berg, the commander.",
    ],
)
def test_according_to_a_description_and_the_name_set_off_after_it(sentence: str) -> None:
    text = f"Prison clash\n\nGangs fought in the prison on Monday.\n\n{sentence}\n"
    assert _speaker(text) == "Tom Berg"


def test_a_name_alone_right_above_a_prompt_heads_the_next_speakers_answers() -> None:
    text = (
        "Northport beat Eastvale 6-1 on Saturday.\n\n"
        "On the game: “I felt good. I think as a group we were motivated after the last game.”\n\n"
        "On the hat-trick: “I think we were just trying to get into good habits at the end.”\n\n"
        "Tom Berg\n\n"
        "On the response: “It was really important that we learned from the last game.”\n\n"
        "On the defence: “We tightened up and I think we played well.”\n"
    )
    found = _quotes(text)
    assert [q.speaker_full for q in found[2:]] == ["Tom Berg", "Tom Berg"]
    assert found[0].speaker_full != "Tom Berg"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("farmer director for Northern South Island Tom Berg", "Tom Berg"),
        ("Secretary of State Ivo Lundgren Berg", "Ivo Lundgren Berg"),  # all of his name
    ],
)
def test_a_place_after_a_role_is_no_part_of_the_name(subject: str, speaker: str) -> None:
    text = (
        "The rain came at last.\n\n"
        f"{subject}, who farms at Culverden, said the rain had made a huge difference.\n\n"
        "“Winter feed has taken off and it is still mild so the grass is growing,” he said."
    )
    assert _quotes(text)[0].speaker_full == speaker
