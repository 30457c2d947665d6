"""Round 32: a name's describing words and courtesy titles are not the name ("Incumbent Ada
Lund", "Eng Salim al Tavelli", "Ratu Tomasi Berg", "Trooper Tom Berg"), and a role written in
capitals after a name set off by a comma is that person's ("Tom Berg, the Spokesperson of the
Harbour Commission said"). An unresolved pronoun names no one, and "it" follows a chain of "it"
to its body. A broadcast's cast lines are no turns; an interview's guest may be named by title
("… interview the President") or by the headline's speaker ("…, Tavelli: …"); "MR TOM BERG (in
Cantonese):" is Tom Berg's turn."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.text.turn_labels import cast_line


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


@pytest.mark.parametrize(
    ("opener", "name"),
    [
        ("Incumbent", "Oruno Tavelli"),
        ("Outgoing", "Ada Lund"),
        ("Socialist", "Oruno Tavelli"),
        ("Republican", "Tom Berg"),
        ("Trooper", "Oruno Tavelli"),
        ("Ratu", "Tomasi Berg"),
        ("Eng", "Salim bin Oruno al Tavelli"),
    ],
)
def test_a_describing_word_or_courtesy_title_is_not_the_name(opener: str, name: str) -> None:
    text = (
        f"{opener} {name} spoke to reporters on Monday.\n\n"
        f"“We will open the road,” {name.split()[-1]} said.\n"
    )
    assert _speakers(text) == [name]


def test_an_engineers_title_before_a_family_name_is_dropped() -> None:
    text = (
        "Eng Salim bin Oruno al Tavelli chairs the committee.\n\n"
        "“The work is under way,” Eng al Tavelli added.\n"
    )
    assert _speakers(text) == ["Salim bin Oruno al Tavelli"]


@pytest.mark.parametrize(
    "name",
    [
        "Eng Hock Lim",  # a Hokkien given name, not an engineer's title
        "Liberal Tom",  # (one word after it: a name, maybe; left as written)
    ],
)
def test_a_name_that_opens_with_such_a_word_keeps_it(name: str) -> None:
    text = f"“We will open the road,” said {name}.\n"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    "subject",
    [
        "Tom Berg, the Spokesperson of the Harbour Commission",
        "Deputy Commissioner Tom Berg, the Northport Regional Crime Investigations Coordinator",
        "In an interview with the Harbour Post, Tom Berg, the Spokesperson of the Commission",
    ],
)
def test_a_capitalised_role_after_a_name_is_that_persons(subject: str) -> None:
    text = (
        f"{subject} said the rallies would be stopped.\n\n"
        "The suspects were taken to court.\n\n"
        "“Any meeting that breaks the rules will be stopped,” he said.\n"
    )
    assert _speakers(text) == ["Tom Berg"]


def test_a_body_after_a_name_is_still_no_apposition() -> None:
    # "Ada Lund, the Northport Bank said": the bank may be the one speaking; no role word
    # says the words after the comma describe her.
    text = "Ada Lund, the Northport Bank said on Monday: “Rates will rise soon.”\n"
    assert _speakers(text) == ["Northport Bank"]


def test_it_reaches_back_along_a_chain_of_it_to_the_body() -> None:
    text = (
        "The Harbour Weather Office warns that spray on roads is likely to make journeys "
        "longer. Flooding of a few homes is possible, it says, adding that power cuts are "
        "likely. It says: “Check if your property could be at risk of flooding.”\n"
    )
    assert _speakers(text) == ["Harbour Weather Office"]


def test_it_does_not_reach_past_a_sentence_without_it() -> None:
    text = (
        "The Harbour Weather Office opened a new station on the quay. The quay was rebuilt "
        "last year. Ferries run twice a day. It says: “Check if your property could be at "
        "risk of flooding.”\n"
    )
    assert _speakers(text) == [None]


def test_an_unresolved_pronoun_is_no_speakers_name() -> None:
    (quote,) = claimtrack.extract_quotations("“We carried them out,” they said.\n")
    assert (quote.speaker, quote.speaker_full) == (None, None)
    assert (quote.speaker_as_written, quote.resolution) == ("they", "unresolved")


_CAST = (
    "Northland PM vows to fight\n\n"
    "Northland's new prime minister, Oruno Tavelli, faces challenges.\n\n"
    "Presenter: Ada Lundqvist\n"
    "Speaker: Oruno Tavelli, newly elected Prime Minister of Northland\n\n"
    "TAVELLI: I think so, I would say it is more stable.\n\n"
    "LUNDQVIST: Well in the elections, five of the members are new. Will that help?\n\n"
    "TAVELLI: Yeah, I think the idea is to get the number right.\n\n"
    "LUNDQVIST: Why do you think you were voted in?\n\n"
    "TAVELLI: Well, like any other simple setup.\n"
)


def test_a_broadcasts_cast_lines_are_no_turns_and_name_the_host(tmp_path: Path) -> None:
    (tmp_path / "cast.txt").write_text(_CAST, "utf-8")
    article = claimtrack.load_article(tmp_path / "cast.txt")
    assert "Presenter: Ada Lundqvist\n\nSpeaker: Oruno Tavelli" in article.text
    found = claimtrack.extract_quotations(article, learned=False)
    assert not any(q.text.startswith(("Ada Lundqvist", "Oruno Tavelli,")) for q in found)
    assert [q.speaker_full for q in found] == ["Oruno Tavelli", "Ada Lundqvist"] * 2 + [
        "Oruno Tavelli"
    ]


@pytest.mark.parametrize(
    ("body", "cast"),
    [
        ("Ada Lund", True),
        ("Ada Lund Speaker: Tom Berg, Prime Minister of Northland", True),
        ("I think so. Thanks, Ada.", False),
        ("Ada Lund, she said, was wrong about the harbour and that is why", False),
    ],
)
def test_a_cast_line_is_a_name_and_maybe_a_role(body: str, cast: bool) -> None:
    assert cast_line("Presenter", f"Presenter: {body}", 11, 11 + len(body)) is cast
    assert not cast_line("Minister", f"Minister: {body}", 10, 10 + len(body))


_INTERVIEWED = (
    "Northland at 41\n\n"
    "Northland celebrates 41 years of independence today, and President Tavelli's government "
    "has made efforts to keep its promises. Harbour Mail editor Ada Lund and NTV's Tom Berg "
    "interview the President to mark the day.\n\n"
    "Q: Good day, Your Excellency. What is your message to the nation on this day?\n\n"
    "A: Well, let me thank you for this opportunity to speak about our country.\n\n"
    "Q: And the economy?\n\n"
    "A: We have done our best under the circumstances.\n"
)


def test_the_guest_an_interviews_lead_names_by_title_answers() -> None:
    found = claimtrack.extract_quotations(_INTERVIEWED, learned=False)
    answers = [q.speaker_full for q in found if q.text.startswith(("Well,", "We have"))]
    assert answers == ["Tavelli", "Tavelli"]


@pytest.mark.parametrize(
    ("headline", "guest"),
    [
        ("In an interview with Northland TV, Tavelli: The government has a clear plan", "Tavelli"),
        ("Budget: The government has a clear plan for the debt", None),
        ("Five Questions: The government has a clear plan for the debt", None),
        ("In an interview with Northland TV, Minister: The plan is clear", None),
        ("Exclusive: The government has a clear plan for the debt", None),
    ],
)
def test_an_interviews_guest_is_the_headlines_speaker(headline: str, guest: str | None) -> None:
    text = (
        f"{headline}\n\n"
        "Question: Public debt is one of the important issues. Whose responsibility is it?\n\n"
        "Answer: Different decisions were taken during previous crises that led to more debt.\n\n"
        "Question: And the plan?\n\n"
        "Answer: We have pledged to reduce the debt ratio to 80% of output.\n"
    )
    found = claimtrack.extract_quotations(text, learned=False)
    answers = [q.speaker_full for q in found if q.text.startswith(("Different", "We have"))]
    assert answers == [guest, guest]


def test_a_language_note_after_a_transcripts_name_is_no_speaker() -> None:
    text = (
        "MR TOM BERG (in Cantonese): President, I am grateful to Mr Ada LUND for proposing "
        "today's motion on housing.\n\n"
        "MS ADA LUND (in Putonghua): President, I thank the Member for his remarks today.\n\n"
        "MR TOM BERG (in Cantonese): President, the rents are still far too high for families.\n"
    )
    found = claimtrack.extract_quotations(text, learned=False)
    assert [q.speaker_full for q in found] == ["Tom Berg", "Ada Lund", "Tom Berg"]
