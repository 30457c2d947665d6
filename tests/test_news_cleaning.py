"""Cleaning copies of news pages from outlets nobody tuned for (tests/data/news, invented texts).

Each fixture reproduces phenomena met on real pages (section labels, standfirsts, bylines with
an agency, labelled date lines, share and font bars, related-link lines, captions and credits,
comment forms, URL lines, CRLF, hard wrapping); ``expected.json`` says what a careful reader
takes as title, authors, date, address, body limits and boilerplate.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.casebook.custody import custody_problem
from claimtrack.reading.cleaning import DropReason, clean

NEWS = Path(__file__).parent / "data" / "news"
SEEDS = Path(__file__).parent.parent / "seeds"
EXPECTED = json.loads((NEWS / "expected.json").read_text(encoding="utf-8"))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_news_fixture_metadata(name: str) -> None:
    expected = EXPECTED[name]
    result = clean((NEWS / name).read_bytes().decode("utf-8"))
    assert result.title == expected["title"]
    if expected["authors"] is not None:
        assert list(result.authors) == expected["authors"]
    assert (str(result.published) if result.published else None) == expected["published"]
    assert result.url == expected["url"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_news_fixture_body_limits_and_boilerplate(name: str) -> None:
    expected = EXPECTED[name]
    raw = (NEWS / name).read_bytes().decode("utf-8")
    result = clean(raw)
    assert result.text.startswith(expected["body_start"])
    assert result.text.endswith(expected["body_end"])
    kept = set(_paragraphs(result.text))
    left_in = [line for line in expected["boilerplate"] if line in kept]
    assert left_in == []
    # Every body line of the fixture between the limits is kept (body kept 100%).
    boilerplate = set(expected["boilerplate"])
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    first = next(i for i, line in enumerate(lines) if expected["body_start"] in line)
    last = next(i for i, line in enumerate(lines) if line.endswith(expected["body_end"]))
    body = " ".join(result.text.split())
    for line in lines[first + 1 : last + 1]:
        if line not in boilerplate:
            assert line in body, line
    assert custody_problem(result.to_article("t", raw)) is None


def test_dropped_lines_say_why() -> None:
    raw = (NEWS / "wire_dateline.txt").read_text(encoding="utf-8")
    reasons = {raw[d.start : d.end]: d.reason for d in clean(raw).dropped}
    assert reasons["Share this:"] is DropReason.UI_WORD
    assert reasons["Published 12 March 2024"] is DropReason.DATE
    assert reasons["By Anna Petrova and Tomas Reyes"] is DropReason.BYLINE
    assert (
        reasons["ALSO READ: Ministers meet in Geneva for a third round of talks"]
        is DropReason.RELATED_LINK
    )


def test_updated_line_before_published_line_does_not_win() -> None:
    raw = (
        "Ferry Service Resumes After Strike\n\nUpdated 14 May 2023\n\nPublished 12 May 2023\n\n"
        "Ferries between the islands resumed on Friday after a three-day strike, the operator "
        "said.\n"
    )
    assert str(clean(raw).published) == "2023-05-12"


def test_dateline_gives_the_date_only_with_its_year() -> None:
    body = "The vote was delayed by a week, officials said."
    with_year = f"Vote Delayed\n\nNORTHPORT, March 3, 2024 /NEWSWIRE/. {body}\n"
    without = f"Vote Delayed\n\nNORTHPORT, March 3 /NEWSWIRE/. {body}\n"
    assert str(clean(with_year).published) == "2024-03-03"
    assert clean(without).published is None
    # The dateline is part of the body: it opens the first paragraph.
    assert clean(without).text.startswith("NORTHPORT, March 3 /NEWSWIRE/.")


def test_a_standfirst_under_the_headline_is_not_the_title() -> None:
    raw = (
        "Politics\n\nRail strike called off\n\n"
        "Union leaders accepted a new offer late on Sunday after two days of talks with bosses\n\n"
        "Trains will run normally on Monday, the operator said in a statement on its website.\n"
    )
    assert clean(raw).title == "Rail strike called off"


def _hard_wrap(raw: str, width: int, newline: str = "\n") -> str:
    out: list[str] = []
    for line in raw.split("\n"):
        out.extend(
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
        )
    return newline.join(out)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
@pytest.mark.parametrize(("width", "newline"), [(64, "\n"), (72, "\n"), (80, "\n"), (70, "\r\n")])
def test_a_hard_wrapped_copy_of_a_seed_cleans_like_the_seed(
    seed: str, width: int, newline: str
) -> None:
    raw = (SEEDS / seed).read_text(encoding="utf-8")
    original, wrapped = clean(raw), clean(_hard_wrap(raw, width, newline))
    assert _paragraphs(wrapped.text) == _paragraphs(original.text)
    assert (wrapped.title, wrapped.authors, wrapped.published) == (
        original.title,
        original.authors,
        original.published,
    )
    assert wrapped.counts().get("seo spam", 0) == original.counts().get("seo spam", 0)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_a_crlf_copy_of_a_seed_cleans_like_the_seed(seed: str) -> None:
    raw = (SEEDS / seed).read_text(encoding="utf-8")
    crlf = clean(raw.replace("\n", "\r\n"))
    assert (crlf.text, crlf.title, crlf.authors) == (lambda r: (r.text, r.title, r.authors))(
        clean(raw)
    )


def test_a_spam_line_wrapped_over_several_lines_is_still_spam() -> None:
    spam = " ".join(["cheap flights deals hotels tickets"] * 6)
    body = (
        "The airport will open a second runway next year, the transport ministry said on "
        "Tuesday, after a decade of delays and two failed tenders."
    )
    raw = f"Runway Approved\n\n{body}\n\n{spam}\n\n{body.replace('next', 'this')}\n"
    wrapped = clean(_hard_wrap(raw, 60))
    assert "cheap flights" not in wrapped.text
    assert wrapped.counts()["seo spam"] == 1


# Prose-like words; paragraphs of distinct words (repeated lines are teasers by design).
_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=11)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_WORDS, min_size=14, max_size=40, unique=True), min_size=3, max_size=6),
    st.integers(min_value=50, max_value=90),
)
def test_hard_wrapping_never_changes_the_body(paragraphs: list[list[str]], width: int) -> None:
    # Three paragraphs or more wrapped over several lines each: a copy recognisably wrapped.
    body = "\n\n".join(" ".join(words).capitalize() + "." for words in paragraphs)
    raw = f"Talks Resume After a Long Pause\n\n{body}\n"
    original, wrapped = clean(raw), clean(_hard_wrap(raw, width))
    assert _paragraphs(wrapped.text) == _paragraphs(original.text)
    wrapped_raw = _hard_wrap(raw, width)
    for text_start, raw_start, length in wrapped.offset_map:
        assert (
            wrapped.text[text_start : text_start + length]
            == wrapped_raw[raw_start : raw_start + length]
        )


def test_a_sidebar_in_the_middle_of_the_article_is_dropped_and_the_body_goes_on() -> None:
    first = "The council approved the harbour plan on Tuesday after a long debate, officials said."
    later = "Work on the new quay starts in May and should last eighteen months, engineers said."
    raw = (
        f"Harbour Plan Approved\n\n{first}\n\nMost read\n\nFerry fares to rise in spring\n"
        f"Storm closes three ports\nLibrary to close in September\n\n{later}\n"
    )
    result = clean(raw)
    assert result.text == f"{first}\n\n{later}"
    assert result.counts()["related link"] == 4
