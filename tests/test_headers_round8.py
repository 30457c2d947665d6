"""Round 8 of the header rules: titles and dates on unseen pages.

Every fixture is invented. Each rule is checked both ways where it can misfire: the furniture or
the cut-off line is not the title (and a body line stays in the body), and a real headline or
date of the same shape is still read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.header import cut_off_last

BODY = (
    "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
    "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    '"We are glad it is over," said Mara Quill, who runs the morning ferry.\n\n'
)


# -- the last line of a cut-off copy is never its title ------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        "By raising the issue, Quill stressed the need to bal",
        "Quill also wrote: “Our hope was that, follo",
        'The chair added: "Crews will be back at sea soon and the fa',
        "Watch the harbour board's press conference after the vote against Nor",
    ],
)
def test_the_cut_off_last_line_is_no_title_and_stays_in_the_body(cut: str) -> None:
    result = clean(BODY + cut)
    assert result.title is None
    assert cut in result.text


def test_a_video_teaser_last_of_all_is_no_title() -> None:
    assert clean(BODY + "Watch: Harbour Union's Chair on the Long Strike\n").title is None


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry Strike Ends After Night of Talks",
        "They deserved the deal: Harbour Union's Quill after 12-hour talks",
        "“We are glad”: Harbour Union's Quill on the Deal",
    ],
)
def test_a_headline_printed_below_the_body_is_still_its_title(headline: str) -> None:
    assert not cut_off_last(headline)
    assert clean(BODY + headline + "\n").title == headline


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_cut_off_last_takes_any_text(text: str) -> None:
    assert cut_off_last(text) in (True, False)
