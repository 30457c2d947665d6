"""The memo's shortcuts write what the plain paths write.

Each attribution line is composed once per :func:`attribution_key`, each article's repeated
citation once, and a table's rows are copies of its first empty row: on any casebook the lines,
footnote parts and table XML must equal those composed afresh each time (the memo's parts were
also compared byte for byte before and after on the seed and generated casebooks); a footnote's
text scanned once is the text of the old passes.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import attrs
import docx
import lxml.etree as etree
from claimtrack_docx import DocxOptions
from claimtrack_docx import wording as w
from claimtrack_docx.body import Body, merge_across
from claimtrack_docx.citations import Citations, source_order
from claimtrack_docx.context import MemoContext
from claimtrack_docx.ooxml import _t, ensure_styles
from claimtrack_docx.runs import add_run
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook
from claimtrack.model import Role

SENTENCES = 12
TEXT = " ".join(f"Sentence {n} says the minister spoke." for n in range(SENTENCES))

dates = st.sampled_from([None, "2016", "2017-06", "2017-06-01", "2019-02-03"])
speakers = st.sampled_from([None, "Ann Minister", "Bo Envoy", "Cy Unknown"])
evidence_facts = st.tuples(
    st.integers(0, 2),  # article
    speakers,
    dates,  # said on
    st.integers(1, 6),  # credibility
    st.sampled_from(["supports", "refutes", "neutral"]),
    st.sampled_from(["", "A note."]),
)


def memo_of(book: Casebook) -> MemoContext:
    document = docx.Document()
    ensure_styles(document)
    return MemoContext(document, book, DocxOptions())


@st.composite
def casebooks(draw: st.DrawFn) -> Casebook:
    """Three articles (outlets rated or not, dated or not), two speakers with dated roles, and
    up to 24 quotes whose attribution facts collide often."""
    publishers = draw(
        st.lists(st.sampled_from([None, "Outlet A", "Outlet B"]), min_size=3, max_size=3)
    )
    articles = [
        Article(id=f"art-{n}", text=TEXT, title=draw(st.sampled_from([None, f"Title {n}"])),
                publisher=publishers[n], published=draw(dates), url=f"https://x.example/{n}")
        for n in range(3)
    ]  # fmt: skip
    book = Casebook(articles, title="T")
    book.rate_source("Outlet A", draw(st.sampled_from("ABCDEF")))
    book.add_actor(
        "Ann Minister",
        roles=[Role("Minister", start="2016", end="2017-12"), Role("Envoy", start="2018")],
        reliability=draw(st.sampled_from([None, "B"])),
    )
    book.add_actor("Bo Envoy", roles=[Role("Envoy")])
    facts = draw(st.lists(evidence_facts, max_size=24))
    for n, (art, speaker, said, cred, stance, notes) in enumerate(facts):
        claim = book.add_claim(f"Claim {n}.", id=f"c{n}").id
        sentence = f"Sentence {n % SENTENCES} says the minister spoke."
        book.add_evidence(claim, article=f"art-{art}", quote=sentence, stance=stance,
                          speaker=speaker, said_on=said, credibility=cred, notes=notes)  # fmt: skip
    return book


@settings(max_examples=120, deadline=None)
@given(book=casebooks(), data=st.data())
def test_remembered_attributions_are_composed_afresh_lines(
    book: Casebook, data: st.DataObject
) -> None:
    memo = memo_of(book)
    items = list(book.evidence.values())
    order = data.draw(st.lists(st.sampled_from(items), max_size=40)) if items else []
    for ev in order + items:
        assert memo.attribution(ev) == w.attribution(book, ev)


@settings(max_examples=120, deadline=None)
@given(book=casebooks(), data=st.data())
def test_remembered_citations_are_composed_afresh_parts(
    book: Casebook, data: st.DataObject
) -> None:
    articles = source_order(book)
    fast = Citations(book, articles, footnotes=None)  # type: ignore[arg-type]
    fresh = Citations(book, articles, footnotes=None)  # type: ignore[arg-type]
    items = list(book.evidence.values())
    order = data.draw(st.lists(st.sampled_from(items), max_size=40)) if items else []
    for ev in order:
        fresh._short.clear()  # the reference composes every citation again
        assert fast.parts(ev) == fresh.parts(ev)


def test_attribution_key_covers_what_the_line_reads() -> None:
    book = Casebook([Article(id="a", text=TEXT, publisher="Outlet A")], title="T")
    book.add_actor("Ann Minister", roles=[Role("Minister", start="2016", end="2017-12")])
    book.add_claim("Claim.", id="c")
    quote = "Sentence 1 says the minister spoke."
    ev = book.add_evidence(
        "c",
        article="a",
        quote=quote,
        stance="supports",
        speaker="Ann Minister",
        said_on="2017-01-02",
    )
    memo = memo_of(book)
    line = memo.attribution(ev)
    assert line.startswith("Ann Minister, Minister, 2017-01-02; Outlet A; grade")
    # Another date (the role is no longer held) or credibility is another line, not the first.
    later = attrs.evolve(ev, said_on="2019-01-01")
    assert memo.attribution(later) == w.attribution(book, later) != line
    graded = attrs.evolve(ev, credibility=1)
    assert memo.attribution(graded) == w.attribution(book, graded) != line


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(st.text("ab ", max_size=5), st.booleans()), max_size=8),
    columns=st.integers(2, 4),
)
def test_copied_rows_are_the_rows_add_row_writes(
    rows: list[tuple[str, bool]], columns: int
) -> None:
    written = []
    for fast in (False, True):
        document = docx.Document()
        body = Body(document)
        fractions = (1 / columns,) * columns
        tables = [body.table(tuple(f"H{n}" for n in range(columns)), fractions) for _ in range(2)]
        for n, (text, merge) in enumerate(rows):
            table = tables[n % 2]  # two tables filled in turn: each keeps its own empty row
            cells = body.add_row(table) if fast else table.add_row().cells
            if merge:
                cells = (merge_across(cells[0], cells[1]),)
            add_run(cells[0].paragraphs[0], text)
        written.append([etree.tostring(t._tbl) for t in tables])
    assert written[0] == written[1]


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(["a", " ", "&", "<", ">", "\t", "\n", "\r", "\x00", "\x0b", "\ud800",
                                "\ufffe", "é", "“", "😀"]), max_size=12))  # fmt: skip
def test_footnote_text_scanned_once_is_the_text_of_every_pass(text: str) -> None:
    plain = escape(w.safe(text).replace("\n", " ").replace("\t", " ").replace("\r", " "))
    assert _t(text) == f'<w:t xml:space="preserve">{plain}</w:t>'
