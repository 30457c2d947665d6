"""Round 46: more captions and credits, a section's box, a writer who took the photos.

A caption that places people by letters ("Ada Lund (C) with Tom Berg (L)"), one that shows
someone unnamed in the present tense ("A woman stands outside on a sidewalk."), a credit glued to
its caption ("… Ada LundImage: Northwire/dpa"), a credit for a montage or a graphic in brackets,
"pic by …" with no stop before it; a box of the section's other stories under "Also in News",
whose items may read as sentences ("- Yet more red tape! The port …"); and "Story and photos by
Ada Lund", a byline. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.credit_tails import ends_in_picture_credit
from claimtrack.reading.sidebars import is_sidebar

_HEAD = "Harbour board backs new ferry timetable"
_P1 = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate about"
    " costs and the needs of island residents."
)
_P2 = (
    "Board members said the timetable would start in March and that fares would stay the same"
    " for at least another year."
)
_P3 = (
    "Residents had asked for more sailings in the winter months, when storms often cancel the"
    " early crossings to the mainland."
)


def _page(*middle: str) -> str:
    return "\n\n".join([_HEAD, "By Mara Quint", _P1, _P2, *middle, _P3])


def _story_kept(text: str) -> bool:
    return all(p[:40] in text for p in (_P1, _P2, _P3))


@pytest.mark.parametrize(
    "caption",
    [
        "Ada Lund (C) with trainers Tom Berg (L) and Mara Quint during the weigh-in on Friday.",
        "Tom Berg (L) and Ada Lund (R) sign the deal at the quay.",
        "Dockers at the new quay (L-R) Tom Berg, Ada Lund and Mara Quint.",
        "A woman stands outside on a sidewalk.",
        "A man walks past a shuttered shop in Northport.",
        "An elderly resident waits for the ferry at the quay on Monday.",
        "Harbour board chair Ada LundImage: TOM BERG/Northwire",
        "Ada Lund Image: picture-alliance/dpa",
        "Mayor Ada Lund speaks at the quay on Monday.Photo: Tom Berg/Harbour Daily",
        "DNA used for data storage. (Montage: Northport University)",
        "Dockers at the quay. (Graphic: Harbour Board)",
        "The new terminal as planned. (Illustration: Tom Berg)",
        "Lund announcing the new fares pic by Tom Berg (Mana)",
        "Dockers march past the port office. Pic by Tom Berg",
    ],
)
def test_a_caption_or_its_credit_is_dropped_and_the_story_kept(caption: str) -> None:
    result = clean(_page(caption))
    assert caption not in result.text
    assert _story_kept(result.text)


@pytest.mark.parametrize(
    "line",
    [
        # one letter in brackets may be a party's
        "Sen. Tom Berg (R) said the ferry deal would pass the senate this week.",
        "Sens. Tom Berg (R) and Ada Lund (R) said the ferry deal would pass.",
        # a thing, not a person, stands; a person "stands accused"
        "A statue of the first harbour master stands outside the town hall.",
        "A man stands accused of setting fire to the old ferry office last winter.",
        "A woman stands to gain a large payout if the board loses the case.",
        # a new law "holds" someone responsible; two sentences are a paragraph
        "A new law holds ferry operators responsible for delays.",
        "A man waits at the quay. He has waited there every morning for a year.",
        # the photographer's word in prose, with a stop and more words after it
        "The exhibition shows every photo: Lund took them over forty years.",
        "The board's graphic (a map of the routes) was shown to residents on Monday.",
    ],
)
def test_prose_of_the_same_shape_is_kept(line: str) -> None:
    result = clean(_page(line))
    assert line in result.text


def test_a_single_party_letter_is_no_placing() -> None:
    assert not is_caption_form("Sen. Tom Berg (R) backs the ferry deal")
    assert is_caption_form("Chair Tom Berg (L) and Mayor Ada Lund (R) at the quay")


@given(
    first=st.sampled_from(["L", "C", "R"]),
    second=st.sampled_from(["L", "C", "R"]),
)
def test_two_different_letters_place_people_in_a_picture(first: str, second: str) -> None:
    line = f"Ada Lund ({first}) and Tom Berg ({second}) at the quay on Monday."
    assert is_caption_form(line) == (first != second)


@given(
    label=st.sampled_from(["Image", "Photo", "Picture", "Foto", "Bild"]),
    owner=st.sampled_from(["dpa", "Northwire", "Harbour Daily", "picture-alliance/dpa"]),
)
def test_a_credit_glued_to_its_caption_ends_it(label: str, owner: str) -> None:
    assert ends_in_picture_credit(f"Harbour board chair Ada Lund{label}: Tom Berg/{owner}")
    assert ends_in_picture_credit(f"Harbour board chair Ada Lund{label}: {owner}")


@pytest.mark.parametrize(
    "line",
    [
        "Residents said the Photo: section of the form was confusing",  # no slash, not glued
        # an owner's slash, but far more words than a credit's
        "The form has a Photo: box where residents/visitors write the name of every ferry they"
        " took last year",
    ],
)
def test_a_label_in_prose_is_no_credit(line: str) -> None:
    assert not ends_in_picture_credit(line)


_OTHER_STORIES = [
    "- Northport fights to keep its winter sailings",
    "- Yet more red tape! The port now issues permits for every trailer",
    "- Ferry makes emergency landing in Eastwick",
    "- Take note, Northport! Surge in bookings after the fares freeze",
]


@pytest.mark.parametrize(
    "heading", ["Also in News", "More in Local Politics", "Also in this section"]
)
def test_a_section_box_and_its_items_are_dropped(heading: str) -> None:
    page = "\n".join(["\n\n".join([_HEAD, _P1, _P2, _P3]), "", heading, *_OTHER_STORIES])
    result = clean(page)
    assert is_sidebar(heading)
    assert not any(item[2:20] in result.text for item in _OTHER_STORIES)
    assert _story_kept(result.text)


def test_a_story_sentence_about_sorrow_is_no_section_box() -> None:
    assert not is_sidebar("More in sorrow")
    assert not is_sidebar("Also in the room")
    assert not is_sidebar("Also in Attendance:")  # a meeting's minutes list who came


def test_the_names_under_a_minutes_heading_are_kept() -> None:
    names = ["- Ada Lund, harbour master", "- Tom Berg, board secretary"]
    page = "\n".join(["\n\n".join([_HEAD, _P1, _P2]), "", "Also in Attendance:", *names])
    result = clean(page + "\n\n" + _P3)
    assert all(name[2:] in result.text for name in names)


def test_a_long_paragraph_in_a_list_after_the_box_is_kept() -> None:
    paragraph = (
        "- The board will meet again in April, when it will hear from residents of the islands"
        " who have asked for the early sailings to be kept through the whole of the winter."
    )
    page = "\n".join(["\n\n".join([_HEAD, _P1, _P2]), "", "Also in News", _OTHER_STORIES[0]])
    result = clean(page + "\n\n" + paragraph + "\n\n" + _P3)
    assert paragraph[2:60] in result.text


@pytest.mark.parametrize(
    "byline",
    [
        "Story and Photos by Ada Lund",
        "Text and photos by Ada Lund",
        "Words and pictures by Ada Lund",
        "Photos and text by Ada Lund",
    ],
)
def test_a_writer_who_took_the_photos_is_the_author(byline: str) -> None:
    page = "\n\n".join([_HEAD, byline, _P1, _P2, _P3])
    result = clean(page)
    assert result.authors == ("Ada Lund",)
    assert byline not in result.text
    assert names_in_byline(byline) == ["Ada Lund"]


@pytest.mark.parametrize(
    "line",
    [
        "NORTHPORT, Idaho — This story originally appeared in The Harbour Press.",
        "A version of this story first appeared in The Harbour Times.",
        "This report first ran in Harbour Weekly.",
        "The views and opinions expressed herein are the views and opinions of the author and do"
        " not necessarily reflect those of Harbour Corp.",
        "Show your support for Harbour News by helping us produce more content like this.",
    ],
)
def test_a_note_on_where_the_story_ran_or_an_appeal_is_dropped(line: str) -> None:
    result = clean(_page(line))
    assert line[:40] not in result.text
    assert _story_kept(result.text)


@pytest.mark.parametrize(
    "line",
    [
        "The report first appeared in the council's minutes, Lund said on Tuesday evening.",
        "The views of residents are split, and the board will hear them again in April.",
        "Residents showed their support for the ferry crew by signing a petition.",
        "Support for the journalism school came from a harbour board grant, Lund said.",
    ],
)
def test_prose_about_a_report_or_support_is_kept(line: str) -> None:
    assert line in clean(_page(line)).text


def test_an_appeal_box_heading_is_never_the_title() -> None:
    page = "\n\n".join(
        [
            _HEAD,
            "Support Northport Journalism",
            "Show your support for Harbour News by helping us produce more content.",
            "Click to Donate",
            "Story by Mara Quint | Harbour University",
            _P1,
            _P2,
        ]
    )
    result = clean(page)
    assert result.title == _HEAD
    assert "Support Northport" not in result.text
