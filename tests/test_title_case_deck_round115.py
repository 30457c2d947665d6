"""Round 115: a Title Case deck under its headline, and a staff byline with an article.

Forms:
- a newspaper's headline over a deck in Title Case as long as it ("D.A. Notices to Spotlight
  Lund, Not Her Board" / "Policy Departs From the Approach of Earlier Harbour Masters" / "By
  …"), with or without initials in it: the first is the title (before: the deck right over the
  byline was taken for the title);
- a byline naming a role with an article ("By a Harbour Times Staff Writer", "By a staff
  reporter", "By an Express correspondent"): no author (before: the first two were taken for
  an author's name, "a Harbour Times Staff Writer"; the third as before);
- a writer's name with her role ("By Ada Lund, a staff reporter"): Ada Lund is the author
  (before: the byline was not read, no author, and the deck over it was taken for the title).

Guards: a longer line over the headline (a promo for another story) does not displace the
headline right over the byline; a standfirst longer than its headline leaves the headline the
title (as before); a named writer's byline ("By Ada Lund") keeps its author.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

_HEADLINE = "Harbour Notices to Spotlight Lund, Not Her Board"
_DECK = "Policy Departs From the Approach of Earlier Harbour Masters"
_STORY = (
    "The Velm Harbour Board has refused to answer questions on whether an order has been issued"
    " that its notices name the harbour master first.\n\n"
    "The paper asked by email on Jan. 27 whether the rumour was accurate, and an officer"
    " answered on Feb. 1.\n"
)


def _page(headline: str, deck: str, byline: str = "By Tom Berg") -> str:
    return (
        "Harbour Times\n\n\nFriday, February 5, 2021\n\n\nPage 1\n\n\n"
        f"{headline}\n\n{deck}\n\n\n{byline}\n\n{_STORY}"
    )


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        (
            "D.A. Notices to Spotlight Lund, Not Her Board",
            "Policy Departs From the Approach of Earlier Masters",
        ),
        (
            "Harbour Notices to Spotlight Lund, Not Her Board",
            "Policy Departs From Approach of Earlier Harbour Masters",
        ),
    ],
)
def test_a_title_case_deck_as_long_as_its_headline_leaves_the_headline_the_title(
    headline: str, deck: str
) -> None:
    result = clean(_page(headline, deck))
    assert result.title == headline
    assert result.authors == ("Tom Berg",)
    assert result.text.startswith("The Velm Harbour Board has refused")


def test_a_longer_promo_over_the_headline_does_not_displace_it() -> None:
    promo = "Tomorrow: What the Harbour Board Meeting Will Decide About the Old Pier"
    result = clean(_page(promo, "Harbour Notices to Spotlight Lund"))
    assert result.title == "Harbour Notices to Spotlight Lund"


def test_a_standfirst_longer_than_its_headline_leaves_the_headline_the_title() -> None:
    deck = "Policy departs from the approach taken under every earlier harbour master of Velm"
    result = clean(_page("Harbour Notices to Spotlight Lund", deck))
    assert result.title == "Harbour Notices to Spotlight Lund"


@pytest.mark.parametrize(
    "byline",
    ["By a Harbour Times Staff Writer", "By a staff reporter", "By an Express correspondent"],
)
def test_a_byline_naming_a_role_with_an_article_names_no_author(byline: str) -> None:
    result = clean(_page(_HEADLINE, _DECK, byline))
    assert result.authors == ()
    assert result.text.startswith("The Velm Harbour Board has refused")


def test_a_named_writer_keeps_her_byline() -> None:
    assert clean(_page(_HEADLINE, _DECK, "By Ada Lund")).authors == ("Ada Lund",)


def test_a_named_writer_with_her_role_is_the_author() -> None:
    byline = "By Ada Lund, a staff reporter"
    result = clean(_page(_HEADLINE, _DECK, byline))
    assert result.authors == ("Ada Lund",)
