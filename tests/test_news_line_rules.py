"""The line rules for news pages: furniture is dropped, prose that resembles it is kept."""

from __future__ import annotations

import pytest

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.line_rules import DropReason, boilerplate_reason, is_end_marker
from claimtrack.reading.notices import url_in_line

FURNITURE = [
    "Share this:", "Share on Facebook", "Font Size:", "A A A", "A- A+", "Print", "Comments",
    "Comments (12)", "5 min read", "Reading time: 4 minutes", "Listen to this article",
    "Back to top button", "Copy link", "277 Views", "View all by Author »", "Follow us on X",
    "Tags: | harbour | art |", "tel: +46 (0)90 123 45 67", "e-post: eva.lind@mejeriet.example",
    "Source: Newswire", "Reporting by Jane Doe; Editing by John Roe",
    "Copyright 2024 The Ledger. All rights reserved.",
    "Browse by last name: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
    "toggle caption", "Enlarge this image", "Image 2 of 7", "3 hours ago", "Yesterday",
    "We use cookies to improve your experience. By continuing you accept them.",
    "Accept all cookies", "Already a subscriber? Log in", "Edited by John Roe",
    "Published 3 days ago", "#Harbour #Council #Budget", "Facebook 12 Twitter 3 Email Print",
    "Share: Facebook | X | WhatsApp | Copy link",
]  # fmt: skip
CAPTIONS = [
    "Photo: A cargo ship waits outside the harbour. (Reuters/Jane Doe)",
    "Image source, Getty Images", "Image caption, Miners at work in an open pit.",
    "FILE PHOTO: The observatory dome at night. REUTERS/Kai Lindqvist/File Photo",
    "Old cranes at the eastern quay (Photo: City Archive)", "Jane Doe/AFP", "Foto: Anna Roe",
    "The minister speaks to the media in the capital. — Picture by Jane Doe",
    "Fans cheer in the stadium. (AP Photo/John Roe)",
]  # fmt: skip
RELATED = [
    "ALSO READ: Ministers meet in Geneva for a third round of talks",
    "Read also: Grain prices fall for a fourth week", "Related: Ports reopen after the storm",
    "Watch: The storm hits the coast",
]  # fmt: skip
END_MARKERS = [
    "Leave a Reply", "Your email address will not be published. Required fields are marked *",
    "Post a comment as", "Welcome to the discussion.", "Related Articles",
    "Sign up for our daily newsletter", "Presskontakt:", "Read more at the Ledger",
    "إقرأ أيضاً:", "About Harbour Dairies", "###", "-ENDS-", "Lire aussi", "Mehr zum Thema",
    "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
    "Sign up to the Ledger Pro newsletter to get all the top news, opinion and features!",
]  # fmt: skip
PROSE = [
    "The council will print new ballots after the error, officials said.",
    "Share prices fell 4 percent on Monday as investors worried about demand.",
    "Copyright law in the union is changing, the commission said on Friday.",
    "Comments made by the minister on Tuesday drew criticism from the opposition.",
    "Source: the ministry said the figures would be revised next month.",
    "He said 24/7 service was needed in the northern districts.",
    "Watch the skies tonight, astronomers said, because the comet will be bright.",
    "Print media lost readers for the tenth year running, the survey found.",
    "Minsk, Moscow and Astana",
    "Related talks in Geneva ended without a deal on Friday evening.",
    "About the vote", "About two hundred people gathered outside the town hall on Friday.",
    "Today the council meets for the last time before the summer recess, officials said.",
    "Play continued after a short break for rain, and the home side took two wickets.",
]  # fmt: skip


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_dropped(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions_and_credits_are_dropped(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize("line", RELATED)
def test_related_links_are_dropped(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.RELATED_LINK


@pytest.mark.parametrize("line", END_MARKERS)
def test_notices_end_the_article(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_that_resembles_furniture_is_kept(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None
    assert not is_end_marker(line)
    assert names_in_byline(line) == [] and read_compound_line(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Anna Petrova and Tomas Reyes", ["Anna Petrova", "Tomas Reyes"]),
        ("By Kai Lindqvist, Staff Writer", ["Kai Lindqvist"]),
        ("By Anna Petrova, Newswire", ["Anna Petrova"]),
        ("Mira Okafor | Newswire", ["Mira Okafor"]),
        ("- DAVID ROE", ["DAVID ROE"]),
        ("IFN Staff", ["IFN Staff"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("By the way, this is nice", []),
        ("President Jane Roe (AP Photo)", []),  # a caption naming who is pictured
        ("Lena Brandt said the plan was good", []),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


def test_a_byline_and_date_bar_gives_both() -> None:
    found = read_compound_line("Melanie Roe | April 14, 2017 | 12:34pm EDT")
    assert found is not None
    names, date = found
    assert names == ["Melanie Roe"] and str(date) == "2017-04-14"


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("https://ledger.example.test/a/b?c=1", "https://ledger.example.test/a/b?c=1"),
        ("Source: https://ledger.example.test/a", "https://ledger.example.test/a"),
        ("<https://ledger.example.test/a>", "https://ledger.example.test/a"),
        ("See https://ledger.example.test/a for more", None),
    ],
)
def test_url_lines(line: str, url: str | None) -> None:
    assert url_in_line(line) == url
