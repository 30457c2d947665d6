"""Loading files: encodings, HTML, .docx, directories, and clear errors for bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack import Corpus, load_article, load_corpus
from claimtrack.errors import ArticleLoadError
from claimtrack.host.articles import read_article_file

RU_TITLE = "Минск передал председательство в ОДКБ Астане"
RU_BODY = (
    "Белорусское председательство в Организации Договора о коллективной безопасности "
    "завершилось. Несмотря на амбициозные заявления прошлого года, Минск не принёс "
    "принципиальных изменений в работу организации. Саммит прошёл в Минске тридцатого ноября."
)
RU_TEXT = f"{RU_TITLE}\n\n{RU_BODY}\n"
EN_TEXT = (
    "A headline for the test\n\nThe chairmanship of the organisation passed to Astana on Monday. "
    "Officials said little about it.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RU_TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RU_TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + RU_TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RU_TEXT.encode("utf-16-be"), "utf-16-be"),
        (RU_TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: the NUL pattern tells
        (RU_TEXT.encode("utf-16-be"), "utf-16-be"),
        (EN_TEXT.encode("utf-16-le"), "utf-16-le"),
        (RU_TEXT.encode("cp1251"), "cp1251"),
    ],
)
def test_encodings_are_detected_not_garbled(tmp_path: Path, data: bytes, encoding: str) -> None:
    loaded = read_article_file(_write(tmp_path, "ru.txt", data))
    art = loaded.article
    assert art.raw.lstrip("\ufeff") == art.raw  # the BOM is not text
    assert art.text == (RU_BODY if "Минск" in art.raw else EN_TEXT.split("\n\n")[1].strip())
    assert loaded.encoding == encoding
    assert art.checksum == ct.model.article_checksum(art.raw, art.text)


@pytest.mark.parametrize(
    "text",
    [
        # Persian: the zero-width non-joiner (U+200C, category Cf) inside words, ~6% of characters.
        "من می\u200cخواهم به خانه\u200cها بروم و کتاب\u200cها را بخوانم.\n" * 20,
        # Emoji sequences joined by U+200D, and right-to-left marks around Hebrew.
        "Family 👩\u200d👩\u200d👧 and \u200fשלום\u200f said the minister.\n" * 30,
    ],
)
def test_format_characters_of_real_scripts_are_text_not_control_noise(
    tmp_path: Path, text: str
) -> None:
    loaded = read_article_file(_write(tmp_path, "script.txt", text.encode("utf-8")))
    assert loaded.encoding == "utf-8" and loaded.article.raw == text


def test_cp1251_title_is_read(tmp_path: Path) -> None:
    art = load_article(_write(tmp_path, "ru.txt", RU_TEXT.encode("cp1251")))
    assert art.title == RU_TITLE
    assert art.id == "ru"


def test_crlf_file_keeps_raw_and_maps_offsets(tmp_path: Path) -> None:
    art = load_article(_write(tmp_path, "a.txt", EN_TEXT.replace("\n", "\r\n").encode()))
    assert "\r\n" in art.raw and "\r" not in art.text
    for t, r, n in art.offset_map:
        assert art.text[t : t + n] == art.raw[r : r + n]


def test_markdown_file(tmp_path: Path) -> None:
    art = load_article(_write(tmp_path, "note.md", EN_TEXT.encode()), publisher="Example", url="u")
    assert (art.id, art.publisher, art.url) == ("note", "Example", "u")


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("nul.txt", b"abc\x00\x01\x02def\x00ghi\x07\x00" * 50, "binary"),
        ("ctrl.txt", bytes(range(1, 9)) * 200, "binary"),
        ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("boiler.txt", b"Loading...\nRSS\nRead more\n", "no article body"),
        ("badbom.txt", codecs.BOM_UTF8 + b"abc \xff\xfe\xfd text", "byte-order mark"),
    ],
)
def test_bad_files_are_refused_clearly(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(ArticleLoadError) as info:
        load_article(path)
    message = str(info.value)
    assert name in message and problem in message
    assert info.value.hint  # says what to do


def test_undecodable_bytes_are_refused_not_garbled(tmp_path: Path) -> None:
    # Random high bytes: no encoding fits with confidence.
    import random

    rng = random.Random(7)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))
    with pytest.raises(ArticleLoadError) as info:
        load_article(_write(tmp_path, "noise.txt", data))
    assert "noise.txt" in str(info.value)


def test_missing_path_unsupported_suffix_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleLoadError, match=r"unsupported file type '\.pdf'"):
        load_article(_write(tmp_path, "a.pdf", b"%PDF"))
    with pytest.raises(ArticleLoadError, match="is a directory"):
        load_article(tmp_path)


def test_directory_errors(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="no such file or directory") as info:
        load_corpus(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(info.value)
    (tmp_path / "notes.csv").write_text("a,b")
    (tmp_path / ".hidden.txt").write_text(EN_TEXT)
    with pytest.raises(ArticleLoadError, match="no article files") as info:
        load_corpus(tmp_path)
    assert str(tmp_path) in str(info.value)
    # A file named outright is read (not looked into): its type must be one a reader knows.
    with pytest.raises(ArticleLoadError, match=r"unsupported file type '\.csv'") as info:
        load_corpus(tmp_path / "notes.csv")
    assert "notes.csv" in str(info.value)
    with pytest.raises(TypeError, match=r"load_corpus\(\*paths\)"):
        load_corpus([tmp_path])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="at least one"):
        load_corpus()


def test_load_corpus_pattern_publishers_and_skip(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", EN_TEXT.encode())
    _write(tmp_path, "a.md", EN_TEXT.encode())
    _write(tmp_path, "c.txt", b"")
    with pytest.raises(ArticleLoadError, match=r"c\.txt"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, on_error="skip", publishers={"b": "Daily"})
    assert list(corpus) == ["a", "b"]
    assert corpus["b"].publisher == "Daily" and corpus["a"].publisher is None
    assert [p for p, _ in corpus.skipped] == [str(tmp_path / "c.txt")]
    assert list(load_corpus(tmp_path, pattern="a*")) == ["a"]
    assert corpus.encoding("a") == "utf-8"
    assert corpus.cleaning("a") is not None


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "x.txt", EN_TEXT.encode())
    _write(tmp_path, "x.md", EN_TEXT.encode())
    with pytest.raises(ArticleLoadError, match="already used"):
        load_corpus(tmp_path)


def test_corpus_is_an_ordered_mapping_and_add_works() -> None:
    corpus = Corpus([ct.Article(id="z", text="Zed."), ct.Article(id="a", text="Ay.")])
    assert list(corpus) == ["a", "z"] and len(corpus) == 2 and "a" in corpus
    corpus.add(ct.Article(id="m", text="Em."))
    assert list(corpus.keys()) == ["a", "m", "z"]
    assert corpus.cleaning("m") is None
    with pytest.raises(ArticleLoadError, match="already used"):
        corpus.add(ct.Article(id="a", text="Again."))
    with pytest.raises(KeyError, match="no article 'q'"):
        corpus["q"]
    # A casebook takes a corpus as it is.
    assert list(ct.Casebook(corpus).articles) == ["a", "m", "z"]


def test_load_corpus_from_files(tmp_path: Path) -> None:
    p1 = _write(tmp_path, "one.txt", EN_TEXT.encode())
    p2 = _write(tmp_path, "two.txt", RU_TEXT.encode("cp1251"))
    corpus = load_corpus(p2, p1)
    assert list(corpus) == ["one", "two"]
    assert corpus["two"].path == str(p2)


def test_load_corpus_mixes_files_and_directories_and_recurses(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    (articles / "sub").mkdir(parents=True)
    _write(articles / "sub", "deep.md", EN_TEXT.encode())
    _write(articles, "top.txt", EN_TEXT.encode())
    extra = _write(tmp_path, "extra.txt", RU_TEXT.encode())
    assert list(load_corpus(articles, extra)) == ["extra", "top"]
    assert list(load_corpus(articles, recursive=True)) == ["deep", "top"]


HTML = """<!DOCTYPE html>
<html><head><title>Site | Minsk and the CSTO</title>
<meta property="og:title" content="Minsk &amp; the CSTO">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2017-06-19T12:17:00+03:00">
<meta property="og:site_name" content="Example News">
<script>var s = "Loading... should never show";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/rss">RSS</a></nav>
<header><h1>Minsk &amp; the CSTO</h1></header>
<article>
<p>The participating states have used the CSTO as an instrument for obtaining material
benefits from Russia. Albeit the members talk about the common good.</p>
<h2>Lukashenka and the CSTO</h2>
<p>At the recent   summit in Yerevan, Lukashenka criticised the CSTO &mdash; for its passivity,
and demanded more ambitious plans.</p>
<figure><img src="x.jpg"><figcaption>Photo: someone</figcaption></figure>
<p>Last paragraph of the article ends here, and that is all.</p>
</article>
<aside>Related articles</aside>
<footer>Copyright 2017</footer>
</body></html>
"""


def test_html_file(tmp_path: Path) -> None:
    loaded = read_article_file(_write(tmp_path, "page.html", HTML.encode()))
    art = loaded.article
    assert art.raw == HTML
    assert art.text.split("\n\n") == [
        "The participating states have used the CSTO as an instrument for obtaining material "
        "benefits from Russia. Albeit the members talk about the common good.",
        "Lukashenka and the CSTO",
        "At the recent summit in Yerevan, Lukashenka criticised the CSTO — for its passivity, "
        "and demanded more ambitious plans.",
        "Last paragraph of the article ends here, and that is all.",
    ]
    assert art.title == "Minsk & the CSTO"
    assert art.authors == ("Jane Doe",)
    assert str(art.published) == "2017-06-19"
    assert art.publisher == "Example News"
    for t, r, n in art.offset_map:
        assert art.text[t : t + n] == art.raw[r : r + n]
    heads = [art.text[a:b] for a, b in loaded.cleaning.headings]
    assert heads == ["Lukashenka and the CSTO"]
    for junk in ("Loading", "Home", "Related", "Copyright", "Photo:", "color"):
        assert junk not in art.text


def test_docx_file(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Docx headline"
    document.core_properties.author = "Jane Doe"
    document.add_heading("Docx headline", level=1)
    document.add_paragraph(EN_TEXT.split("\n\n")[1].strip())
    document.add_paragraph("Photo: Reuters")
    document.add_paragraph("A second paragraph follows here, and it is long enough.")
    path = tmp_path / "memo.docx"
    document.save(str(path))
    art = load_article(path)
    assert art.title == "Docx headline"
    assert art.authors == ("Jane Doe",)
    assert art.text.startswith("The chairmanship of the organisation")
    assert "Photo" not in art.text and art.text.endswith("long enough.")


def test_broken_docx(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match=r"not a readable \.docx"):
        load_article(_write(tmp_path, "bad.docx", b"PK\x03\x04 broken zip"))
