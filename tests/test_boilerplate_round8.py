"""Round 8 boilerplate: paywall boxes, video cards, newsletter boxes broken into lines, lone
wire datelines, more captions and credits, related links, notices and controls.

All fixtures are invented; each rule is checked both ways (the boilerplate goes, body lines
that look a little like it stay).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.line_rules import boilerplate_reason, is_end_marker
from claimtrack.reading.lines import Line
from claimtrack.reading.paywalls import paywall_lines
from claimtrack.reading.promos import is_paywall_prompt

HEADLINE = "Harbour board says ferry strike will end this week"
LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."
QUOTE = "“We are relieved that the boats will sail again,” said Mara Quint, a ferry captain."

PAYWALL = [
    "To continue reading, please subscribe:",
    "Monthly Digital Subscription",
    "$3.50/week*",
    "- Enjoy unlimited reading on northport.example",
    "- Solve the daily crossword",
    "*Billed as $14 plus tax every four weeks. Cancel any time.",
    "Read unlimited articles for free today:",
    "or",
    "Already have an account? Log in here »",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- paywalls


@pytest.mark.parametrize(
    "line",
    [
        "To continue reading, please subscribe:",
        "Read this article for free:",
        "Read unlimited articles for free today:",
        "Already have an account? Log in here »",
        "$4.75/week*",
        "$1 for the first 4 weeks*",
        "€2,99 por mes",
        "*No charge for 4 weeks, then the regular rate of $19.00 plus tax. Cancel any time.",
        "Annual Digital Subscription",
        "Cancel anytime.",
        "¿Ya tienes una cuenta? Inicia sesión",
        "Déjà abonné ? Connectez-vous",
    ],
)
def test_paywall_prompts(line: str) -> None:
    assert is_paywall_prompt(line)
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "Customers can cancel any time, the company said in a statement.",
        "Unlimited access to the park was granted to residents on Sunday.",
        "The plan costs $4.75 a week, the minister told reporters.",
        "Subscriptions rose by a fifth last year.",
        "*The figures for 2023 are estimates by the port authority.",
        "Digital subscriptions",
    ],
)
def test_prose_about_prices_is_no_prompt(line: str) -> None:
    assert not is_paywall_prompt(line)


def test_paywall_box_after_the_body_goes_with_its_lines() -> None:
    raw = _page(HEADLINE, "", LEAD, "", MORE, "", *PAYWALL)
    result = clean(raw)
    assert LEAD in result.text and MORE in result.text
    assert not set(PAYWALL) & set(result.text.splitlines())


def test_paywall_box_above_the_body_is_no_headline() -> None:
    raw = _page(HEADLINE, *PAYWALL, LEAD, MORE)
    result = clean(raw)
    assert result.title == HEADLINE
    assert result.text.startswith(LEAD)
    assert "crossword" not in result.text


def test_short_body_lines_around_a_paywall_box_stay() -> None:
    # A subheading right after the box and a price in the last sentence before it stay: the
    # box spans from its first selling line to its last.
    priced = "The new ferry pass will cost $12 a month, the board said."
    raw = _page(HEADLINE, "", LEAD, "", priced, "", *PAYWALL, "", "People moves", "", MORE)
    result = clean(raw)
    assert priced in result.text
    assert "People moves" in result.text
    assert MORE in result.text
    assert "Monthly Digital Subscription" not in result.text


_PROSE = st.sampled_from(
    [
        LEAD,
        MORE,
        QUOTE,
        "“It costs $5 a week,” she said of the subscription.",
        "“Subscribe now,” the captain joked, “or miss the boat.”",
    ]
)


@given(st.lists(st.one_of(_PROSE, st.sampled_from(PAYWALL)), min_size=1, max_size=25))
def test_a_paywall_box_never_takes_prose_or_quotations(texts: list[str]) -> None:
    lines = [Line(n * 1000, n * 1000 + len(text), text) for n, text in enumerate(texts)]
    idx = list(range(len(lines)))
    found = set(paywall_lines(lines, [None] * len(lines), idx))
    for i in found:
        assert lines[i].text in PAYWALL


# --------------------------------------------------------------------------- video cards


def test_video_card_title_and_blurb_go() -> None:
    raw = _page(
        HEADLINE,
        "",
        LEAD,
        "",
        "Harbour v Northport",
        "",
        "07:54",
        "",
        "Quint post-match, R3: 'The boats will sail again'",
        "",
        "Watch Harbour’s press conference after round three’s match against Northport",
        "",
        MORE,
    )
    result = clean(raw)
    assert "post-match" not in result.text
    assert "Watch Harbour" not in result.text
    assert "Harbour v Northport" in result.text  # a short body line stays
    assert MORE in result.text


def test_a_transcript_turn_under_a_time_code_stays() -> None:
    raw = _page(HEADLINE, "", LEAD, "", "12:05", "JANE ROE: Yes", "", MORE)
    assert "JANE ROE: Yes" in clean(raw).text


# --------------------------------------------------------------------------- newsletter box


def test_newsletter_box_broken_into_lines_goes() -> None:
    box = ["Harbour Daily", "News from", "the harbour in your", "inbox"]
    raw = _page(HEADLINE, "", LEAD, *box, MORE)
    result = clean(raw)
    assert LEAD in result.text and MORE in result.text
    for line in box:
        assert line not in result.text.splitlines()
    assert "inbox" not in result.text


def test_short_lines_without_the_inbox_stay() -> None:
    raw = _page(HEADLINE, "", LEAD, "", "News from", "the harbour", "", MORE)
    assert "News from" in clean(raw).text


# --------------------------------------------------------------------------- datelines


def test_a_lone_wire_dateline_is_not_body() -> None:
    raw = _page(HEADLINE, "", LEAD, "", "NORTHPORT, 17 Ene. (HARBOUR PRESS) -", "", MORE)
    result = clean(raw)
    assert "HARBOUR PRESS" not in result.text
    assert MORE in result.text


def test_a_lone_dateline_with_its_full_date_is_left_to_the_date_rules() -> None:
    # The cleaner reads a date from the body's first line: a dated one is not this rule's.
    raw = _page(HEADLINE, "", LEAD, "", "NORTHPORT, March 3, 2024 (AP) —", "", MORE)
    assert "NORTHPORT, March 3, 2024 (AP) —" in clean(raw).text


# --------------------------------------------------------------------------- line rules


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Mara Quint at the quay. Harbour Times stock photo", DropReason.IMAGE_CAPTION),
        ("N+ Harbour picture", DropReason.IMAGE_CAPTION),
        ("Harbour TV file photo", DropReason.IMAGE_CAPTION),
        ("La ministra con el alcalde, en Lima. /Prensa Mara Quint", DropReason.IMAGE_CAPTION),
        ("Las ministras acuden a la rueda de prensa. - JUAN ROE - HARBOUR PRESS", None),
        ("READ: Ferry union says talks will go on", DropReason.RELATED_LINK),
        ("LIRE : Les ferries reprennent", DropReason.RELATED_LINK),
        ("Video: Ferries sail again", DropReason.RELATED_LINK),
        ("12:11 PM", DropReason.UI_WORD),
        ("9:51 a.m.", DropReason.UI_WORD),
        ("Contact", DropReason.UI_WORD),
        ("add", DropReason.UI_WORD),
        ("arrow_forward", DropReason.UI_WORD),
        ("Síguenos en Google", DropReason.UI_WORD),
        ("watch us on facebook", DropReason.UI_WORD),
        ("Edit post", DropReason.UI_WORD),
        ("This is a provisional translation by an outside company for reference only.", None),
        ("This audio is created with AI assistance", DropReason.UI_WORD),
        ("Contact the Quint Agency to connect your brand with local media.", DropReason.UI_WORD),
        ("Want to partner with the Harbour Times?", DropReason.UI_WORD),
    ],
)
def test_boilerplate_lines(line: str, reason: DropReason | None) -> None:
    found = boilerplate_reason(line, header=False)
    if reason is None:  # any reason: the line is dropped
        assert found is not None
    else:
        assert found is reason


@pytest.mark.parametrize(
    "line",
    [
        "It published a file photo.",
        "The big picture",
        "The Big Picture",
        "Lee: I think the boats will sail on Friday.",
        "Machine translation has improved a lot in recent years, the report said.",
        "Read the minister's letter carefully, the union told its members.",
        "“We want you to promote your business,” she told the traders.",
        "Video evidence shows the ferry leaving early.",
    ],
)
def test_body_lines_that_look_a_little_like_boilerplate_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


def test_a_topic_link_ends_the_article() -> None:
    assert is_end_marker("Más sobre Noticias")
    assert is_end_marker("More about Northport")
    assert not is_end_marker("Más sobre el plan")
    assert not is_end_marker("More about the plan")
    assert not is_end_marker("More About The Plan")
    assert not is_end_marker("Más Sobre La Reforma")


# --------------------------------------------------------------------------- news-feed box

FEED = [
    "News Feed",
    "",
    "10:05 AM",
    "The port authority said on Monday that cargo volumes rose by a tenth in the spring.",
    "3:40 PM",
    "Northport's council approved the new bus lanes after a long debate on Tuesday.",
    "MORE NEWS",
]


def test_a_news_feed_box_above_the_article_is_no_end() -> None:
    raw = _page("Skip to content", "", *FEED, "", HEADLINE, "", "by Jane Roe", "", LEAD, MORE)
    result = clean(raw)
    assert LEAD in result.text and MORE in result.text
    assert "cargo volumes" not in result.text
    assert "bus lanes" not in result.text


def test_a_live_blog_s_entries_stay() -> None:
    # No sidebar heading over the entries: the page's own timed entries are its body.
    entries = FEED[2:6]
    raw = _page("Live: ferry strike updates", "", *entries, "MORE NEWS", "", "by Jane Roe", LEAD)
    result = clean(raw)
    assert entries[1] in result.text and entries[3] in result.text
    assert LEAD not in result.text  # the marker still ends the article


def test_a_feed_with_no_article_after_it_ends_at_its_marker() -> None:
    raw = _page(HEADLINE, "", LEAD, "", *FEED, "", "Other story: ferries sail again", MORE)
    result = clean(raw)
    assert LEAD in result.text
    assert MORE not in result.text


# --------------------------------------------------------------------------- media boxes


def test_a_video_teaser_in_a_media_box_goes() -> None:
    teaser = "Video Mensaje de la alcaldesa de Northport ante la llegada de la tormenta"
    raw = _page(HEADLINE, "", LEAD, "", "Síguenos en Google", teaser, "", MORE)
    result = clean(raw)
    assert teaser not in result.text
    assert MORE in result.text


def test_a_video_subheading_set_apart_stays() -> None:
    raw = _page(HEADLINE, "", LEAD, "", "Video Assistant Referee Under Fire", "", MORE)
    assert "Video Assistant Referee Under Fire" in clean(raw).text


@pytest.mark.parametrize(
    "line",
    [
        "— Mara Quint (@maraquint) March 3, 2024",
        "Mara Quint (@maraquint) 3 March 2024",
        "pic.twitter.com/Ab12Cd34",
    ],
)
def test_an_embedded_post_s_signature_goes(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None


def test_a_sentence_naming_a_handle_stays() -> None:
    line = "Mara Quint (@maraquint) said the ferries would sail again on Friday."
    assert boilerplate_reason(line, header=False) is None
