"""Round 101: forms met on a studied batch, written anew.

Forms (each written anew here):

- a blog's ``Recent Posts`` box closing the page, each card its section ("• Economy"), a long
  headline with no full stop ("Why Northport keeps growing …: what the cargo numbers show"),
  its blurb cut off by an ellipsis and its age ("3 days ago"): the cards are dropped (before:
  every headline and blurb stayed in the body);
- an unclosed quote with no cue that names a person inside it ("… we will not vote for
  Lund"): the learned model guesses nobody (before: "Ada Lund", whom the quote speaks of);
- "“…,” Lund's spokesperson said" and "a reply from his lawyer, who said that “…”": someone
  who works for the person, unnamed (before: "Ada Lund" herself, as the story's subject);
- guards: the story's own closing paragraphs, a sentence over a line that trails off ("…"),
  stay; so does a crosshead over one trailing-off paragraph, with prose above it; the model
  still guesses Ada Lund for an unclosed quote that does not name her; "Velm's president",
  a place's, is still Ada Lund.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, saved_page
from tests.speech_cases import only_quotation

_RECENT_POSTS = (
    "Share", "", "Recent Posts", "", "  • Latest", "",
    "Ten questions for the harbour board, and for all who want “calm at any price”", "",
    "Let me say it plainly: I rarely follow what the harbour board does…", "",
    "3 days ago", "  • Economy", "",
    "Why Northport keeps growing while its neighbours stall: what the cargo numbers show", "",
    "Port economists did not expect it: cargo through Northport grew while Velm's has…", "",
    "2 months ago", "  • Politics", "", "Can the council keep the fer",
)  # fmt: skip


def test_a_recent_posts_box_of_cut_blurbs_and_ages_is_dropped() -> None:
    page = saved_page(HEADLINE, "", LEAD, "", MORE, "", LAST, "", *_RECENT_POSTS)
    assert clean(page).text == f"{LEAD}\n\n{MORE}\n\n{LAST}"


def test_closing_sentences_over_lines_that_trail_off_stay() -> None:
    closing = (
        "Then the board met again in May and voted.",
        "The chair said only this: wait and see…",
        "The ferries ran again in June after the vote.",
        "Tom Berg wrote to the board: the quay is next…",
    )
    page = saved_page(HEADLINE, "", LEAD, "", MORE, "", *(x for c in closing for x in (c, "")))
    text = clean(page).text
    assert all(line in text for line in closing)


def test_one_crosshead_over_a_trailing_paragraph_stays() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", MORE, "", "The last word", "",
        "Tom Berg had the last word on the quay: we will see…",
    )  # fmt: skip
    text = clean(page).text
    assert "The last word" in text and text.endswith("we will see…")


_VOWED = "Velm news\n\nThey vowed to make sure that President Ada Lund {} the vote in May.\n\n"


def test_a_guessed_speaker_is_never_one_the_quote_names() -> None:
    text = "“We have our votes and we will not vote for Lund. We are with Tom Berg and we do not"
    found = only_quotation(text, _VOWED.format("loses"))
    assert found.speaker is None


def test_a_guessed_speaker_the_quote_does_not_name_stays() -> None:
    text = "“We have our votes and we will vote for any party she wants us to. We do not want"
    found = only_quotation(text, _VOWED.format("wins"))
    assert found.speaker_full == "Ada Lund"


_SPOKE = "Velm news\n\nAda Lund spoke in Velm in May.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        '"The limits on public meetings have helped no one," Lund\'s spokesperson said.',
        "The talk drew a reply from Lund’s spokesperson, who said that “the limits on public"
        " meetings have helped no one.”",
        "The talk drew a reply from his lawyer, who said that “the limits on public meetings"
        " have helped no one.”",
    ],
)
def test_a_persons_spokesperson_or_lawyer_is_not_that_person(text: str) -> None:
    assert only_quotation(text, _SPOKE).speaker_full != "Ada Lund"


def test_a_places_president_is_still_the_president_named() -> None:
    text = '"The limits on public meetings have helped no one," Velm\'s president said.'
    assert only_quotation(text, _SPOKE).speaker_full == "Ada Lund"
