"""Round 36: a title after a place before "of" and a name ("US Secretary of State Tom Berg
said"), a clause after a place that is no apposition of it ("in the capital, Northport,
after judge Ada Lund …" gives the judge's role to Lund, not to Northport), a surname that is
a plural noun ("said Brothers" when the article names Ned Brothers), a plural role that is
many people, never the one person named ("Officers said"); "Central Velm", a region, and
"Adding to his worries, …", a participle, are no one a "he" stands for."""

from __future__ import annotations

import pytest

import claimtrack


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "subject",
    ["US Secretary of State Tom Berg", "Northport Minister of Health Tom Berg"],
)
def test_a_title_after_a_place_and_before_of_is_the_named_persons(
    subject: str, learned: bool
) -> None:
    text = f"Officials met.\n\n{subject} said the port was “deeply concerned” about it.\n"
    assert _speakers(text, learned) == ["Tom Berg"]


def test_a_body_named_with_of_before_a_name_still_speaks_as_a_body() -> None:
    # ("Friends" is no title: the name after "of" is whom the body is named for, not who spoke)
    text = "Officials met.\n\nThe Friends of Tom Berg said the port was “deeply concerned”.\n"
    speakers = _speakers(text)
    assert speakers != ["Tom Berg"]
    assert speakers[0] is not None and "Friends" in speakers[0]


@pytest.mark.parametrize("learned", [False, True])
def test_a_clause_after_a_place_gives_its_role_to_the_name_in_it(learned: bool) -> None:
    text = (
        "He was let go at a court in the capital, Northport, after judge Ada Lund cut his "
        "fine.\n\n“The evidence is clear, but the court will be lenient this time,” the judge "
        "said.\n"
    )
    assert _speakers(text, learned) == ["Ada Lund"]


def test_an_apposition_after_a_name_still_gives_its_role() -> None:
    text = (
        "Ada Lund, the judge in the case, spoke on Monday. Tom Berg also spoke.\n\n"
        "“The evidence is clear,” the judge said.\n"
    )
    assert _speakers(text) == ["Ada Lund"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_surname_that_is_a_plural_noun_is_the_named_person(learned: bool) -> None:
    text = (
        "Farmer Ned Brothers showed the field on Monday.\n\n"
        "“The crop is gone, all of it,” said Brothers, looking at the sky. “The next one will go "
        "too,” said Brothers, pointing to the rows.\n"
    )
    assert _speakers(text, learned) == ["Ned Brothers", "Ned Brothers"]


def test_a_plural_role_is_many_people_not_the_one_named() -> None:
    text = "Farmer Ned Brothers showed the field on Monday.\n\n“It is bad,” Officers said.\n"
    assert _speakers(text) != ["Ned Brothers"]
    text = "Farmer Ned Brothers showed the field on Monday.\n\n“It is bad,” Farmers said.\n"
    assert _speakers(text) != ["Ned Brothers"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_compass_word_before_one_word_is_a_region_not_a_titled_person(learned: bool) -> None:
    text = (
        "Velmaro, 52, has fished off Northport all his life. Velmaro lives in a village of "
        "Central Velm, and he has seen the catch fall for years.\n\n"
        "“The boats come back empty now,” he said last spring.\n"
    )
    assert _speakers(text, learned) == ["Velmaro"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_participle_before_a_preposition_opening_a_sentence_is_no_name(learned: bool) -> None:
    text = (
        "Velmaro, 52, is a fisherman in Northport.\n\n"
        "Adding to his worries, the old quay has cracked, a problem he links to the new dam.\n\n"
        "“Why is the quay breaking now?” he explained.\n"
    )
    assert _speakers(text, learned) == ["Velmaro"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_creek_or_a_drive_named_before_his_is_no_man(learned: bool) -> None:
    text = (
        "Tom Berg spends his holidays on the river. But high water from Harbour Creek, which "
        "stood a metre deep around his house on Elm Drive, kept him at home.\n\n"
        "“The water came right up to the door,” he said.\n"
    )
    assert _speakers(text, learned) == ["Tom Berg"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_body_written_after_the_shows_no_gender(learned: bool) -> None:
    text = (
        "The Harbour Velm Alliance chairman says the coalition holds.\n\n"
        "Harbour Velm Alliance (HVA) chairman Tom Berg says 30 members back him.\n\n"
        "He said that with them, the Harbour Velm government was safe and he kept his post.\n\n"
        "“We have the numbers and we will use them,” he told reporters.\n"
    )
    assert _speakers(text, learned) == ["Tom Berg"]


def test_a_name_after_a_preposition_is_not_the_he_of_the_next_sentence() -> None:
    text = (
        "Fund director Tom Berg spoke on Monday.\n\n"
        "The fund gave a cushion for Harbour Nation. He confirmed that $5 million was paid.\n\n"
        "“The money came just in time,” he concluded.\n"
    )
    assert _speakers(text) == ["Tom Berg"]


def test_a_chairperson_is_a_title_not_part_of_the_name() -> None:
    from claimtrack.aids.speakers import is_breaker

    assert is_breaker("Chairperson")
    assert not is_breaker("Chairs")


@pytest.mark.parametrize("learned", [False, True])
def test_a_first_name_that_speaks_is_the_she_over_a_womans_name_after_with(
    learned: bool,
) -> None:
    text = (
        "Premier Ada Lund visited the lab on her tour of the region on Monday.\n\n"
        "Nell vanOde, a student, showed her work on the salt marsh.\n\n"
        "“I measure how much carbon the marsh keeps,” says Nell. “We have ten years of "
        "numbers now.”\n\n"
        "Nell says, though she was nervous at first, showing her work to Premier Lund was worth "
        "it.\n\n"
        "“Those who make the rules should see the numbers,” she says.\n"
    )
    # (since round 78 the surname with its particle joined is read too: "vanOde")
    assert _speakers(text, learned)[-1] == "Nell vanOde"


def test_a_first_name_that_never_speaks_is_no_one_a_pronoun_stands_for() -> None:
    from claimtrack.aids.given_names import speaks_by_first_name

    assert speaks_by_first_name("“We won,” says Nell.", "Nell")
    assert not speaks_by_first_name("Exports to India rose, Tom Berg said.", "India")
