"""Speakers, round 24: a body's name before a person's role, a word named as a term, and a
newcomer a pronoun stands for."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in name_chunks(sentence, tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "Northland Farmers and Growers Association president Tom Bergholm believed it.",
            ["Northland Farmers", "Growers Association"],
        ),
        ("Rural Care and Well (RCW) chief executive officer Ada Lund said so.", ["Rural Care"]),
        ("Bay of Plenty DHB CEO Ada Lund has said it will settle.", ["Bay"]),
    ],
)
def test_a_bodys_name_before_a_persons_role_is_no_person(sentence: str, bodies: list[str]) -> None:
    kinds = dict(_kinds(sentence))
    assert all(kinds[body] == "org" for body in bodies)
    assert "person" in kinds.values()  # the person after the role stays one


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Bergholm and Ada Lund said so.",  # two people
        "Lund told Northport Council chair Ada Berg so.",  # a verb ends the chain
        "Tom Bergholm and Northport Council chief Ada Lund said so.",  # a first name
    ],
)
def test_people_before_a_role_stay_people(sentence: str) -> None:
    assert _kinds(sentence)[0][1] == "person"


def test_he_after_a_body_and_a_role_is_the_person_after_the_role() -> None:
    text = (
        "Dry spell\n\nThe council announced a package.\n\n"
        "Northland Farmers and Growers Association president Tom Bergholm believed it was a "
        "discussion to have.\n\n“It has been a long dry spell,” he said."
    )
    (quote,) = extract_quotations(text)
    assert (quote.speaker_full, quote.resolution) == ("Tom Bergholm", "pronoun")


def test_she_after_a_body_of_somewhere_and_a_title_is_the_person() -> None:
    text = (
        "Strike notice\n\nThe boards' spokesperson and Bay of Plenty DHB CEO Ada Lund has said "
        "the board will do all it can.\n\nShe said the boards would “absolutely ramp up” their "
        "plans."
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"


def test_a_word_named_after_the_term_is_no_ones_speech() -> None:
    text = (
        "Dry spell\n\nThe council announced a package but has been reluctant to use the term "
        "“drought”.\n\nTom Bergholm said the farmers were “running out of feed”."
    )
    assert [q.text for q in extract_quotations(text)] == ["running out of feed"]


def test_a_cue_less_quote_goes_on_with_the_newcomer_he_stands_for() -> None:
    text = (
        "Dry spell\n\n"
        "Northport Care chief executive Ada Lund said feed prices had doubled.\n\n"
        "“That is an alarming trend,” she said.\n\n"
        "The council announced a package.\n\n"
        "Farmers' association president Tom Bergholm believed it was a discussion to have.\n\n"
        "“It has been a long dry spell,” he said.\n\n"
        "“It looks like we are not going to get any rain in the next week.”"
    )
    found = [(q.text[:12], q.speaker_full) for q in extract_quotations(text)]
    assert found == [
        ("That is an a", "Ada Lund"),
        ("It has been ", "Tom Bergholm"),
        ("It looks lik", "Tom Bergholm"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a seat's or a rank's letters before a label's name
        ("Christmas\n\nMLA Ada Lund: “Merry Christmas to everybody.”\n\n"
         "MLA Tom Bergholm: “Thanks to all our emergency services.”", "Ada Lund"),
        # an occupation of seven letters before the name
        ("Turbines\n\nPlanner Kim Dalevik said: “There is capacity in the landscape.”",
         "Kim Dalevik"),
        # the person, not the body they are with
        ("Storm\n\nTom Bergholm with the Northland Weather Service says, “Put all the pieces "
         "together and then work out what happened.”", "Tom Bergholm"),
    ],
)  # fmt: skip
def test_the_person_not_the_words_around_their_name(text: str, speaker: str) -> None:
    assert extract_quotations(text)[0].speaker_full == speaker


def test_a_first_name_before_a_name_is_no_head() -> None:
    # "Spencer" is in the first names' dictionary: two first names and a surname stay whole.
    text = "Harbour\n\n“We will reopen the quay on Monday,” said Spencer Tom Bergholm."
    assert extract_quotations(text)[0].speaker_full == "Spencer Tom Bergholm"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "es" joins a place's words as "de" does: the role and the person after it
        ("Port\n\n“We are performing well,” said Vila es Conde Port Director Kim Dalevik.",
         "Kim Dalevik"),
        # one title joined by "&"
        ("Award\n\n“We are privileged to have this staff,” said Northport Chamber President & "
         "CEO Tom Bergholm.", "Tom Bergholm"),
        # a title that is a surname after a first name
        ("Visit\n\nThe minister met his counterpart Julie Bishop on Monday.\n\n“I am aware "
         "of the challenge to the arrangement,” she said.", "Julie Bishop"),
        # a hotel is no one "she" stands for
        ("Measles\n\n“This is community protection,” said Dr. Ada Lund of Northport Health.\n\n"
         "With an outbreak reported at the MGM Grand Hotel in Las Vegas, she says anything may "
         "happen.\n\n“That kind of exposure is very concerning,” she said.", "Ada Lund"),
    ],
)  # fmt: skip
def test_titles_and_places_around_a_name(text: str, speaker: str) -> None:
    assert extract_quotations(text)[-1].speaker_full == speaker


def test_a_title_after_an_article_is_a_role_not_a_surname() -> None:
    text = (
        "Storm\n\nHarlow Gov. Ada Lund urged everyone to leave the coast.\n\n"
        "“If you are in an evacuation zone, leave,” added the Harlow Governor."
    )
    assert extract_quotations(text)[0].speaker_full == "Ada Lund"


def test_a_participle_then_that_opens_a_clause_not_the_speaker() -> None:
    text = (
        "Tour\n\nPrime Minister Tom Bergholm described the tour as “very good, excellent”, "
        "noting that the chance to meet Northport Islanders was well received."
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Tom Bergholm"


def test_an_inverted_cue_after_a_quote_with_no_comma() -> None:
    text = (
        "Grants\n\n“I am proud of the coverage,” Gov. Tom Bergholm said.\n\n"
        "“The great thing about these awards is that we serve these sites for many years” said "
        "Ada Lund, Commissioner of Public Service. “This will be our objective.”"
    )
    found = [(q.text[:9], q.speaker_full) for q in extract_quotations(text)]
    assert found[1:] == [("The great", "Ada Lund"), ("This will", "Ada Lund")]


def test_said_to_be_after_a_quote_is_no_cue() -> None:
    text = "Songs\n\nThe band played “Hold the Harbour Line Tonight” said to be its last song."
    assert all(q.speaker_full is None for q in extract_quotations(text))


def test_a_role_nobody_named_is_no_group_named_as_a_subject() -> None:
    text = (
        "Student sentenced\n\nThe court convicted the student of promoting Harbourwatch ideology "
        "online. Court documents said the student followed Harbourwatch for a year.\n\n"
        "“My client is a young student and would like to continue his education,” the lawyer "
        "stated."
    )
    (quote,) = extract_quotations(text)
    # A role nobody named, never the group: no speaker (round 26), the role as written.
    assert (quote.speaker_full, quote.speaker_as_written) == (None, "the lawyer")


def test_a_description_after_a_preposition_is_the_role_alone() -> None:
    text = (
        "Appeal\n\nThe defendant contested the ruling through his lawyer, who claimed that the "
        "prosecutor “failed to present any other solid evidence”."
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_as_written == "his lawyer"


def test_portuguese_relata_que_governs_a_partial_quote_of_the_role_holder() -> None:
    text = (
        "Fogo\n\nO presidente da Câmara de Norvik, Tom Bergholm, disse que o fogo continua.\n\n"
        'O presidente da Câmara de Norvik relata que as chamas lavram "com muita intensidade" '
        "no concelho."
    )
    (quote,) = extract_quotations(text)
    assert (quote.text, quote.speaker_full) == ("com muita intensidade", "Tom Bergholm")


def test_por_conta_de_is_no_speech_verb() -> None:
    text = 'Fogo\n\nPor conta do vento, o fogo "não diminuiu" à noite, disse Tom Bergholm.'
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Tom Bergholm"


def test_he_and_a_surname_two_people_share_is_the_man() -> None:
    text = (
        "Dinner\n\nPresident Tom Bio and First Lady Ada Bio hosted a state dinner.\n\n"
        "During the dinner, President Bio proposed a toast. He described the guest as “an elder "
        "brother and a cherished member of the family.”"
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Tom Bio"


def test_she_and_a_surname_two_people_share_is_the_woman() -> None:
    text = (
        "Dinner\n\nPresident Tom Bio and First Lady Ada Bio hosted a state dinner.\n\n"
        "Later, Mrs Bio thanked the guests. She called the evening “a night to remember.”"
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Ada Bio"


def test_he_is_never_a_name_the_article_writes_after_the() -> None:
    text = (
        "Attack\n\nNorthport police spokesman Senior Commissioner, Tom Bergholm, stated on "
        "Monday that action was taken against the suspects.\n\nHe explained that they were part "
        "of a family network.\n\nThe number of people killed in the bomb attack at the Danish "
        "Christian Church (DCC) at Harbour Street reached three, with all of them being "
        "perpetrators, he noted.\n\n“The three included a mother and her two children,” he added."
    )
    assert extract_quotations(text)[-1].speaker_full == "Tom Bergholm"


def test_a_title_before_a_name_after_the_keeps_the_person() -> None:
    from claimtrack.aids.pronouns import _names_after_the

    names = _names_after_the("The Mayor Ada Lund opened the Indonesian Christian Church.")
    assert "Ada Lund" not in names and "Christian Church" in names


def test_a_bodys_word_in_lower_case_before_a_role_and_a_name() -> None:
    text = (
        "Award\n\n“We are delighted to be recognised,” said Northport chamber president Ada Lund, "
        "who also chairs the board."
    )
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"


def test_a_bodys_word_after_a_name_with_no_name_after_it_ends_the_phrase() -> None:
    text = "Award\n\n“It is a good day,” said Ada Lund council members said."
    (quote,) = extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"
