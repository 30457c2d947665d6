"""Round 45: a paywall's meter, a wire's credit and an appeal in brackets are the site's.

"1 of 3 free articles.", "(With inputs from PTI)", "(Subscribe to Harbour Post on Telegram)",
"Click to Donate", a preview's end ("End of preview - This article contains approximately 212
words."), an empty comment box and a machine-made transcript's warning are printed by the site
around the story, never written in it. A line wholly in brackets is read without them. A line
of small and site words alone ("Search Results", "What's New?") never heads the page. Every text
here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.lines import Line
from claimtrack.reading.not_headlines import never_headline
from claimtrack.reading.site_forms import is_site_form

_STORY = [
    "Harbour board backs new quay",
    "The harbour board voted on Monday to build a new quay at Northport, its chair said.",
    "Work will start in the spring and the first ships are due to berth there next autumn.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Hey there, reader! Thanks for choosing local news. You are now reading",
        "1 of 3 free articles.",
        "You have 2 free stories left this month.",
        "Subscribe now to stay in the know!",
        "(With inputs from PTI)",
        "(With inputs from Reuters and AFP)",
        "(Subscribe to Harbour Post on Telegram)",
        "Follow us on Telegram for the latest updates: https://t.me/harbourpost",
        "Click to Donate",
        "End of preview - This article contains approximately 212 words.",
        "Subscribers: Log in now to read the full article",
        "Not a Subscriber?",
        "To be able to write a comment, you have to be registered and logged in",
        "Currently there are no comments.",
        "No comments yet",
        "Join our harbour club and become one of the 12,345 readers who get our newsletter.",
        "We have summarized this news so that you can read it quickly",
        "You may contact us via our online contact form",
        "(This is a developing story and it will be updated as more details emerge)",
        "This conference call transcript was computer generated and almost certainly contains"
        " errors. This transcript is provided for information purposes only. Harbour Calls, LLC"
        " makes no representation about the accuracy of the aforementioned transcript, and you"
        " are cautioned not to place undue reliance on the information it provides.",
    ],
)
def test_a_meter_a_credit_or_an_appeal_is_dropped_and_the_story_kept(line: str) -> None:
    assert is_site_form(line)
    page = "\n\n".join([_STORY[0], _STORY[1], line, _STORY[2]])
    result = clean(page)
    assert line[:30] not in result.text
    assert "build a new quay" in result.text and "first ships" in result.text


@pytest.mark.parametrize(
    "line",
    [
        "The paper gave readers 3 of 10 free articles before asking them to pay for more.",
        "(Reuters)",
        "(The board met on Monday.)",
        "Lund said the council would follow the plan on Facebook and in print.",
        "Residents can click to donate on the appeal's page, the council said.",
        "There are no comments on the plan yet, the council said.",
        "The preview ended early because the projector broke.",
    ],
)
def test_prose_with_the_same_words_is_no_form(line: str) -> None:
    assert not is_site_form(line)


def test_a_bracketed_copyright_line_still_counts_with_its_brackets() -> None:
    assert is_site_form("[Copyright Harbour Press, Ltd.]")


@given(read=st.integers(1, 99), allowed=st.integers(1, 99), bracketed=st.booleans())
def test_any_meter_count_is_a_form_in_brackets_or_not(
    read: int, allowed: int, bracketed: bool
) -> None:
    line = f"{read} of {allowed} free articles."
    assert is_site_form(f"({line})" if bracketed else line)


_FORMS = st.sampled_from(
    [
        "1 of 3 free articles.",
        "Click to Donate",
        "With inputs from PTI",
        "Subscribe now to stay in the know!",
        "[Copyright Harbour Press, Ltd.]",
        "The board met on Monday.",
        "Work will start in the spring.",
    ]
)


@given(line=_FORMS, brackets=st.sampled_from(["()", "[]"]))
def test_brackets_around_a_line_never_hide_a_form(line: str, brackets: str) -> None:
    if is_site_form(line):
        assert is_site_form(f"{brackets[0]}{line}{brackets[1]}")


@pytest.mark.parametrize("label", ["Search Results", "What's New?", "Read More", "Latest News"])
def test_a_site_label_without_a_word_of_content_is_never_the_title(label: str) -> None:
    page = "\n\n".join([label, *_STORY[1:]])
    assert clean(page).title != label


def test_a_headline_with_words_of_content_is_still_the_title() -> None:
    page = "\n\n".join(_STORY)
    assert clean(page).title == _STORY[0]


@given(
    words=st.lists(
        st.sampled_from(
            [
                "the",
                "new",
                "news",
                "more",
                "read",
                "search",
                "results",
                "latest",
                "what's",
                "home",
                "of",
                "and",
            ]
        ),
        min_size=1,
        max_size=4,
    )
)
def test_site_and_small_words_alone_never_head_the_page(words: list[str]) -> None:
    label = " ".join(w.capitalize() for w in words)
    lines = [Line(0, len(label), label)]
    assert never_headline(lines, 0)
