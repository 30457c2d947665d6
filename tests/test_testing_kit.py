"""The conformance kit (claimtrack.host.testing): its sample casebooks, that it passes the built-in
exporters, and that it catches each way a deliberately bad exporter breaks the contract."""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
import tempfile
import time
import warnings
from typing import Any, BinaryIO

import attrs
import pytest

import claimtrack
from claimtrack.host.testing import (
    HOSTILE_STRINGS,
    HUGE_QUOTE_CHARS,
    ConformanceError,
    check_exporter,
    conformance_problems,
    empty_casebook,
    hostile_casebook,
    huge_quote_casebook,
    run_exporter,
    sample_casebooks,
)

# ---------------------------------------------------------------- sample casebooks


def _all_text(book: claimtrack.Casebook) -> str:
    parts = [book.title, book.bottom_line, book.author]
    for article in book.articles.values():
        parts += [article.text, article.title or "", article.publisher or "", *article.authors]
    parts += [c.statement + c.notes + "".join(c.tags) for c in book.claims.values()]
    parts += [(e.speaker or "") + e.notes + e.quote for e in book.evidence.values()]
    parts += [x.rationale + x.resolution + "".join(x.reasons) for x in book.contradictions.values()]
    return "\n".join(parts)


def test_hostile_casebook_is_valid_and_carries_every_hostile_string() -> None:
    book = hostile_casebook()
    assert book.problems() == []
    text = _all_text(book)
    missing = [name for name, value in HOSTILE_STRINGS.items() if value not in text]
    assert missing == []
    quotes = {e.quote for e in book.evidence.values()}
    assert HOSTILE_STRINGS["formula"] in quotes and HOSTILE_STRINGS["xml_forbidden"] in quotes
    assert {e.stance for e in book.evidence.values()} == set(claimtrack.Stance)
    assert {int(e.credibility) for e in book.evidence.values()} == set(range(1, 7))
    assert {x.status for x in book.contradictions.values()} == set(
        claimtrack.model.ContradictionStatus
    )
    assert {x.level for x in book.contradictions.values()} == set(
        claimtrack.model.ContradictionLevel
    )
    # quotes at the very start and the very end of an article (empty prefix / suffix)
    assert any(e.segments[0].prefix == "" for e in book.evidence.values())
    assert any(e.segments[-1].suffix == "" for e in book.evidence.values())


def test_hostile_casebook_is_built_fresh_and_identical_each_time() -> None:
    first, second = hostile_casebook(), hostile_casebook()
    assert first == second and first is not second
    first.title = "changed"
    assert hostile_casebook().title != "changed"


def test_huge_and_empty_casebooks() -> None:
    (evidence,) = huge_quote_casebook().evidence.values()
    assert len(evidence.quote) == HUGE_QUOTE_CHARS > 32_767  # more than an Excel cell holds
    assert "\n" in evidence.quote
    empty = empty_casebook()
    assert not (empty.articles or empty.claims or empty.evidence or empty.contradictions)
    assert set(sample_casebooks()) == {"hostile", "huge_quote", "empty"}


# ----------------------------------------------------------- exporters under test


class GoodExporter(claimtrack.Exporter):
    """A minimal exporter that keeps the contract."""

    name = "good"
    extensions = (".txt",)
    media_type = "text/plain"
    description = "Claim statements, one a line."
    deterministic = True

    @attrs.frozen
    class Options:
        upper: bool = False

    def write(self, casebook: claimtrack.Casebook, stream: BinaryIO, options: Any) -> None:
        lines = [c.statement for c in casebook.claims.values()] or ["(no claims)"]
        text = "\n".join(lines)
        stream.write((text.upper() if options.upper else text).encode("utf-8", "replace"))
        # Scratch files through tempfile are allowed when they are gone afterwards.
        with tempfile.TemporaryFile() as scratch:
            scratch.write(b"scratch")


def _bad(write: Any, **attributes: Any) -> claimtrack.Exporter:
    """A GoodExporter whose write() (and any class attributes) are replaced."""
    cls = type("BadExporter", (GoodExporter,), {"write": write, **attributes})
    return cls()


def _problems(exporter: claimtrack.Exporter, **kwargs: Any) -> str:
    return "\n".join(conformance_problems(exporter, **kwargs))


def test_good_exporter_passes() -> None:
    check_exporter(GoodExporter(), option_variants=[GoodExporter.Options(upper=True)])
    assert run_exporter(GoodExporter(), empty_casebook()).output == b"(no claims)"


def test_check_exporter_raises_an_assertion_error_listing_every_problem() -> None:
    def write(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        print("debug output")

    with pytest.raises(ConformanceError) as info:
        check_exporter(_bad(write, name="Loud"))
    assert isinstance(info.value, AssertionError)
    message = str(info.value)
    assert "name 'Loud' must be a lowercase word" in message
    assert "printed to stdout" in message and "wrote nothing" in message
    assert len(info.value.problems) == 1 + 2 * 3  # name, then 2 problems x 3 casebooks


def test_catches_a_file_written_to_the_working_directory() -> None:
    def write(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        with open("brief.txt", "w") as f:
            f.write("oops")
        stream.write(b"x")

    found = _problems(_bad(write))
    assert "touched the file system: opened for writing <cwd>/brief.txt" in found
    assert "left a file behind: <cwd>/brief.txt" in found
    assert os.path.exists("brief.txt") is False  # the sandbox cwd, not ours


def test_catches_a_temp_file_left_behind() -> None:
    def write(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        tempfile.NamedTemporaryFile(suffix=".leak", delete=False).close()
        stream.write(b"x")

    assert "left a file behind: <tempdir>/" in _problems(_bad(write))


def test_catches_writes_and_removals_anywhere(tmp_path: Any) -> None:
    victim = tmp_path / "input.json"
    victim.write_text("{}")

    def write(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        (tmp_path / "side.txt").write_text("x")
        with contextlib.suppress(FileNotFoundError):  # gone after the first run
            os.remove(victim)
        stream.write(b"x")

    found = _problems(_bad(write))
    assert f"opened for writing {os.path.realpath(tmp_path / 'side.txt')}" in found
    assert f"removed {os.path.realpath(victim)}" in found


def test_catches_a_closed_stream_a_changed_casebook_and_str_output() -> None:
    def closes(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        stream.write(b"x")
        stream.close()

    def mutates(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        casebook.title = "rewritten"
        stream.write(b"x")

    def writes_text(self: Any, casebook: Any, stream: Any, options: Any) -> None:
        stream.write("text, not bytes")

    assert "closed the stream" in _problems(_bad(closes))
    assert "changed the casebook" in _problems(_bad(mutates))
    assert "raised TypeError" in _problems(_bad(writes_text))


def test_catches_crashes_on_hostile_huge_and_empty_casebooks() -> None:
    def fragile(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        if not casebook.claims:
            raise IndexError("no claims")
        for evidence in casebook.evidence.values():
            if "\x00" in evidence.quote:
                raise ValueError("All strings must be XML compatible")
            if len(evidence.quote) > 32_767:
                raise ValueError("cell too long")
        stream.write(b"x")

    found = _problems(_bad(fragile))
    assert "[hostile casebook, default options] write() raised ValueError: All strings" in found
    assert "[huge_quote casebook, default options] write() raised ValueError: cell" in found
    assert "[empty casebook, default options] write() raised IndexError" in found
    assert "in fragile()" in found  # the failing function is named


def test_catches_nondeterminism_only_when_declared() -> None:
    def stamped(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        stream.write(repr(time.perf_counter_ns()).encode())

    assert "two runs gave different bytes" in _problems(_bad(stamped))  # class says True
    assert "two runs" not in _problems(_bad(stamped, deterministic=False))
    assert "two runs" not in _problems(_bad(stamped), deterministic=False)


def test_catches_an_ignored_option() -> None:
    def ignores(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        stream.write(b"always the same")

    found = _problems(_bad(ignores), option_variants=[GoodExporter.Options(upper=True)])
    assert "output is the same as with the defaults: option ignored?" in found
    wrong = _problems(GoodExporter(), option_variants=[claimtrack.host.contracts.NoOptions()])
    assert "is not an instance of" in wrong


def test_catches_malformed_attributes_and_options() -> None:
    class Mutable:
        pass

    @attrs.define
    class Unfrozen:
        level: int = 1

    @attrs.frozen
    class NoDefault:
        level: int

    found = _problems(
        _bad(GoodExporter.write, name="", extensions=("md",), media_type="markdown"),
        option_variants=(),
    )
    assert "name '' must be a lowercase word" in found
    assert "extension 'md' must start with a dot" in found
    assert "media_type 'markdown' must be a media type" in found
    assert "description must be one non-empty line" in _problems(
        _bad(GoodExporter.write, description="two\nlines")
    )
    assert "must be an attrs class" in _problems(_bad(GoodExporter.write, Options=Mutable))
    assert "Options must be frozen" in _problems(_bad(GoodExporter.write, Options=Unfrozen))
    assert "option 'level' has no default" in _problems(_bad(GoodExporter.write, Options=NoDefault))


def test_sandbox_restores_cwd_tempdir_and_environment() -> None:
    def raises(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        raise RuntimeError("boom")

    cwd, tempdir, env = os.getcwd(), tempfile.tempdir, os.environ.get("TMPDIR")
    run = run_exporter(_bad(raises), empty_casebook())
    assert isinstance(run.error, RuntimeError)
    assert (os.getcwd(), tempfile.tempdir, os.environ.get("TMPDIR")) == (cwd, tempdir, env)


def test_warnings_are_recorded_not_raised() -> None:
    def warns(self: Any, casebook: Any, stream: BinaryIO, options: Any) -> None:
        warnings.warn("3 characters replaced", UserWarning, stacklevel=1)
        stream.write(b"x")

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = run_exporter(_bad(warns), empty_casebook())
    assert run.problems() == []
    assert run.warnings == ("UserWarning: 3 characters replaced",)


# ------------------------------------------------------------ built-in exporters


def _builtin(module_name: str) -> claimtrack.Exporter:
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:  # pragma: no cover - only while a teammate's plugin is unfinished
        pytest.skip(f"{module_name} is not importable yet: {exc}")
    if not hasattr(module, "register_exporters"):  # pragma: no cover - same
        pytest.skip(f"{module_name} has no register_exporters hook yet")
    (exporter,) = module.register_exporters()
    return exporter


# Option variants that must change each built-in's output; JSON is deterministic by design
# (DESIGN.md §7), the workbook and memo carry a "generated at" time.
BUILTIN_CASES = {
    "claimtrack_json": ({"include_raw": False}, True),
    "claimtrack_xlsx": ({"sheets": ("Evidence",), "include_article_text": True}, None),
    "claimtrack_docx": ({"include_contradictions": False, "include_figure": False}, None),
}


@pytest.mark.parametrize("module_name", list(BUILTIN_CASES))
def test_builtin_exporters_conform(module_name: str) -> None:
    exporter = _builtin(module_name)
    changes, deterministic = BUILTIN_CASES[module_name]
    variants = [exporter.Options(**{key: value}) for key, value in changes.items()]
    check_exporter(exporter, option_variants=variants, deterministic=deterministic)


def test_conformance_kit_is_not_imported_by_claimtrack() -> None:
    # claimtrack.host.testing installs an audit hook on use; importing claimtrack must not load it.
    code = "import claimtrack, sys; print('claimtrack.host.testing' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
