"""Round 21: lines pointing the reader away from the story, and a numbered listing of other
stories closing the page (invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.credit_tails import ends_in_picture_credit
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.page_pointers import holds_address, is_page_pointer
from claimtrack.reading.site_chrome import is_site_chrome

HEADLINE = "Harbour board approves ferry plan"
LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
SECOND = (
    '"We waited long enough," said Ada Lund, who chairs the board. "The ferries need the room."'
)


@pytest.mark.parametrize(
    "line",
    [
        # post navigation, in a few languages
        "Prev Post Harbour plan approved by the council 2023-04-11",
        "Next Post Weekly Press Talk by Spokeswoman Tom Reed 2023-01-02",
        "Previous article: Ferry fares frozen until March",
        "« Next article Harbour cranes to be replaced",
        "Article précédent Le port prépare sa saison",
        "Nächster Beitrag: Hafen plant neue Fähren",
        "이전글 항만 계획 승인 2023-04-11",
        "현재글 Weekly Press Talk by Spokeswoman Ada Lund 2023-02-27",
        "下一篇 港口委员会批准渡轮计划",
        # a copyright line set off by dashes, or with its holder and a full date
        "-- © Copyright Harbour Daily 2023-07-25",
        "• © 2023 Harbour Daily",
        "© Copyright Harbour Daily 2023-07-25",
        # a licence notice
        'Harbour briefing 저작물은 "공공누리" 제4유형:출처 표시 조건에 따라 이용할 수 있습니다.',
        "공공누리의 제 4유형 안내",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        # an invitation to write, a contact line
        "Spotted an error? Send it to desk [at] harbour.example! Thanks.",
        "Einen Fehler entdeckt? Schreiben Sie an redaktion [at] hafenblatt.example!",
        "Do you have pictures or documents to share? Use tips@harbour.example",
        "CONTACT: Ada Lund, ada.lund@harbour.example",
        "RING: 05555 E-POST: 05555@harbour.example",
        # a release's pointer to the company's site
        "For more information about Harbour Ltd, visit www.harbour.example.",
        "To learn more, please visit https://harbour.example/ferries",
        # empty labels and links in other languages
        "Sist oppdatert:",
        "Aktualisiert:",
        "Kontakt oss",
        "Contactez-nous",
    ],
)
def test_a_line_pointing_the_reader_away_is_boilerplate(line: str) -> None:
    assert is_page_pointer(line)
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a crime story's appeal is the story's own line
        "Anyone with information is asked to email tips@harbour-police.example.",
        "Police said the suspect contacted the victim at ada@harbour.example in May.",
        "Next, the board will vote on the ferry fares.",
        "Previous attempts to widen the channel failed in 2019 and 2021.",
        "- Copyright law will change next year, the minister said.",
        "Contact with the operators was lost for two days.",
        "For more information, the board said, residents should attend the meeting.",
        "The photos are licensed to the board by a local photographer.",
        LEAD,
    ],
)
def test_the_storys_own_lines_stay(line: str) -> None:
    assert not is_page_pointer(line)


def test_an_address_written_out_counts() -> None:
    assert holds_address("desk (at) harbour (dot) example")
    assert holds_address("desk [at] harbour.example")
    assert not holds_address("Meet us at the harbour at noon.")


def test_a_full_story_link_after_the_body_gives_the_address_and_is_dropped() -> None:
    page = (
        f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n"
        "Full story: https://harbour.example/2023/ferry-plan-approved/\n\n"
        "-- © Copyright Harbour Daily 2023-07-25\n"
    )
    result = clean(page)
    assert result.url == "https://harbour.example/2023/ferry-plan-approved/"
    assert "Full story" not in result.text
    assert "Copyright" not in result.text
    assert LEAD in result.text and SECOND in result.text


def test_a_read_more_link_gives_no_address() -> None:
    # "Read more:" may point to another story: it is dropped but names no page's address.
    page = f"{HEADLINE}\n\n{LEAD}\n\nRead more: https://harbour.example/other-story/\n\n{SECOND}\n"
    result = clean(page)
    assert result.url is None
    assert LEAD in result.text and SECOND in result.text


def test_post_navigation_and_a_feedback_invitation_close_the_page() -> None:
    page = (
        f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n"
        "Spotted an error? Send it to desk [at] harbour.example! Thanks.\n"
        "Prev Post Harbour cranes to be replaced 2023-04-11\n"
        "Next Post Ferry fares frozen until March 2023-01-02\n"
    )
    result = clean(page)
    assert result.text == f"{LEAD}\n\n{SECOND}"


NUMBERED = (
    "  1. 'Deep' cuts: What the budget means for harbour hospitals\n"
    "  2. Councillor backs the pier budget. Critics warn the work will run late\n"
    "  3. Ferry riders could face higher fares under the new plan\n"
    "  4. Ferry update: Harbour route sees one more delay since Monday, raising the count to 12\n"
)


def test_a_numbered_listing_after_the_share_bar_is_dropped() -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n  • Facebook\n  • Twitter\n  • Email\n" + NUMBERED
    result = clean(page)
    assert result.text == f"{LEAD}\n\n{SECOND}"


def test_a_storys_own_numbered_list_after_its_prose_stays() -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n\nThe board named its four priorities:\n\n" + NUMBERED
    result = clean(page)
    for item in NUMBERED.strip().splitlines():
        assert item.strip() in result.text


def test_a_numbered_listing_with_a_gap_stays() -> None:
    gappy = NUMBERED.replace("  2. ", "  7. ")
    page = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n  • Facebook\n  • Twitter\n" + gappy
    result = clean(page)
    assert "Ferry riders could face higher fares" in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Bộ trưởng Trần Văn An trả lời phỏng vấn báo Cảng Biển (Báo Cảng) - Ảnh: Lê Minh",
        "Die neue Fähre im Hafen | Bild: Hafenblatt",
        "Паром в порту (Фото: Иван Петров)",
        "The new ferry at the quay – Foto: Jan Berg",
    ],
)
def test_a_caption_closing_on_its_credit_is_dropped(line: str) -> None:
    assert ends_in_picture_credit(line)
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The board showed the photo: the channel is too narrow for two ferries.",
        "Photo: Jan Berg",  # no caption before it (the credit rules of notices decide)
        "The mayor - photo: she said - was not at the quay on the day of the vote, nor later.",
        LEAD,
    ],
)
def test_a_sentence_about_a_photo_is_no_credit_tail(line: str) -> None:
    assert not ends_in_picture_credit(line)


def test_a_headline_over_a_credited_caption_is_the_title() -> None:
    title = "Bộ trưởng Trần Văn An: “Cảng biển là chìa khóa”"
    page = (
        "THỨ HAI, NGÀY 3 THÁNG 6 NĂM 2024 09:10\n\n"
        f"{title}\n\n \n\n"
        "Bộ trưởng Trần Văn An trả lời phỏng vấn báo Cảng Biển - Ảnh: Lê Minh\n\n \n\n"
        "Nhìn lại cả năm, vị bộ trưởng nói rằng cảng biển đã đổi khác nhiều: “Chúng tôi còn "
        "nhiều việc phải làm” - Bộ trưởng nói.\n\n"
        "Ông cho biết năm tới ngành sẽ mở thêm hai bến mới ở phía bắc và nói về kế hoạch "
        "của cảng.\n"
    )
    result = clean(page)
    assert result.title == title
    assert "Ảnh" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Next article in the series will cover the ferry fares.",
        "Previous article 5 of the harbour treaty was repealed in 2019.",
        "- (c) any person who moors a ferry without a permit",
    ],
)
def test_a_sentence_or_a_clause_is_no_navigation_or_copyright(line: str) -> None:
    assert not is_page_pointer(line)


@pytest.mark.parametrize(
    "line", ["Play Live Radio", "Next Up:", "Available On Air Stations", "Listen Live"]
)
def test_a_radio_stations_player_bar_is_chrome(line: str) -> None:
    assert is_site_chrome(line)


def test_a_player_bar_names_no_author() -> None:
    page = (
        "Harbour Radio\nPlay Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations\n\n"
        f"{HEADLINE}\n\n\n{LEAD}\n\n{SECOND}\n"
    )
    result = clean(page)
    assert "Play Live Radio" not in result.authors
    assert result.title == HEADLINE


@pytest.mark.parametrize("line", ["Next up, the board votes on the fares.", "Listen live to me."])
def test_a_sentence_with_a_player_word_is_no_chrome(line: str) -> None:
    assert not is_site_chrome(line)


@given(st.text(max_size=400))
def test_pointer_and_credit_rules_take_any_line(line: str) -> None:
    # Untrusted text: any characters, no exception, and a line past the limit is never furniture.
    pointer, credit = is_page_pointer(line), ends_in_picture_credit(line)
    assert isinstance(pointer, bool) and isinstance(credit, bool)
    if len(line) > 320:
        assert not pointer and not credit


@pytest.mark.parametrize(
    "line",
    [
        "a." * 150,
        "Photo:" + " x" * 140,
        "- " * 150 + "©",
        "desk [at] " * 30,
        "Next post " + "word " * 55,
    ],
)
def test_pathological_lines_finish_and_are_no_furniture(line: str) -> None:
    # Long runs of the rules' own punctuation stay linear (the test would hang otherwise), and
    # none of these is a pointer: no address, no dashed copyright, a post title past its length.
    assert not is_page_pointer(line)
    assert not ends_in_picture_credit(line * 3)
