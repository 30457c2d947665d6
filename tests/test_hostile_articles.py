"""Hostile article files: every payload × suffix × entry point ends in an Article or a named
ArticleLoadError, never another exception, a hang, or a changed input; special files (FIFOs,
sockets, devices behind symlinks) are refused by kind without being read; the limits hold and
can be raised."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_cases import ARTICLE_PAYLOADS, ARTICLE_SUFFIXES, SENTENCE, digest, no_hang
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import load_article, load_corpus
from claimtrack.cli.main import build_cli
from claimtrack.errors import ArticleLimitError, ArticleLoadError, ClaimtrackError, LimitExceeded
from claimtrack.host.registry import PluginHost
from claimtrack.model import Article
from claimtrack.reading.decoding import decode_bytes
from claimtrack.reading.limits import ENV_VAR, Limits, current_limits, limits_from_env, using_limits
from claimtrack.reading.readers import BUILTIN_READERS

CASES = [(name, suffix) for name in ARTICLE_PAYLOADS for suffix in ARTICLE_SUFFIXES]
IDS = [f"{name}{suffix}" for name, suffix in CASES]


@pytest.fixture(scope="module")
def cli():  # type: ignore[no-untyped-def]
    return build_cli(PluginHost(entry_points=[]))


def _write(tmp_path: Path, name: str, suffix: str) -> Path:
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(ARTICLE_PAYLOADS[name])
    return path


def _check_outcome(path: Path, outcome: object) -> None:
    if isinstance(outcome, Article):
        assert outcome.text.strip() and outcome.path == str(path)
        assert outcome.id == path.stem
    else:
        assert isinstance(outcome, ArticleLoadError), repr(outcome)
        assert str(path) in str(outcome) and outcome.hint, str(outcome)


@pytest.mark.parametrize(("name", "suffix"), CASES, ids=IDS)
def test_load_article(tmp_path: Path, name: str, suffix: str) -> None:
    path = _write(tmp_path, name, suffix)
    before = digest(path)
    with no_hang():
        try:
            outcome: object = load_article(path)
        except ClaimtrackError as exc:
            outcome = exc
    _check_outcome(path, outcome)
    assert digest(path) == before


@pytest.mark.parametrize(("name", "suffix"), CASES, ids=IDS)
def test_load_corpus_skips_or_reads(tmp_path: Path, name: str, suffix: str) -> None:
    path = _write(tmp_path, name, suffix)
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    before = digest(path)
    with no_hang():
        corpus = load_corpus(tmp_path, on_error="skip")
    assert "good" in corpus  # one bad file never stops the others
    skipped = {where: why for where, why in corpus.skipped}
    assert (path.stem in corpus) != (str(path) in skipped)
    if str(path) in skipped:
        assert str(path) in skipped[str(path)]
    assert digest(path) == before


@pytest.mark.parametrize("name", list(ARTICLE_PAYLOADS))
def test_cli_ingest(tmp_path: Path, cli, name: str) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, name, ".txt")
    before = digest(path)
    with no_hang():
        result = CliRunner().invoke(cli, ["ingest", "--json", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    if result.exit_code:
        assert report == [] and str(path) in result.stderr
    assert "\x1b" not in result.output and "\u009b" not in result.output
    assert digest(path) == before


# ------------------------------------------------------------------------ special files


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "sock.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.close()
    return path


def _link(target: str):  # type: ignore[no-untyped-def]
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "link.txt"
        path.symlink_to(target)
        return path

    return make


def _directory(tmp_path: Path) -> Path:
    path = tmp_path / "folder.txt"
    path.mkdir()
    return path


def _loop(tmp_path: Path) -> Path:
    path = tmp_path / "loop.txt"
    path.symlink_to(path)
    return path


SPECIAL = {
    "fifo": (_fifo, "FIFO"),
    "socket": (_socket, "socket"),
    "dev-zero": (_link("/dev/zero"), "character device"),
    "dev-null": (_link("/dev/null"), "character device"),
    "dev-urandom": (_link("/dev/urandom"), "character device"),
    "directory": (_directory, "directory"),
    "dangling-link": (_link("/nonexistent/claimtrack/none.txt"), "no such file"),
    "link-loop": (_loop, ""),
}


def _load_one_file_corpus(path: Path) -> object:
    return load_corpus(path)


ENTRY_POINTS = {"load_article": load_article, "load_corpus": _load_one_file_corpus}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("kind", list(SPECIAL))
def test_special_files_refused_by_kind(tmp_path: Path, kind: str, entry: str) -> None:
    make, expected = SPECIAL[kind]
    path = make(tmp_path)
    with no_hang(20), pytest.raises(ArticleLoadError) as info:
        ENTRY_POINTS[entry](path)
    if kind == "directory" and entry == "load_corpus":
        expected = "no article files"  # a directory is a corpus: an empty one
    assert str(path) in str(info.value) and expected in str(info.value)


@pytest.mark.parametrize("kind", ["fifo", "socket", "dev-zero", "dev-urandom"])
def test_special_files_through_the_cli(tmp_path: Path, cli, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = SPECIAL[kind][0](tmp_path)
    with no_hang(20):
        result = CliRunner().invoke(cli, ["ingest", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(path) in result.stderr and "not a regular file" in result.stderr


def test_a_fifo_with_a_writer_is_still_refused(tmp_path: Path) -> None:
    path = _fifo(tmp_path)
    # A writer holding the FIFO open: a blocking read would wait for it forever.
    writer = os.open(path, os.O_RDWR | os.O_NONBLOCK)
    try:
        with no_hang(20), pytest.raises(ArticleLoadError, match="FIFO"):
            load_article(path)
    finally:
        os.close(writer)


def test_a_directory_of_special_files_skips_them(tmp_path: Path) -> None:
    for kind in ("fifo", "dev-zero", "socket"):
        SPECIAL[kind][0](tmp_path)
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    with no_hang(20):
        corpus = load_corpus(tmp_path, on_error="skip")
    assert list(corpus) == ["good"]


# ------------------------------------------------------------------------------ limits


def test_article_size_limit_names_the_file_and_how_to_raise_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join([SENTENCE] * 100), encoding="utf-8")
    with pytest.raises(ArticleLimitError) as info:
        load_article(path, limits=Limits(article_bytes=1000))
    error = info.value
    assert isinstance(error, LimitExceeded) and error.limit == "article_bytes"
    assert str(path) in str(error) and "Limits(article_bytes=" in str(error)
    assert load_article(path, limits=Limits(article_bytes=100_000)).text


def test_article_size_limit_from_the_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join([SENTENCE] * 100), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, "article_bytes=1KB")
    with pytest.raises(ArticleLimitError, match="1,024"):
        load_article(path)
    corpus = load_corpus(tmp_path, on_error="skip")
    assert not len(corpus) and "too large" in corpus.skipped[0][1]
    monkeypatch.setenv(ENV_VAR, "article_bytes=1MB")
    assert load_article(path).text


def test_a_file_that_lies_about_its_size_is_read_with_a_cap(tmp_path: Path) -> None:
    # /proc files report size 0; the read still stops at the limit.
    path = tmp_path / "status.txt"
    path.symlink_to("/proc/self/status")
    with pytest.raises(ArticleLimitError):
        load_article(path, limits=Limits(article_bytes=64))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("", Limits()),
        ("article_bytes=10", Limits(article_bytes=10)),
        ("article_bytes=2KB", Limits(article_bytes=2048)),
        ("zip_bytes=3mb, zip_ratio=7", Limits(zip_bytes=3 << 20, zip_ratio=7)),
        ("json_depth=200,", Limits(json_depth=200)),
        (" json_int_digits = 5 ", Limits(json_int_digits=5)),
        ("json_bytes=1G", Limits(json_bytes=1 << 30)),
    ],
)
def test_limits_from_env(spec: str, expected: Limits) -> None:
    assert limits_from_env({ENV_VAR: spec}) == expected


@pytest.mark.parametrize(
    "spec",
    [
        "article_bytes",
        "article_bytes=",
        "nope=3",
        "article_bytes=-1",
        "article_bytes=0",
        "article_bytes=1.5",
        "article_bytes=3TB",
        "json_depth=ten",
        "=5",
    ],
)
def test_bad_limits_in_env_are_errors_naming_the_variable(spec: str) -> None:
    with pytest.raises(ClaimtrackError, match=ENV_VAR):
        limits_from_env({ENV_VAR: spec})


@pytest.mark.parametrize("value", [0, -1, 1.5, "10", None, True])
def test_limits_are_positive_whole_numbers(value: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        Limits(article_bytes=value)  # type: ignore[arg-type]


def test_using_limits_nests_and_restores() -> None:
    outer = current_limits()
    with using_limits(Limits(json_depth=7)):
        assert current_limits().json_depth == 7
        with using_limits(Limits(json_depth=9)):
            assert current_limits().json_depth == 9
        assert current_limits().json_depth == 7
    assert current_limits() == outer
    with pytest.raises(TypeError), using_limits({"json_depth": 3}):  # type: ignore[arg-type]
        pass


# -------------------------------------------------------------------- fuzzing the readers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000))
def test_decode_random_bytes(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "fuzz.txt")
    except ArticleLoadError as exc:
        assert "fuzz.txt" in str(exc)
    else:
        assert decoded.text.strip()


_TEXTISH = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=600)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        _TEXTISH,
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div>",
                    "<br>",
                    "“",
                    "”",
                    '"',
                    "\n",
                    "\x1b",
                    "said",
                    "Minister",
                    "&amp;",
                    "<script>",
                    "---\n",
                    "x",
                ]
            ),
            max_size=80,
        ).map("".join),
    ),
    suffix=st.sampled_from([reader.suffixes[0] for reader in BUILTIN_READERS]),
)
def test_builtin_readers_on_random_text(text: str, suffix: str) -> None:
    readers = {s: r for r in BUILTIN_READERS for s in r.suffixes}
    data = text.encode("utf-8")
    try:
        result = readers[suffix].read(data, f"fuzz{suffix}")
    except ArticleLoadError as exc:
        assert f"fuzz{suffix}" in str(exc)
        return
    for text_start, raw_start, length in result.offset_map:
        assert (
            result.text[text_start : text_start + length]
            == result.raw[raw_start : raw_start + length]
        )
