"""Casebooks and helpers the Excel exporter's tests share (a helper module, not a test file).

:func:`sample_book` holds every case the sheets must handle (a contested claim, hostile article
text, contradictions at both levels, a rated outlet without articles); :func:`seed_book` is built
from the real seed articles.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from claimtrack_xlsx import XlsxExporter, XlsxExportWarning, XlsxOptions
from claimtrack_xlsx.writer import write_workbook

from claimtrack import Article, Casebook, load_corpus

__all__ = [
    "HOSTILE_QUOTES",
    "HOSTILE_TEXT",
    "SEEDS",
    "add_hostile_evidence",
    "export_workbook",
    "rows_of",
    "sample_articles",
    "sample_book",
    "seed_book",
]

HOSTILE_QUOTES = (
    '=HYPERLINK("http://evil.example/x","click me")',
    "-2+3",
    "+1 (555) 0100",
    "@SUM(A1:A9)",
    "#N/A",
)
HOSTILE_TEXT = (
    'The minister wrote =HYPERLINK("http://evil.example/x","click me") in a post.\n'
    "Results were -2+3\n"
    "Call +1 (555) 0100 now.\n"
    "Type @SUM(A1:A9) here.\n"
    "The value was #N/A\n"
    "Bad\x00bytes\x0bhere and a lone \ud800 surrogate.\n"
    "\tTabbed line starts here.\n"
)


def sample_articles() -> list[Article]:
    """Two ordinary articles (one with an unsafe URL and a year-only date) and a hostile one."""
    a1 = Article(
        id="a1",
        text=(
            "Belarus should be perceived as one whole with Russia, the minister said. "
            "Minsk renewed its prohibition on deployment of troops abroad. "
            "Officials said the CSTO should strengthen its status."
        ),
        title="Minsk and the CSTO",
        publisher="Belarus Digest",
        url="https://example.org/a1",
        published="2017-06-19",
    )
    a2 = Article(
        id="a2",
        text="Minsk does not want the CSTO to grow. It refused to host the summit.",
        title="A second view",
        publisher="Other Outlet",
        url="javascript:alert(1)",
        published="2017",
    )
    hostile = Article(id="evil", text=HOSTILE_TEXT, title="=1+1", publisher="@mallory")
    return [a1, a2, hostile]


def sample_book() -> Casebook:
    """Two articles, three claims (one contested), a hostile article, two contradictions."""
    book = Casebook(sample_articles(), title="Test case", author="Analyst")
    book.add_actor("Linkevičius", reliability="B")
    book.rate_source("Belarus Digest", "B")
    book.rate_source("Other Outlet", "C")
    book.rate_source("Unused Wire", "A", url="https://wire.example")
    book.add_claim(
        "Belarus functions as one whole with Russia",
        id="one-whole",
        claimant="Linkevičius",
        likelihood="likely",
        confidence="moderate",
    )
    book.add_claim("Minsk wants to strengthen the CSTO", id="strengthen", tags=["csto"])
    book.add_claim("Hostile text stays inert", id="hostile")
    book.add_evidence(
        "one-whole",
        article="a1",
        stance="supports",
        speaker="Linkevičius",
        quote="Belarus should be perceived as one whole with Russia",
        credibility=2,
        said_on="2017-06-18",
    )
    book.add_evidence(
        "one-whole",
        article="a1",
        stance="refutes",
        quote="Minsk renewed its prohibition on deployment of troops abroad.",
    )
    book.add_evidence(
        "strengthen", article="a1", stance="supports", quote="the CSTO should strengthen its status"
    )
    book.add_evidence(
        "strengthen", article="a2", stance="refutes", quote="Minsk does not want the CSTO to grow."
    )
    book.add_evidence(
        "strengthen", article="a2", stance="neutral", quote="It refused to host the summit."
    )
    add_hostile_evidence(book)
    book.add_contradiction("one-whole", "strengthen", kind="contrary", rationale="why")
    book.add_contradiction(
        "one-whole-e1",
        "one-whole-e2",
        kind="contradictory",
        status="candidate",
        reasons=["negation"],
    )
    return book


def add_hostile_evidence(book: Casebook) -> None:
    """Quotes from the hostile article: formula-like text, control characters, a tab."""
    for i, quote in enumerate(HOSTILE_QUOTES):
        book.add_evidence(
            "hostile",
            article="evil",
            stance="neutral",
            quote=quote,
            id=f"hostile-{i}",
            notes="=cmd|' /C calc'!A0",
        )
    book.add_evidence(
        "hostile",
        article="evil",
        stance="neutral",
        id="hostile-ctl",
        quote="Bad\x00bytes\x0bhere and a lone \ud800 surrogate.",
    )
    book.add_evidence(
        "hostile", article="evil", stance="neutral", id="hostile-tab", quote="\tTabbed line"
    )


def export_workbook(book: Casebook, options: XlsxOptions | None = None, **kw: object) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XlsxExportWarning)
        if kw:
            write_workbook(book, buf, options or XlsxOptions(), **kw)  # type: ignore[arg-type]
        else:
            XlsxExporter().write(book, buf, options or XlsxOptions())
    return buf.getvalue()


def rows_of(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_book() -> Casebook:
    """The Belarus/CSTO seeds with two claims read off them by hand, each supported and refuted."""

    book = Casebook(load_corpus(SEEDS), title="Belarus and the CSTO")
    book.add_claim(
        "Belarus functions as one whole with Russia",
        id="one-whole",
        claimant="Linas Linkevičius",
        likelihood="unlikely",
        confidence="moderate",
    )
    book.add_claim(
        "Minsk wants to strengthen the CSTO",
        id="minsk-strengthens-csto",
        claimant="Alexander Lukashenka",
    )
    b0, b1 = "000_d0c8f9d331184de7", "001_6c701b6de60f14c0"
    book.add_evidence(
        "one-whole",
        article=b0,
        stance="supports",
        speaker="Linkevičius",
        quote="Belarus should be perceived as one whole with Russia.",
    )
    book.add_evidence(
        "one-whole",
        article=b0,
        stance="refutes",
        quote="Minsk renewed its prohibition on deployment of Belarusian troops "
        "abroad in its national military doctrine",
    )
    book.add_evidence(
        "minsk-strengthens-csto",
        article=b1,
        stance="supports",
        quote="Belarusian officials called for the strengthening of the organisation.",
    )
    book.add_evidence(
        "minsk-strengthens-csto",
        article=b0,
        stance="refutes",
        quote="Despite this criticism, the Belarusian government has done little "
        "to strengthen the CSTO.",
    )
    return book
