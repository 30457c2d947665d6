"""Printing article text to a terminal safely, and leaving the process without noise.

Article text is hostile input: an ESC or CSI sequence in a quote could recolour the terminal,
move the cursor, rewrite the lines above (hiding a warning) or set the window title. Every
line the CLI prints goes through :func:`echo`, which shows control characters as visible
escapes (``\\x1b``) instead of sending them; JSON output goes through :func:`json_text`, which
escapes the controls plain ``json.dumps`` leaves raw (DEL and C1, U+0080–U+009F).
"""

from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
from collections.abc import Callable
from typing import IO, Any

import click

from claimtrack.text.counts import plural

__all__ = [
    "ProgressBar",
    "echo",
    "json_text",
    "os_error_message",
    "plural",
    "printable",
    "silence_stream",
]

# C0 controls but tab and newline, DEL, C1 controls, and lone surrogates (undecodable bytes of a
# file name, which would make the print itself fail).
# Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) reorder what a terminal
# shows ("Trojan Source"): escaped too. RLM/LRM marks are ordinary right-to-left text and stay.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters shown as ``\\xNN`` escapes (and newlines too if
    ``one_line``): safe to print on a terminal."""
    return (_UNSAFE_ONE_LINE if one_line else _UNSAFE).sub(_escape, text)


def echo(message: str = "", *, err: bool = False, styled: bool = False) -> None:
    """``click.echo`` of ``message`` made :func:`printable`.

    ``styled=True`` leaves the message as it is: for text the CLI styled itself with
    ``click.style`` from parts already made printable, and for :func:`json_text`.
    """
    click.echo(message if styled else printable(message), err=err)


class ProgressBar:
    """A one-line progress bar for ``progress=(done, total)`` callbacks, on stderr.

    Drawn only when the stream is a terminal, and only once the work has run for ``delay``
    seconds (a quick export shows nothing); redrawn at most ten times a second; ``close()``
    ends the line. Used as ``with ProgressBar("writing brief.docx") as bar: export(…,
    progress=bar)``.
    """

    WIDTH = 28

    def __init__(
        self,
        label: str,
        *,
        stream: IO[str] | None = None,
        enabled: bool = True,
        delay: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label = printable(label, one_line=True)
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = enabled and bool(isatty and isatty())
        self.clock, self.delay = clock, delay
        self.started = clock()
        self.drawn_at: float | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        finished = done >= total
        if now - self.started < self.delay and self.drawn_at is None:
            return
        if not finished and self.drawn_at is not None and now - self.drawn_at < 0.1:
            return
        self.drawn_at = now
        share = min(1.0, done / total) if total else 1.0
        filled = round(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {share:4.0%} {done:,}/{total:,}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line (if one was drawn)."""
        if self.drawn_at is not None:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn_at = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def json_text(data: Any) -> str:
    """Indented JSON, UTF-8 unescaped, with DEL, C1 controls and lone surrogates escaped.

    Print it with ``echo(text, styled=True)``: it is already safe, and :func:`printable`'s
    ``\\xNN`` escapes are not valid JSON.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def os_error_message(exc: OSError) -> str:
    """One line for an operating-system error: what happened, to which file, what to do."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"no space left on device{where}; free some space and run it again"
    if exc.errno == errno.EDQUOT:
        return f"disk quota exceeded{where}; free some space and run it again"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied{where}; check the file's and its folder's permissions"
    if exc.errno == errno.EROFS:
        return f"read-only file system{where}; write somewhere else"
    return f"{exc.strerror or exc}{where}"


def silence_stream(stream: Any) -> None:
    """Point ``stream``'s file descriptor at /dev/null.

    After a write to stdout failed (a closed pipe, a full disk) Python flushes it again at exit
    and prints "Exception ignored … BrokenPipeError"; writing the rest to /dev/null instead
    lets the process end with the one message already printed.
    """
    try:
        fileno = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)


def flush_or_silence(code: int) -> int:
    """Flush stdout and stderr at exit; a failure is reported once and gives exit status 1."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError as exc:
            silence_stream(stream)
            if stream is sys.stdout and exc.errno != errno.EPIPE:
                try:
                    click.echo(f"error: cannot write the output: {os_error_message(exc)}", err=True)
                    sys.stderr.flush()
                except OSError:
                    silence_stream(sys.stderr)
            code = code or 1
        except ValueError:  # closed by someone else: nothing left to flush
            pass
    return code
