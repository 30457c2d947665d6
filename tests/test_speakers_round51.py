"""Round 51: a participle after a clause goes on with its subject, never with its object.

"Local people rang the Guardian, complaining that the timetable made ‘no sense’": the paper
was rung, it did not complain; the ones who did are not named, so the quote is speech with no
speaker. A name the verb or a preposition takes ("rang the Guardian", "thanked Ada Lund") is
an object; a name after a description ("Hero of the day Tom Berg", "Union secretary Ada
Lund") is the subject. A group's plural opening the clause ("Shoppers", "Passengers") is no
one's name, so an object after it does not become the speaker either. Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import claimtrack as ct


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in ct.extract_quotations(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Local people rang the Northport Courier, complaining that the timetable was ‘a total"
        " disgrace’.",
        "The council thanked Ada Lund, praising her “tireless work for the town”.",
        # (the article "A" opening the clause is no part of the name "Ada Lund")
        "A group of locals rang Ada Lund, complaining that the timetable was ‘a total disgrace’.",
    ],
)
def test_the_object_of_the_clause_does_not_speak(text: str) -> None:
    found = ct.extract_quotations(text)
    assert len(found) == 1  # still speech: its speaker is not named
    assert found[0].speaker is None
    assert found[0].confidence < 0.5


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hero of the day Tom Berg was modest about his goal, saying that he just ‘got lucky"
            " with the bounce’.",
            "Tom Berg",
        ),
        (
            "Union secretary Ada Lund rang the council, complaining that the timetable was ‘a"
            " total disgrace’.",
            "Ada Lund",
        ),
        ("Ada Lund condemned the plan, saying that it was ‘a total disgrace’.", "Ada Lund"),
        (
            "Ada Lund met the Harbour Board, warning that the new berth was “a waste of public"
            " money”.",
            "Ada Lund",
        ),
    ],
)
def test_the_subject_of_the_clause_speaks(text: str, speaker: str) -> None:
    assert list(_speakers(text).values()) == [speaker]


@pytest.mark.parametrize("group", ["Shoppers", "Passengers", "Residents", "Inspectors"])
def test_a_groups_plural_is_no_name_and_its_object_does_not_speak(group: str) -> None:
    text = f"{group} emailed Tom Berg, saying that the car park charges were “daylight robbery”."
    (speaker,) = _speakers(text).values()
    assert speaker != "Tom Berg"


_VERB = st.sampled_from(["rang", "thanked", "emailed", "criticised", "met", "told", "blamed"])
_NAME = st.sampled_from(["the Northport Courier", "Ada Lund", "the Harbour Board", "Tom Berg"])
_PARTICIPLE = st.sampled_from(["complaining", "saying", "arguing", "warning", "insisting"])


@given(_VERB, _NAME, _PARTICIPLE)
def test_no_object_speaks_for_an_unnamed_subject(verb: str, name: str, participle: str) -> None:
    text = (
        f"Local people {verb} {name}, {participle} that the new timetable was ‘a total disgrace’."
    )
    speakers = _speakers(text)
    assert set(speakers) <= {"a total disgrace"}  # (found or not: never someone else's words)
    assert name.removeprefix("the ") not in str(speakers.get("a total disgrace"))


# A body's short name written in lower case after its capital, in brackets after its name:
# made of the openings of the name's words ("Phivolcs": Phi-volc-s), not only its initials.


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Kerrin Institute of Volcanology and Seismology", "Kivolcs"),
        ("Office for Standards in Harbours", "Ofsharb"),
        ("Northern Association of Coastal Enterprises", "Nace"),
    ],
)
def test_a_short_name_in_lower_case_is_spelled_out(long: str, short: str) -> None:
    text = (
        f"The {long} ({short}) raised the alert on Monday. “The island is off-limits until"
        f" further notice,” {short} said."
    )
    (found,) = ct.extract_quotations(text)
    assert (found.speaker, found.speaker_full) == (short, long)
    assert found.resolution == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Interior minister Ada Lund (Green) spoke first. “We will win,” Green said.",
        "Joanna Lund (Jolu) spoke first. “We will win,” Jolu said.",  # two words: a person
    ],
)
def test_a_bracketed_word_after_a_person_is_not_spelled_out(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert "Lund" not in str(found.speaker_full)


_WORDS = st.lists(
    st.sampled_from(["Kerrin", "Institute", "Volcanology", "Seismology", "Harbours", "Board"]),
    min_size=3,
    max_size=6,
    unique=True,  # (a body's name repeats no word)
)


@given(_WORDS, st.data())
def test_openings_of_a_names_words_spell_it_out(words: list[str], data: st.DataObject) -> None:
    from claimtrack.aids.organisations import OrgIndex

    sizes = [data.draw(st.integers(1, min(3, len(w)))) for w in words]
    short = "".join(w[:n] for w, n in zip(words, sizes, strict=True)).capitalize()
    assume(4 <= len(short) <= 10)  # (a short name's length)
    long = " ".join(words)
    index = OrgIndex(f"Yesterday the {long} ({short}) met.")
    assert index.spelled_out(short) == long


_ANY_WORDS = st.lists(st.sampled_from(["of", "the", "and", "in", "Abba", "Baab", "ab", "(", "’s"]))


@given(_ANY_WORDS, st.from_regex(r"A[ab]{1,10}", fullmatch=True))
def test_spelling_out_any_words_never_fails(words: list[str], short: str) -> None:
    from claimtrack.aids.organisations import OrgIndex

    text = " ".join(words)
    found = OrgIndex(f"{text} ({short})").spelled_out(short)
    assert found == short or found in text  # a name the text writes, or the short name
    assert found == short or found.split()[0] not in ("of", "the", "and", "in")


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("of the and (Abcd)", "Abcd"),  # only small words before it: nothing to spell
        ("The board of Volcanology Seismology (Volcs) met.", "Volcs"),
    ],
)
def test_a_spelled_out_name_opens_with_its_own_word(text: str, short: str) -> None:
    from claimtrack.aids.organisations import OrgIndex

    found = OrgIndex(text).spelled_out(short)
    assert found.split()[0] not in ("of", "the", "and")
