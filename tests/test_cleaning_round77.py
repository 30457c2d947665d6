"""Round 77, reading: a story's bulleted highlights right above its first prose.

- A standfirst set as a list item under the headline ("• New berth checks will raise the costs
  of ferry owners") was taken for the header (before: dropped). An item that is a sentence
  sharing words with the lead is the story's.
- A press release's highlights, wrapped over lines ("• Two new finds made at the Velm" /
  "and Harbour wells"), lost all but the items that read as prose (before: the first item
  dropped, the others kept). The whole list opens the body.
- Teasers for other stories set as a list, a menu's bullets, and a caption opened by a dash
  stay out of the body.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean
from claimtrack.reading.highlights import highlights_start
from claimtrack.reading.lines import split_lines
from tests.harbour_cases import HEADLINE, LEAD, MORE, QUOTE, saved_page

_STANDFIRST = "• New berth checks will raise the costs of ferry owners across the region"
_RULES_LEAD = (
    "Ferry crews will have to check every berth at Northport before the boats sail again, "
    "under new rules the harbour board set out on Tuesday."
)


def test_a_standfirst_set_as_a_list_item_opens_the_body() -> None:
    page = saved_page(HEADLINE, "", _STANDFIRST, "", _RULES_LEAD, "", MORE, "", QUOTE)
    result = clean(page)
    assert result.title == HEADLINE
    assert result.text.startswith(_STANDFIRST)
    assert _RULES_LEAD in result.text


def test_a_press_releases_wrapped_highlights_all_open_the_body() -> None:
    page = saved_page(
        "Velm Energy announces two new finds off Northport",
        "",
        "  • Two new finds made at the Velm-1 and",
        "    Harbour-2 wells in the north of the Kessel Block",
        "  • Adds to the estimate of the oil found in the Kessel Block",
        "    to more than two billion barrels",
        "",
        "Velm Energy said today it made two new finds at the Velm-1 and Harbour-2 wells, "
        "bringing the number of finds in the Kessel Block to nine.",
        "",
        "The company will drill three more wells in the block next year, it said.",
    )
    text = clean(page).text
    assert text.startswith("• Two new finds made at the Velm-1 and")
    assert "Harbour-2 wells in the north of the Kessel Block" in text
    assert "to more than two billion barrels" in text


def test_teasers_for_other_stories_set_as_a_list_stay_out() -> None:
    # Guard: items sharing no words with the lead tell other stories.
    page = saved_page(
        HEADLINE,
        "",
        "• Northport school wins national chess title for third year running",
        "• Velm mayor opens new library after two years of building work",
        "",
        LEAD,
        "",
        MORE,
        "",
        QUOTE,
    )
    text = clean(page).text
    assert "chess" not in text and "library" not in text
    assert text.startswith(LEAD)


def test_a_menus_bullets_are_no_highlights() -> None:
    # Guard: items too short for a sentence are a menu's, even sharing the lead's words (the
    # rule itself: the learned line model would drop them from the page as furniture too).
    page = saved_page(HEADLINE, "", "• Harbour board news", "• Ferry strike talks", "", LEAD)
    lines = split_lines(page)
    lead = next(i for i, line in enumerate(lines) if line.text == LEAD)
    assert highlights_start(lines, lead) == lead
    assert clean(page).text.startswith(LEAD)


def test_a_caption_opened_by_a_dash_stays_out() -> None:
    # Guard: a dash opens captions too; only a bullet mark makes a highlight.
    caption = "- Ferry crews at the harbour board's talks on Tuesday, when the strike would end"
    page = saved_page(HEADLINE, "", caption, "", LEAD, "", MORE, "", QUOTE)
    text = clean(page).text
    assert "crews at the harbour board's talks" not in text
    assert text.startswith(LEAD)
