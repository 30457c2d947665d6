"""The limits on what claimtrack reads: file sizes, zip expansion, JSON shape.

Every input claimtrack opens can be hostile: a 1 MB ``.docx`` that inflates to gigabytes, a FIFO
that blocks ``read()`` forever, a symlink to ``/dev/zero``, JSON nested 100,000 deep. Each limit
below turns such an input into a :class:`~claimtrack.errors.ClaimtrackError` naming the file and
the limit, instead of a hang, an exhausted machine or a traceback.

The defaults are generous for real articles and casebooks. To raise one:

- per call: ``load_article(path, limits=Limits(article_bytes=200_000_000))`` (also
  ``load_corpus`` and ``claimtrack.load``/``loads``);
- per process (and for the CLI): the environment variable ``CLAIMTRACK_LIMITS``, e.g.
  ``CLAIMTRACK_LIMITS="article_bytes=200MB,json_depth=200"``; sizes take ``KB``/``MB``/``GB``.

Readers (plugins included) see the limits in force through :func:`current_limits`.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from attrs import frozen

from claimtrack.errors import ArticleLimitError, ArticleLoadError, ClaimtrackError

__all__ = [
    "ENV_VAR",
    "Limits",
    "check_zip",
    "current_limits",
    "limits_from_env",
    "read_regular_file",
    "special_file_kind",
    "using_limits",
]

ENV_VAR = "CLAIMTRACK_LIMITS"
_MB = 1024 * 1024


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or value < 1:
        raise ValueError(f"Limits.{attribute.name} must be a positive whole number, got {value!r}")


@frozen
class Limits:
    """What claimtrack agrees to read. Every field is a positive whole number.

    ``article_bytes``: an article file's size on disk. ``zip_bytes``: the total a zip input
    (``.docx``) may inflate to. ``zip_ratio``: how many times its size on disk it may inflate
    to (real Word files stay under 20; bombs reach 1000). ``zip_members``: the files in a zip.
    ``json_bytes``: a casebook JSON file's size. ``json_depth``: how deep its arrays and objects
    may nest (a casebook needs 6). ``json_int_digits``: the digits of one JSON number.
    """

    article_bytes: int = attrs.field(default=50 * _MB, validator=_positive)
    zip_bytes: int = attrs.field(default=200 * _MB, validator=_positive)
    zip_ratio: int = attrs.field(default=100, validator=_positive)
    zip_members: int = attrs.field(default=10_000, validator=_positive)
    json_bytes: int = attrs.field(default=1024 * _MB, validator=_positive)
    json_depth: int = attrs.field(default=64, validator=_positive)
    json_int_digits: int = attrs.field(default=40, validator=_positive)


_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1024,
    "k": 1024,
    "mb": _MB,
    "m": _MB,
    "gb": 1024 * _MB,
    "g": 1024 * _MB,
}
_SETTING = re.compile(r"\s*([a-z_]+)\s*=\s*(\d+)\s*([a-z]*)\s*", re.IGNORECASE)


def limits_from_env(environ: dict[str, str] | os._Environ[str] | None = None) -> Limits:
    """The default :class:`Limits`, changed by ``CLAIMTRACK_LIMITS`` ("name=value,…").

    A misspelt name or a bad value is a :class:`~claimtrack.errors.ClaimtrackError` (a limit
    silently ignored would be worse than none).
    """
    env = os.environ if environ is None else environ
    spec = env.get(ENV_VAR, "").strip()
    if not spec:
        return Limits()
    names = {f.name for f in attrs.fields(Limits)}
    values: dict[str, int] = {}
    for item in spec.split(","):
        if not item.strip():
            continue
        match = _SETTING.fullmatch(item)
        unit = match.group(3).lower() if match else ""
        if match is None or match.group(1) not in names or unit not in _UNITS:
            raise ClaimtrackError(
                f"{ENV_VAR}: cannot read {item.strip()!r}; write name=number[KB|MB|GB] "
                f"separated by commas, with names from {', '.join(sorted(names))}"
            )
        values[match.group(1)] = int(match.group(2)) * _UNITS[unit]
    try:
        return Limits(**values)
    except ValueError as exc:
        raise ClaimtrackError(f"{ENV_VAR}: {exc}") from None


_active: contextvars.ContextVar[Limits | None] = contextvars.ContextVar(
    "claimtrack_limits", default=None
)


def current_limits() -> Limits:
    """The limits in force: those of an enclosing :func:`using_limits`, else the environment's."""
    active = _active.get()
    return active if active is not None else limits_from_env()


@contextlib.contextmanager
def using_limits(limits: Limits | None) -> Iterator[Limits]:
    """Make ``limits`` (``None``: the current ones) those in force inside a ``with`` block."""
    chosen = limits if limits is not None else current_limits()
    if not isinstance(chosen, Limits):
        raise TypeError(f"limits must be a claimtrack Limits, got {type(chosen).__name__}")
    token = _active.set(chosen)
    try:
        yield chosen
    finally:
        _active.reset(token)


# ------------------------------------------------------------------------ special files

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def special_file_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)" …), or ``None`` for a regular file."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a regular file"


#: ``make_error(problem, hint, limit)`` builds the error to raise; ``limit`` names the broken limit
#: (a field of :class:`Limits`), ``None`` when the problem is not a limit.
ErrorFactory = Callable[[str, str, "str | None"], ClaimtrackError]


def read_regular_file(
    path: str, max_bytes: int, limit_name: str, make_error: ErrorFactory
) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them, or an error.

    A FIFO, device, socket or directory (also behind a symlink) is refused by its kind without
    being read; it is opened with ``O_NONBLOCK`` so a FIFO swapped in after the check cannot
    block, and the file is read with a cap, so one that grows (or lies about its size, as
    ``/proc`` files do) still stops at the limit. ``make_error(problem, hint)`` builds the
    error raised.
    """
    try:
        # Looked at before opening: opening a socket fails, opening a device may do things.
        _refuse_special(os.stat(path).st_mode, make_error)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _os_error(exc, make_error) from None
    try:
        info = os.fstat(fd)
        _refuse_special(info.st_mode, make_error)  # swapped in since the stat above
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes, limit_name, make_error)
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise _too_large(total, max_bytes, limit_name, make_error)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(exc, make_error) from None
    finally:
        os.close(fd)


def _refuse_special(mode: int, make_error: ErrorFactory) -> None:
    kind = special_file_kind(mode)
    if kind is not None:
        raise make_error(f"is {kind}, not a regular file", "name a regular file", None)


def _os_error(exc: OSError, make_error: ErrorFactory) -> ClaimtrackError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        return make_error("no such file", "check the path", None)
    if isinstance(exc, PermissionError):
        return make_error(f"cannot be read: {reason}", "check its permissions", None)
    return make_error(f"cannot be read: {reason}", "check the file", None)


def _too_large(size: int, limit: int, name: str, make_error: ErrorFactory) -> ClaimtrackError:
    return make_error(
        f"too large ({size:,} bytes; the limit is {limit:,})",
        f"raise it with limits=Limits({name}=...) or {ENV_VAR}='{name}=...'",
        name,
    )


# -------------------------------------------------------------------------- zip inputs


def check_zip(
    data: bytes, name: str, limits: Limits | None = None, *, kind: str = "zip package"
) -> None:
    """Refuse a zip input (``.docx``, ``.epub``, ``.odt`` …) that would inflate too far.

    Checks the members' declared sizes against ``zip_members``, ``zip_bytes`` and
    ``zip_ratio`` first (cheap), then inflates every member with a running cap, because the
    declared sizes are the archive's word and can lie. Raises
    :class:`~claimtrack.errors.ArticleLimitError` for a broken limit and
    :class:`~claimtrack.errors.ArticleLoadError` for a broken archive, naming ``name``.
    ``kind`` names the format in messages ("a readable .docx file"). A reader for a zip-based
    format calls this before handing the bytes to its library.
    """
    active = limits if limits is not None else current_limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_declared(members, len(data), name, active)
            budget = min(active.zip_bytes, active.zip_ratio * max(len(data), 1))
            for info in members:
                budget -= _inflate_capped(archive, info, budget, name, active)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise ArticleLoadError(
            name, f"not a readable {kind} ({exc})", "open and re-save it"
        ) from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted or exotic compression
        raise ArticleLoadError(
            name, f"cannot be unpacked ({exc})", "re-save it unencrypted"
        ) from None


def _check_declared(members: list[zipfile.ZipInfo], size: int, name: str, limits: Limits) -> None:
    if len(members) > limits.zip_members:
        raise _zip_limit(name, f"holds {len(members):,} files", limits.zip_members, "zip_members")
    declared = sum(info.file_size for info in members)
    if declared > limits.zip_bytes:
        raise _zip_limit(name, f"unpacks to {declared:,} bytes", limits.zip_bytes, "zip_bytes")
    if declared > limits.zip_ratio * max(size, 1):
        raise _zip_limit(
            name,
            f"unpacks to {declared // max(size, 1):,} times its size ({declared:,} bytes)",
            limits.zip_ratio,
            "zip_ratio",
        )


def _inflate_capped(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str, limits: Limits
) -> int:
    """Inflate one member, stopping as soon as the archive as a whole exceeds its budget."""
    total = 0
    with archive.open(info) as member:
        while chunk := member.read(1 << 20):
            total += len(chunk)
            if total > budget:
                raise _zip_limit(
                    name,
                    f"{info.filename} inflates past the zip budget (sizes declared in the zip lie)",
                    min(limits.zip_bytes, limits.zip_ratio * max(info.compress_size, 1)),
                    "zip_bytes",
                )
    return total


def _zip_limit(name: str, problem: str, limit: int, field: str) -> ArticleLimitError:
    return ArticleLimitError(
        name,
        f"{problem}; the limit is {limit:,} ({field}), which protects against zip bombs",
        f"if you trust the file, raise it: limits=Limits({field}=...) or {ENV_VAR}='{field}=...'",
        limit=field,
    )
