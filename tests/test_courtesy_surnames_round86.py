"""Round 86: after a courtesy title, a title's word is a surname.

- "However, Mr Dean claimed, … He explained: “…”" (before: "Mr Dean" was read as a role, "the
  dean", and the quote's speaker stayed "Mr Dean" although the article names "Tom Dean").
  After "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr" or "Prof." (with or without its stop), a title's
  word ending the name ("Dean", "King", "Bishop", "Judge", "Major", "Pope") is the person's
  surname, grown to the full name as any surname is.

Guards: an office addressed so names no one ("Mr Speaker", "Mr President", "Mr Chairman");
after a first name the old rule still holds ("Julie Bishop"), and after an article a title's
word stays a title ("the Harlow Governor"). Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import chunk_kinds, only_quotation, speaker_of

LEAD = "Harbour plan delayed\n\n"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Mr Dean", "Dean"),
        ("Mr King", "King"),
        ("Ms. Bishop", "Bishop"),
        ("Mrs Judge", "Judge"),
        ("Dr Major", "Major"),
        ("Prof. Pope", "Pope"),
    ],
)
def test_a_title_word_after_a_courtesy_title_is_a_surname(text: str, surname: str) -> None:
    assert chunk_kinds(text) == [(surname, "person")]


@pytest.mark.parametrize(
    "text", ["Mr Speaker", "Mr President", "Mr. President", "Mr Chairman", "Ms Chair"]
)
def test_an_office_addressed_by_a_courtesy_title_names_no_one(text: str) -> None:
    assert [kind for _, kind in chunk_kinds(text)] == ["title"]


def test_the_pronoun_after_mr_dean_is_the_dean_the_article_names() -> None:
    # A possessive earlier in the article ("Kessel Church’s Harbour Hall") left the role
    # reading to guess: the quote's speaker stayed "Mr Dean".
    quote = only_quotation(
        "Tom Dean spoke at a town hall featuring Ada Lund, the Governor, at Kessel Church’s"
        " Harbour Hall on Monday.\n\nHowever, Mr Dean claimed, the meeting lasted only 15"
        " minutes.\n\nHe explained: “We did not know what to say.”",
        LEAD,
    )
    assert (quote.speaker, quote.speaker_full) == ("Dean", "Tom Dean")


def test_mr_king_alone_is_a_person_named_king() -> None:
    quote = only_quotation("The ferry will stop in May.\n\n“We will appeal,” said Mr King.", LEAD)
    assert (quote.speaker, quote.resolution) == ("King", "named")


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Tom King runs the ferry.\n\n“We will appeal,” said Mr King.", "Tom King"),
        ("Ada Bishop chairs the board.\n\n“The vote stands,” Ms. Bishop said.", "Ada Bishop"),
        ("Eva King teaches law.\n\n“It is lawful,” said Prof. King.", "Eva King"),
    ],
)
def test_the_surname_grows_to_the_full_name(text: str, full: str) -> None:
    quote = only_quotation(text, LEAD)
    assert (quote.speaker_full, quote.resolution) == (full, "surname")


def test_mr_speaker_stays_an_office() -> None:
    assert speaker_of("The house sat late.\n\n“Order, order,” said Mr Speaker.", LEAD) != "Speaker"


@pytest.mark.parametrize(
    ("text", "chunk"),
    [
        ("Julie Bishop", ("Julie Bishop", "person")),
        ("the Harlow Governor", ("Harlow Governor", "title")),
    ],
)
def test_the_older_title_readings_hold(text: str, chunk: tuple[str, str]) -> None:
    assert chunk_kinds(text) == [chunk]
