"""Hostile .docx (zip) articles: bombs refused before python-docx inflates them (declared sizes,
ratio, member count, and sizes that lie), broken packages named, XML tricks not expanded."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_cases import (
    SENTENCE,
    bomb_document,
    digest,
    docx_bytes,
    lie_about_sizes,
    no_hang,
    rezip,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import load_article
from claimtrack.cli.main import build_cli
from claimtrack.errors import ArticleLimitError, ArticleLoadError, ClaimtrackError
from claimtrack.host.registry import PluginHost
from claimtrack.reading.limits import Limits, check_zip

GOOD = docx_bytes(SENTENCE, SENTENCE)
DOCUMENT = "word/document.xml"
_BODY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
)


def _body(inner: bytes, prolog: bytes = b"") -> bytes:
    return _BODY.replace(b"?>", b"?>" + prolog, 1) + b"<w:body>" + inner + b"</w:body></w:document>"


def _para(text: bytes) -> bytes:
    return b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"


def _without(data: bytes, member: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


def _many_members(count: int) -> bytes:
    return rezip(GOOD, {f"customXml/item{i}.xml": b"" for i in range(count)})


def _encrypted_flag(data: bytes) -> bytes:
    blob = bytearray(data)
    position = blob.find(b"PK\x01\x02")
    blob[position + 8] |= 1  # "encrypted" in the central directory's flag bits
    return bytes(blob)


_LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
)
_XXE = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'

# name -> (bytes of a .docx, what must happen: "read", "limit" or "refused")
# 8 MB of text in ~50 KB: past the default ratio (100), under the default total (200 MB).
RATIO_BOMB = rezip(GOOD, {DOCUMENT: bomb_document(8)})

DOCX_CASES: dict[str, tuple[bytes, str]] = {
    "good": (GOOD, "read"),
    "ratio-bomb-8mb": (RATIO_BOMB, "limit"),
    "lying-bomb": (lie_about_sizes(rezip(GOOD, {DOCUMENT: bomb_document(2)})), "refused"),
    "many-members": (_many_members(10_050), "limit"),
    "truncated": (GOOD[: len(GOOD) // 2], "refused"),
    "garbage-appended": (GOOD + b"\x00garbage" * 100, "read-or-refused"),
    "empty-zip": (rezip(docx_bytes(), {})[:0] + b"PK\x05\x06" + b"\x00" * 18, "refused"),
    "no-document": (_without(GOOD, DOCUMENT), "refused"),
    "no-content-types": (_without(GOOD, "[Content_Types].xml"), "refused"),
    "document-not-xml": (rezip(GOOD, {DOCUMENT: b"this is not xml <<<"}), "refused"),
    "document-empty-body": (rezip(GOOD, {DOCUMENT: _body(b"")}), "refused"),
    "deeply-nested-xml": (
        rezip(GOOD, {DOCUMENT: _body(b"<w:p>" * 20_000 + b"</w:p>" * 20_000)}),
        "read-or-refused",
    ),
    "billion-laughs": (
        rezip(GOOD, {DOCUMENT: _body(_para(b"&f;") + _para(SENTENCE.encode()), _LAUGHS)}),
        "read-or-refused",
    ),
    "xxe": (
        rezip(GOOD, {DOCUMENT: _body(_para(b"&x;") + _para(SENTENCE.encode()), _XXE)}),
        "read-or-refused",
    ),
    "encrypted-flag": (_encrypted_flag(GOOD), "refused"),
    "bzip2-members": (rezip(GOOD, {}, method=zipfile.ZIP_BZIP2), "read"),
    "lzma-members": (rezip(GOOD, {}, method=zipfile.ZIP_LZMA), "read"),
    "stored-members": (rezip(GOOD, {}, method=zipfile.ZIP_STORED), "read"),
    "path-traversal-names": (rezip(GOOD, {"../../evil.txt": b"x", "/abs.txt": b"y"}), "read"),
    "nested-zip": (rezip(GOOD, {"word/embeddings/inner.zip": GOOD}), "read"),
    "c1-control-in-text": (
        rezip(GOOD, {DOCUMENT: _body(_para(b"He said &#x9b;31m we stay. " + SENTENCE.encode()))}),
        "read",
    ),
    "not-a-zip": (b"just text pretending to be docx", "refused"),
}


@pytest.mark.parametrize("name", list(DOCX_CASES))
def test_load_docx(tmp_path: Path, name: str) -> None:
    data, expected = DOCX_CASES[name]
    path = tmp_path / f"{name}.docx"
    path.write_bytes(data)
    before = digest(path)
    with no_hang(60):
        try:
            article = load_article(path)
        except ClaimtrackError as exc:
            assert isinstance(exc, ArticleLoadError) and str(path) in str(exc), repr(exc)
            assert expected in ("refused", "limit", "read-or-refused"), str(exc)
            assert (expected == "limit") == isinstance(exc, ArticleLimitError), str(exc)
        else:
            assert expected in ("read", "read-or-refused"), name
            assert article.text.strip()
            assert "root:" not in article.text  # no external entity was read
            assert len(article.text) < 100_000  # no entity was expanded a billion times
    assert digest(path) == before


@pytest.mark.parametrize("name", list(DOCX_CASES))
def test_ingest_docx(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.docx"
    path.write_bytes(DOCX_CASES[name][0])
    with no_hang(60):
        result = CliRunner().invoke(build_cli(PluginHost(entry_points=[])), ["ingest", str(path)])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert (result.exit_code == 1) == (str(path) in result.stderr)


def test_ratio_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(RATIO_BOMB)
    with pytest.raises(ArticleLimitError) as info:
        load_article(path)
    assert info.value.limit == "zip_ratio" and "zip_ratio=" in str(info.value)
    article = load_article(path, limits=Limits(zip_ratio=10_000))
    assert len(article.text) > 8_000_000


def test_total_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(rezip(GOOD, {DOCUMENT: bomb_document(2)}))
    with pytest.raises(ArticleLimitError) as info:
        load_article(path, limits=Limits(zip_bytes=1 << 20, zip_ratio=10_000))
    assert info.value.limit == "zip_bytes"


def test_sizes_that_lie_are_caught_while_inflating() -> None:
    data = lie_about_sizes(rezip(GOOD, {DOCUMENT: bomb_document(2)}), claimed=1)
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert sum(i.file_size for i in archive.infolist()) < 100  # the declared sizes pass
    with pytest.raises(ArticleLoadError, match=r"lie\.docx"):
        check_zip(data, "lie.docx")


def test_check_zip_for_other_zip_formats() -> None:
    with pytest.raises(ArticleLimitError, match=r"book\.epub"):
        check_zip(rezip(GOOD, {"x": b"a" * 5_000_000}), "book.epub", Limits(zip_ratio=10))
    check_zip(GOOD, "fine.epub")  # no error


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), max_size=8))
def test_corrupted_docx(
    tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    blob = bytearray(GOOD)
    for position, value in flips:
        blob[position] = value
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.docx"
    path.write_bytes(bytes(blob))
    try:
        article = load_article(path)
    except ArticleLoadError as exc:
        assert str(path) in str(exc)
    else:
        assert article.text.strip()


# VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec.
_MEASURE = """
import sys, time
import claimtrack
from claimtrack.errors import ArticleLimitError
start = time.perf_counter()
try:
    claimtrack.load_article(sys.argv[1])
except ArticleLimitError as exc:
    print("refused", exc.limit)
peak = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(peak, time.perf_counter() - start)
"""


@pytest.mark.slow
def test_a_300_mb_bomb_is_refused_at_default_limits_without_inflating(tmp_path: Path) -> None:
    # 300 KB on disk, 300 MB once inflated: refused from the zip's directory, never inflated.
    path = tmp_path / "bomb.docx"
    path.write_bytes(rezip(GOOD, {DOCUMENT: bomb_document(300)}))
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused zip_bytes")
    max_rss_kb = int(result.stdout.split()[2])
    assert max_rss_kb < 300_000  # unguarded, a 1 MB bomb peaked at 4 GB
