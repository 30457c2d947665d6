"""Export targets: a regular file or a new path; devices, FIFOs, sockets, directories, system
paths (also behind symlinks) and the casebook's own inputs are refused with ExportTargetError,
and nothing is written or replaced. Tests never write under /dev: a link to /proc/self/fd/N of
a regular file stands for /dev/stdout redirected to a file."""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_cases import digest, no_hang

import claimtrack
from claimtrack import Article, Casebook
from claimtrack.cli.main import build_cli
from claimtrack.errors import ExportError, ExportTargetError
from claimtrack.host.registry import PluginHost
from claimtrack.serialization.reader import load


def _book(article_path: str | None = None) -> Casebook:
    book = Casebook(
        [Article(id="a", text="The minister said the alliance is “one whole”.", path=article_path)]
    )
    book.add_claim("The alliance is united.", id="united")
    book.add_evidence("united", article="a", quote="the alliance is “one whole”", stance="supports")
    return book


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "out.json")
    return tmp / "out.json"


def _socket(tmp: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp / "out.json"))
    server.close()
    return tmp / "out.json"


def _dir(tmp: Path) -> Path:
    (tmp / "out.json").mkdir()
    return tmp / "out.json"


def _link_to(target: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / "out.json").symlink_to(target)
        return tmp / "out.json"

    return make


def _link_to_dir(tmp: Path) -> Path:
    (tmp / "folder").mkdir()
    (tmp / "out.json").symlink_to(tmp / "folder")
    return tmp / "out.json"


def _proc_fd_of_a_regular_file(tmp: Path) -> Path:
    # Like /dev/stdout while stdout is redirected to a file.
    handle = open(tmp / "redirected.txt", "w")  # noqa: SIM115 - kept open for the test
    _OPEN.append(handle)
    (tmp / "out.json").symlink_to(f"/proc/self/fd/{handle.fileno()}")
    return tmp / "out.json"


_OPEN: list[object] = []


@pytest.fixture(autouse=True)
def _close_handles():  # type: ignore[no-untyped-def]
    yield
    while _OPEN:
        _OPEN.pop().close()  # type: ignore[attr-defined]


TARGETS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, "FIFO"),
    "socket": (_socket, "socket"),
    "directory": (_dir, "directory"),
    "link-to-dev-null": (_link_to("/dev/null"), "system path"),
    "link-to-dev-zero": (_link_to("/dev/zero"), "system path"),
    "link-to-dev-stdout": (_link_to("/dev/stdout"), "system path"),
    "link-to-proc-fd": (_proc_fd_of_a_regular_file, "system path"),
    "link-to-directory": (_link_to_dir, "directory (through a symlink)"),
    "dev-null": (lambda tmp: Path("/dev/null"), "system path"),
    "dev-stdout": (lambda tmp: Path("/dev/stdout"), "system path"),
    "dev-fd-1": (lambda tmp: Path("/dev/fd/1"), "system path"),
    "proc-self-fd-1": (lambda tmp: Path("/proc/self/fd/1"), "system path"),
    "sys-path": (lambda tmp: Path("/sys/kernel/claimtrack.json"), "system path"),
}
FORMATS = ("json", "xlsx", "docx")


def _state(path: Path) -> tuple[object, ...]:
    info = os.lstat(path)
    return (info.st_mode, info.st_ino, info.st_size, info.st_mtime_ns)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("target", list(TARGETS))
def test_export_refuses_target(tmp_path: Path, target: str, fmt: str) -> None:
    make, expected = TARGETS[target]
    path = make(tmp_path)
    before = _state(path) if os.path.lexists(path) else None
    with no_hang(30), pytest.raises(ExportTargetError) as info:
        claimtrack.export(_book(), path, fmt)
    assert str(path) in str(info.value) and expected in str(info.value)
    if before is not None:
        assert _state(path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("target", ["fifo", "directory", "link-to-dev-stdout", "dev-stdout"])
def test_cli_export_refuses_target(tmp_path: Path, target: str) -> None:
    source = tmp_path / "case.json"
    claimtrack.export(_book(), source)
    path = TARGETS[target][0](tmp_path)
    with no_hang(30):
        result = CliRunner().invoke(
            build_cli(PluginHost(entry_points=[])),
            ["export", str(source), "-o", str(path), "-f", "json"],
        )
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "error: cannot write" in result.stderr and str(path) in result.stderr


def test_cli_stdout_dash_still_works(tmp_path: Path) -> None:
    source = tmp_path / "case.json"
    claimtrack.export(_book(), source)
    result = CliRunner().invoke(
        build_cli(PluginHost(entry_points=[])), ["export", str(source), "-o", "-", "-f", "json"]
    )
    assert result.exit_code == 0 and result.stdout_bytes == source.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_inputs_are_refused(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The minister said the alliance is “one whole”.", encoding="utf-8")
    casebook = tmp_path / "case.json"
    claimtrack.export(_book(str(article)), casebook)
    loaded = load(casebook)
    link = tmp_path / "link.json"
    link.symlink_to(casebook)
    hashes = {p: digest(p) for p in (article, casebook)}
    for target in (article, casebook, link):
        with pytest.raises(ExportTargetError, match="refusing to overwrite"):
            claimtrack.export(loaded, target, fmt)
    assert {p: digest(p) for p in hashes} == hashes


@pytest.mark.parametrize("fmt", FORMATS)
def test_regular_and_new_targets_work(tmp_path: Path, fmt: str) -> None:
    new = tmp_path / "sub" / f"new.{fmt}"
    assert claimtrack.export(_book(), new, fmt) == new and new.stat().st_size > 0
    existing = tmp_path / f"old.{fmt}"
    existing.write_bytes(b"old")
    claimtrack.export(_book(), existing, fmt)
    assert existing.read_bytes() != b"old"


def test_a_link_to_a_regular_file_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("keep me", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(elsewhere)
    claimtrack.export(_book(), link)
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink() and load(link).claims


def test_export_target_error_is_an_export_error() -> None:
    assert issubclass(ExportTargetError, ExportError)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "no space left on device"),
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only"),
        (errno.EDQUOT, "quota"),
    ],
)
def test_disk_errors_while_writing_are_one_clear_line(
    tmp_path: Path, code: int, words: str
) -> None:
    class Failing(claimtrack.Exporter):
        name = "failing"
        extensions = (".failing",)
        description = "fails like a full disk"

        def write(self, casebook: Casebook, stream: object, options: object) -> None:
            stream.write(b"half")  # type: ignore[attr-defined]
            raise OSError(code, os.strerror(code))

    target = tmp_path / "out.failing"
    target.write_bytes(b"previous")
    host = PluginHost(entry_points=[])
    host.register(_ExporterPlugin(Failing()), name="failing")
    with pytest.raises(ExportError) as info:
        host.export(_book(), target)
    message = str(info.value)
    assert words in message and str(target) in message and "\n" not in message
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.failing"]


class _ExporterPlugin:
    def __init__(self, exporter: claimtrack.Exporter) -> None:
        self.exporter = exporter

    @claimtrack.hookimpl
    def register_exporters(self) -> list[claimtrack.Exporter]:
        return [self.exporter]
