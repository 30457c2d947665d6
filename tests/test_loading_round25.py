"""Loading, round 25: article text passed where a path belongs, and a path the file system
refuses, are clear errors naming what went wrong, never a bare OSError."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.errors import ArticleLoadError


def test_article_text_passed_as_a_path_is_a_clear_error() -> None:
    text = "Northport council approves harbour plan\n\nThe council approved the plan on Friday.\n"
    with pytest.raises(ArticleLoadError) as caught:
        claimtrack.load_article(text)
    assert "is article text, not a file's path" in str(caught.value)
    assert "extract_quotations" in caught.value.hint
    assert caught.value.path.startswith("Northport council approves")


def test_a_name_too_long_for_the_file_system_is_a_clear_error() -> None:
    with pytest.raises(ArticleLoadError) as caught:
        claimtrack.load_article("x" * 5000)
    assert "no path this system can open" in str(caught.value)
    assert len(caught.value.path) <= 80


def test_the_suggested_way_from_text_to_an_article_works() -> None:
    from claimtrack.reading.cleaning import clean

    text = (
        "Northport council approves harbour plan\n\n"
        "“We have waited long enough,” said Ada Lund, the council's leader, on Friday.\n"
    )
    article = clean(text).to_article("harbour", text)
    assert article.title == "Northport council approves harbour plan"
    assert [q.speaker_full for q in claimtrack.extract_quotations(article)] == ["Ada Lund"]
