"""Round 37: a name whose apposition runs into the verb with its closing comma left out ("“…,”
Ada Lind, the port's director said") speaks, not the role after it; an apposition opened by a
role and holding a semicolon ("Ada Lind, board member for parks, roads; and housing, said")
still leaves the name the subject; a plural description ("their freight clients say") is no
"he" the next quote's cue stands for."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.aids.coreference import role_key


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "cue",
    [
        "Mr Tobin Vale, the Harbour Board Chairman said today.",
        "Tobin Vale, the chairman of the harbour board told reporters.",
        "Dr Tobin Vale, a harbour board official said.",
    ],
)
def test_a_name_before_an_unclosed_apposition_is_the_speaker(cue: str, learned: bool) -> None:
    text = (
        "Harbour Board Raises Dredging Budget\n\n"
        "The board rejected the opposition's figures on Monday.\n\n"
        f"“The harbour has more money for dredging this year than ever before,” {cue}\n"
    )
    assert _speakers(text, learned) == ["Tobin Vale"]


def test_a_clause_before_a_comma_is_no_name_for_an_unclosed_apposition() -> None:
    text = "Tobin Vale chairs the board.\n\n“The money is there,” in the end, the chairman said.\n"
    assert _speakers(text) != ["In"]


@pytest.mark.parametrize("learned", [False, True])
def test_an_apposition_opened_by_a_role_with_a_semicolon_leaves_the_name_speaking(
    learned: bool,
) -> None:
    text = (
        "Use water sparingly, says the City of Northvale.\n\n"
        "Ilsabet Quarn, committee member for parks, roads and drains; and housing, said the "
        "cuts would last a week.\n\n"
        "“We depend on the reservoir board telling us how much water there will be.”\n"
    )
    assert _speakers(text, learned) == ["Ilsabet Quarn"]


@pytest.mark.parametrize("learned", [False, True])
def test_he_after_a_plural_description_reporting_speech_is_the_man_named(learned: bool) -> None:
    text = (
        "Harbour chiefs, such as Tomas Werl, director at the Port of Eastwick, who have spoken "
        "with shipping lines and their cargo customers say the lull will not come.\n\n"
        "“I don’t see the queues easing,” he said. “Many think it will last all summer.”\n"
    )
    assert _speakers(text, learned) == ["Tomas Werl", "Tomas Werl"]


def test_a_plural_description_speaking_itself_is_not_the_man_named_before() -> None:
    text = (
        "Tomas Werl runs the port.\n\n"
        "“The queues are the worst we have seen,” their cargo customers said.\n"
    )
    [quote] = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full is None  # many people: a refusal, not Werl
    assert quote.speaker_as_written == "their cargo customers"


@pytest.mark.parametrize("learned", [False, True])
def test_a_place_opening_with_a_given_name_before_a_seat_and_a_name_is_cut(learned: bool) -> None:
    # "Ward" is a first name too; the seat's acronym right before "Oscar" shows where the name
    # starts
    text = (
        "Five members lost their seats.\n\n"
        "Velm Ward MCA Oscar Tembe, one of those removed, called the purge “unfair and "
        "politically motivated,” and appealed.\n"
    )
    assert _speakers(text, learned) == ["Oscar Tembe"]


def test_a_given_name_opening_a_name_of_three_words_stays() -> None:
    text = "The board met.\n\n“We will appeal,” said Ward Oscar Tembe, who chairs it.\n"
    assert _speakers(text) == ["Ward Oscar Tembe"]


def test_he_after_a_titled_surname_opening_its_paragraph_is_that_person() -> None:
    # the man quoted before is the current speaker, but "Cllr Lund" opens this paragraph
    text = (
        "PCC Tom Reed said: “I think the fines are far too low in many cases.”\n\n"
        "In the meeting, Mr Reed said those who spit at staff were “scumbags” whose actions "
        "could be dangerous.\n\n"
        "Cllr Lund, Northport council’s cabinet member for safety, has called for a review. "
        "He added: “Life sentences should mean life. Shoplifting fines appear derisory.”\n"
    )
    assert _speakers(text, learned=False)[-1] == "Lund"


def test_he_after_an_untitled_surname_mentioned_in_passing_stays_the_speaker() -> None:
    text = (
        "PCC Tom Reed said: “I think the fines are far too low in many cases.”\n\n"
        "In the meeting, Mr Reed said those who spit at staff were “scumbags” whose actions "
        "could be dangerous.\n\n"
        "A report by Lund was read out. He added: “Life sentences should mean life.”\n"
    )
    assert _speakers(text, learned=False)[-1] == "Tom Reed"


@pytest.mark.parametrize("learned", [False, True])
def test_a_title_alone_is_the_one_person_named_with_it_later(learned: bool) -> None:
    text = (
        "Rain claims lives but Mayor says citizens are happy\n\n"
        "The Mayor said: “The people were expecting rains and now they are happy.”\n\n"
        "The city came to a standstill. Mayor Ivo Brandt denied all reports of flooding.\n"
    )
    assert _speakers(text, learned) == ["Ivo Brandt"]


def test_a_title_alone_is_nobody_when_two_are_named_with_it_later() -> None:
    text = (
        "The Mayor said: “The people were expecting rains and now they are happy.”\n\n"
        "Mayor Ivo Brandt denied it; Mayor Ada Lund of Eastwick did not.\n"
    )
    assert _speakers(text, learned=False) == ["Mayor"]


@pytest.mark.parametrize(
    "subject",
    [
        "the running mate of presidential hopeful Tomas Petro",
        "the wife of opposition leader Tomas Petro",
        "a cousin of party candidate Tomas Petro",
    ],
)
def test_a_person_named_with_a_role_after_of_is_not_who_speaks(subject: str) -> None:
    text = f"Officials met.\n\n“They will not silence us, and peace will win,” said {subject}.\n"
    assert _speakers(text, learned=False) != ["Tomas Petro"]


@pytest.mark.parametrize(
    "subject",
    ["the leader of the opposition Tomas Petro", "the President of Velmland Tomas Petro"],
)
def test_a_name_run_into_a_role_of_a_body_is_the_holder(subject: str) -> None:
    text = f"Officials met.\n\n“They will not silence us, and peace will win,” said {subject}.\n"
    assert _speakers(text, learned=False) == ["Tomas Petro"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("age", ["43-year-old", "43 - year-old"])
def test_an_age_before_a_role_still_finds_the_role_holder(learned: bool, age: str) -> None:
    text = (
        "The rebels’ spokesman Ivo Marrak, who appeared before the media for the first time "
        "in a decade, said that he lived in the capital.\n\n"
        "“They used to think I did not exist,” Marrak told an interviewer. “I escaped so many "
        f"times from their raids that they thought I was a made up figure,” the {age} "
        "spokesman said.\n"
    )
    assert _speakers(text, learned) == ["Ivo Marrak", "Ivo Marrak"]


@pytest.mark.parametrize("place", ["the VELM Range", "Velm Range", "Velm Airport"])
def test_a_place_named_in_a_mention_is_no_he(place: str) -> None:
    text = (
        "Chairman Ivo Marrak spoke after the launch.\n\n"
        f"The next task was the launch in two weeks from {place}, he added. He said the rocket "
        "is now ready, he added.\n\n"
        "About the mission, he said ''I am extremely happy to declare that it went well.''\n"
    )
    assert _speakers(text, learned=False) == ["Ivo Marrak"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_portfolio_for_two_things_before_a_name_is_the_title(learned: bool) -> None:
    text = (
        "The figures were published on Monday.\n\n"
        "“We are ready for the season,” said Minister for Ports and Harbours Tom Berg.\n\n"
        "Minister for Roads and Rail Ivo Lind said: “We are not ready at all.”\n"
    )
    assert _speakers(text, learned) == ["Tom Berg", "Ivo Lind"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_country_or_region_is_neither_the_speaker_nor_whom_he_stands_for(learned: bool) -> None:
    text = (
        "Ivo Marrak coaches the national side.\n\n"
        "The national coach, who noted that Morocco must regularly qualify for the World Cup, "
        "did not rule out that an African team would win it one day.\n\n"
        "Regarding his awards, Africa’s “Coach of the Year” said that “these are not things I "
        "am very interested in”. “What interests me most is my team,” he underlined.\n"
    )
    # the owner of the quoted title is no speaker (a refusal); "he" is the coach, not Morocco
    assert _speakers(text, learned) == [None, "Ivo Marrak"]


def test_a_title_alone_is_the_one_person_named_with_it_later_not_the_main_subject() -> None:
    text = (
        "Harbour chiefs such as Tomas Werl, who have spoken with their customers, say the lull "
        "will not come.\n\n"
        "The Mayor said: “The people were expecting rain and now they are happy.”\n\n"
        "The city came to a standstill. Mayor Ivo Brandt denied all reports of flooding.\n"
    )
    assert _speakers(text, learned=False) == ["Ivo Brandt"]


def test_a_title_held_by_someone_named_before_stays_theirs() -> None:
    text = (
        "Mayor Ada Lund opened the bridge.\n\n"
        "The Mayor said: “The people were expecting rain and now they are happy.”\n\n"
        "In Eastwick, Mayor Ivo Brandt denied all reports of flooding.\n"
    )
    assert _speakers(text, learned=False) == ["Ada Lund"]


@pytest.mark.parametrize("place", ["Velm District", "the Northern Territory", "Harbour Borough"])
def test_a_district_or_territory_is_no_one_a_role_stands_for(place: str) -> None:
    text = (
        "The weather service says a heavy rain warning is in place for the coast and "
        f"{place} until 3pm.\n\n"
        "“Expect a further 30 to 50 mm of rain on top of what has already fallen,” the "
        "forecaster said.\n"
    )
    assert _speakers(text, learned=False)[0] not in (
        "Velm District",
        "Northern Territory",
        "Harbour Borough",
    )


_RAIN = (
    "The Velm Weather Authority said rain would fall on Monday. “This is due to moist winds "
    "from the ocean and the forest,” it explained.\n\n"
    "Meanwhile, {issuer} has also {verb} a second heavy rain alert in as many weeks.\n\n"
    "“Heavy rain of more than 20 mm in 24 hours is expected from Wednesday to Sunday over the "
    "coast. The intensities are expected to be higher in the north.”\n"
)


@pytest.mark.parametrize("verb", ["released", "issued"])
def test_a_quote_under_a_body_that_issued_an_alert_is_that_bodys(verb: str) -> None:
    text = _RAIN.format(issuer="the Northport Met Office", verb=verb)
    assert _speakers(text, learned=False)[-1] == "Northport Met Office"


def test_two_bodies_issuing_together_take_no_quote_from_the_one_before() -> None:
    text = _RAIN.format(issuer="the weather services of Velm and Northport", verb="released")
    assert _speakers(text, learned=False)[-1] not in ("Northport", "Velm")


@pytest.mark.parametrize(
    ("cue", "issuer"),
    [
        ("read the Velmish government press release", "Velmish government"),
        ("said a Northport council statement", "Northport council"),
        ("said the Velm ministry statement", "Velm ministry"),
    ],
)
def test_a_document_named_with_its_issuer_speaks_for_that_body(cue: str, issuer: str) -> None:
    text = f"“The measures will stay in place until April, and we will review them,” {cue}.\n"
    assert _speakers(text, learned=False) == [issuer]


def test_a_release_named_by_an_acronym_is_still_that_bodys() -> None:
    text = (
        "The NMO said rain would come this week.\n\n"
        "“Tuesday and Wednesday are expected to have even more rain,” the NMO release reads.\n"
    )
    assert _speakers(text, learned=False) == ["NMO"]


@pytest.mark.parametrize("word", ["treinador", "técnico", "entrenador", "allenatore", "entraîneur"])
def test_a_coachs_word_in_the_romance_languages_is_the_coachs_role(word: str) -> None:
    # so "o treinador" finds the person named "técnico Ivo Marrak" before
    assert role_key(["o", word])[0] == role_key(["the", "coach"])[0] == "coach"
