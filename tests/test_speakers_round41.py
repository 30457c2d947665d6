"""Round 41: speakers met on the fresh batch (tune41).

"the head of the Russian government" is the role it names, the Russian head of government (the
prime minister the article names), not a body called "Russian government".
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.role_words import as_government_head

_MEETING = (
    "Russian Prime Minister Ada Lund met Tom Berg, head of the Cabinet of Ministers of"
    " Northland, on Monday.\n\n"
)


@pytest.mark.parametrize("cue", ["the head of the Russian government", "the Russian premier"])
def test_the_head_of_a_countrys_government_is_its_prime_minister(cue: str) -> None:
    text = f'{_MEETING}"Trade has grown by a third this year and we are glad of it," said {cue}.'
    [quote] = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"
    assert quote.speaker_as_written == cue


def test_as_government_head_rewrites_only_a_government_after_a_countrys_adjective() -> None:
    said = ["the", "head", "of", "the", "Russian", "government"]
    assert as_government_head(said) == ["the", "Russian", "head", "of", "government"]
    for other in (
        ["the", "head", "of", "the", "Russian", "delegation"],
        ["the", "head", "of", "the", "local", "government"],
        ["the", "head", "of", "the", "Russian", "government", "press", "office"],
    ):
        assert as_government_head(other) == other
