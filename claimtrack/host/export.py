"""Turning a casebook into a file: pick the exporter, check its options, write atomically.

The plugin host (:mod:`claimtrack.host.registry`) finds exporters; this module does the rest, the
same way for every format, so an exporter only ever sees a binary stream:

- the format comes from the ``format`` argument, else from the target's suffix;
- options are checked against the exporter's attrs ``Options`` class (a misspelt option is an error
  with a suggestion; strings, as typed on the command line, are converted to the field's type);
- the output goes to a temporary file beside the target, which replaces the target only when the
  exporter finished: a failing exporter leaves no file behind and an existing target untouched;
- an input (an article file, a casebook file that was loaded) is never overwritten;
- the target is a regular file or a new path: a device (``/dev/stdout``), a FIFO, a socket or a
  directory, also behind a symlink, is refused; a symlink to a regular file is itself replaced
  (never written through: a planted link cannot redirect an export).
"""

from __future__ import annotations

import codecs
import enum
import errno
import hashlib
import io
import os
import stat
import tempfile
import types
import typing
from collections.abc import Mapping
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from claimtrack.errors import ClaimtrackError, ExportError, ExportTargetError, FormatError
from claimtrack.reading.limits import special_file_kind

if TYPE_CHECKING:
    from claimtrack.casebook.book import Casebook
    from claimtrack.host.contracts import Exporter

__all__ = ["build_options", "write_atomic"]


def _check_not_input(book: Casebook, target: Path) -> None:
    # Overwriting the casebook you are reading, or an article, with an export is never what was
    # meant. The casebook remembers its inputs; nothing is kept per process.
    real = os.path.realpath(target)
    if book.source_path and os.path.realpath(book.source_path) == real:
        raise ExportTargetError(
            f"refusing to overwrite {target}: it was read as input; write elsewhere"
        )
    for article in book.articles.values():
        if article.path and os.path.realpath(article.path) == real:
            raise ExportTargetError(
                f"refusing to overwrite {target}: it is the file article {article.id!r} was read "
                f"from; write elsewhere"
            )
    same = _article_with_same_text(book, target)
    if same is not None:
        # A casebook loaded from JSON does not know its articles' files; their text it knows.
        raise ExportTargetError(
            f"refusing to overwrite {target}: it holds the text of article {same!r} "
            f"(same sha256); write elsewhere"
        )


_MAX_COMPARED = 64 * 1024 * 1024


def _article_with_same_text(book: Casebook, target: Path) -> str | None:
    """The id of an article whose raw text is the target file's content, if any."""
    try:
        info = os.stat(target)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_COMPARED or not book.articles:
        return None
    try:
        data = target.read_bytes()
    except OSError:
        return None
    digests = {hashlib.sha256(data).hexdigest()}
    if data.startswith(codecs.BOM_UTF8):
        digests.add(hashlib.sha256(data[len(codecs.BOM_UTF8) :]).hexdigest())
    # An article's checksum covers its raw copy and its text: hash the raw copies themselves,
    # only those whose length could be the file's (a code point is 1 to 4 UTF-8 bytes).
    for article in book.articles.values():
        raw = article.raw
        if (
            len(raw) <= len(data) <= 4 * len(raw) + len(codecs.BOM_UTF8)
            and hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest() in digests
        ):
            return article.id
    return None


# /dev/stdout is a link to /proc/self/fd/1, which is a link to whatever stdout is: a regular file
# when output is redirected. Replacing it would replace /dev/stdout itself (run as root).
_SYSTEM_DIRS = ("/dev/", "/proc/", "/sys/")
_SYSTEM_OK = ("/dev/shm/",)


def _link_chain(target: Path) -> list[str]:
    """``target`` and every path its symlinks lead through (each hop absolute), then the end."""
    chain = [os.path.abspath(target)]
    for _ in range(40):  # the kernel's own limit on symlink hops
        try:
            hop = os.readlink(chain[-1])
        except OSError:
            break
        chain.append(os.path.abspath(os.path.join(os.path.dirname(chain[-1]), hop)))
    return [*chain, os.path.realpath(target)]


def _check_target_kind(target: Path) -> None:
    """Refuse a target that is not a regular file (nor a new path), or a link to one."""
    for name in _link_chain(target):
        if name.startswith(_SYSTEM_DIRS) and not name.startswith(_SYSTEM_OK):
            raise ExportTargetError(
                f"cannot write {target}: it is a system path ({name}), not a file; write to a "
                f"regular file; for stdout use `claimtrack export … -o - -f FORMAT` or "
                f"claimtrack.export_bytes()"
            )
    for follow in (False, True):
        try:
            mode = os.stat(target, follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return  # a new path, or a dangling link (replaced, not followed)
        except OSError as exc:
            raise ExportTargetError(f"cannot write {target}: {exc.strerror or exc}") from None
        if not follow and stat.S_ISLNK(mode):
            continue
        kind = special_file_kind(mode)
        if kind is None:
            return
        via = " (through a symlink)" if follow else ""
        hint = (
            "give a file name inside it"
            if stat.S_ISDIR(mode)
            else "write to a regular file; for stdout use `claimtrack export … -o - -f FORMAT` "
            "or claimtrack.export_bytes()"
        )
        raise ExportTargetError(f"cannot write {target}: it is {kind}{via}, not a file; {hint}")


# ------------------------------------------------------------------------- options


def build_options(exporter: Exporter, options: Mapping[str, Any]) -> Any:
    """An instance of ``exporter.Options`` from keyword ``options``, checked and converted.

    Raises :class:`~claimtrack.errors.FormatError` for an unknown option (with a "did you
    mean") or a value that does not fit. String values are converted to the option's type
    (``"false"`` → False, ``"3"`` → 3), so options typed on the command line work like Python
    ones.
    """
    cls = exporter.Options
    fields = {f.alias or f.name: f for f in attrs.fields(attrs.resolve_types(cls))}
    kwargs: dict[str, Any] = {}
    for key, value in options.items():
        name = key.replace("-", "_")
        if name not in fields:
            hint = get_close_matches(name, list(fields), n=1)
            known = ", ".join(sorted(fields)) or "none"
            raise FormatError(
                f"{exporter.name} exporter has no option {key!r}"
                + (f"; did you mean {hint[0]!r}?" if hint else "")
                + f" (its options: {known})"
            )
        try:
            kwargs[name] = _convert(value, fields[name].type)
        except (TypeError, ValueError) as exc:
            raise FormatError(f"{exporter.name} option {name!r}: {exc}") from None
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"{exporter.name} options: {exc}") from None


_TRUE = {"1", "true", "yes", "on", "y"}
_FALSE = {"0", "false", "no", "off", "n"}


def _convert(value: Any, kind: Any) -> Any:
    """Convert a string ``value`` to ``kind``; other values pass through for attrs to check."""
    if not isinstance(value, str) or kind in (None, str, Any):
        return value
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(kind) if a is not type(None)]
        if type(None) in typing.get_args(kind) and value.strip().lower() in {"", "none", "null"}:
            return None
        if str in members:
            return value
        return _convert(value, members[0]) if len(members) == 1 else value
    if origin is tuple or kind is tuple:
        args = typing.get_args(kind)
        item = args[0] if args else str
        return tuple(_convert(part.strip(), item) for part in value.split(",") if part.strip())
    if kind is bool:
        low = value.strip().lower()
        if low in _TRUE | _FALSE:
            return low in _TRUE
        raise ValueError(f"{value!r} is not a yes/no value; use true or false")
    if kind is int:
        try:
            return int(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number") from None
    if kind is float:
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a number") from None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is Path:
        return Path(value)
    return value


# --------------------------------------------------------------------------- files


_DISK_ERRORS = {
    errno.ENOSPC: "no space left on device; free some space and export again",
    errno.EDQUOT: "disk quota exceeded; free some space and export again",
    errno.EROFS: "the file system is read-only; write somewhere else",
    errno.EACCES: "permission denied; check the folder's permissions",
    errno.EPERM: "permission denied; check the folder's permissions",
}


def _default_mode() -> int:
    # tempfile creates 0600 files; an export should get the usual permissions instead.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(
    book: Casebook, exporter: Exporter, options: Any, target: str | os.PathLike[str]
) -> Path:
    """Write ``book`` with ``exporter`` to ``target`` through a temp file and ``os.replace``.

    Raises :class:`~claimtrack.errors.ExportError` (target untouched, no temp file left) when
    the exporter fails or the target is an input.
    """
    path = Path(target)
    _check_not_input(book, path)
    _check_target_kind(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            exporter.write(book, stream, options)
            stream.flush()
            os.fsync(stream.fileno())
        mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException as exc:
        Path(tmp_name).unlink(missing_ok=True)
        if isinstance(exc, ClaimtrackError) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, OSError) and exc.errno in _DISK_ERRORS:
            # A full disk, a quota, a read-only or forbidden folder: say so, not the errno.
            raise ExportError(
                f"cannot write {path}: {_DISK_ERRORS[exc.errno]}; nothing was written "
                f"(the target is untouched)"
            ) from exc
        raise ExportError(
            f"{exporter.name} export to {path} failed ({type(exc).__name__}: {exc}); "
            f"nothing was written"
        ) from exc
    return path


def write_bytes(book: Casebook, exporter: Exporter, options: Any) -> bytes:
    """Run ``exporter`` into memory and return what it wrote."""
    stream = io.BytesIO()
    try:
        exporter.write(book, stream, options)
    except ClaimtrackError:
        raise
    except Exception as exc:
        raise ExportError(f"{exporter.name} export failed ({type(exc).__name__}: {exc})") from exc
    return stream.getvalue()
