"""Chain of custody and the one invariant: ``article.text[start:end] == exact`` everywhere.

An article's text is tied to its raw copy through the offset map (DESIGN.md §3): a text edited in
the JSON (its quote edited to match) is refused on load and by ``claimtrack check``, naming the
article and the first differing offset.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack import Article, Casebook, export, load, load_corpus
from claimtrack.casebook.custody import custody_problem
from claimtrack.cli.main import build_cli
from claimtrack.errors import QuoteDifferenceWarning, QuoteNotFound, SchemaError
from claimtrack.quotes.anchoring import normalize

ROOT = Path(__file__).resolve().parent.parent
RAW = "Header line\n\nThe minister said the plan was legal.\nIt was signed.\n\nFooter 12 reads"
TEXT = "The minister said the plan was legal. It was signed."
MAP = ((0, 13, 37), (38, 51, 14))


def article(text: str = TEXT) -> Article:
    return Article(id="t", text=text, raw=RAW, offset_map=MAP)


def test_a_clean_article_is_in_custody() -> None:
    assert custody_problem(article()) is None


def test_the_seeds_as_read_are_in_custody() -> None:
    for art in load_corpus(ROOT / "seeds").values():
        assert custody_problem(art) is None, art.id


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        (TEXT.replace("legal", "illegal"), 31),  # edited inside a segment
        (TEXT.replace(". It", ".XIt"), 37),  # a letter where the joint (a space) was
        (TEXT + " Not.", 53),  # text added after the last segment
    ],
)
def test_an_edited_text_names_the_first_differing_offset(text: str, offset: int) -> None:
    problem = custody_problem(article(text))
    assert problem is not None
    assert "article 't'" in problem and f"text offset {offset}" in problem


def tampered_file(tmp_path: Path) -> Path:
    book = Casebook([article()])
    book.add_claim("Legal", id="c")
    book.add_evidence("c", article="t", quote="the plan was legal", stance="supports")
    path = tmp_path / "book.json"
    export(book, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["articles"][0]["text"] = TEXT.replace("legal", "illegal")
    sel = doc["evidence"][0]["segments"][0]
    sel["exact"], sel["end"] = "the plan was illegal", sel["end"] + 2
    sel["suffix"] = doc["articles"][0]["text"][sel["end"] : sel["end"] + 32]
    doc["evidence"][0]["rendering"] = sel["exact"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_tampered_text_is_refused_by_load_and_check(tmp_path: Path) -> None:
    path = tampered_file(tmp_path)
    with pytest.raises(SchemaError, match=r"article 't'.*text offset 31"):
        load(path)
    result = CliRunner().invoke(build_cli(), ["check", str(path)])
    assert result.exit_code == 1
    assert "text offset 31" in result.output and "every quote verified" not in result.output


_VOCABULARY = "the minister said plan was legal never not Minsk 2017 “one whole” it’s — … a b"
WORDS = st.sampled_from(_VOCABULARY.split())


@settings(max_examples=60, deadline=None)
@given(words=st.lists(WORDS, min_size=8, max_size=40), data=st.data())
def test_every_stored_quote_is_its_text_on_add_validate_and_load(
    words: list[str], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = " ".join(words)
    book = Casebook([Article(id="a", text=text)])
    book.add_claim("Anything", id="c")
    for n in range(3):
        start = data.draw(st.integers(0, len(text) - 2))
        end = data.draw(st.integers(start + 1, min(len(text), start + 60)))
        typed = data.draw(st.sampled_from([text[start:end], text[start:end].replace("’", "'")]))
        assume(typed.strip())
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", QuoteDifferenceWarning)
                book.add_evidence("c", article="a", quote=typed, stance="neutral",
                                  occurrence=0, id=f"e{n}")  # fmt: skip
        except QuoteNotFound:
            assert normalize(typed).strip() not in normalize(text)  # only refused when absent
            continue
        except Exception:  # the same passage twice for one claim is refused, rightly
            continue
    for ev in book.evidence.values():
        assert all(text[s.start : s.end] == s.exact for s in ev.segments)
    book.validate()
    path = tmp_path_factory.mktemp("inv") / "b.json"
    export(book, path)
    again = load(path)
    for ev in again.evidence.values():
        art = again.articles[ev.article]
        assert all(art.text[s.start : s.end] == s.exact for s in ev.segments)


def test_punctuation_difference_is_recorded_on_the_evidence_and_warned() -> None:
    book = Casebook([Article(id="a", text="He said the plan was legal, and fair.")])
    book.add_claim("Fair", id="c")
    with pytest.warns(QuoteDifferenceWarning, match="which you did not type"):
        ev = book.add_evidence("c", article="a", quote="the plan was legal and fair",
                               stance="supports", notes="from the memo")  # fmt: skip
    assert ev.quote == ev.rendering == "the plan was legal, and fair"
    assert ev.notes == "from the memo"  # the analyst's notes are the analyst's own
    assert ev.typed == "the plan was legal and fair"
    assert ev.accepted == (
        "the source has ',', which you did not type (between 'legal' and 'and')",
    )


def test_allow_typo_on_add_evidence_keeps_the_typed_form() -> None:
    book = Casebook([Article(id="a", text="The government negotiations would continue.")])
    book.add_claim("Talks", id="c")
    with pytest.raises(QuoteNotFound, match="allow_typo=True"):
        book.add_evidence("c", article="a", quote="governmnet negotiations", stance="neutral")
    with pytest.warns(QuoteDifferenceWarning):
        ev = book.add_evidence("c", article="a", quote="governmnet negotiations",
                               stance="neutral", allow_typo=True)  # fmt: skip
    assert ev.quote == "government negotiations" and ev.typed == "governmnet negotiations"
    assert ev.accepted and "typo accepted" in ev.accepted[0] and ev.notes == ""


def test_without_an_offset_map_the_text_must_be_its_raw_cleaned_again() -> None:
    from claimtrack.reading.cleaning import clean

    raw = "Minsk renewed its ban on troops abroad.\n\nIt also said talks would go on.\n"
    text = clean(raw).text
    assert custody_problem(Article(id="m", text=text, raw=raw, offset_map=())) is None
    tampered = text.replace("renewed", "lifted")
    problem = custody_problem(Article(id="m", text=tampered, raw=raw, offset_map=()))
    assert problem is not None
    assert "article 'm'" in problem and f"text offset {text.index('renewed')}" in problem
