"""Cleaning, round 18: a row of a page's control words in some thirty languages."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.ui_words import is_control_row

TITLE = "Council approves £40m harbour flood plan after long debate"
BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Yazdır Paylaş Yazıları Büyült Yazıları Küçült",
        "Slušaj vest",
        "Drukuj | Udostępnij",
        "Imprimir · Compartir",
        "印刷 シェア",
        "인쇄 공유 댓글",
        "طباعة مشاركة",
    ],
)
def test_a_row_of_control_words_is_no_title_and_no_text(row: str) -> None:
    assert is_control_row(row)
    for page in (f"{row}\n\n{TITLE}\n\n{BODY}", f"{TITLE}\n\n{row}\n\n{BODY}"):
        result = clean(page)
        assert result.title == TITLE
        assert row not in result.text


@pytest.mark.parametrize(
    "line", ["A:", "Q:", "The print edition", "Compartir en Facebook", "Paylaş ve kazan kampanyası"]
)
def test_a_line_with_other_words_is_no_control_row(line: str) -> None:
    assert not is_control_row(line)
