"""Boilerplate met on news pages: signatures, forum post headers, standfirsts, player notices.

Each rule is checked both ways: it drops the boilerplate it is for, and it keeps the body lines
that look a little like it (a list of names, a numbered list, a first paragraph without a full
stop, a timeline).
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.bylines import is_poster, names_in_byline
from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.line_rules import (
    boilerplate_reason,
    has_sentence_break,
    is_end_marker,
    is_sentence_like,
    is_spam,
    is_title_case_headline,
)
from claimtrack.reading.signatures import signature_start

LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."


def _reasons(raw: str) -> dict[str, DropReason]:
    return {raw[d.start : d.end]: d.reason for d in clean(raw).dropped}


def test_a_signature_under_a_statement_is_dropped_and_its_signer_is_the_author() -> None:
    raw = (
        f"Statement on the Ferry Timetable\n\n{LEAD}\n\nThe Board asks the public to check its "
        "website.\n\nAmina Bello\n\nDeputy Director, Communications\n\nNorthern Harbour Board.\n"
    )
    result = clean(raw)
    assert result.text.endswith("asks the public to check its website.")
    assert result.authors == ("Amina Bello",)  # the office is not a name
    assert _reasons(raw)["Amina Bello"] is DropReason.BYLINE
    # A byline in the header names the author; the signer does not replace it.
    signed = raw.replace("\n\n", "\n\nBy Tom Reyes\n\n", 1)
    assert clean(signed).authors == ("Tom Reyes",)


def test_a_list_of_names_closing_the_body_is_not_a_signature() -> None:
    names = ["Jane Roe", "Tom Reyes", "Anna Petrova"]
    assert signature_start(["The squad for Saturday:", *names]) is None
    raw = f"Squad Named for the Final\n\n{LEAD}\n\nThe squad for Saturday:\n\n" + "\n\n".join(names)
    assert all(name in clean(raw).text for name in names)


def test_an_office_is_not_a_byline_name() -> None:
    assert names_in_byline("Deputy Director, Press") == []
    assert names_in_byline("Anna Petrova, Newswire") == ["Anna Petrova"]


def test_a_numbered_poster_is_dropped_only_above_a_date_line() -> None:
    assert is_poster("10. Megan") and is_poster("3. harbour_watcher")
    post = (
        f"Weekend Forum\n\n{LEAD}\n\n  7. Megan\n    #3624867, posted on October 19, 2020 at "
        "6:10 pm\n\n    Not again. The boats were late all week.\n"
    )
    assert _reasons(post)["7. Megan"] is DropReason.BYLINE
    listing = f"Three Changes\n\n{LEAD}\n\n1. Fares\n\n2. Sailing times\n\n3. Quay access\n"
    assert all(item in clean(listing).text for item in ("1. Fares", "2. Sailing times"))


def test_a_standfirst_the_lead_repeats_is_dropped() -> None:
    dek = "The mayor in a radio interview defends the decision to reopen the port before summer"
    lead = (
        "The mayor of Northport in a radio interview defends the decision to reopen the port "
        "before summer, which part of the council opposes."
    )
    raw = f"Port Reopens After Three Weeks\n\n{dek}\n\n{lead}\n\nThe council meets on Tuesday.\n"
    result = clean(raw)
    assert result.title == "Port Reopens After Three Weeks"
    assert result.text.startswith("The mayor of Northport") and dek not in result.text


def test_a_first_paragraph_that_the_next_does_not_repeat_is_kept() -> None:
    first = (
        "The mayor reopened the port on Monday after three weeks of repairs to the old quay, "
        "and the first ferries came in before noon with"
    )
    second = "Ferries will run on the summer timetable from June, the operator said on Monday."
    result = clean(f"Port Reopens\n\n{first}\n\n{second}\n")
    assert first in result.text and second in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Cannot play media. Sorry, this media is not available in your territory.",
        "Your browser does not support the video tag.",
        "Our Standards: The Newswire Trust Principles.",
    ],
)
def test_player_and_standards_notices_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    ["Potrebbe interessarti anche", "Leggi anche:", "Lesen Sie auch", "Voir aussi",
     "Noticias relacionadas", "Leia também"],
)  # fmt: skip
def test_related_story_markers_in_several_languages_end_the_article(line: str) -> None:
    assert is_end_marker(line)


def test_a_headline_in_capitals_is_not_prose_even_with_full_stops() -> None:
    assert not is_sentence_like("STATEMENT FROM HON. JANE ROE, MINISTER OF PORTS. A CLARIFICATION")
    assert is_sentence_like("The minister of ports, Jane Roe, issued a clarification on Monday.")


def test_a_headline_repeated_with_the_outlet_tag_is_the_title_without_it() -> None:
    raw = (
        f"Ferry Strike Ends After Talks\n\nFerry Strike Ends After Talks - Harbour News\n\n{LEAD}\n"
    )
    assert clean(raw).title == "Ferry Strike Ends After Talks"


@settings(max_examples=60)
@given(
    st.lists(
        st.sampled_from(
            [
                "Amina Bello",
                "Deputy Director, Communications",
                "Northern Harbour Board.",
                "7. Megan",
                "#3624867, posted on October 19, 2020 at 6:10 pm",
                "hace 2 horas",
                "14 March 2011 ~ The pilots walked out over pay on Monday, the union said.",
                "STATEMENT FROM THE BOARD. A CLARIFICATION",
            ]
        ),
        max_size=6,
    )
)
def test_prose_sentences_survive_any_mix_of_boilerplate(extra: list[str]) -> None:
    body = [LEAD, "Ferries will run on the summer timetable from June, the operator said."]
    raw = "\n\n".join(["Ferry Strike Ends", *extra[:3], body[0], *extra[3:], body[1]])
    text = clean(raw).text
    assert all(sentence in text for sentence in body)


def test_a_sentence_opening_with_a_day_is_not_a_byline() -> None:
    assert names_in_byline("On Tuesday, Mantashe denied the claim.") == []
    raw = f"Ferry Strike Ends\n\n{LEAD}\n\nOn Tuesday, the union denied the claim.\n"
    assert clean(raw).text.endswith("On Tuesday, the union denied the claim.")


def test_a_title_case_headline_with_a_full_stop_is_the_title_not_the_body() -> None:
    headline = "Harbour Freight Moves to a Larger Depot for Its Northport Location."
    result = clean(f"{headline}\n\n{LEAD}\n")
    assert result.title == headline and result.text == LEAD
    # A sentence of names still has lower-case words: it stays prose.
    assert not is_title_case_headline("Jane Roe met Tom Reyes in Northport on Friday.")


def test_a_lead_in_ending_with_a_colon_opens_the_body() -> None:
    lead_in = "The head coach of the national side shared her feelings after the defeat:"
    answer = "- Nobody can say my players deserved to lose. They showed fantastic effort."
    result = clean(f"Coach Looks Ahead\n- 16 June 2016, 21:22\n{lead_in}\n{answer}\n")
    assert result.text.startswith(lead_in)


@pytest.mark.parametrize(
    ("line", "breaks"),
    [
        ("Hafenkonferenz vom 25. März 2019 (HPA)", False),  # a German day number
        ("STATEMENT FROM BARR. JANE ROE, HON. MINISTER OF PORTS", False),  # titles
        ("Mr. Roe went to Northport and Dr. Reyes stayed", False),
        ("The pier opened in 2019. In March it closed", True),
        ("The U.S. Navy said no. It left", True),
        ("She won. He lost", True),
    ],
)
def test_full_stops_of_titles_initials_and_day_numbers_end_no_sentence(
    line: str, breaks: bool
) -> None:
    assert has_sentence_break(line) is breaks


def test_a_phrase_opening_with_a_preposition_is_no_author() -> None:
    raw = f"Briefing\n\nIm Wortlaut\n- 25 March 2019\n\n{LEAD}\n"
    assert clean(raw).authors == ()


def test_a_short_line_after_the_sign_off_is_not_the_title() -> None:
    raw = (
        f"{LEAD}\n\nThe engineer starts in July.\n\nThe board thanked the union.\n\n"
        "By Jane Roe\nSource: Harbour Weekly\nNorthport Ferries Expands Its Fleet\n"
    )
    result = clean(raw)
    assert result.title is None
    assert "Northport Ferries" not in result.text
    unsigned = f"{LEAD}\n\nThe engineer starts in July.\n\nThe board thanked the union.\n\n"
    assert clean(unsigned + "Northport Ferries Expands Its Fleet\n").title is not None


def test_only_a_lone_line_under_an_image_file_is_its_caption() -> None:
    caption = "The new quay at dawn, seen from the ferry"
    raw = f"Quay Opens\n\n{LEAD}\n\nquay1.jpg\n{caption}\n\nThe quay opens on Monday.\n"
    assert caption not in clean(raw).text
    # A sentence of prose under a stray file name is a paragraph, not a caption.
    prose = "The new quay opened at dawn, and the first ferry came in an hour later."
    assert prose in clean(raw.replace(caption, prose)).text
    # Without blank lines the next line is the next paragraph, not a caption.
    packed = f"Quay Opens\n{LEAD}\nquay1.jpg\n{caption}\nThe quay opens on Monday.\n"
    assert caption in clean(packed).text


@pytest.mark.parametrize(
    "line",
    [
        "Support our journalism",
        "This story was originally published by Harbour Weekly.",
        "Read the full story at Harbour Weekly",
        "The Newswire contributed to this report.",
        "Contact the author at jane@example.com",
        "Have a news tip? Email us at tips@example.com",
        "Follow Jane Roe on X: @janeroe",
        "Join our WhatsApp channel",
        "Posted in Politics, World",
        "« Previous Post",
        "Scroll to continue with content",
        "Terms of Service",
        "Getty Images",
    ],
)
def test_appeals_notes_and_page_controls_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the port would reopen. Follow Jane Roe on X for updates.",
        "Posted in 2019, the video shows the mayor at the quay.",
        "Follow the money, the senator said.",
        "Accept the result, he said.",
    ],
)
def test_sentences_using_the_same_words_stay_body(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "line", ["• Headshot of Jane Roe", "Photo of the new quay", "Portrait of Tom Reyes"]
)
def test_a_photo_of_line_is_a_caption(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION
    assert (
        boilerplate_reason("A photo of the quay was shared widely on Monday.", header=False) is None
    )


def test_a_name_over_a_list_of_dates_is_a_subheading_not_a_poster() -> None:
    raw = f"Strike Timeline\n\n{LEAD}\n\nKey Dates\n- 16 June 2016\n\nThe union agreed.\n"
    assert "Key Dates" in clean(raw).text


def test_a_first_paragraph_with_a_full_stop_is_never_a_standfirst() -> None:
    first = "The president said the war in the region would end soon."
    second = "The president said on Tuesday that the war in the region would end soon, and more."
    result = clean(f"War to End Soon\n\n{first}\n\n{second}\n")
    assert first in result.text and second in result.text


def test_a_wrapped_sentence_ending_in_the_word_ends_is_not_cut() -> None:
    sentence = (
        "The harbour board said the strike that began in the winter and spread to three ports "
        "over the spring was over, and the long dispute between the operators and the union "
        "finally ends."
    )
    for width in range(40, 100):
        lines = textwrap.wrap(sentence, width)
        if lines[-1] == "ends.":
            break
    assert lines[-1] == "ends."  # the word wraps onto a line of its own
    raw = "Strike Over\n\n" + "\n".join(lines) + "\n\n" + "\n".join(textwrap.wrap(LEAD, width))
    assert "finally ends." in " ".join(clean(raw).text.split())
    assert clean("Strike Over\n\n" + LEAD + "\n\nENDS\n\nAbout the board\n").text == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "The minister speaks in Northport on March 3, 2024. EPA-EFE/JANE ROE",
        "The minister speaks in Northport | Photo: Jane Roe",
        "Jane Roe/AFP via Getty Images",
        "The minister speaks in Northport. (Jane Roe/The Harbour Times)",
        "The minister speaks in Northport. Jane Roe/Bloomberg",
        "(Photo courtesy of the Harbour Board)",
        "Image via Wikimedia Commons",
    ],
)
def test_captions_ending_in_their_credit(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "The service runs 24/7 all year.",
        "Prices rose. Analysts at Goldman Sachs/JP Morgan were surprised",
        "The minister said on Monday that the quay would open. (Newswire)",
    ],
)
def test_sentences_with_slashes_are_not_credits(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "top",
    [
        # Packed lines (no blank between): the headline comes before its longer subtitle ...
        "Ferry operators agree deal to end strike\n"
        "Operators and the union settled after a week of talks over pay and hours",
        # ... and an outlet's name printed above the headline is not the headline.
        "The Harbour Weekly Times\nFerry operators agree deal to end strike",
    ],
)
def test_the_headline_among_packed_header_lines(top: str) -> None:
    raw = f"{top}\nBy Jane Roe\nMarch 3, 2024\n{LEAD}\nThe union agreed.\n"
    assert clean(raw).title == "Ferry operators agree deal to end strike"


def test_a_blogs_comments_end_the_post() -> None:
    raw = (
        "Harbour strike ends\n\n"
        "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n\n\n"
        "Anonymous said...\n\nlol what a week. Great post!\n\n"
        "Mara Quill said...\n\nLoved it...\n"
    )
    text = clean(raw).text
    assert text.endswith("the union said in a statement.")
    assert "Great post" not in text and "Loved it" not in text


def test_said_inside_prose_or_lower_case_is_no_comment_header() -> None:
    raw = (
        "Harbour strike ends\n\n"
        "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
        "and then she said...\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n"
    )
    assert "Ferry crews will return" in clean(raw).text


def test_a_labelled_media_enquiries_line_ends_a_statement() -> None:
    raw = (
        "Harbour minister welcomes end of ferry strike\n\n"
        "The harbour minister has welcomed the end of the ferry strike, her office said.\n\n"
        "“The crews and the board have shown what talks can do,” the minister said.\n\n"
        "Media enquiries: Kim Lee, Spokesperson to the Minister – press@harbour.example\n\n"
        "Issued by: The Harbour Ministry\nNorthport\n\n"
        "Minister to answer questions in the Harbour Council\n\n"
        "The minister will on Tuesday answer oral questions in the Harbour Council.\n"
    )
    text = clean(raw).text
    assert "Media enquiries" not in text and "oral questions" not in text
    assert text.endswith("the minister said.")


def test_a_caption_printed_twice_once_with_its_credit_is_dropped_both_times() -> None:
    caption = "The harbour minister at the ferry council meeting in Northport. 21 May 2026"
    raw = (
        "Harbour minister warns of crowded quays\n\n"
        f"{caption}\n\n{caption} Photo: Harbour Radio / Kim Lee\n\n"
        "The harbour minister says it is a tough time for the port as more lines call.\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n"
    )
    text = clean(raw).text
    assert "council meeting" not in text
    assert text.startswith("The harbour minister says")


def test_a_sentence_mentioning_a_photo_keeps_its_place() -> None:
    raw = (
        "Harbour minister warns of crowded quays\n\n"
        "The harbour minister says it is a tough time for the port as more lines call.\n\n"
        "The board released a photo: Kim Lee took it from the quay on Friday.\n"
    )
    assert "released a photo" in clean(raw).text


@pytest.mark.parametrize("line", ["Exit mobile version", "**", "***"])
def test_wordpress_mobile_link_and_asterisk_rows_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


def test_hindi_prose_ending_its_sentences_with_the_danda_is_no_keyword_stuffing() -> None:
    line = (
        "सदन को संबोधित करते हुए बंदरगाह मंत्री ने कहा कि नौका सेवा बुधवार से फिर शुरू होगी। "
        "संघ के नेता ने बताया कि सभी कर्मचारी शुक्रवार की सुबह काम पर लौटेंगे और यात्रियों को "
        "कोई परेशानी नहीं होगी। बोर्ड ने एक बयान जारी करके सभी पक्षों को लंबी बातचीत के लिए "
        "धन्यवाद दिया और कहा कि किराए में कोई बदलाव नहीं किया जाएगा।"
    )
    assert len(line.split()) >= 40
    assert not is_spam(line)
    assert not is_spam(line.replace("।", "."))
    assert is_spam(line.replace("।", ""))  # no sentence end at all in 40 words: as before
