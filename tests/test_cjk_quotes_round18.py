"""Quotes in Chinese, Japanese and Korean, round 18: the cue before or after the quote, and the
speaker's name without its title (invented names: 林雅达, 林雅達, 김민수)."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations


def _speakers(page: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_full) for q in extract_quotations(page)]


@pytest.mark.parametrize(
    ("page", "quote", "speaker"),
    [
        (
            "港务局局长林雅达周二表示。\n\n林雅达说：“港口今年将开放。”\n",
            "港口今年将开放。",
            "林雅达",
        ),
        (
            "港务局局长林雅达周二表示。\n\n林雅达表示，“港口今年将开放”。\n",
            "港口今年将开放",
            "林雅达",
        ),
        (
            "外交部发言人林雅达在例行记者会上表示：“港口今年将开放。”\n",
            "港口今年将开放。",
            "林雅达",
        ),
        ("“港口今年将开放。”林雅达说。\n", "港口今年将开放。", "林雅达"),
        ("林雅達表示：「港口今年將開放。」\n", "港口今年將開放。", "林雅達"),
        ("外交部发言人表示，“港口今年将开放”。\n", "港口今年将开放", "外交部发言人"),
        (
            "林雅達長官は港を訪れた。\n\n林長官は「港を今年開く」と述べた。\n",
            "港を今年開く",
            "林雅達",
        ),
        (
            "林雅達長官は港を訪れた。\n\n「港を今年開く」と林長官は語った。\n",
            "港を今年開く",
            "林雅達",
        ),
        ("外務省の林雅達報道官は「港を今年開く」と説明した。\n", "港を今年開く", "林雅達"),
        (
            '김민수 장관이 항구를 방문했다.\n\n김민수 장관은 "항구를 올해 열겠다"고 말했다.\n',
            "항구를 올해 열겠다",
            "김민수",
        ),
        (
            '김민수 장관이 항구를 방문했다.\n\n김 장관은 "항구를 올해 열겠다"라고 밝혔다.\n',
            "항구를 올해 열겠다",
            "김민수",
        ),
        ('김민수 씨는 "항구를 올해 열겠다"며 웃으며 말했다.\n', "항구를 올해 열겠다", "김민수"),
    ],
)
def test_a_cjk_quote_is_given_to_the_speaker_its_cue_names(
    page: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _speakers(page)


def test_two_korean_quotes_under_one_verb_are_the_same_speakers() -> None:
    page = (
        "김민수 장관이 항구를 방문했다.\n\n"
        '김 장관은 "항구를 올해 열겠다"며 "노조와도 합의했다"고 강조했다.\n'
    )
    assert [s for _, s in _speakers(page)] == ["김민수", "김민수"]


@pytest.mark.parametrize(
    "page",
    [
        "这个所谓的“和平计划”没有人支持。\n",
        "「港」という名前の店が開いた。\n",
        '영화 "기생충"은 큰 인기를 끌었다.\n',
    ],
    ids=["zh scare quote", "ja name", "ko title"],
)
def test_a_cjk_name_or_scare_quote_has_no_speaker(page: str) -> None:
    assert all(speaker is None for _, speaker in _speakers(page))


def test_an_english_quote_is_untouched_by_the_cjk_cues() -> None:
    page = "“The port will open this year,” Ada Lund said.\n"
    assert _speakers(page) == [("The port will open this year", "Ada Lund")]
