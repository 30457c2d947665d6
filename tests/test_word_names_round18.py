"""Names, round 18: first names that are also words ("Will", "May", "June", "Les")."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations

QUOTE = "“We have done everything we can to keep people safe,”"


@pytest.mark.parametrize("first", ["Will", "May", "Les", "April", "June", "August"])
@pytest.mark.parametrize(
    "page",
    [
        "{first} Berg, a resident of Northbridge, said the council was slow.\n\n"
        "{quote} Berg said.\n",
        "{quote} said {first} Berg, a resident of Northbridge.\n",
        "{first} Berg said: “We have done everything we can to keep people safe.”\n",
    ],
    ids=["apposition", "said before", "said after"],
)
def test_a_first_name_that_is_also_a_word_stays_in_the_name(first: str, page: str) -> None:
    found = extract_quotations(page.format(first=first, quote=QUOTE))
    assert [q.speaker_full for q in found] == [f"{first} Berg"]


@pytest.mark.parametrize(
    "page",
    [
        "In June Berg said the council was slow.\n\n{quote} Berg said.\n",
        "By May Berg had left the council.\n\n{quote} Berg said.\n",
        "Will Berg attend the meeting? Nobody knows.\n\n{quote} Berg said.\n",
    ],
    ids=["in June", "by May", "a question"],
)
def test_a_month_or_a_modal_before_a_surname_is_no_first_name(page: str) -> None:
    found = extract_quotations(page.format(quote=QUOTE))
    assert [q.speaker_full for q in found] == ["Berg"]
