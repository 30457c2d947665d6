"""Round 7 page furniture: print controls, newsletter boxes, offers, wire graphics, comment
signatures, an author's avatar, a dangling bar after a headline, a date line's trailing comma.

All fixtures are invented; each rule is checked both ways (the furniture goes, prose that
looks a little like it stays).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.header import dated_headline
from claimtrack.reading.headlines import wire_dateline
from claimtrack.reading.lead import is_lead_in, opens_paragraph
from claimtrack.reading.line_rules import (
    boilerplate_reason,
    is_end_marker,
    is_image_file,
    is_spam,
)
from claimtrack.reading.page_dates import page_date_line
from claimtrack.reading.promos import is_menu_row, is_promo

LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
CAPTION = "The board chair speaks at the quay in Northport on Wednesday. (Image: AP Photo/Kim Lee)"
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."


@pytest.mark.parametrize(
    "line",
    [
        "Northport.com« Back to articlePrint this article",
        "« Back to article",
        "Print this page | Close window",
        "Be in the know!",
        "Stay informed",
        "Get our exclusive daily news briefing.",
        "Sign up for our free morning newsletter",
        "Get 40% Off",
        "Take 25% off today",
        'Email a copy of "Ferry strike ends after talks" to a friend',
        "(GRAPHIC: Ferry traffic by month - https://graphics.example.org/ferry/traffic.jpg)",
        "© Harbour Wire. FILE PHOTO: A ferry leaves the quay at Northport",
    ],
)
def test_promos_and_print_controls_are_furniture(line: str) -> None:
    assert is_promo(line)
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "She asked staff to print this article and pin it on the quay.",
        "Stay informed about the storm, the mayor told residents on Monday.",
        "The union will get 40% of the seats on the board, the minister said.",
        "He sent a copy of the report to a friend at the ministry, the court heard.",
        "Back to article one of the treaty, the envoy said, nothing has changed.",
        "Be in the know about how the harbour works.",
    ],
)
def test_prose_that_looks_like_a_promo_stays(line: str) -> None:
    assert not is_promo(line)


@given(st.text(max_size=400))
def test_is_promo_reads_any_text(text: str) -> None:
    assert is_promo(text) in (True, False)


def test_a_print_view_and_a_newsletter_box_never_give_the_title() -> None:
    raw = (
        "Northport.com« Back to articlePrint this article\n\n"
        "Be in the know!\n\nGet our exclusive daily news briefing.\n\n"
        "Ferry strike ends after talks\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike ends after talks"
    assert result.text.startswith("The harbour board said")
    assert "know" not in result.text and "briefing" not in result.text


def test_an_image_file_name_with_spaces_is_no_headline_and_no_body() -> None:
    assert is_image_file("ferry strike then and now orig nws_00001234.jpg")
    assert not is_image_file("The photo was saved as harbour.jpg.")
    assert not is_image_file("Why the ferry strike ended, and what it cost the port.jpg")
    raw = f"ferry strike then and now orig nws_00001234.jpg\n\n{LEAD}\n\n{MORE}\n"
    assert "nws_" not in clean(raw).text


def test_a_wire_graphic_pointer_in_the_body_is_dropped() -> None:
    graphic = "(GRAPHIC: Ferry traffic by month - https://graphics.example.org/ferry/traffic.jpg)"
    raw = f"Ferry strike ends after talks\n\n{LEAD}\n\n{graphic}\n\n{MORE}\n"
    text = clean(raw).text
    assert "GRAPHIC" not in text and MORE in text


def test_drupal_comments_end_the_body_from_the_first_comments_subject() -> None:
    assert is_end_marker("by Harbour Watcher (not verified) on")
    assert is_end_marker("by kim_lee (not verified) on 12 March 2026 - 10:14")
    assert not is_end_marker("The claim was made by Kim Lee (not verified) on Monday, she said.")
    raw = (
        "Ferry strike ends after talks\n\n"
        f"{LEAD}\n\n{MORE}\n\n\n"
        "I agree with the union.\n\nby Harbour Watcher (not verified) on\n\n"
        "The crews were right to strike and the board knows it.\n\n\n"
        "Not so fast\n\nby kim_lee (not verified) on\n\nThe fares will go up again.\n"
    )
    text = clean(raw).text
    assert text.endswith("said in a statement on Monday.")
    assert "agree" not in text and "Watcher" not in text


def test_a_long_paragraph_over_a_comment_signature_stays() -> None:
    raw = (
        "Ferry strike ends after talks\n\n"
        f"{LEAD}\n\n{MORE}\n\nby Harbour Watcher (not verified) on\n\nGood news.\n"
    )
    assert clean(raw).text.endswith("said in a statement on Monday.")


def test_an_authors_avatar_before_the_byline_is_part_of_the_byline() -> None:
    assert names_in_byline("avatar by Jane Roe") == ["Jane Roe"]
    assert names_in_byline("Avatar by Kim Lee and Jane Roe") == ["Kim Lee", "Jane Roe"]
    assert names_in_byline("avatar of the harbour") == []
    raw = (
        "Be in the know!\n\nMarch 3, 2026\n\nFerry strike ends after talks\n\n"
        f"avatar by Jane Roe\n\n{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike ends after talks"
    assert result.authors == ("Jane Roe",)


def test_a_headline_loses_the_bar_left_where_the_site_name_was_cut() -> None:
    raw = f"|\n\nFerry Strike Ends After Talks With The Board |\n\n{LEAD}\n\n{MORE}\n"
    assert clean(raw).title == "Ferry Strike Ends After Talks With The Board"


def test_a_title_keeping_a_bar_inside_it_keeps_it() -> None:
    raw = f"Ferry strike ends | Northport\n\n{LEAD}\n\n{MORE}\n"
    title = clean(raw).title
    assert title is None or "|" in title or title == "Ferry strike ends"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted April. 02, 2026 06:23,", "2026-04-02"),
        ("Posted 02 April 2026 06:23,", "2026-04-02"),
    ],
)
def test_a_date_line_ending_in_a_fields_comma_is_read(line: str, day: str) -> None:
    found = page_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert str(found.date) == day


def test_a_page_dated_by_a_posted_line_with_a_trailing_comma() -> None:
    raw = (
        "Go to contents\n\nFerry strike ends after talks\n\n"
        f"Posted April. 02, 2026 06:23,\n\n{LEAD}\n\n{MORE}\n"
    )
    assert str(clean(raw).published) == "2026-04-02"


def test_a_cookie_banner_over_the_headline_is_furniture_and_no_title() -> None:
    banner = "By using this site, you agree to our Privacy Policy and our Terms of Use. Close"
    assert is_promo(banner)
    assert not is_promo("By using this site, residents can pay their ferry fares online.")
    raw = f"{banner}\n\nFerry strike ends after talks, says union\n\n{LEAD}\n\n{MORE}\n"
    result = clean(raw)
    assert result.title == "Ferry strike ends after talks, says union"
    assert "Privacy" not in result.text


@pytest.mark.parametrize(
    "line", ["Sorry, comments for this entry are closed at this time.", "Comments are closed."]
)
def test_closed_comments_end_the_body(line: str) -> None:
    assert is_end_marker(line)
    raw = f"Ferry strike ends after talks\n\n{LEAD}\n\n{MORE}\n\n{line}\n\nHarbour Archive\n"
    assert clean(raw).text.endswith("said in a statement on Monday.")


def test_a_german_comment_control_is_furniture() -> None:
    assert boilerplate_reason("Kommentieren", header=False) is DropReason.UI_WORD


def test_a_menu_flattened_onto_one_line_is_no_title() -> None:
    menu = "Start   Das Konsulat   Konsularischer Service   Kultur   Wirtschaft"
    assert is_menu_row(menu)
    assert not is_menu_row("Team   Won   Lost")  # three columns: too few for a menu
    assert not is_menu_row("The board met.   The union agreed.   Crews return.   Fares stay.")
    raw = (
        f"{menu}\n\nNorthport Harbour Board Regular Press Conference on June 28, 2026\n\n\n"
        f"Q: {LEAD} What is your comment?\n\nA: {MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Northport Harbour Board Regular Press Conference on June 28, 2026"
    assert str(result.published) == "2026-06-28"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Spokesperson Jane Roe's Regular Press Conference on June 28, 2026", "2026-06-28"),
        ("Daily Briefing on 3 March 2026", "2026-03-03"),
        ("Minister to hold briefing on June 28, 2026", None),
        ("Remembering the harbour fire on June 28, 2006", None),
    ],
)
def test_a_regular_briefings_headline_names_its_day(title: str, day: str | None) -> None:
    found = dated_headline(title)
    assert (str(found) if found else None) == day


def test_a_video_players_length_and_source_is_furniture() -> None:
    assert is_promo("01:23 - Source: Harbour TV")
    assert not is_promo("At 01:23 the source said the ferry had left.")


def test_a_videos_title_and_a_dangling_dateline_are_never_the_title() -> None:
    raw = (
        "ferry strike then and now orig nws_00001234.jpg\n"
        "The ferry strike then and now\n"
        "01:23 - Source: Harbour TV\n"
        "Northport Harbour TV  — \n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title is None
    assert result.text.startswith("The harbour board said")


def test_a_headline_over_a_dated_credit_is_still_the_title() -> None:
    raw = f"The ferry strike then and now\n\nMarch 3, 2026\n\n{LEAD}\n\n{MORE}\n"
    assert clean(raw).title == "The ferry strike then and now"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Northport Harbour TV —", True),
        ("NORTHPORT (Harbour Wire) --", True),
        ("Ferry strike ends after talks", False),
        ("Ferry strike ends — and what comes next for the port's crews and passengers —", False),
    ],
)
def test_a_short_line_ending_in_a_dash_is_a_dateline(line: str, dateline: bool) -> None:
    assert wire_dateline(line) is dateline


def test_a_list_opened_by_a_labelled_link_is_dropped_with_it() -> None:
    raw = (
        "Ferry strike ends after talks\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n-Complete Coverage: Northport ferry strike 2026\n\n"
        "-Ferry strike: Crews walk out at dawn\n\n-Harbour board: Fares to stay\n\n"
        f"{MORE}\n\n- The fares stay as they are until June, the board said.\n"
    )
    text = clean(raw).text
    assert "Coverage" not in text and "walk out" not in text and "Fares to stay" not in text
    assert MORE in text and "until June" in text


@pytest.mark.parametrize(
    "line", ["- Related: Ferry strike ends", "Full coverage: Northport ferry strike"]
)
def test_bulleted_and_coverage_links_are_related_links(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.RELATED_LINK


def test_a_bulleted_list_with_no_link_over_it_stays() -> None:
    raw = (
        f"Ferry strike ends after talks\n\n{LEAD}\n\n"
        "-Crews return on Friday\n\n-Fares stay the same\n\n"
        f"{MORE}\n"
    )
    text = clean(raw).text
    assert "Crews return on Friday" in text and "Fares stay the same" in text


def test_a_hard_wrapped_first_paragraph_in_a_copy_of_mixed_widths_is_kept() -> None:
    raw = (
        "Monday, March 02, 2026\n\nFerry Board Calls On Crews To End The Strike\n\n"
        "The chair of the Northport harbour board called on the ferry crews\n"
        "today to end their strike, in the latest appeal by the board to the\n"
        "union.\n\n"
        '"If each crew takes one ship back to sea, the strike will be over," she\n'
        "told a meeting in Northport, recalling a promise made by the board in May.\n\n"
        "Meanwhile, down at the quay, the crews were holding their own meeting about the "
        "offer, which the union says falls short of what was agreed in the spring of last "
        "year.\n"
    )
    result = clean(raw)
    assert result.title == "Ferry Board Calls On Crews To End The Strike"
    assert result.text.startswith("The chair of the Northport harbour board called")
    assert "appeal by the board to the union." in result.text


def test_a_short_lower_case_tail_under_a_headline_does_not_open_the_body() -> None:
    assert not opens_paragraph(["Ferry strike ends", "photo archive"])
    assert opens_paragraph(["The chair of the board called on the crews", "to end the strike."])


def test_a_pictures_title_packed_over_its_credited_caption_is_dropped() -> None:
    raw = (
        "Ferry strike ends after talks\n\n"
        f"NORTHPORT (Harbour Wire) — {LEAD}\n\n"
        f"Board chair says the crews will be back on Friday\n{CAPTION}\n\n"
        f"{MORE}\n"
    )
    text = clean(raw).text
    assert "back on Friday" not in text and "AP Photo" not in text
    assert MORE in text


def test_a_subheading_standing_apart_over_a_caption_stays() -> None:
    raw = f"Ferry strike ends after talks\n\n{LEAD}\n\nWhat the crews want\n\n{CAPTION}\n\n{MORE}\n"
    assert "What the crews want" in clean(raw).text


@pytest.mark.parametrize("line", ["Useful links", "Quick links:"])
def test_a_links_box_heading_is_a_sidebar(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.RELATED_LINK


def test_a_long_quote_ending_in_a_misread_no_break_space_is_prose() -> None:
    line = (
        '"It did look after the talks broke down in early May that this was coming by the end '
        "of June but it's still very surprising to see the whole fleet held in port by the "
        'strike," said Jane Roe, an associate professor of maritime law at the Northport college.Â'
    )
    assert len(line.split()) >= 40
    assert not is_spam(line)
    # No sentence end at all in 40 words: still prose (small words between distinct words).
    assert not is_spam(line.replace(".Â", "Â"))


@pytest.mark.parametrize(
    ("line", "lead_in"),
    [
        ("From the Harbour Times:", True),
        ("From Harbour Wire:", True),
        ("From: Department for Harbours", False),
        ("From the archives", False),
        ("from the harbour:", False),
    ],
)
def test_a_blogs_credit_for_the_story_it_quotes_is_a_lead_in(line: str, lead_in: bool) -> None:
    assert is_lead_in(line) is lead_in


def test_a_blog_keeps_its_credit_over_the_quoted_story() -> None:
    raw = f"Ferry strike ends after talks\n\nFrom the Harbour Times:\n\n{LEAD}\n\n{MORE}\n"
    assert clean(raw).text.startswith("From the Harbour Times:")


def test_a_first_line_reporting_speech_is_the_leads_start_not_the_title() -> None:
    raw = (
        "The board said that the Department of Northern\n"
        "Harbours is watching the ferry crews' latest walkout at the quay in Northport.\n"
        '"We are watching it closely and the talks go on, as they have since the spring of last '
        'year," the chair of the harbour board, Jane Roe, told reporters at the quay.\n'
        "The union said on Monday that the crews would return to work on Friday, after the "
        "board agreed to review the rosters that set off the walkout in the first place.\n"
    )
    result = clean(raw)
    assert result.title is None
    assert result.text.startswith("The board said that the Department of Northern Harbours")


def test_a_copy_cut_off_inside_a_quotation_has_no_title_below() -> None:
    raw = (
        f"{LEAD}\n\n{MORE}\n\n"
        '"We are watching it closely and the talks go on," the chair, Jane Roe, said.\n\n'
        '"Crews will be back at sea soon and the fares'
    )
    assert clean(raw).title is None


def test_a_headline_printed_below_the_body_is_still_the_title() -> None:
    raw = f"{LEAD}\n\n{MORE}\n\nThe talks go on, the chair said.\n\nFerry Strike Ends After Talks\n"
    assert clean(raw).title == "Ferry Strike Ends After Talks"
