"""Casebooks and readers the Word memo's tests share (a helper module, not a test file).

:func:`seed_book` is the seed articles with claims, quotes and contradictions of every status;
:func:`render` writes a memo to bytes, and the readers look inside it (python-docx, the zip).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import attrs
import docx
import docx.text.hyperlink
from claimtrack_docx import DocxExporter, DocxOptions
from lxml import etree

from claimtrack import Casebook, load_corpus
from claimtrack.model import Article, Role

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXAMPLE = SEEDS.parent / "examples" / "belarus_csto.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FOOTNOTES_RT = R_NS + "/footnotes"
HYPERLINK_RT = R_NS + "/hyperlink"

# Outlets and URLs are not in the seed files; the analyst adds them.
SEED_SOURCES = {
    "000": (
        "Belarus Digest",
        "https://belarusdigest.com/story/will-minsk-revive-post-soviet-nato/",
    ),
    "001": ("Belarus Digest", "https://belarusdigest.com/story/can-belarus-use-the-csto/"),
    "002": ("Belarus Digest", "https://belarusdigest.com/story/csto-natos-enemy/"),
    "003": ("Belarus Security Blog", "https://bsblog.info/minsk-scope-of-commitment-to-csto/"),
    "004": ("Belarus Security Blog", "https://bsblog.info/honourable-but-useless-chairmanship/"),
}
LINKEVICIUS = "Belarus should be perceived as one whole with Russia."
NEVER_MATTERED = "The CSTO never mattered very much to Minsk, and probably matters even less now."
PLATFORM = (
    "The organization is rather a platform for discussing security matters in the post-Soviet "
    "space, than a working mechanism for ensuring security."
)


def seed_articles() -> dict[str, Article]:
    """The seed articles (cleaned by the corpus loader) with outlet and URL, by id prefix."""
    corpus = load_corpus(SEEDS)
    articles = {}
    for article in corpus.values():
        publisher, url = SEED_SOURCES[article.id[:3]]
        articles[article.id[:3]] = attrs.evolve(article, publisher=publisher, url=url)
    return articles


def rate_seed_sources(book: Casebook) -> None:
    """Grade the two outlets and name the two speakers (one of them graded)."""
    book.rate_source("Belarus Digest", "B")
    book.rate_source("Belarus Security Blog", "C")
    book.add_actor("Alexander Lukashenka", aliases=["Lukashenka"], roles=["President of Belarus"])
    book.add_actor(
        "Linas Linkevičius", roles=[Role("Lithuanian foreign minister")], reliability="B"
    )


def seed_book() -> Casebook:
    """The seed articles with rated outlets, speakers, claims, quotes and contradictions."""
    articles = seed_articles()
    book = Casebook(list(articles.values()), title="Belarus and the CSTO", author="J. Analyst")
    ids = {k: a.id for k, a in articles.items()}
    rate_seed_sources(book)
    book.add_claim(
        "Minsk wants a stronger CSTO.",
        id="stronger",
        likelihood="likely",
        confidence="moderate",
        claimant="Alexander Lukashenka",
    )
    book.add_claim("Belarus acts as one whole with Russia.", id="one-whole", likelihood="unlikely")
    book.add_claim("The CSTO works as a collective security mechanism.", id="works")
    book.add_evidence(
        "stronger",
        article=ids["001"],
        quote="I believe that the CSTO should strengthen it",
        stance="supports",
        speaker="Alexander Lukashenka",
        credibility=2,
    )
    book.add_evidence(
        "stronger", article=ids["000"], quote=NEVER_MATTERED, stance="refutes", credibility=3
    )
    book.add_evidence(
        "one-whole",
        article=ids["000"],
        quote=LINKEVICIUS,
        stance="supports",
        speaker="Linas Linkevičius",
        said_on="2016-07-08",
        credibility=3,
    )
    book.add_evidence(
        "works", article=ids["004"], quote=PLATFORM, stance="refutes", credibility=2, occurrence=0
    )
    book.add_evidence(
        "works",
        article=ids["003"],
        quote="The CSTO remains a fragmented quasi-alliance",
        stance="refutes",
        credibility=2,
    )
    book.add_contradiction(
        "stronger-e1",
        "stronger-e2",
        kind="contrary",
        status="explained",
        rationale="A public call against the author's reading of Minsk's record.",
        resolution="Rhetoric for Moscow's audience; the record shows what Minsk does.",
    )
    book.add_contradiction("stronger", "works", kind="other", status="candidate")
    book.add_contradiction("one-whole", "works", kind="other", status="dismissed")
    return book


def render(book: Casebook, **options: object) -> bytes:
    stream = io.BytesIO()
    DocxExporter().write(book, stream, DocxOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue()


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def all_text(document: docx.document.Document) -> str:
    chunks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            chunks += [c.text for c in row.cells]
    return "\n".join(chunks)


def footnote_texts(data: bytes) -> dict[int, str]:
    """The text of each real footnote, by id."""
    root = etree.fromstring(part_xml(data, "word/footnotes.xml").encode("utf-8"))
    return {
        int(note.get(f"{W}id")): "".join(note.itertext()).strip()
        for note in root.iter(f"{W}footnote")
        if note.get(f"{W}type") in (None, "normal")
    }


def sources_table(document: docx.document.Document) -> docx.table.Table:
    return next(t for t in document.tables if t.rows[0].cells[0].text == "No.")
