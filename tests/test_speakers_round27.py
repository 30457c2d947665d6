"""Round 27: who speaks when a description, a name and a body's phrase stand before the cue."""

from __future__ import annotations

import pytest

import claimtrack


def _speaker(text: str, n: int = 0) -> str | None:
    found = claimtrack.extract_quotations(text)
    return found[n].speaker_full or found[n].speaker


@pytest.mark.parametrize(
    "subject",
    [
        "geophysicist Tom Berg of the Northport Met Office said",
        "local farmer Tom Berg of Northport told the paper",
        "senior economist Tom Berg at Northport Bank said",
        "Tom Berg of the Northport Met Office said",
    ],
)
def test_a_description_before_a_name_and_its_body_leaves_the_person_speaking(subject: str) -> None:
    text = f"Ada Lund spoke first.\n\n“The situation is similar today,” {subject}."
    assert _speaker(text) == "Tom Berg"


def test_a_bodys_name_after_the_article_still_speaks_as_the_body() -> None:
    text = "Ada Lund spoke first.\n\n“Nurses are tired,” the Royal College of Nursing said."
    assert _speaker(text) == "Royal College of Nursing"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Karim Nasser al-Hadi visited the port.\n\n"
            "“We will rebuild it,” al-Hadi said.",
            "Karim Nasser al-Hadi",
        ),
        (
            "In his address, el-Masri called the museum “a living testament to the people,” "
            "adding: “We were builders.”",
            "el-Masri",
        ),
        (
            "“The position is clear,” said Sheikh Faisal bin Nasser al-Hadi.",
            "Faisal bin Nasser al-Hadi",
        ),
    ],
)
def test_an_arabic_names_lower_case_article_is_part_of_the_name(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "cue",
    [
        "says Northport regional police chief Tom Paul Berg",
        "said Northport county council leader Tom Berg",
        "said Ald. Tom Berg during the panel discussion",
    ],
)
def test_a_place_and_a_role_in_lower_case_before_the_name_leave_the_name(cue: str) -> None:
    name = "Tom Paul Berg" if "Paul" in cue else "Tom Berg"
    assert _speaker(f"“The suspects were found with explosives,” {cue}.") == name


def test_a_title_in_italian_before_the_name_is_no_part_of_it() -> None:
    text = "A lunedì il Governatore Luca Zaia ha chiesto “la chiusura delle scuole”."
    assert _speaker(text) == "Luca Zaia"


def test_a_sports_position_describes_the_player_named_before() -> None:
    text = (
        "Tom Berg played at the back for Northport.\n\n"
        "“We are disappointed by the result,” the Northport stopper said."
    )
    assert _speaker(text) == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Northport parents Maria and Craig Dowling both work. ‘Fees are high,’ says Maria.",
            "Maria Dowling",
        ),
        (
            "Northport parents Maria and Craig Dowling both work. ‘Fees are high,’ says Craig.",
            "Craig Dowling",
        ),
        ("Ada and Tom Berg Lund run a farm. “It is hard,” says Ada.", "Ada"),
    ],
)
def test_a_couple_shares_the_surname_written_once(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_possessive_in_capitals_ends_a_name_in_the_headline() -> None:
    text = (
        "TRANSCRIPT OF PRIME MINISTER ADA BERG LUND’S INTERVIEW WITH THE NORTHPORT COURIER\n\n"
        "Q: What were your first impressions of the city?\n\n"
        "Ms Lund: “My impressions were based on discussions with the leaders.”\n"
    )
    found = claimtrack.extract_quotations(text)
    answer = next(q for q in found if q.text.startswith("My impressions"))
    assert (answer.speaker_full or "").casefold() == "ada berg lund"


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at the event, Dr. Tom Berg, CEO of Northport Bank said: “Today is a milestone.”",
        "Tom Berg, Minister of Water, Irrigation and Energy said the dam was ready.\n\n"
        "“Today is a milestone,” he said.",
        "The judge, Tom Berg of the District Court, said that the rules served no “useful "
        "function other than to punish people twice.”",
    ],
)
def test_a_name_set_off_before_its_role_speaks_when_the_comma_after_is_left_out(
    text: str,
) -> None:
    assert _speaker(text) == "Tom Berg"


def test_a_body_after_a_name_and_a_comma_still_speaks() -> None:
    text = "In a letter to Ada Lund, Northport Bank said: “The rate will not change.”"
    assert _speaker(text) == "Northport Bank"


def test_a_street_named_like_a_person_holds_no_role() -> None:
    text = (
        "A boy of 15 appeared in court on Monday.\n\n"
        "The court heard he walked through the streets after leaving Wellington Place.\n\n"
        'A defence barrister said his client was vulnerable and the charges were linked simply "to '
        'his presence".'
    )
    assert _speaker(text) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Northport Farmers dairy chairperson Tom Berg wants a switch.",
        "That made Northport Farmers Union dairy chairperson, Tom Berg, eye a switch.",
    ],
)
def test_a_group_named_before_the_person_is_no_he(lead: str) -> None:
    text = f"{lead}\n\nHe said the decision wasn’t “related to just payout”."
    assert _speaker(text) == "Tom Berg"


def test_a_verb_after_an_owner_is_an_adjective_not_a_cue() -> None:
    text = (
        "Northport Consul-General Tom Berg has said the port is ready.\n\n"
        "Pinning hopes on Prime Minister Ada Lund’s proposed visit in August, he said they "
        "were the biggest exporter of juice.\n\n"
        "“Our country is famous for high altitudes,” he said."
    )
    assert _speaker(text, -1) == "Tom Berg"


def test_a_name_runs_on_across_a_double_space() -> None:
    text = (
        "Education Undersecretary Jesus  Lorenzo R. Mateo said the classrooms were built.\n\n"
        "“We have one room for every 45 students,” Mateo said."
    )
    assert _speaker(text) == "Jesus Lorenzo R. Mateo"


def test_a_name_whose_first_name_no_dictionary_lists_stays_below_the_top_band() -> None:
    listed = claimtrack.extract_quotations("“The port is open,” said Tom Berg.")[0]
    unlisted = claimtrack.extract_quotations("“The port is open,” said Saskatoon Hilltops.")[0]
    assert listed.confidence >= 0.8
    assert unlisted.speaker_full == "Saskatoon Hilltops" and unlisted.confidence < 0.8


def test_a_fragment_of_three_words_in_marks_stays_below_the_top_band() -> None:
    fragment = claimtrack.extract_quotations("“A real disgrace,” said Tom Berg.")[0]
    longer = claimtrack.extract_quotations("“It will cost the city dearly,” said Tom Berg.")[0]
    assert fragment.speaker_full == longer.speaker_full == "Tom Berg"
    assert fragment.confidence < 0.8 <= longer.confidence


def test_a_short_answer_after_a_label_keeps_its_confidence() -> None:
    text = "LEA PARK: How are you?\n\nADA LUND: Very well, thanks.\n\nLEA PARK: And the port?\n\n"
    text += "ADA LUND: It opens on Monday."
    answer = claimtrack.extract_quotations(text)[1]
    assert answer.text == "Very well, thanks." and answer.confidence >= 0.8
