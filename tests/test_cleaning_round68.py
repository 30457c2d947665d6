"""Round 68: a closing listing of headlines with one opening on a number.

- A page closing with other stories' headlines, one of them opening on a number ("2 Velm Cars
  Group Updates Outlook for FY26"), kept every headline above that one (before: the run of
  headlines stopped at the number, as if it were a list's item). A number and a capitalised word
  open a headline; "1. …" and "2 cups of flour" still open a list's item.
- A bare name over the story, the caption of its subject's photo ("Tom Berg" over "… Tom Berg
  sat quietly …" and "Berg, 61, admitted …"), was read as the byline (before: "Tom Berg" as the
  author). A story that writes the name and then the surname alone tells of that person: a
  story never calls its writer by surname. A writer named again in the last paragraph (an
  author's note) or once in passing is still the author.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

_STORY = (HEADLINE, "", LEAD, "", MORE, "", QUOTE, "", LAST)
_LISTING = (
    "July 29th Morning Report",
    "Velm Capital Annual Shareholders Meeting Results",
    "Receivers appointed to Arden Honey",
    "2 Velm Cars Group Updates Performance Outlook for FY26",
    "Northport Telecom announces Director changes",
    "July 28th Morning Report",
    "Harbour Board names new Chief Financial Officer",
)


@pytest.mark.parametrize("number", ["2 Velm Cars", "10 Things", "2024 Harbour"])
def test_a_closing_listing_with_a_headline_opening_on_a_number_is_dropped(number: str) -> None:
    listing = [line.replace("2 Velm Cars", number) for line in _LISTING]
    cleaned = clean(saved_page(*_STORY, "No comments yet", *listing))
    assert cleaned.text.rstrip().endswith(LAST)
    for headline in listing:
        assert headline not in cleaned.text


@pytest.mark.parametrize(
    "items",
    [
        ("2 cups of flour", "3 eggs", "1 teaspoon of salt", "200 g of butter"),
        ("1. Harbour fees", "2. Ferry times", "3. Berth rules", "4. Pilot charges"),
    ],
)
def test_a_list_closing_the_story_stays(items: tuple[str, ...]) -> None:
    cleaned = clean(saved_page(*_STORY, "", "She listed what the bakery needs:", "", *items))
    for item in items:
        assert item in cleaned.text


_SUBJECT_PAGES = [
    (
        "Electoral body registers 44,000 new voters",
        "",
        "",
        "Tom Berg",
        "",
        "The chairman of the Velm Electoral Commission has announced that his institution has"
        " registered at least 44,547 voters in four weeks.",
        "",
        "Tom Berg made this disclosure during a press briefing at the commission's headquarters.",
        "",
        "“The total number of registered voters at the end of the fourth week is forty-four"
        " thousand,” Berg said.",
        "",
        "He said the registration would close next month.",
    ),
    (
        "Harbour chief sentenced to 16 years",
        "",
        "Tom Berg",
        "",
        "The former harbour administrator who stole from the port's funds for a decade was"
        " sentenced to sixteen years on Friday.",
        "",
        "Tom Berg sat quietly in his chair as the judge read the sentence.",
        "",
        "Berg, 61, admitted the theft in March, the court heard.",
        "",
        "The judge said the loss would take years to repair.",
    ),
]


@pytest.mark.parametrize("page", _SUBJECT_PAGES)
def test_a_bare_name_the_story_tells_of_is_a_caption_not_the_byline(
    page: tuple[str, ...],
) -> None:
    cleaned = clean(saved_page(*page))
    assert cleaned.title == page[0]
    assert cleaned.authors == ()
    assert not cleaned.text.startswith("Tom Berg\n")


_OPINION = (
    "Why the harbour needs a second ferry",
    "",
    "Ada Lund",
    "",
    "The harbour board has argued for years that one ferry is enough for the island.",
    "",
    "Tom Berg, its chairman, said last week that a second boat would cost too much.",
)


@pytest.mark.parametrize(
    "ending",
    [
        # An author's note names the writer, and her surname, in the last paragraph.
        ("Ada Lund is a fellow at the Velm Institute. Lund's book on ferries is out in May.",),
        # The story names the writer once in passing, never by surname alone.
        (
            "Berg told Ada Lund that the board would look at the numbers again.",
            "The board meets again in June.",
        ),
    ],
)
def test_a_writer_named_in_her_note_or_in_passing_is_still_the_author(
    ending: tuple[str, ...],
) -> None:
    paragraphs = [line for paragraph in ending for line in ("", paragraph)]
    cleaned = clean(saved_page(*_OPINION, *paragraphs))
    assert cleaned.authors == ("Ada Lund",)
