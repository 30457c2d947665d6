"""claimtrack.export(): picking the format, checking options, atomic writes, sparing inputs."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import pytest

import claimtrack
from claimtrack import Article, Casebook
from claimtrack.errors import ExportError, FormatError
from claimtrack.host import PluginHost


@attrs.frozen
class ChunkOptions:
    chunks: int = 3
    fail_after: int | None = None
    label: str = "chunk"
    ratio: float = 1.0


class ChunkExporter(claimtrack.Exporter):
    """Writes ``chunks`` lines, optionally raising half way (to test atomic writes)."""

    name = "chunks"
    extensions = (".chunks", ".chk")
    media_type = "text/plain"
    description = "Numbered chunk lines."
    Options = ChunkOptions

    def write(self, casebook: Casebook, stream: BinaryIO, options: Any) -> None:
        for n in range(options.chunks):
            if options.fail_after is not None and n == options.fail_after:
                raise RuntimeError("disk on fire")
            stream.write(f"{options.label} {n} {options.ratio}\n".encode())


class Plugin:
    @claimtrack.hookimpl
    def register_exporters(self) -> list[claimtrack.Exporter]:
        return [ChunkExporter()]


@pytest.fixture
def host() -> PluginHost:
    host = PluginHost(entry_points=[], strict=True, builtin_plugins=False)
    host.register(Plugin(), name="chunks")
    return host


BOOK = Casebook(title="T")


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_format_from_suffix_or_argument(host: PluginHost, tmp_path: Path) -> None:
    assert host.export(BOOK, tmp_path / "a.CHK").read_bytes().startswith(b"chunk 0")
    written = host.export(BOOK, tmp_path / "no-suffix", format="chunks", chunks=1)
    assert written.read_bytes() == b"chunk 0 1.0\n"
    # A format may be given as a suffix too.
    assert host.export(BOOK, tmp_path / "b.out", format=".chk").exists()


def test_unknown_format_lists_the_available_ones_with_a_suggestion(host: PluginHost) -> None:
    with pytest.raises(FormatError, match=r"unknown format 'chunk' \(did you mean 'chunks'\?\)"):
        host.export_bytes(BOOK, "chunk")
    with pytest.raises(FormatError, match=r"'report\.chunk'.*did you mean '\.chunks'.*chunks \("):
        host.export(BOOK, "report.chunk")
    with pytest.raises(FormatError, match="has no suffix"):
        host.export(BOOK, "report")


def test_options_are_checked_and_strings_converted(host: PluginHost) -> None:
    out = host.export_bytes(BOOK, "chunks", chunks="2", ratio="0.5", label="x", fail_after="none")
    assert out == b"x 0 0.5\nx 1 0.5\n"
    with pytest.raises(FormatError, match=r"no option 'chunk'; did you mean 'chunks'\?"):
        host.export_bytes(BOOK, "chunks", chunk=2)
    with pytest.raises(FormatError, match="'many' is not a whole number"):
        host.export_bytes(BOOK, "chunks", chunks="many")
    # Dashes as typed on a command line are accepted.
    assert host.export_bytes(BOOK, "chunks", **{"fail-after": "5", "chunks": 1}) == b"chunk 0 1.0\n"


def test_failing_exporter_leaves_no_file(host: PluginHost, tmp_path: Path) -> None:
    target = tmp_path / "out.chunks"
    with pytest.raises(ExportError, match=r"disk on fire.*nothing was written") as info:
        host.export(BOOK, target, fail_after=1)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert _listing(tmp_path) == []


def test_failing_exporter_keeps_the_old_file(host: PluginHost, tmp_path: Path) -> None:
    target = tmp_path / "out.chunks"
    target.write_bytes(b"precious")
    target.chmod(0o640)
    with pytest.raises(ExportError):
        host.export(BOOK, target, fail_after=2)
    assert target.read_bytes() == b"precious"
    assert _listing(tmp_path) == ["out.chunks"]
    # A successful export replaces it and keeps its permissions.
    host.export(BOOK, target)
    assert target.read_bytes().startswith(b"chunk 0")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_files_get_normal_permissions(host: PluginHost, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = host.export(BOOK, tmp_path / "sub" / "dir" / "new.chunks")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not tempfile's 0600


def test_refuses_to_overwrite_the_loaded_casebook(tmp_path: Path) -> None:
    source = tmp_path / "case.json"
    claimtrack.export(BOOK, source)
    book = claimtrack.load(source)
    with pytest.raises(
        ExportError, match=r"refusing to overwrite .*case.json: it was read as input"
    ):
        claimtrack.export(book, source)
    link = tmp_path / "alias.json"
    link.symlink_to(source)
    with pytest.raises(ExportError, match="refusing"):
        claimtrack.export(book, link)
    assert claimtrack.load(source) == book


def test_refuses_to_overwrite_an_article_file(host: PluginHost, tmp_path: Path) -> None:
    article_file = tmp_path / "article.chunks"
    article_file.write_text("the original article", encoding="utf-8")
    book = Casebook([Article(id="a", text="the original article", path=str(article_file))])
    with pytest.raises(ExportError, match="article 'a' was read from"):
        host.export(book, article_file)
    assert article_file.read_text(encoding="utf-8") == "the original article"


def test_a_directory_target_is_an_error(host: PluginHost, tmp_path: Path) -> None:
    (tmp_path / "d.chunks").mkdir()
    with pytest.raises(ExportError, match="is a directory"):
        host.export(BOOK, tmp_path / "d.chunks")
