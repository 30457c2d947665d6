"""CLI hygiene: escape sequences from article text (and file names) never reach the terminal;
one-line messages and exit statuses for Ctrl-C (130), a full disk, a closed pipe and permission
errors, without Python's "Exception ignored" noise; random arguments never give a traceback."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hostile_cases import SENTENCE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Article, Casebook
from claimtrack.cli.main import build_cli
from claimtrack.cli.terminal import json_text, os_error_message, printable
from claimtrack.host.hookspecs import hookimpl
from claimtrack.host.registry import PluginHost

HOSTILE = "\x1b[2J\x1b]0;owned\x07\x1b[31mred\x1b[0m \u009b31m \x7f"
ARTICLE = f'The minister said: "We will {HOSTILE} stay with the alliance," he told reporters.'
CONTROLS = [chr(c) for c in (*range(0, 9), *range(11, 32), *range(0x7F, 0xA0))]


def _no_controls(output: str) -> None:
    assert not [c for c in output if c in CONTROLS], repr(output)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    # Enough ordinary text that the few controls do not make the file look binary.
    body = "\n\n".join([ARTICLE, *[SENTENCE] * 5])
    path.write_text(f"Intro.\n\n{body}", encoding="utf-8")
    return path


def _cli():  # type: ignore[no-untyped-def]
    return build_cli(PluginHost(entry_points=[]))


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "{a}"],
        ["quotes", "--json", "{a}"],
        ["ingest", "{a}"],
        ["ingest", "--json", "{a}"],
        ["suggest", "minister stay alliance", "--corpus", "{a}"],
        ["suggest", "--json", "minister stay alliance", "--corpus", "{a}"],
    ],
    ids=lambda a: " ".join(a),
)
def test_article_text_is_escaped(article: Path, args: list[str]) -> None:
    argv = [a.replace("{a}", str(article)) for a in args]
    result = CliRunner().invoke(_cli(), argv)
    assert result.exit_code == 0, result.output
    _no_controls(result.output)
    if "--json" in argv:
        data = json.loads(result.stdout)  # still valid JSON, the text kept exactly
        if args[0] != "ingest":  # ingest reports sizes and dropped lines, not the body
            assert any(HOSTILE in str(value) for row in data for value in row.values())
    elif args[0] != "ingest":
        assert "\\x1b[2J" in result.stdout  # shown, not sent


@pytest.mark.parametrize(
    "argv",
    [
        ["quotes", "/nonexistent/\x1b[31mred.txt"],
        ["export", "case\x1b]0;t\x07.json", "-o", "x.json"],
        ["export", "c.json", "-o", "x.json", "-O", "\x1b[2J"],
        ["suggest", "x", "--corpus", "/none/\x1b[2J"],
        ["check", "--limit", "\x1b[2J", "c.json"],
    ],
    ids=["quotes", "export-format", "export-option", "suggest", "check"],
)
def test_click_messages_are_escaped(argv: list[str]) -> None:
    result = CliRunner().invoke(_cli(), argv)
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    _no_controls(result.output)
    assert "\\x1b" in result.output


def test_file_names_and_check_messages_are_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "evil\x1b[31m.txt"
    bad.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    result = CliRunner().invoke(_cli(), ["ingest", str(bad), str(good)])
    assert result.exit_code == 1 and "evil\\x1b[31m.txt" in result.stderr
    _no_controls(result.output)
    book = Casebook([Article(id="a", text=f"Text {HOSTILE} here, and more text.")])
    case = tmp_path / "case.json"
    claimtrack.export(book, case)
    broken = case.read_text(encoding="utf-8").replace('"checksum": "', '"checksum": "0', 1)
    case.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(_cli(), ["check", str(case)])
    assert result.exit_code == 1
    _no_controls(result.output)


@pytest.mark.parametrize("char", [*CONTROLS, "\ud800", "\udcff"])
def test_printable_escapes_every_control(char: str) -> None:
    shown = printable(f"a{char}b")
    assert char not in shown and shown.startswith("a\\") and shown.endswith("b")


@pytest.mark.parametrize("char", ["\n", "\t", "é", "ж", "👨‍👩‍👧", "\u200d", "\u200f", "“"])
def test_printable_keeps_text(char: str) -> None:
    assert printable(char) == char
    assert printable("a\nb", one_line=True) == "a\\x0ab"


def test_json_text_is_json_and_safe() -> None:
    data = {"t": f"x{HOSTILE}\ud800y"}
    text = json_text(data)
    _no_controls(text)
    assert json.loads(text)["t"] == data["t"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "no space left on device"),
        (errno.EDQUOT, "quota"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_os_error_messages(code: int, words: str) -> None:
    message = os_error_message(OSError(code, os.strerror(code), "/x/out.json"))
    assert words in message and "/x/out.json" in message and "\n" not in message


class _Failing:
    """A runtime plugin whose command raises what the test asks for."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    @hookimpl
    def register_commands(self, cli: click.Group) -> None:
        exc = self.exc

        @cli.command("boom")
        def boom() -> None:
            raise exc


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/x/out.json"), "no space left"),
        (PermissionError(errno.EACCES, "Permission denied", "/x/out.json"), "permission denied"),
        (KeyboardInterrupt(), "interrupted"),
    ],
)
def test_one_line_and_status(exc: BaseException, expected: str) -> None:
    host = PluginHost(entry_points=[])
    host.register(_Failing(exc), name="failing")
    result = CliRunner().invoke(build_cli(host), ["boom"])
    assert result.exit_code == (130 if isinstance(exc, KeyboardInterrupt) else 1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.output


# ------------------------------------------------------- the real script, in a subprocess

_SLEEPER = textwrap.dedent(
    """
    import sys, time, click
    import claimtrack
    from claimtrack.host.hookspecs import hookimpl
    from claimtrack.host.default import get_host
    from claimtrack.cli.main import main

    class Sleeper:
        @hookimpl
        def register_commands(self, cli):
            @cli.command("sleep")
            def sleep():
                print("ready", flush=True)
                for _ in range(600):
                    time.sleep(0.1)
                    print("still here " * 100)

    get_host().register(Sleeper(), name="sleeper")
    main(sys.argv[1:])
    """
)


def _script(*args: str, stdout: object):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-c", "from claimtrack.cli.main import main; main()", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SLEEPER, "sleep"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As in a terminal: a launcher that ran the tests in the background without job control
        # passes Ctrl-C on as ignored, and an ignored signal stays ignored in the child.
        preexec_fn=_default_sigint,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.strip() == "interrupted", err


def test_full_disk_on_stdout_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        result = _script("formats", "--json", stdout=full)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert err.strip().splitlines() == [
        "error: no space left on device; free some space and run it again"
    ] or err.strip().startswith("error: cannot write the output: no space left"), err
    assert "Exception ignored" not in err and "Traceback" not in err


def test_closed_pipe_is_quiet() -> None:
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = _script("formats", "--json", stdout=writer)
    finally:
        os.close(writer)
    err = result.stderr.decode()
    assert "Exception ignored" not in err and "Traceback" not in err and err == ""
    assert result.returncode == 1


# ----------------------------------------------------------------- fuzzing the arguments

_TOKENS = st.sampled_from(
    [
        "export",
        "check",
        "quotes",
        "suggest",
        "ingest",
        "formats",
        "plugins",
        "--json",
        "-o",
        "-",
        "-f",
        "json",
        "xlsx",
        "nope",
        "-O",
        "x=1",
        "sort=date",
        "=",
        "--limit",
        "-1",
        "0",
        "--corpus",
        "-k",
        "0",
        "99999",
        "--min-confidence",
        "2",
        "nan",
        "/dev/null",
        "/dev/zero",
        "/nonexistent",
        "",
        "\x1b[31m",
        "--traceback-not",
        "-h",
        "\ud800",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=st.lists(_TOKENS, max_size=7))
def test_random_arguments(argv: list[str]) -> None:
    result = CliRunner().invoke(_cli(), argv)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        argv,
        result.exception,
    )
    assert result.exit_code in (0, 1, 2), (argv, result.exit_code, result.output)
    assert "Traceback" not in result.output
    _no_controls(result.output)


def test_bidi_overrides_are_escaped_but_right_to_left_marks_stay() -> None:
    from claimtrack.cli.terminal import printable

    # "Trojan Source": an override makes the terminal show the text in another order.
    shown = printable("safe \u202eelbat\u202c and \u2067isolate\u2069, \u0633\u200f\u0644")
    assert "\u202e" not in shown and "\\u202e" in shown and "\\u2067" in shown
    assert "\u200f" in shown and "\u0633" in shown  # RLM and Arabic letters are ordinary text
