"""Round 101: forms met on a studied batch, written anew.

Forms (each written anew here):

- a blog's ``Recent Posts`` box closing the page, each card its section ("• Economy"), a long
  headline with no full stop ("Why Northport keeps growing …: what the cargo numbers show"),
  its blurb cut off by an ellipsis and its age ("3 days ago"): the cards are dropped (before:
  every headline and blurb stayed in the body);
- guards: the story's own closing paragraphs, a sentence over a line that trails off ("…"),
  stay; so does a crosshead over one trailing-off paragraph, with prose above it.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, saved_page

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
