"""Progress of long exports: the ``progress=`` callback of the API and the CLI's bar."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_cases import seed_book
from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack.cli.main import build_cli
from claimtrack.cli.terminal import ProgressBar
from claimtrack.errors import ExportError
from claimtrack.host import PluginHost
from claimtrack.host.progress import REPORTS, counted, report, reporting


def calls_of(fmt: str, tmp_path: Path, **options: object) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []
    claimtrack.export(seed_book(), tmp_path / f"out.{fmt}",
                      progress=lambda d, t: calls.append((d, t)), **options)  # fmt: skip
    return calls


def assert_well_formed(calls: list[tuple[int, int]]) -> None:
    assert calls, "no progress was reported"
    dones = [d for d, _ in calls]
    assert dones == sorted(dones)  # never goes down
    assert all(0 <= d <= t for d, t in calls)
    assert calls[-1][0] == calls[-1][1]  # ends complete


def test_workbook_reports_rows(tmp_path: Path) -> None:
    calls = calls_of("xlsx", tmp_path)
    assert_well_formed(calls)
    book = seed_book()
    # Summary, Claims and Matrix: a row a claim; Evidence, Contradictions, Sources.
    rows = 3 * len(book.claims) + len(book.evidence) + len(book.contradictions)
    assert calls[-1] == (rows + len(book.articles), rows + len(book.articles))
    assert len(calls) > 3


def test_memo_reports_sections(tmp_path: Path) -> None:
    calls = calls_of("docx", tmp_path, include_figure=False)
    assert_well_formed(calls)
    assert len({t for _, t in calls}) == 1 and len(calls) >= 8


def test_an_exporter_that_says_nothing_still_ends_complete(tmp_path: Path) -> None:
    assert calls_of("json", tmp_path) == [(1, 1)]


def test_export_bytes_reports_too() -> None:
    calls: list[tuple[int, int]] = []
    claimtrack.export_bytes(seed_book(), "xlsx", progress=lambda d, t: calls.append((d, t)))
    assert_well_formed(calls)


def test_a_raising_callback_stops_the_export_and_writes_nothing(tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        if done > 2:
            raise RuntimeError("cancelled by the user")

    target = tmp_path / "out.docx"
    with pytest.raises(ExportError, match="cancelled by the user"):
        claimtrack.export(seed_book(), target, progress=cancel)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_progress_must_be_callable(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="progress must be a callable"):
        claimtrack.export(seed_book(), tmp_path / "x.json", progress=3)  # type: ignore[arg-type]


def test_without_a_callback_reports_go_nowhere() -> None:
    report(1, 2)  # no error, nothing to call
    assert list(counted(range(5), 5)) == [0, 1, 2, 3, 4]


@given(st.integers(0, 5000))
def test_counted_reports_a_bounded_number_of_times(n: int) -> None:
    calls: list[tuple[int, int]] = []
    with reporting(lambda d, t: calls.append((d, t))):
        assert sum(1 for _ in counted(range(n), n)) == n
    assert len(calls) <= REPORTS + 3
    assert calls[-1] == (max(n, 1), max(n, 1))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


# --------------------------------------------------------------------------- the CLI's bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bar_waits_then_draws_and_ends_its_line() -> None:
    out, clock = Terminal(), Clock()
    with ProgressBar("writing brief.docx", stream=out, clock=clock) as bar:
        bar(1, 10)
        assert out.getvalue() == ""  # a quick export shows nothing
        clock.now = 1.0
        bar(5, 10)
        clock.now = 1.01
        bar(6, 10)  # too soon after the last drawing
        bar(10, 10)  # but the end is always drawn
    text = out.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert "writing brief.docx [" in text and " 50% 5/10" in text and "100% 10/10" in text


def test_bar_is_silent_off_a_terminal_or_when_disabled() -> None:
    for stream, enabled in ((io.StringIO(), True), (Terminal(), False)):
        clock = Clock()
        with ProgressBar("x", stream=stream, enabled=enabled, clock=clock) as bar:
            clock.now = 5.0
            bar(1, 2)
            bar(2, 2)
        assert stream.getvalue() == ""


def test_cli_export_has_no_progress_option_and_no_bar_in_a_pipe(tmp_path: Path) -> None:
    cli = build_cli(PluginHost(entry_points=[]))
    assert "--no-progress" in CliRunner().invoke(cli, ["export", "--help"]).output
    source = tmp_path / "case.json"
    claimtrack.export(seed_book(), source)
    for extra in ([], ["--no-progress"]):
        result = CliRunner().invoke(cli, ["export", str(source), "-o", str(tmp_path / "w.xlsx"),
                                          *extra])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert "\r" not in result.stderr and "wrote" in result.stderr
