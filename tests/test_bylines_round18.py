"""Bylines, round 18: the label in more languages, and names in scripts with no capitals."""

from __future__ import annotations

import pytest

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean

TITLE = "Council approves £40m harbour flood plan after long debate"
BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Yazar: Ada Lund", "Ada Lund"),
        ("Escrito por Ada Lund", "Ada Lund"),
        ("Reportage: Ada Lund", "Ada Lund"),
        ("بقلم أدا لوند", "أدا لوند"),
        ("كتب: أدا لوند", "أدا لوند"),
        ("लेखक: अदा लुंड", "अदा लुंड"),
        ("文／林雅达", "林雅达"),
        ("记者 林雅达", "林雅达"),
    ],
)
def test_a_byline_labelled_in_another_language_names_its_author(line: str, author: str) -> None:
    assert names_in_byline(line) == [author]
    result = clean(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert result.authors == (author,)
    assert line not in result.text


@pytest.mark.parametrize("line", ["ताज़ा खबर", "最新消息", "آخر الأخبار", "记者会"])
def test_caseless_words_without_a_byline_label_are_no_author(line: str) -> None:
    assert names_in_byline(line) == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ada Lund | Northbridge Courier | Published 14 November 2023", ("Ada Lund",)),
        ("By Ada Lund and Tom Berg | Northbridge Courier", ("Ada Lund", "Tom Berg")),
        ("Door Ada Lund | Northbridge Courier", ("Ada Lund",)),
        ("Von Ada Lund | dpa", ("Ada Lund",)),
        ("Ada Lund | Local Reporter | Northbridge Courier", ("Ada Lund",)),
        ("Ada Lund, Tom Berg | Reuters", ("Ada Lund", "Tom Berg")),
        ("Ada Lund · 3 min read", ("Ada Lund",)),
    ],
)
def test_after_a_bar_come_the_outlet_the_role_and_the_date_not_authors(
    line: str, authors: tuple[str, ...]
) -> None:
    assert clean(f"{TITLE}\n\n{line}\n\n{BODY}").authors == authors


def test_a_pictures_barred_credit_is_no_byline() -> None:
    assert names_in_byline("Jane Doe | Coastal Press | Getty Images") == []
