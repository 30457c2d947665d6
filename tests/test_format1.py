"""Format-1 casebooks (committed, written before format 2) still load, upgraded to format 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack import load
from claimtrack.errors import SchemaError
from claimtrack.model import article_checksum
from claimtrack.serialization import FORMAT_VERSION, dumps, loads

DATA = Path(__file__).resolve().parent / "data"


def test_the_format_1_seed_casebook_loads_and_is_written_as_format_2() -> None:
    source = (DATA / "format1_seed_casebook.json").read_text(encoding="utf-8")
    assert source.startswith('{"claimtrack": 1,')
    book = load(DATA / "format1_seed_casebook.json")
    old = json.loads(source)
    assert len(book.evidence) == len(old["evidence"]) == 40
    for record, ev in zip(old["evidence"], book.evidence.values(), strict=True):
        (segment,) = ev.segments
        assert segment.exact == record["selector"]["exact"] == ev.rendering
        text = book.articles[ev.article].text
        assert text[segment.start : segment.end] == segment.exact
        assert not ev.orphaned
    for article in book.articles.values():  # format 2 checksums cover raw and text
        assert article.checksum == article_checksum(article.raw, article.text)
    book.validate()
    again = dumps(book)
    assert again.startswith(f'{{"claimtrack": {FORMAT_VERSION},')
    assert dumps(loads(again)) == again


def test_format_1_notes_move_to_typed_and_accepted() -> None:
    book = load(DATA / "format1_typed.json")
    ev = book.evidence["stays-e1"]
    assert ev.notes == "typed from the wire copy"
    assert ev.typed == '"We will never leave the alliance whatever our neighbours say"'
    assert ev.accepted == (
        "the source has ',', which you did not type (between 'alliance' and 'whatever')",
        "the source has ',', which you did not type",
    )
    plain = book.evidence["stays-e2"]
    assert plain.typed is None and plain.accepted == () and plain.notes == ""


def test_a_format_1_checksum_that_does_not_match_its_raw_copy_is_reported() -> None:
    doc = json.loads((DATA / "format1_typed.json").read_text(encoding="utf-8"))
    doc["articles"][0]["raw"] = doc["articles"][0]["raw"].replace("Tuesday", "Monday")
    with pytest.raises(SchemaError) as info:
        loads(json.dumps(doc, ensure_ascii=False))
    assert "article 'speech'" in str(info.value)
