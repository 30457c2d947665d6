"""Tests of the Markdown exporter: the claimtrack conformance kit, then its own output."""

from __future__ import annotations

import re

import pytest
from claimtrack_markdown import MarkdownExporter, MarkdownOptions, register_exporters
from claimtrack_markdown.exporter import inline

import claimtrack
from claimtrack.host.testing import (
    HOSTILE_STRINGS,
    check_exporter,
    empty_casebook,
    hostile_casebook,
    huge_quote_casebook,
    run_exporter,
)


def markdown_of(
    exporter: MarkdownExporter, book: claimtrack.Casebook, options: MarkdownOptions | None = None
) -> bytes:
    """What ``exporter`` writes for ``book``; the kit records an error, so assert there is none."""
    run = run_exporter(exporter, book, options)
    assert run.error is None, run.error
    return run.output


def test_conformance() -> None:
    # Hostile text, an empty casebook and a 100 kB quote; writes only to the stream; each option
    # variant must change the output; same input, same bytes.
    check_exporter(
        MarkdownExporter(),
        option_variants=[
            MarkdownOptions(heading_level=2),
            MarkdownOptions(max_quote_chars=0),
            MarkdownOptions(contradictions=False),
        ],
        deterministic=True,
    )


def test_hook_returns_the_exporter() -> None:
    (exporter,) = register_exporters()
    assert isinstance(exporter, claimtrack.Exporter)
    assert exporter.name == "markdown"


def test_brief_lists_every_claim_quote_speaker_and_contradiction() -> None:
    book = claimtrack.Casebook(
        [claimtrack.Article(id="a1", text="Lukashenka said Belarus will not host a base.")],
        title="Bases",
    )
    claim = book.add_claim("Belarus will host a Russian air base.", id="base")
    book.add_claim("Belarus refuses foreign bases.", id="no-base")
    book.add_evidence(
        claim.id, article="a1", quote="will not host a base", stance="refutes", speaker="Lukashenka"
    )
    book.add_contradiction("base", "no-base", kind="contradictory")
    text = markdown_of(MarkdownExporter(), book).decode("utf-8")
    assert text.startswith("# Bases\n")
    assert "### 1. Belarus will host a Russian air base." in text
    assert "**Refutes** (1)" in text
    assert "> will not host a base" in text
    assert "> — Lukashenka" in text
    assert "`base`" in text and "`no-base`" in text and "contradictory" in text


def test_hostile_text_is_inert() -> None:
    text = markdown_of(MarkdownExporter(), hostile_casebook()).decode("utf-8")
    assert "<script>" not in text  # HTML inside Markdown would run in a browser preview
    assert not re.search("[\x00-\x08\x0b-\x1f\ufffe\uffff\u202e]", text)
    assert "javascript:alert(1)>" not in text  # never made into a link
    assert "**not bold**" not in text  # markup in quotes stays literal
    assert HOSTILE_STRINGS["emoji"] in text  # odd but harmless text is kept as is


def test_options_change_the_brief() -> None:
    book = huge_quote_casebook()
    short = markdown_of(MarkdownExporter(), book, MarkdownOptions(max_quote_chars=50))
    whole = markdown_of(MarkdownExporter(), book, MarkdownOptions(max_quote_chars=0))
    assert len(whole) > 100_000 > len(short)
    assert "\\[…\\]" in short.decode()  # "[…]" marks the cut (brackets escaped for Markdown)
    nested = markdown_of(MarkdownExporter(), book, MarkdownOptions(heading_level=3))
    assert nested.startswith(b"### ")
    with pytest.raises(ValueError):
        MarkdownOptions(heading_level=7)


def test_empty_casebook_says_so() -> None:
    text = markdown_of(MarkdownExporter(), empty_casebook()).decode("utf-8")
    assert "No claims yet." in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1. not a list", "1\\. not a list"),
        ("- not a bullet", "\\- not a bullet"),
        ("# not a heading", "\\# not a heading"),
        ("a | b", "a \\| b"),
        ("x < y & z", "x &lt; y &amp; z"),
        ("two\nlines", "two lines"),
    ],
)
def test_inline_escapes(raw: str, expected: str) -> None:
    assert inline(raw) == expected
