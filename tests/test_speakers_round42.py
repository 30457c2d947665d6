"""Round 42: speakers met on the studied batches (tune41).

A round-up opens each reaction with the manager's role and name and a comma, no verb; the
paragraphs of one quote keep the speaker the model gave its first; a sentence adverb before a
name ("Now Finlay Carson") is not part of it; a name run into the story's first word ("Bill
CooperThe upcoming …") is read as two words; the outlet a guest "spoke with" is not the
interviewer's name.
"""

from __future__ import annotations

from collections import Counter

import pytest

import claimtrack as ct
from claimtrack.aids.lead_people import times_named
from claimtrack.text.tokens import tokenize

_ROUND_UP = """Results round-up

Alpha 5-0 Beta

Alpha manager Tom Weller, "A fine performance from our players today, and we could have done \
that to anyone. Our play was terrific.

"That said at 2-0 we had to work hard to stay on top but the players got the reward."

Beta manager Sam Orley, "It was a reality check and we were well beaten by the best team."

1874 Delta 1-2 Zeta

1874 Delta manager Rob Kettle: "Delighted to pick up another three points today. Gamma have \
a very good side and it was nice to get the same result again.

"In the first half especially, we played some amazing football and should have gone 4-1 up.

"We've had a few players missing today through injury, so it shows our strength in depth. "
"""


def test_a_round_up_names_each_speaker_by_role_and_name_before_the_quote() -> None:
    found = ct.extract_quotations(_ROUND_UP)
    assert [q.speaker_full for q in found] == [
        "Tom Weller",
        "Tom Weller",
        "Sam Orley",
        "Rob Kettle",
        "Rob Kettle",
        "Rob Kettle",
    ]
    assert found[0].resolution == "named" and found[1].resolution == "continuation"


@pytest.mark.parametrize(
    "lead",
    [
        "On Monday, Tom Weller, ",  # no role: a date and a name
        "The report, Tom Weller, ",  # a noun phrase, then a name: an apposition or a list
    ],
)
def test_a_name_after_other_words_and_a_comma_is_no_cue(lead: str) -> None:
    text = f'Alpha news\n\n{lead}"It was a reality check and we were beaten by the best team."'
    [quote] = ct.extract_quotations(text, learned=False)
    assert quote.speaker is None


def test_the_paragraphs_of_one_quote_keep_the_speaker_its_first_was_given() -> None:
    # The rules find no cue for the first paragraph; whoever the model names speaks all three.
    text = _ROUND_UP.replace("1874 Delta manager Rob Kettle:", "Rob Kettle, the Delta manager.\n\n")
    found = ct.extract_quotations(text)
    last = found[-3:]
    assert last[0].text.startswith("Delighted")
    assert len({q.speaker_full for q in last}) == 1


@pytest.mark.parametrize("adverb", ["Now", "Currently", "Separately", "Recently"])
def test_a_sentence_adverb_before_a_name_is_not_part_of_it(adverb: str) -> None:
    text = (
        "The court will close in May.\n\n"
        f"{adverb} Finlay Carson, MSP for Galloway, plans to raise the issue again.\n\n"
        'He said: "It has appeared from the outset that this decision is flawed."'
    )
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full == "Finlay Carson"


_INTERVIEW = """INTERVIEW: Gas trade executive looks at exports

Bill CooperThe upcoming Gas Summit, which will take place in Washington, will bring together \
energy professionals.

Bill Cooper, president of trade association Center for Liquefied Natural Gas (CLNG), will \
serve as a panelist at the summit.

Mr. Cooper spoke with Energy Weekly about the market.

Q: Thank you for taking the time to speak with us. How did you become involved?

A: I was asked to host by a summit representative. I think the summit is a great idea.

Q: What does CLNG do?

A: CLNG was formed in 2004 when the need arose for reliable information on gas.
"""


def test_the_guest_who_spoke_with_an_outlet_answers_and_the_outlet_names_no_asker() -> None:
    found = ct.extract_quotations(_INTERVIEW)
    assert [q.speaker_full for q in found] == [None, "Bill Cooper", None, "Bill Cooper"]


def test_a_person_the_guest_spoke_with_asks() -> None:
    found = ct.extract_quotations(_INTERVIEW.replace("Energy Weekly", "Ada Lund"))
    assert [q.speaker_full for q in found] == ["Ada Lund", "Bill Cooper", "Ada Lund", "Bill Cooper"]


def test_a_name_run_into_a_sentence_opener_is_two_words() -> None:
    words = [t.text for t in tokenize("Bill CooperThe summit, McDonald DeWitt LeBron McIntyre")]
    assert words == [
        "Bill",
        "Cooper",
        "The",
        "summit",
        ",",
        "McDonald",
        "DeWitt",
        "LeBron",
        "McIntyre",
    ]


def test_times_named_counts_a_person_by_surname() -> None:
    counts = Counter({"Bill Cooper": 2, "Ada Lund": 1})
    assert times_named(counts, "Mr. Cooper") == 2
    assert times_named(counts, "Energy Weekly") == 0
    assert times_named(counts, "") == 0


def test_a_spokesperson_for_a_named_group_is_not_another_body_before_it() -> None:
    text = (
        "Meath County Council granted permission last year, but the appeals board overturned"
        " it.\n\nA spokesperson for the Meath Wind Information Group said they were"
        ' "absolutely delighted" with the decision.'
    )
    [quote] = ct.extract_quotations(text)
    assert "Meath County Council" not in (quote.speaker_full or "")
    assert "Meath Wind Information Group" in (quote.speaker_full or "")


def test_a_spokesperson_for_the_group_is_the_group_named_before() -> None:
    text = (
        'Acme Group chose the site.\n\nA spokesperson for the group said it was "a fair'
        ' outcome for all of us" on Monday.'
    )
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full == "Acme Group"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Professor Iberamsjah of the University of Indonesia told reporters", "Iberamsjah"),
        ("Governor Smith of Texas said", "Smith"),
        ("the Bank of England said", "Bank of England"),
    ],
)
def test_a_titled_single_name_before_of_a_body_speaks(cue: str, speaker: str) -> None:
    text = f'Analysts want more.\n\n"We cannot expect him to solve chronic issues at once," {cue}.'
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full == speaker


_COACH = "Georgia head coach Milton Haig is approaching the end of his fifth year in charge.\n\n"


@pytest.mark.parametrize("epithet", ["the New Zealander", "the Kenyan", "the Dutchman"])
def test_a_nationality_standing_for_the_subject_is_the_subject(epithet: str) -> None:
    text = f'{_COACH}"This could be the most important window we have ever had," said {epithet}.'
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full == "Milton Haig"
    assert quote.speaker_as_written == epithet


def test_a_nationality_with_two_people_it_may_stand_for_names_nobody() -> None:
    text = (
        "Georgia head coach Milton Haig and his captain Ada Lund met the press.\n\n"
        '"This could be the most important window we have ever had," said the Kenyan.'
    )
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full is None


_STATEMENT = (
    "The Premier is yet to receive a reply from the Prime Minister.{gap}Comments attributed to"
    ' Housing Minister Ada Lund{colon}"The State contributes more than $86 million a year to'
    ' remote communities.\n\n"We need to secure the future of the 165 communities."{gap}'
    'Comments attributed to Regional Minister Tom Berg{colon}"This is the single most important'
    ' issue for the regions this year."'
)


@pytest.mark.parametrize(("gap", "colon"), [(" ", " "), ("\n\n", ":\n\n")])
def test_a_statements_heading_attributes_the_quotes_after_it(gap: str, colon: str) -> None:
    found = ct.extract_quotations(_STATEMENT.format(gap=gap, colon=colon))
    assert [q.speaker_full for q in found] == ["Ada Lund", "Ada Lund", "Tom Berg"]
    assert found[2].speaker_as_written == "Regional Minister Tom Berg"
