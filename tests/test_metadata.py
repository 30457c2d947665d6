"""Metadata beside the text: a URL line, YAML front matter, a JSON sidecar, a CSV manifest."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import load_article, load_corpus
from claimtrack.errors import ArticleLoadError
from claimtrack.reading.metadata import read_front_matter, read_manifest, read_sidecar

BODY = (
    "The town council approved the harbour plan on Tuesday and set aside funds for the new "
    "quay, officials said.\n\nWork starts in May and should last eighteen months, the council's "
    "engineers said.\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_url_line_becomes_the_url_and_leaves_the_body(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.txt",
        f"Harbour Plan Approved\n\n{BODY}\nhttps://ledger.example.test/harbour-plan\n",
    )
    article = load_article(path)
    assert article.url == "https://ledger.example.test/harbour-plan"
    assert "https://" not in article.text


def test_front_matter_gives_every_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.md",
        "---\ntitle: Harbour Plan Approved\nauthors: [Mira Okafor, Tomas Reyes]\n"
        "url: https://ledger.example.test/harbour\npublisher: The Coast Ledger\n"
        "published: 2024-03-12\nlanguage: en\nlayout: post\n---\n\n# Harbour Plan Approved\n\n"
        + BODY,
    )
    article = load_article(path)
    assert article.title == "Harbour Plan Approved"
    assert article.authors == ("Mira Okafor", "Tomas Reyes")
    assert article.url == "https://ledger.example.test/harbour"
    assert article.publisher == "The Coast Ledger"
    assert str(article.published) == "2024-03-12" and article.language == "en"
    assert article.text.startswith("The town council approved")
    assert article.raw.startswith("---\n")  # the raw copy is the file as read


def test_a_markdown_heading_is_a_title_without_its_marks(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path / "a.md", "# Harbour Plan Approved\n\n" + BODY))
    assert article.title == "Harbour Plan Approved"


@pytest.mark.parametrize(
    ("front", "where", "what"),
    [
        ('title: "unclosed\n', "a.md:3", "not valid YAML"),
        ("pubished: 2024-03-12\n", "a.md:2", "did you mean 'published'"),
        ("title: x\npublished: last tuesday\n", "a.md:3", "'published'"),
        ("url: ftp://example.test/x\n", "a.md:2", "'url'"),
        ("language: english please\n", "a.md:2", "'language'"),
        ("authors: [1, 2]\n", "a.md:2", "'authors'"),
    ],
)
def test_bad_front_matter_names_file_line_and_field(
    tmp_path: Path, front: str, where: str, what: str
) -> None:
    path = _write(tmp_path / "a.md", f"---\n{front}---\n\n{BODY}")
    with pytest.raises(ArticleLoadError) as caught:
        load_article(path)
    message = str(caught.value)
    assert where in message and what in message


def test_unclosed_front_matter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="never closed"):
        load_article(_write(tmp_path / "a.md", "---\ntitle: x\n\n" + BODY))


def test_a_sidecar_wins_over_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Harbour Plan Approved\n\n" + BODY)
    _write(
        tmp_path / "a.json",
        json.dumps(
            {"title": "Plan for the Harbour", "publisher": "Ledger", "published": "2024-03"}
        ),
    )
    article = load_article(path)
    assert (article.title, article.publisher, str(article.published)) == (
        "Plan for the Harbour",
        "Ledger",
        "2024-03",
    )


def test_a_bad_sidecar_names_its_file_and_field(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.json", '{"url": "not a url"}')
    with pytest.raises(ArticleLoadError, match=r"a\.json.*'url'"):
        load_article(tmp_path / "a.txt")
    _write(tmp_path / "a.json", '{"url": ')
    with pytest.raises(ArticleLoadError, match=r"a\.json:1:\d+.*not valid JSON"):
        load_article(tmp_path / "a.txt")


def test_a_manifest_gives_a_folder_its_metadata(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "Harbour Plan Approved\n\n" + BODY)
    _write(tmp_path / "b.txt", "Quay Works Begin\n\n" + BODY.replace("Tuesday", "Friday"))
    _write(
        tmp_path / "manifest.csv",
        "file,url,title,publisher,published,language,authors\n"
        "a.txt,https://ledger.example.test/a,,Coast Ledger,2024-03-12,en,"
        "Mira Okafor; Tomas Reyes\n",
    )
    _write(tmp_path / "b.json", '{"publisher": "Harbour Weekly"}')
    corpus = load_corpus(tmp_path)
    a, b = corpus["a"], corpus["b"]
    assert a.url == "https://ledger.example.test/a" and a.publisher == "Coast Ledger"
    assert a.title == "Harbour Plan Approved"  # an empty cell leaves the text's title
    assert a.authors == ("Mira Okafor", "Tomas Reyes") and a.language == "en"
    assert b.publisher == "Harbour Weekly"


@pytest.mark.parametrize(
    ("manifest", "match"),
    [
        ("url\nhttps://x.test\n", r"manifest\.csv:1.*'file' column"),
        ("file,url\nc.txt,https://x.test\n", r"manifest\.csv:2.*'c\.txt'"),
        ("file,published\na.txt,someday\n", r"manifest\.csv:2.*'published'"),
        ("file,url\na.txt,https://x.test\na.txt,https://y.test\n", r"manifest\.csv:3.*twice"),
    ],
)
def test_a_bad_manifest_names_its_line(tmp_path: Path, manifest: str, match: str) -> None:
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "manifest.csv", manifest)
    with pytest.raises(ArticleLoadError, match=match):
        load_corpus(tmp_path)


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda s: s.strip() == s and s.strip())
_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=80, deadline=None)
@given(_text, st.lists(_text, max_size=3), _dates)
def test_front_matter_round_trips(title: str, authors: list[str], published: dt.date) -> None:
    from ruamel.yaml import YAML

    stream = io.StringIO()
    YAML().dump({"title": title, "authors": authors, "published": published.isoformat()}, stream)
    metadata, end = read_front_matter(f"---\n{stream.getvalue()}---\nbody", "a.md")
    assert metadata.title == title
    assert metadata.authors == tuple(authors)
    assert str(metadata.published) == published.isoformat()
    assert f"---\n{stream.getvalue()}---\nbody"[end:] == "body"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_text, _dates), min_size=1, max_size=5, unique_by=lambda r: r[0]))
def test_manifest_round_trips(rows: list[tuple[str, dt.date]]) -> None:
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(["file", "title", "published"])
    for n, (title, date) in enumerate(rows):
        writer.writerow([f"f{n}.txt", title, date.isoformat()])
    found = read_manifest(stream.getvalue().encode("utf-8"), "manifest.csv")
    for n, (title, date) in enumerate(rows):
        _line, metadata = found[f"f{n}.txt"]
        assert metadata.title == title and str(metadata.published) == date.isoformat()


@settings(max_examples=50, deadline=None)
@given(_text, _dates)
def test_sidecar_round_trips(publisher: str, published: dt.date) -> None:
    data = json.dumps({"publisher": publisher, "published": published.isoformat()}).encode()
    metadata = read_sidecar(data, "a.json")
    assert metadata.publisher == publisher and str(metadata.published) == published.isoformat()
