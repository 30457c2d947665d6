"""A conformance kit for exporter plugins: hostile sample casebooks and checks to run from pytest.

Any exporter, built-in or third-party, can prove it keeps the exporter contract with one line::

    from claimtrack.host.testing import check_exporter

    def test_conformance():
        check_exporter(MarkdownExporter())

and assert on an exporter's output with ``run_exporter(exporter, casebook).output``.

:func:`check_exporter` writes three sample casebooks (:func:`hostile_casebook`,
:func:`huge_quote_casebook`, :func:`empty_casebook`) with the default options and any option
variants you pass, and raises :class:`ConformanceError` listing every problem it found:

- the class attributes are missing or malformed (``name``, ``extensions``, ``media_type``,
  ``description``, an attrs ``Options`` class whose fields all have defaults);
- ``write()`` raised, wrote nothing, printed to stdout, closed the stream it was handed, or changed
  the casebook;
- ``write()`` touched the file system: created, removed or renamed any file outside a scratch
  temp directory, or left files behind (it runs in an empty temporary working directory with
  :data:`tempfile.tempdir` pointed at an empty scratch directory, and both are listed afterwards);
- the output differs between two runs although the exporter is declared deterministic;
- an option variant produced the same bytes as the defaults (the option is ignored).

File-system access is watched with a :func:`sys.addaudithook` hook (installed on first use, idle
otherwise), so a write to an absolute path such as ``/tmp/x`` is caught too. Bytecode caching by
the import system (``__pycache__``) is not the exporter's doing and is ignored. The checks change
the process's working directory while they run: do not run them from several threads at once.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import sys
import tempfile
import traceback
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
from attrs import frozen

from claimtrack.casebook.book import Casebook
from claimtrack.host.contracts import exporter_problems
from claimtrack.host.samples import (
    HOSTILE_STRINGS,
    HUGE_QUOTE_CHARS,
    empty_casebook,
    hostile_casebook,
    huge_quote_casebook,
    sample_casebooks,
)
from claimtrack.text.counts import plural

__all__ = [
    "HOSTILE_STRINGS",
    "HUGE_QUOTE_CHARS",
    "ConformanceError",
    "ExportRun",
    "check_exporter",
    "conformance_problems",
    "empty_casebook",
    "hostile_casebook",
    "huge_quote_casebook",
    "run_exporter",
    "sample_casebooks",
]

# ------------------------------------------------------------- watching a run

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_MUTATING_EVENTS = {
    "os.remove": "removed",
    "os.rmdir": "removed directory",
    "os.mkdir": "created directory",
    "shutil.rmtree": "removed tree",
    "os.truncate": "truncated",
    "os.symlink": "created symlink",
    "os.link": "created hard link",
}


class _Watch:
    """Collects file-system side effects outside ``scratch`` while active."""

    def __init__(self, scratch: str, cwd: str) -> None:
        self.scratch = os.path.realpath(scratch)
        self.cwd = os.path.realpath(cwd)
        self.effects: list[str] = []
        self._busy = False

    def note(self, what: str, path: object) -> None:
        if self._busy or isinstance(path, int) or path is None:
            return
        self._busy = True  # realpath below is itself audited on some platforms
        try:
            full = os.path.realpath(os.fsdecode(path))  # type: ignore[arg-type]
            if "__pycache__" in full.split(os.sep) or full.endswith((".pyc", ".pyo")):
                return  # bytecode written by the import system, not by the exporter
            if full == self.scratch or full.startswith(self.scratch + os.sep):
                return  # scratch files through tempfile are allowed if removed afterwards
            if full.startswith(self.cwd + os.sep):
                full = "<cwd>" + full[len(self.cwd) :]
            self.effects.append(f"{what} {full}")
        finally:
            self._busy = False


_WATCHES: list[_Watch] = []
_HOOK_INSTALLED = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    # Must never raise: an exception here would abort the audited operation.
    if not _WATCHES:
        return
    try:
        watch = _WATCHES[-1]
        if event == "open":
            path, _mode, flags = args
            if isinstance(flags, int) and flags & _WRITE_FLAGS:
                watch.note("opened for writing", path)
        elif event == "os.rename":
            watch.note("renamed", args[0])
            watch.note("renamed onto", args[1])
        elif event == "os.mkdir" and isinstance(args[0], (str, bytes)) and os.path.isdir(args[0]):
            return  # os.makedirs(exist_ok=True) on an existing directory changes nothing
        elif event in _MUTATING_EVENTS:
            watch.note(_MUTATING_EVENTS[event], args[0])
    except Exception:  # pragma: no cover - defensive
        pass


def _install_hook() -> None:
    global _HOOK_INSTALLED
    if not _HOOK_INSTALLED:
        sys.addaudithook(_audit)
        _HOOK_INSTALLED = True


class _HostStream(io.BytesIO):
    """The stream handed to ``write()``: remembers a ``close()`` instead of obeying it."""

    closed_by_exporter = False

    def close(self) -> None:
        self.closed_by_exporter = True


@frozen
class ExportRun:
    """What happened when an exporter wrote one casebook (see :func:`run_exporter`)."""

    output: bytes
    error: BaseException | None
    side_effects: tuple[str, ...]
    left_behind: tuple[str, ...]
    printed: str
    closed_stream: bool
    changed_casebook: bool
    #: Warnings ``write()`` issued (``"Category: message"``): recorded, not problems.
    warnings: tuple[str, ...] = ()

    def problems(self) -> list[str]:
        """Each way this run broke the exporter contract, one line each."""
        found = []
        if self.error is not None:
            found.append(f"write() raised {_describe(self.error)}")
        elif not self.output:
            found.append("write() wrote nothing to the stream")
        found += [f"write() touched the file system: {e}" for e in self.side_effects]
        found += [f"write() left a file behind: {p}" for p in self.left_behind]
        if self.printed:
            found.append(f"write() printed to stdout: {self.printed[:80]!r}")
        if self.closed_stream:
            found.append("write() closed the stream; the host owns it and closes it")
        if self.changed_casebook:
            found.append("write() changed the casebook it was given")
        return found


def _describe(exc: BaseException) -> str:
    where = ""
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        where = f" at {os.path.basename(last.filename)}:{last.lineno} in {last.name}()"
    return f"{type(exc).__name__}: {str(exc)[:300]}{where}"


def _listing(root: str) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


@contextlib.contextmanager
def _sandbox() -> Any:
    """Run in an empty temp cwd with tempfile/TMPDIR pointed at an empty scratch directory."""
    _install_hook()
    base = tempfile.mkdtemp(prefix="claimtrack-conformance-")
    cwd, scratch = os.path.join(base, "cwd"), os.path.join(base, "scratch")
    os.mkdir(cwd)
    os.mkdir(scratch)
    old_cwd, old_tempdir = os.getcwd(), tempfile.tempdir
    old_env = {k: os.environ.get(k) for k in ("TMPDIR", "TEMP", "TMP")}
    watch = _Watch(scratch, cwd)
    try:
        os.chdir(cwd)
        tempfile.tempdir = scratch
        os.environ.update({k: scratch for k in old_env})
        _WATCHES.append(watch)
        try:
            yield watch, cwd, scratch
        finally:
            _WATCHES.remove(watch)
    finally:
        os.chdir(old_cwd)
        tempfile.tempdir = old_tempdir
        for key, value in old_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(base, ignore_errors=True)


def run_exporter(exporter: Any, casebook: Casebook, options: Any = None) -> ExportRun:
    """Write ``casebook`` with ``exporter`` in a sandbox and report what happened; never raises.

    ``options`` defaults to ``exporter.Options()``.
    """
    before = copy.deepcopy(casebook)
    stream = _HostStream()
    printed = io.StringIO()
    error: BaseException | None = None
    left: list[str] = []
    seen: list[warnings.WarningMessage] = []
    with _sandbox() as (watch, cwd, scratch):
        try:
            if options is None:
                options = exporter.Options()
            with contextlib.redirect_stdout(printed), warnings.catch_warnings(record=True) as seen:
                warnings.simplefilter("always")
                exporter.write(casebook, stream, options)
        except Exception as exc:  # the whole point is to report it
            error = exc
        left += [os.path.join("<cwd>", p) for p in _listing(cwd)]
        left += [os.path.join("<tempdir>", p) for p in _listing(scratch)]
    return ExportRun(
        output=stream.getvalue(),
        error=error,
        side_effects=tuple(dict.fromkeys(watch.effects)),
        left_behind=tuple(left),
        printed=printed.getvalue(),
        closed_stream=stream.closed_by_exporter,
        changed_casebook=casebook != before,
        warnings=tuple(f"{w.category.__name__}: {w.message}" for w in seen),
    )


# ------------------------------------------------------------------ the checks


def _options_label(options: Any) -> str:
    """``default options``, or only the fields that differ from the defaults: ``level=2``."""
    try:
        defaults = type(options)()
        changed = [
            f"{f.name}={getattr(options, f.name)!r}"
            for f in attrs.fields(type(options))
            if getattr(options, f.name) != getattr(defaults, f.name)
        ]
    except Exception:
        return repr(options)
    return ", ".join(changed) or "default options"


def conformance_problems(
    exporter: Any,
    *,
    option_variants: Iterable[Any] = (),
    deterministic: bool | None = None,
    casebooks: Mapping[str, Callable[[], Casebook]] | None = None,
) -> list[str]:
    """Every way ``exporter`` breaks the exporter contract, one readable line each.

    :param option_variants: ``Options`` instances that must each change the output on the hostile
        casebook (so an ignored option is caught; conclusive only for a deterministic exporter,
        whose output does not change anyway); every variant is also run on every casebook.
    :param deterministic: whether two runs must give identical bytes; by default the exporter's
        own ``deterministic`` attribute, and unchecked when it has none.
    :param casebooks: factories by name; defaults to :func:`sample_casebooks`.

    The static rules are :func:`claimtrack.host.contracts.exporter_problems`, the same check the
    host applies when a plugin registers an exporter. The exporter is run once before the watched
    runs and that run is not judged, so one-time side effects of lazy imports (a font cache) do
    not count against it.
    """
    found = exporter_problems(exporter)
    name = getattr(exporter, "name", repr(exporter))
    try:
        if not callable(getattr(exporter, "write", None)):
            return [f"exporter {name!r}: {p}" for p in found]
        default_options = exporter.Options()
    except Exception:  # already reported; nothing can run without options
        return [f"exporter {name!r}: {p}" for p in found]
    if deterministic is None:
        deterministic = getattr(exporter, "deterministic", None)
    variants = list(option_variants)
    for variant in variants:
        if type(variant) is not exporter.Options:
            found.append(f"option variant {variant!r} is not an instance of {exporter.Options!r}")
    books = sample_casebooks() if casebooks is None else casebooks
    # A first, unwatched run: libraries imported lazily inside write() may create their caches
    # on first use (matplotlib's ~/.cache/matplotlib); that happens once, not per export.
    # What write() does on every run is still caught by the runs below.
    for factory in list(books.values())[:1]:
        run_exporter(exporter, factory(), default_options)
    for book_name, factory in books.items():
        found += _casebook_problems(
            exporter, book_name, factory, default_options, variants, bool(deterministic)
        )
    return [f"exporter {name!r}: {p}" for p in found]


def _casebook_problems(
    exporter: Any,
    book_name: str,
    factory: Callable[[], Casebook],
    default_options: Any,
    variants: list[Any],
    deterministic: bool,
) -> list[str]:
    """The problems of writing one sample casebook with the defaults and each variant."""
    found: list[str] = []
    default_output: bytes | None = None
    for options in [default_options, *variants]:
        label = f"[{book_name} casebook, {_options_label(options)}]"
        run = run_exporter(exporter, factory(), options)
        found += [f"{label} {p}" for p in run.problems()]
        if options is default_options:
            default_output = run.output
        elif run.error is None and book_name == "hostile" and run.output == default_output:
            found.append(f"{label} output is the same as with the defaults: option ignored?")
    if deterministic and default_output:
        again = run_exporter(exporter, factory(), default_options)
        if again.error is None and again.output != default_output:
            found.append(
                f"[{book_name} casebook] declared deterministic, but two runs gave different "
                f"bytes (timestamps? set ordering?)"
            )
    return found


class ConformanceError(AssertionError):
    """An exporter breaks the contract; ``problems`` lists how, one line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{plural(len(self.problems), 'conformance problem')}:\n{lines}")


def check_exporter(
    exporter: Any,
    *,
    option_variants: Iterable[Any] = (),
    deterministic: bool | None = None,
    casebooks: Mapping[str, Callable[[], Casebook]] | None = None,
) -> None:
    """Assert that ``exporter`` keeps the exporter contract; raise :class:`ConformanceError` if not.

    Takes the same arguments as :func:`conformance_problems`. Made for pytest: a failure lists every
    problem at once.
    """
    problems = conformance_problems(
        exporter, option_variants=option_variants, deterministic=deterministic, casebooks=casebooks
    )
    if problems:
        raise ConformanceError(problems)
