"""Round 49: a relative clause that holds a list, initials that open a body's name, and a
passive judging verb's agent.

- "UK Power Networks, which owns lines in London, the south east and Kent, has announced …":
  the list inside the relative clause is no apposition, so "Kent" or "London" does not speak;
  the name the clause follows does.
- "UK Power Networks" is a body's name from end to end: the initials are not a party's or a
  ministry's tag before a person ("МИД РФ Василий Небензя").
- "The plan was branded “a disgrace” by Ada Lund": whoever the "by" phrase names said the
  quoted judgment, not the thing judged ("Maintenance described as “essential” by …").

Every text here is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in ct.extract_quotations(text)}


# -- a relative clause holding a list ------------------------------------------------------

_RELATIVE = (
    "Northport Water, which owns reservoirs and pipes in Leeds, the Dales and Bradford, has"
    " announced plans to raise payments, as “a gesture of goodwill” to those affected."
)


def test_a_list_inside_a_relative_clause_does_not_speak() -> None:
    assert _quotes(_RELATIVE) == {"a gesture of goodwill": "Northport Water"}


def test_a_person_the_clause_follows_speaks_past_a_list() -> None:
    text = (
        "Ada Lund, who chairs the boards in Leeds, Bradford and York, said: “We will fight"
        " this plan all the way.”"
    )
    assert _quotes(text) == {"We will fight this plan all the way.": "Ada Lund"}


def test_a_description_the_clause_follows_speaks() -> None:
    text = (
        "Harbour chief Ada Lund met the ministry. The ministry, which oversees ports, roads and"
        " rail, said: “We will fight this plan all the way.”"
    )
    quote = _quotes(text)["We will fight this plan all the way."]
    assert quote not in ("Ada Lund", "rail", None)


def test_a_clause_after_a_preposition_leaves_the_apposition_to_its_rule() -> None:
    # "which" follows "Leeds" (after "of"): the mayor's name, before the apposition, speaks.
    text = (
        "Ada Lund, the mayor of Leeds, which hosts the games, the fair and the marathon, said:"
        " “We will fight this plan all the way.”"
    )
    assert _quotes(text) == {"We will fight this plan all the way.": "Ada Lund"}


_PLACE = st.sampled_from(["Leeds", "York", "Kent", "Bradford", "Hull", "Derby"])


@given(st.lists(_PLACE, min_size=2, max_size=5, unique=True))
def test_no_place_in_the_clause_speaks(places: list[str]) -> None:
    listed = ", ".join(places[:-1]) + " and " + places[-1]
    text = f"Tom Berg, who runs depots in {listed}, said the plan was “a betrayal of the drivers”."
    assert _quotes(text) == {"a betrayal of the drivers": "Tom Berg"}


# -- initials opening a body's name ---------------------------------------------------------


def test_initials_before_a_bodys_words_stay_in_its_name() -> None:
    text = "“We are sorry for the outages,” XY Power Networks said."
    assert _quotes(text) == {"We are sorry for the outages": "XY Power Networks"}


def test_a_bodys_initials_before_a_persons_name_still_drop() -> None:
    # The guard reaches bodies only: initials before a person's name are a tag, not the name.
    text = "“We will not sign the deal,” NDP Ada Lund said."
    assert _quotes(text) == {"We will not sign the deal": "Ada Lund"}


@given(st.sampled_from(["Networks", "Services", "Group", "Bank", "Council", "News"]))
def test_any_bodys_word_keeps_its_initials(word: str) -> None:
    text = f"“We are sorry for the outages,” XY Power {word} said."
    speaker = _quotes(text)["We are sorry for the outages"]
    assert speaker is not None and speaker.startswith("XY Power")


# -- a passive judging verb's agent ---------------------------------------------------------


def test_a_passive_verbs_agent_says_the_judgment() -> None:
    text = "The plan was branded “a disgrace to the city” by Ada Lund, the mayor."
    assert _quotes(text) == {"a disgrace to the city": "Ada Lund"}


def test_a_reduced_passive_before_as_gives_the_agent_not_the_subject() -> None:
    text = "Maintenance described as “essential and urgent” by Ada Lund cancelled sailings."
    assert _quotes(text) == {"essential and urgent": "Ada Lund"}


def test_an_agent_naming_no_one_leaves_the_subject_out() -> None:
    text = "Maintenance described as “essential and urgent” by critics cancelled sailings."
    assert _quotes(text).get("essential and urgent") != "Maintenance"


def test_an_active_verb_with_by_after_the_quote_keeps_its_subject() -> None:
    # "described the plan as": the object stands between, so the verb is active and "by any
    # measure" names no agent.
    text = "Tom Berg described the plan as “a disgrace to the city” by any measure."
    assert _quotes(text) == {"a disgrace to the city": "Tom Berg"}


def test_a_name_giving_verb_quotes_no_speech() -> None:
    text = "The bridge was dubbed “the bridge to nowhere” by Ada Lund in 2019."
    assert _quotes(text).get("the bridge to nowhere") is None


_JUDGING = st.sampled_from(["branded", "criticised as", "described as", "hailed as", "labelled"])


@given(_JUDGING, st.sampled_from(["Ada Lund", "Tom Berg", "Mara Ilves"]))
def test_any_passive_judgment_goes_to_its_agent(verb: str, agent: str) -> None:
    text = f"The new quay was {verb} “a waste of public money” by {agent}."
    assert _quotes(text) == {"a waste of public money": agent}


def test_an_active_verb_right_before_the_quote_keeps_its_subject() -> None:
    # "by the council" belongs to the quoted noun: no "was" or comma makes "slammed" passive.
    text = "Ada Lund slammed “the waste of public money” by the council."
    assert _quotes(text) == {"the waste of public money": "Ada Lund"}


def test_a_place_after_a_preposition_is_no_clauses_speaker() -> None:
    # "which" follows "York" (after "in"): the place the clause tells of does not speak.
    text = (
        "The head of the board in York, which runs parks, roads and bridges, said the plan was"
        " “a betrayal of the drivers”."
    )
    assert _quotes(text).get("a betrayal of the drivers") != "York"
