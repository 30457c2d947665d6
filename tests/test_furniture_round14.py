"""Round 14: a press release's "About" section with the company's address, ad placeholders
and a blog platform's credit (invented pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.notices import is_furniture

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
MORE = "Work on the channel will start in the spring, the board said in a statement."


@pytest.mark.parametrize(
    "about",
    [
        "About Northport Ferries Ltd (http://ferries.example/en)",
        "About Northport Ferries (NYSE: NPF)",
        "About Northport Ferries",
    ],
)
def test_a_press_release_ends_at_its_about_section(about: str) -> None:
    company = "Northport Ferries is the largest ferry operator on the northern coast."
    page = f"Ferry channel plan approved\n\n{LEAD}\n\n{MORE}\n\n{about}\n\n{company}\n"
    result = clean(page)
    assert MORE in result.text
    assert "largest ferry operator" not in result.text and about not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Article continues below",
        "Story continues below advertisement",
        "Text continues after the advertisement",
        "Continue reading below",
        "Powered by Blogger.",
        "Powered by WordPress.com",
        "Your browser does not appear to support this language. Would you like to go to our "
        "English website?",
        "You are using an outdated browser. Please upgrade your browser.",
    ],
)
def test_ad_placeholders_and_platform_credits_are_furniture(line: str) -> None:
    assert is_furniture(line)
    result = clean(f"Ferry channel plan approved\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line not in result.text and MORE in result.text


@pytest.mark.parametrize(
    "line",
    ["The story continues below the bridge.", "About Northport, the ferries run all night."],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert not is_furniture(line)
