"""Sample casebooks for testing exporters: a hostile one, one with a huge quote, an empty one.

The conformance kit (:mod:`claimtrack.host.testing`) writes each of them with the exporter under
test; plugin authors use them in their own tests too (they are re-exported there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from claimtrack.casebook.book import Casebook
from claimtrack.model import Article, PartialDate, Role

__all__ = [
    "HOSTILE_STRINGS",
    "HUGE_QUOTE_CHARS",
    "empty_casebook",
    "hostile_casebook",
    "huge_quote_casebook",
    "sample_casebooks",
]

# ------------------------------------------------------------------ hostile text

#: Text that breaks naive exporters, by what it attacks. Every string here appears in
#: :func:`hostile_casebook` (in article text, quotes, names, notes or titles).
HOSTILE_STRINGS: Mapping[str, str] = {
    # Spreadsheets run these as formulas unless written as text (CSV/formula injection).
    "formula": "=1+2",
    "formula_plus": "+1+2",
    "formula_minus": "-1+2",
    "formula_at": "@cmd",
    "formula_dde": "=cmd|' /C calc'!A0",
    "formula_hyperlink": '=HYPERLINK("https://example.invalid","click")',
    "formula_tab": "\t=1+2",
    # XML 1.0 forbids these: openpyxl raises IllegalCharacterError, lxml raises ValueError.
    "xml_forbidden": "NUL\x00 SOH\x01 BS\x08 VT\x0b FF\x0c ESC\x1b US\x1f nonchars\ufffe\uffff",
    "right_to_left": "قال وزير الخارجية «لن نستضيف قاعدة» — שלום \u202eTXT.EXE\u202c \u200f.",
    "emoji": "👩\u200d👩\u200d👧 🇧🇾 ✊🏽 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "spaces": "14\u00a0October\u202f2022, zero\u200bwidth, soft\u00adhyphen, \ufeffBOM",
    "combining": "e\u0301 Лукашенко 中文 ﷺ",
    "markup": "<script>alert('x')</script> ]]> &amp; &lt;b&gt; <!-- c --> <w:t>",
    "markdown": "**not bold** _x_ `code` | a | b | # not a heading [link](javascript:alert(1))",
    "templates": "{{ 7*7 }} ${7*7} %s %(x)s {0} \\N{BULLET}",
    "paths": "C:\\new\\table ../../etc/passwd",
    "long_word": "Donaudampfschifffahrt" * 100,
}

#: Roughly the size of the quote in :func:`huge_quote_casebook` (characters).
HUGE_QUOTE_CHARS = 100_000


def _hostile_article_text() -> str:
    h = HOSTILE_STRINGS
    paragraphs = [
        f"{h['formula']} opens this article, and the quote at its very start has no prefix.",
        f"The minister said: “{h['formula_dde']}” and then {h['formula_at']} was typed.",
        f"Spreadsheet bait: {h['formula_plus']} / {h['formula_minus']} / {h['formula_hyperlink']}.",
        f"Tabbed:{h['formula_tab']} and a carriage\rreturn inside a line.",
        f"Control characters: {h['xml_forbidden']}.",
        f"Right to left: {h['right_to_left']}",
        f"Emoji: {h['emoji']}. Combining: {h['combining']}.",
        f"Odd spaces: {h['spaces']}.",
        f"Markup: {h['markup']}",
        f"Markdown: {h['markdown']}",
        f"Templates: {h['templates']} Paths: {h['paths']}",
        f"A long word: {h['long_word']}.",
        "A quote that spans\ntwo lines of the same paragraph.",
        "Last sentence, so the closing quote has no suffix.",
    ]
    return "\n\n".join(paragraphs)


def hostile_casebook() -> Casebook:
    """A small, valid casebook whose every text field is hostile or odd.

    Formula-like quotes (``=1+2``, ``@cmd``), characters XML forbids, right-to-left text and
    bidi overrides, emoji, NBSP and zero-width spaces, markup, a very long word, quotes at the very
    start and end of an article and across a line break, every stance, every date precision,
    credibility 1–6, claims with and without assessments or evidence, and contradictions between
    claims and between evidence in every status. Built fresh on each call; deterministic.
    """
    h = HOSTILE_STRINGS
    book = Casebook(
        _hostile_articles(),
        title=f"Case «{h['formula']}» {h['right_to_left']} {h['emoji']} {h['markup']}",
        bottom_line=f"{h['markdown']}\n\nSecond paragraph: {h['xml_forbidden']}",
        author=f"Analyst\u00a0{h['formula_at']}",
    )
    _add_hostile_actors_and_claims(book)
    _add_hostile_evidence(book)
    _add_hostile_contradictions(book)
    return book


#: The actor every hostile quote of claim c1 is attributed to.
_LUKASHENKA = f"{HOSTILE_STRINGS['formula_at']} Lukashenka 👑"


def _hostile_articles() -> list[Article]:
    h = HOSTILE_STRINGS
    art_a = Article(
        id="hostile-a",
        text=_hostile_article_text(),
        title=f"{h['formula']} {h['markup']} {h['emoji']}",
        authors=(f"Ана {h['formula_at']}", "\u202eRTL author"),
        publisher=f"{h['formula']} Press",
        url="https://example.invalid/päth?q=a b&c=<d>",
        published=PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3)),
        language="en",
    )
    plain = "Plain article. Lukashenka said Belarus “will not host” a base. Nobody else spoke."
    art_b = Article(
        id="plain-b",
        text=plain,
        title="A plain article",
        publisher="Plain Daily",
        url="javascript:alert(1)",
        published=PartialDate.month(2022, 10),
    )
    art_c = Article(id="undated-c", text=f"Undated, untitled. {h['right_to_left']}")
    return [art_a, art_b, art_c]


def _add_hostile_actors_and_claims(book: Casebook) -> None:
    h = HOSTILE_STRINGS
    book.add_actor(
        _LUKASHENKA,
        aliases=["Лукашенко", "A.\u00a0Lukashenka"],
        roles=[
            Role("President", start=PartialDate.year(1994)),
            Role(f"{h['formula']} chair", start="2022-10", end="2023"),
        ],
        affiliation=h["markup"],
        reliability="C",
    )
    book.add_actor("Nameless spokesperson")
    book.rate_source(f"{h['formula']} Press", "E", url="https://example.invalid", notes=h["markup"])
    book.rate_source("Plain Daily", "B")
    book.add_claim(
        f"{h['formula']} is what the minister said {h['emoji']}",
        id="c1",
        claimant=_LUKASHENKA,
        tags=[h["formula"], "🇧🇾", h["right_to_left"]],
        notes=h["markup"],
        likelihood="roughly even chance",
        confidence="low",
    )
    book.add_claim(h["right_to_left"], id="c2", likelihood="almost certain", confidence="high")
    book.add_claim(
        f"Control characters in a claim: {h['xml_forbidden']}", id="c3", notes=h["templates"]
    )
    book.add_claim("A claim with no evidence at all.", id="c4-no-evidence")


def _add_hostile_evidence(book: Casebook) -> None:
    h = HOSTILE_STRINGS
    digest_week = PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3))
    # (id, claim, article, quote, stance, speaker, said_on, credibility, notes): every stance,
    # every date precision, credibility 1-6, quotes at the start, the end and across a line break.
    a, spokesperson, end_quote = "hostile-a", "Nameless spokesperson", "the closing quote has no"
    lukashenka = _LUKASHENKA
    rows: list[tuple[str, str, str, str, str, str | None, Any, int, str]] = [
        ("e1", "c1", a, h["formula"], "supports", lukashenka, "2022-10-14", 1, h["formula_dde"]),
        ("e2", "c1", a, h["formula_dde"], "refutes", "Лукашенко", "2022-10", 2, ""),
        ("e3", "c1", "plain-b", "will not host", "refutes", "Lukashenka", "2022", 3, ""),
        ("e4", "c2", a, h["right_to_left"], "neutral", None, digest_week, 4, ""),
        ("e5", "c2", "undated-c", h["right_to_left"], "supports", spokesperson, None, 5, ""),
        ("e6", "c3", a, h["xml_forbidden"], "supports", h["emoji"], None, 6, h["xml_forbidden"]),
        ("e7", "c3", a, "A quote that spans\ntwo lines", "refutes", None, None, 6, ""),
        ("e8", "c3", a, h["markup"], "neutral", h["markdown"], None, 6, ""),
        ("e9", "c3", a, h["long_word"], "supports", None, None, 6, h["long_word"]),
        ("e10", "c3", a, f"{end_quote} suffix.", "neutral", None, None, 6, h["templates"]),
        ("e11", "c2", a, h["spaces"], "refutes", h["spaces"], None, 6, ""),
    ]
    for id_, claim, article, quote, stance, speaker, said_on, credibility, notes in rows:
        book.add_evidence(
            claim,
            article=article,
            quote=quote,
            stance=stance,
            speaker=speaker,
            said_on=said_on,
            credibility=credibility,
            notes=notes,
            occurrence=0 if quote == h["formula"] else None,  # "=1+2" also opens the article
            id=id_,
        )


def _add_hostile_contradictions(book: Casebook) -> None:
    h = HOSTILE_STRINGS
    book.add_contradiction(
        "c1", "c2", kind="contradictory", rationale=h["formula_hyperlink"], id="x-claims"
    )
    book.add_contradiction(
        "e1",
        "e2",
        kind="temporal change",
        status="explained",
        resolution=f"Other time window: {h['right_to_left']}",
        id="x-explained",
    )
    book.add_contradiction(
        "e2",
        "e6",
        kind="numeric",
        status="candidate",
        detected_by=f"detector {h['formula_at']}",
        reasons=[h["formula"], h["xml_forbidden"], "six members in 2022"],
        id="x-candidate",
    )
    book.add_contradiction(
        "c2",
        "c3",
        kind="contrary",
        status="dismissed",
        rationale=h["markdown"],
        resolution=h["emoji"],
        id="x-dismissed",
    )


def huge_quote_casebook(size: int = HUGE_QUOTE_CHARS) -> Casebook:
    """One article of a little over ``size`` characters, one piece of evidence quoting ``size``.

    The quote spans many paragraphs and is longer than an Excel cell may hold (32,767 characters).
    """
    lines = []
    total = 0
    i = 0
    while total < size:
        line = (
            f"Paragraph {i}: “=SUM(A{i})” said the spokesman — مرحبا {i} 🇧🇾, on {i % 28 + 1} May."
        )
        lines.append(line)
        total += len(line) + 1
        i += 1
    body = "\n".join(lines)
    quote = body[:size]
    text = f"Preamble before the huge quote.\n{body}\nEpilogue after it."
    article = Article(
        id="huge",
        text=text,
        title="Huge",
        publisher="Huge Post",
        published=PartialDate.day(2022, 10, 14),
    )
    book = Casebook([article], title="A casebook with a 100 kB quote")
    claim = book.add_claim("The spokesman talked for a very long time.", id="huge-claim")
    book.add_evidence(
        claim.id,
        article=article.id,
        quote=quote,
        stance="supports",
        speaker="The spokesman",
        credibility=2,
    )
    return book


def empty_casebook() -> Casebook:
    """A casebook with nothing in it: no title, articles, claims, evidence or contradictions."""
    return Casebook()


def sample_casebooks() -> dict[str, Callable[[], Casebook]]:
    """The casebooks :func:`check_exporter` writes, by name, as factories (each builds anew)."""
    return {"hostile": hostile_casebook, "huge_quote": huge_quote_casebook, "empty": empty_casebook}
