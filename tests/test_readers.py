"""Article readers: the contract, the built-ins, the ``register_readers`` hook, the checks."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.errors import ArticleLoadError, PluginError
from claimtrack.host.articles import load_article, read_article_file
from claimtrack.host.default import use_host
from claimtrack.host.listing import PluginWarning
from claimtrack.host.registry import PluginHost
from claimtrack.reading.cleaning import clean
from claimtrack.reading.corpus import read_article
from claimtrack.reading.readers import (
    BUILTIN_READERS,
    HtmlReader,
    Reader,
    ReadResult,
    TextReader,
    reader_problem,
)

ROOT = Path(__file__).resolve().parent.parent
BODY = (
    "The chairmanship of the organisation passed to Astana on Monday. "
    "Officials said little about it, and the summit ended early."
)


class NoteReader(Reader):
    """A toy reader for ``.note`` files: upper-case text, read as it is."""

    name = "note"
    suffixes = (".note",)
    description = "toy notes"

    def read(self, data: bytes, name: str) -> ReadResult:
        return ReadResult.cleaned(data.decode("ascii").upper(), encoding="ascii", url="u:note")


class NotePlugin:
    @claimtrack.hookimpl
    def register_readers(self) -> list[Reader]:
        return [NoteReader()]


# ------------------------------------------------------------------ the contract


def test_builtin_readers_meet_the_contract() -> None:
    assert [r.name for r in BUILTIN_READERS] == ["text", "markdown", "html"]
    assert [s for r in BUILTIN_READERS for s in r.suffixes] == [".txt", ".md", ".html", ".htm"]
    for reader in BUILTIN_READERS:
        assert reader_problem(reader) is None


def _reader(**attributes: object) -> Reader:
    return type("Custom", (NoteReader,), attributes)()


@pytest.mark.parametrize(
    ("obj", "problem"),
    [
        (NoteReader, "register an instance: NoteReader()"),
        (object(), "is not a claimtrack Reader"),
        (_reader(name="PDF"), "lower-case name"),
        (_reader(name=""), "lower-case name"),
        (_reader(suffixes=".pdf"), "tuple"),  # a string, not a tuple of strings
        (_reader(suffixes=()), "non-empty"),
        (_reader(suffixes=(".PDF",)), "lower-case suffixes"),
        (_reader(suffixes=("pdf",)), "with the dot"),
        (_reader(suffixes=(".tar.gz",)), "with the dot"),
        (_reader(suffixes=[".pdf"]), "tuple"),
        (_reader(description=None), "description"),
    ],
)
def test_reader_problem_names_what_is_wrong(obj: object, problem: str) -> None:
    found = reader_problem(obj)
    assert found is not None and problem in found


def test_a_reader_without_read_cannot_be_made() -> None:
    class Half(Reader):
        name = "half"
        suffixes = (".half",)
        description = "no read()"

    with pytest.raises(TypeError, match="abstract"):
        Half()  # type: ignore[abstract]


def test_read_result_validates_and_merges_metadata() -> None:
    with pytest.raises(TypeError):
        ReadResult(raw=b"bytes", cleaning=clean("x"), encoding="utf-8")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ReadResult.cleaned("Body.", encoding="x", published="2017")  # type: ignore[arg-type]
    text = "Minsk hands the chair to Astana\n\nNovember 30, 2017\n\n" + BODY
    stated = claimtrack.parse_date("2017-12-01")
    found = ReadResult.cleaned(text, encoding="utf-8", title="Document1", authors="Jane Doe")
    assert found.title == "Minsk hands the chair to Astana"  # the text's own headline wins
    assert found.authors == ("Jane Doe",)  # the text names none: the file's
    assert str(found.published) == "2017-11-30"
    dated = ReadResult.cleaned(text, encoding="utf-8", published=stated)
    assert dated.published == stated  # a machine-written date wins over a date line
    assert found.text == BODY and found.offset_map == found.cleaning.offset_map


# ------------------------------------------------------------------ the host


def test_host_maps_suffixes_to_readers_and_docx_comes_from_its_plugin() -> None:
    bare = PluginHost(entry_points=[], builtin_plugins=False).readers()
    assert list(bare) == []  # readers come only through the hook, built-ins included
    full = PluginHost(entry_points=[]).readers()
    assert list(full)[:4] == [".txt", ".md", ".html", ".htm"]
    assert full[".docx"].name == "docx"
    assert type(full[".docx"]).__module__ == "claimtrack_docx.reader"


def test_hook_register_readers(tmp_path: Path) -> None:
    path = tmp_path / "memo.note"
    path.write_bytes(BODY.encode("ascii"))
    with use_host(PluginHost(entry_points=[])) as host:
        with pytest.raises(ArticleLoadError, match=r"unsupported file type '\.note'"):
            load_article(path)
        claimtrack.register_plugin(NotePlugin(), name="notes")
        assert host.readers()[".note"].name == "note"
        article = load_article(path)
        corpus = claimtrack.load_corpus(tmp_path)
        (info,) = host.plugins(include_builtin=False)
    assert article.text == BODY.upper() and article.url == "u:note"
    assert article.id == "memo" and article.path == str(path)
    assert list(corpus) == ["memo"] and corpus.encoding("memo") == "ascii"
    assert info.hooks == ("register_readers",)


def test_first_reader_for_a_suffix_wins() -> None:
    class Greedy:
        @claimtrack.hookimpl
        def register_readers(self) -> list[object]:
            return [_reader(suffixes=(".txt", ".note"))]

    host = PluginHost(entry_points=[])
    with pytest.warns(PluginWarning, match=r"\.txt"):
        host.register(Greedy(), name="greedy")
    readers = host.readers()
    assert isinstance(readers[".txt"], TextReader)  # the built-in keeps .txt
    assert readers[".note"].name == "note"  # the new suffix is taken


def test_bad_reader_objects_take_their_plugin_out_and_are_reported() -> None:
    class Careless:
        @claimtrack.hookimpl
        def register_readers(self) -> list[object]:
            return [_reader(suffixes=(".note",)), NoteReader, "junk"]

    host = PluginHost(entry_points=[])
    with pytest.warns(PluginWarning) as caught:
        host.register(Careless(), name="careless")
    assert ".note" not in host.readers() and ".txt" in host.readers()
    messages = " ".join(str(w.message) for w in caught)
    assert "register an instance: NoteReader()" in messages
    strict = PluginHost(entry_points=[], strict=True)
    with pytest.raises(PluginError, match="register_readers"):
        strict.register(Careless(), name="careless")


def test_a_reader_that_raises_is_reported_and_the_host_carries_on() -> None:
    class Broken:
        @claimtrack.hookimpl
        def register_readers(self) -> list[Reader]:
            raise RuntimeError("boom")

    host = PluginHost(entry_points=[])
    with pytest.warns(PluginWarning, match="boom"):
        host.register(Broken(), name="broken")
    assert ".txt" in host.readers()


# --------------------------------------------------------------- read_article checks


class _Misbehaving(NoteReader):
    def __init__(self, outcome: object) -> None:
        self.outcome = outcome

    def read(self, data: bytes, name: str) -> ReadResult:
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome  # type: ignore[return-value]


def test_a_failing_reader_becomes_an_article_load_error_naming_file_and_reader() -> None:
    good = ReadResult.cleaned(BODY, encoding="ascii")
    forged = attrs.evolve(good, cleaning=attrs.evolve(good.cleaning, text="X" + BODY[1:]))
    empty = ReadResult.cleaned("Loading...\nRSS\n", encoding="ascii")
    cases = [
        (ValueError("bad table"), "the 'note' reader failed: ValueError: bad table"),
        ("a string", "returned str, not a ReadResult"),
        (forged, "which differ"),
        (empty, "no article body left"),
    ]
    for outcome, problem in cases:
        with pytest.raises(ArticleLoadError) as info:
            read_article(b"x", "in/memo.note", _Misbehaving(outcome), id="memo")
        assert info.value.path == "in/memo.note" and problem in str(info.value)
    loaded = read_article(b"x", "memo.note", _Misbehaving(good), id="m", publisher="P", url="U")
    assert (loaded.article.publisher, loaded.article.url, loaded.encoding) == ("P", "U", "ascii")


# Text as people write it: any script, no control characters (NUL bytes mean binary, not text).
_paragraph = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_paragraph, min_size=1, max_size=6))
def test_text_reader_output_always_maps_back_to_raw(paragraphs: list[str]) -> None:
    data = "\n\n".join(paragraphs).encode("utf-8")
    try:
        result = TextReader().read(data, "any.txt")
    except ArticleLoadError:
        return  # empty or control-character noise: refused, which is fine
    assert result.raw == data.decode("utf-8").removeprefix("\ufeff")
    for text_start, raw_start, length in result.offset_map:
        assert length > 0
        assert (
            result.text[text_start : text_start + length]
            == result.raw[raw_start : raw_start + length]
        )


# -------------------------------------------------------------- HTML determinism

_TWO_AUTHORS = """<html><head>
<meta name="parsely-author" content="First Author">
<meta property="article:author" content="https://example.org/people/second">
<meta name="author" content="Second Author">
<meta name="dc.creator" content="Third Author">
<meta name="sailthru.author" content="Fourth Author">
</head><body><p>{body}</p></body></html>
"""


def test_html_author_is_the_first_author_meta_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_TWO_AUTHORS.format(body=BODY), encoding="utf-8")
    probe = (
        "import json, sys\n"
        "from claimtrack.reading.readers import HtmlReader\n"
        "result = HtmlReader().read(open(sys.argv[1], 'rb').read(), sys.argv[1])\n"
        "print(json.dumps(result.authors))\n"
    )
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5", "6", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", probe, str(path)],
            capture_output=True, text=True, env=env, check=True, timeout=120,
        )  # fmt: skip
        seen.add(tuple(json.loads(out.stdout)))
    # The same authors whatever the hash seed, in document order, the URL-valued tag skipped.
    assert len(seen) == 1
    (authors,) = seen
    assert authors[0] == "First Author"
    assert not any(a.startswith("http") for a in authors)
    reordered = _TWO_AUTHORS.replace('"parsely-author" content="First Author"', '"x" content="y"')
    result = HtmlReader().read(reordered.format(body=BODY).encode(), "p.html")
    assert result.authors[0] == "Second Author"


# ------------------------------------------------------- python-docx out of the core


def test_no_module_of_the_core_imports_python_docx() -> None:
    offenders = []
    for path in (ROOT / "claimtrack").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "docx" or n.startswith("docx.") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_docx_article_is_read_by_the_plugin_without_the_core_importing_docx(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("A headline of the memo")
    document.add_paragraph(BODY)
    path = tmp_path / "memo.docx"
    document.save(str(path))
    loaded = read_article_file(path)
    assert loaded.article.text == BODY and loaded.encoding == "docx"
    probe = (
        "import sys, claimtrack\n"
        "readers = claimtrack.host.get_host().readers()\n"
        "assert '.docx' in readers\n"
        "print('docx' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_listing_readers_with_warnings_as_errors_is_quiet() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert {".txt", ".docx"} <= set(PluginHost().readers())


_words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters=" "),
    min_size=1,
    max_size=60,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_words, min_size=1, max_size=5), st.sampled_from(["p", "div", "h2", "li"]))
def test_html_reader_output_always_maps_back_to_the_html(paragraphs: list[str], tag: str) -> None:
    from html import escape

    body = "".join(f"<{tag}>{escape(p)}</{tag}>\n" for p in paragraphs)
    data = f"<html><head><title>T</title></head><body>{body}</body></html>".encode()
    try:
        loaded = read_article(data, "page.html", HtmlReader(), id="page")
    except ArticleLoadError as error:
        assert "no article body" in error.problem or "empty" in error.problem
        return
    article = loaded.article
    assert article.raw == data.decode()
    for text_start, raw_start, length in article.offset_map:
        assert (
            article.text[text_start : text_start + length]
            == article.raw[raw_start : raw_start + length]
        )


def test_article_files_refuses_a_file(tmp_path: Path) -> None:
    from claimtrack.host.articles import article_files

    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    assert article_files(tmp_path) == [path]
    with pytest.raises(ArticleLoadError, match="not a directory"):
        article_files(path)
