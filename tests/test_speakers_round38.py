"""Round 38: a school, a club, a society or an association of operators written before a
person's name in one run of capitals ("Northport Primary School Ada Lind said") is the body the
person belongs to, not part of the name."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.aids.coreference import role_key


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("title", ["Head of ", ""])
@pytest.mark.parametrize(
    "body",
    [
        "Northport Primary School",
        "the Harbour Rotary Club",
        "the Northport Ferry Operators",
        "the Eastwick Choral Society",
        "Westfield College",
    ],
)
def test_a_body_before_a_name_is_not_part_of_the_name(body: str, title: str, learned: bool) -> None:
    body = body if title else body.removeprefix("the ")
    text = f'{title}{body} Ada Lind said, "We will keep the doors open all winter for everyone."'
    assert _speakers(text, learned) == ["Ada Lind"]


@pytest.mark.parametrize("body", ["Northport Primary School", "The Harbour Rotary Club"])
def test_the_body_alone_speaks_as_the_body(body: str) -> None:
    text = f'{body} said, "We will keep the doors open all winter for everyone."'
    assert _speakers(text) == [body.removeprefix("The ")]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "cue",
    [
        "said Northport farmer Tobin Vale",
        "said Cedar Springs farmer Tobin Vale",
        "said union president and Cedar Springs farmer Tobin Vale",
        "stated NFA President and Northport teacher Tobin Vale",
    ],
)
def test_a_person_after_two_roles_or_an_everyday_noun_speaks(cue: str, learned: bool) -> None:
    text = f"“The drought shows why growers need a strong safety net,” {cue}."
    assert _speakers(text, learned) == ["Tobin Vale"]


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        # two people: the pair (round 55; the first alone before), never the second alone
        ("said Ada Lind and Tobin Vale", "Ada Lind and Tobin Vale"),
        ("said Northport farmers on Monday", None),
    ],
)
def test_two_names_or_a_group_are_no_second_role(cue: str, want: str | None) -> None:
    found = claimtrack.extract_quotations(
        f"“The drought shows why growers need a strong safety net,” {cue}.", learned=False
    )
    assert [q.speaker_full for q in found] != ["Tobin Vale"]
    if want is not None:
        assert found[0].speaker_full == want


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "“The vaccine takes two weeks to work,” says Dr Tobin Vale, Harbour Board Manager.",
        "“The vaccine takes two weeks to work,” said Professor Tobin Vale, Port Director.",
        "“The vaccine takes two weeks to work,” Dr. Tobin Vale, Public Health Officer stated.",
        "Dr. Tobin Vale, Public Health Officer stated, “The vaccine takes two weeks to work.”",
    ],
)
def test_a_titled_name_before_its_role_in_title_case_speaks(text: str, learned: bool) -> None:
    assert _speakers(text, learned) == ["Tobin Vale"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“The vaccine takes two weeks to work,” said the Minister, Tobin Vale.", "Tobin Vale"),
        ("“The vaccine takes two weeks to work,” said a farmer, Tobin Vale.", "Tobin Vale"),
        ("Ada Lund, Northport Bank said, “The vaccine takes two weeks to work.”", None),
    ],
)
def test_a_name_after_a_description_still_speaks_and_a_body_may(
    text: str, want: str | None
) -> None:
    speakers = _speakers(text)
    assert speakers == [want] if want else speakers != ["Ada Lund"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "cue",
    [
        "Tobin Vale, assistant manager at Northport Housing Corporation explains:",
        "Tobin Vale, director of Northport Water said:",
    ],
)
def test_a_name_before_a_role_without_its_article_speaks(cue: str, learned: bool) -> None:
    text = f"The list has 3,200 names on it. {cue} “You get points if you are homeless.”"
    assert _speakers(text, learned) == ["Tobin Vale"]


@pytest.mark.parametrize("thing", ["Structure Plan", "Harbour Strategy", "Ferry Programme"])
def test_a_plan_or_a_programme_is_no_he(thing: str) -> None:
    text = (
        f"It contradicts the 2007 Northport {thing} that forbids any building on the slope.\n\n"
        "“The design of one development does not guarantee safety,” he stated."
    )
    assert _speakers(text) == [None]


def test_a_person_before_the_plan_is_still_the_he() -> None:
    text = (
        "Tobin Vale said the scheme was flawed. It contradicts the Northport Structure Plan.\n\n"
        "“The design of one development does not guarantee safety,” he stated."
    )
    assert _speakers(text) == ["Tobin Vale"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("colon", [":", ""])
def test_a_body_quoted_as_saying_speaks(colon: str, learned: bool) -> None:
    text = (
        f"A Northport Council release quotes the Harbour Ministry as saying{colon} “No other "
        "new case has been recorded in the port since Monday.”"
    )
    assert _speakers(text, learned) == ["Harbour Ministry"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_role_noun_then_a_titled_name_in_commas_speaks(learned: bool) -> None:
    text = "Fellow farmer, Cllr Tobin Vale, said the wet summer could be “disastrous.”"
    assert _speakers(text, learned) == ["Tobin Vale"]


@pytest.mark.parametrize("learned", [False, True])
def test_it_after_the_ministry_is_the_ministry_the_article_names(learned: bool) -> None:
    text = (
        "The Ministry of Health said the cases were all abroad. The ministry also reported "
        "that 34 cases had been found in the region.\n\n"
        "It added: “No cases have been reported in the Sultanate so far.”"
    )
    assert _speakers(text, learned) == ["Ministry of Health"]


def test_it_after_a_ministry_never_named_is_no_one() -> None:
    text = (
        "The ministry also reported that 34 cases had been found in the region.\n\n"
        "It added: “No cases have been reported in the Sultanate so far.”"
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("Statement by Tobin Vale, Director NRC Geneva:", "Tobin Vale"),
        ("Statement by the Northport Refugee Council:", "Northport Refugee Council"),
    ],
)
def test_a_statement_by_someone_over_a_quote_is_theirs(head: str, want: str, learned: bool) -> None:
    text = (
        f"Statements from the council:\n\n{head}\n\n“It is deeply worrying that the crisis lasts.”"
    )
    assert _speakers(text, learned) == [want]


def test_the_skipper_is_the_captains_role() -> None:
    assert role_key(["the", "skipper"]) == role_key(["Captain"])


@pytest.mark.parametrize("learned", [False, True])
def test_the_skipper_is_the_captain_the_article_names(learned: bool) -> None:
    text = (
        "Captain Tobin Vale held a press conference at the stadium. Coach Ivo Sand sat beside "
        "him and took no questions.\n\n"
        "“I am very proud of my team for finishing on a high with four wins,” said the skipper "
        "while talking to reporters."
    )
    assert _speakers(text, learned) == ["Tobin Vale"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("document", ["alert", "warning"])
def test_an_alert_a_body_issued_speaks_for_it(document: str, learned: bool) -> None:
    text = (
        f"The Northport Health Agency (NHA) has issued a dengue {document} for the region.\n\n"
        f"The {document} urges councils to “review their plans and keep watch on every case.”"
    )
    assert _speakers(text, learned) == ["Northport Health Agency"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_role_set_off_before_the_name_and_the_quote_names_the_speaker(learned: bool) -> None:
    text = "Under 11s Head Coach, Tobin Vale “Firstly, what a season it has been for all of us.”"
    assert _speakers(text, learned) == ["Tobin Vale"]


def test_a_report_set_off_before_a_name_names_no_speaker() -> None:
    text = "The harbour report, Tobin Vale “Firstly, what a season it has been for all of us.”"
    assert _speakers(text) != ["Tobin Vale"]
