"""A conformance kit for exporter plugins: hostile sample casebooks and checks to run from pytest.

Any exporter, built-in or third-party, can prove it keeps the exporter contract with one line::

    from claimtrack.host.testing import check_exporter

    def test_conformance():
        check_exporter(MarkdownExporter())

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
import datetime as dt
import io
import os
import re
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
from claimtrack.model import Article, PartialDate, Role

__all__ = [
    "HOSTILE_STRINGS",
    "ConformanceError",
    "ExportRun",
    "check_exporter",
    "conformance_problems",
    "empty_casebook",
    "export_bytes",
    "hostile_casebook",
    "huge_quote_casebook",
    "run_exporter",
    "sample_casebooks",
]

# ------------------------------------------------------------------ hostile text

#: Text that breaks naive exporters, by what it attacks. Every string here appears in
#: :func:`hostile_casebook` (in article text, quotes, names, notes or titles).
HOSTILE_STRINGS: Mapping[str, str] = {
    # Spreadsheets run these as formulas unless written as text (CSV/formula injection).
    "formula": "=1+2",
    "formula_plus": "+1+2",
    "formula_minus": "-1+2",
    "formula_at": "@cmd",
    "formula_dde": "=cmd|' /C calc'!A0",
    "formula_hyperlink": '=HYPERLINK("https://example.invalid","click")',
    "formula_tab": "\t=1+2",
    # XML 1.0 forbids these: openpyxl raises IllegalCharacterError, lxml raises ValueError.
    "xml_forbidden": "NUL\x00 SOH\x01 BS\x08 VT\x0b FF\x0c ESC\x1b US\x1f nonchars\ufffe\uffff",
    "right_to_left": "قال وزير الخارجية «لن نستضيف قاعدة» — שלום \u202eTXT.EXE\u202c \u200f.",
    "emoji": "👩\u200d👩\u200d👧 🇧🇾 ✊🏽 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "spaces": "14\u00a0October\u202f2022, zero\u200bwidth, soft\u00adhyphen, \ufeffBOM",
    "combining": "e\u0301 Лукашенко 中文 ﷺ",
    "markup": "<script>alert('x')</script> ]]> &amp; &lt;b&gt; <!-- c --> <w:t>",
    "markdown": "**not bold** _x_ `code` | a | b | # not a heading [link](javascript:alert(1))",
    "templates": "{{ 7*7 }} ${7*7} %s %(x)s {0} \\N{BULLET}",
    "paths": "C:\\new\\table ../../etc/passwd",
    "long_word": "Donaudampfschifffahrt" * 100,
}

#: Roughly the size of the quote in :func:`huge_quote_casebook` (characters).
HUGE_QUOTE_CHARS = 100_000


def _hostile_article_text() -> str:
    h = HOSTILE_STRINGS
    paragraphs = [
        f"{h['formula']} opens this article, and the quote at its very start has no prefix.",
        f"The minister said: “{h['formula_dde']}” and then {h['formula_at']} was typed.",
        f"Spreadsheet bait: {h['formula_plus']} / {h['formula_minus']} / {h['formula_hyperlink']}.",
        f"Tabbed:{h['formula_tab']} and a carriage\rreturn inside a line.",
        f"Control characters: {h['xml_forbidden']}.",
        f"Right to left: {h['right_to_left']}",
        f"Emoji: {h['emoji']}. Combining: {h['combining']}.",
        f"Odd spaces: {h['spaces']}.",
        f"Markup: {h['markup']}",
        f"Markdown: {h['markdown']}",
        f"Templates: {h['templates']} Paths: {h['paths']}",
        f"A long word: {h['long_word']}.",
        "A quote that spans\ntwo lines of the same paragraph.",
        "Last sentence, so the closing quote has no suffix.",
    ]
    return "\n\n".join(paragraphs)


def hostile_casebook() -> Casebook:
    """A small, valid casebook whose every text field is hostile or odd.

    Formula-like quotes (``=1+2``, ``@cmd``), characters XML forbids, right-to-left text and
    bidi overrides, emoji, NBSP and zero-width spaces, markup, a very long word, quotes at the very
    start and end of an article and across a line break, every stance, every date precision,
    credibility 1–6, claims with and without assessments or evidence, and contradictions between
    claims and between evidence in every status. Built fresh on each call; deterministic.
    """
    h = HOSTILE_STRINGS
    text = _hostile_article_text()
    art_a = Article(
        id="hostile-a",
        text=text,
        title=f"{h['formula']} {h['markup']} {h['emoji']}",
        authors=(f"Ана {h['formula_at']}", "\u202eRTL author"),
        publisher=f"{h['formula']} Press",
        url="https://example.invalid/päth?q=a b&c=<d>",
        published=PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3)),
        language="en",
    )
    plain = "Plain article. Lukashenka said Belarus “will not host” a base. Nobody else spoke."
    art_b = Article(
        id="plain-b",
        text=plain,
        title="A plain article",
        publisher="Plain Daily",
        url="javascript:alert(1)",
        published=PartialDate.month(2022, 10),
    )
    art_c = Article(id="undated-c", text=f"Undated, untitled. {h['right_to_left']}")

    book = Casebook(
        [art_a, art_b, art_c],
        title=f"Case «{h['formula']}» {h['right_to_left']} {h['emoji']} {h['markup']}",
        bottom_line=f"{h['markdown']}\n\nSecond paragraph: {h['xml_forbidden']}",
        author=f"Analyst\u00a0{h['formula_at']}",
    )
    lukashenka = f"{h['formula_at']} Lukashenka 👑"
    book.add_actor(
        lukashenka,
        aliases=["Лукашенко", "A.\u00a0Lukashenka"],
        roles=[
            Role("President", start=PartialDate.year(1994)),
            Role(f"{h['formula']} chair", start="2022-10", end="2023"),
        ],
        affiliation=h["markup"],
        reliability="C",
    )
    book.add_actor("Nameless spokesperson")
    book.rate_source(f"{h['formula']} Press", "E", url="https://example.invalid", notes=h["markup"])
    book.rate_source("Plain Daily", "B")

    book.add_claim(
        f"{h['formula']} is what the minister said {h['emoji']}",
        id="c1",
        claimant=lukashenka,
        tags=[h["formula"], "🇧🇾", h["right_to_left"]],
        notes=h["markup"],
        likelihood="roughly even chance",
        confidence="low",
    )
    book.add_claim(h["right_to_left"], id="c2", likelihood="almost certain", confidence="high")
    book.add_claim(
        f"Control characters in a claim: {h['xml_forbidden']}", id="c3", notes=h["templates"]
    )
    book.add_claim("A claim with no evidence at all.", id="c4-no-evidence")

    digest_week = PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3))
    # (id, claim, article, quote, stance, speaker, said_on, credibility, notes): every stance,
    # every date precision, credibility 1-6, quotes at the start, the end and across a line break.
    a, spokesperson, end_quote = "hostile-a", "Nameless spokesperson", "the closing quote has no"
    rows: list[tuple[str, str, str, str, str, str | None, Any, int, str]] = [
        ("e1", "c1", a, h["formula"], "supports", lukashenka, "2022-10-14", 1, h["formula_dde"]),
        ("e2", "c1", a, h["formula_dde"], "refutes", "Лукашенко", "2022-10", 2, ""),
        ("e3", "c1", "plain-b", "will not host", "refutes", "Lukashenka", "2022", 3, ""),
        ("e4", "c2", a, h["right_to_left"], "neutral", None, digest_week, 4, ""),
        ("e5", "c2", "undated-c", h["right_to_left"], "supports", spokesperson, None, 5, ""),
        ("e6", "c3", a, h["xml_forbidden"], "supports", h["emoji"], None, 6, h["xml_forbidden"]),
        ("e7", "c3", a, "A quote that spans\ntwo lines", "refutes", None, None, 6, ""),
        ("e8", "c3", a, h["markup"], "neutral", h["markdown"], None, 6, ""),
        ("e9", "c3", a, h["long_word"], "supports", None, None, 6, h["long_word"]),
        ("e10", "c3", a, f"{end_quote} suffix.", "neutral", None, None, 6, h["templates"]),
        ("e11", "c2", a, h["spaces"], "refutes", h["spaces"], None, 6, ""),
    ]
    for id_, claim, article, quote, stance, speaker, said_on, credibility, notes in rows:
        book.add_evidence(
            claim,
            article=article,
            quote=quote,
            stance=stance,
            speaker=speaker,
            said_on=said_on,
            credibility=credibility,
            notes=notes,
            occurrence=0 if quote == h["formula"] else None,  # "=1+2" also opens the article
            id=id_,
        )

    book.add_contradiction(
        "c1", "c2", kind="contradictory", rationale=h["formula_hyperlink"], id="x-claims"
    )
    book.add_contradiction(
        "e1",
        "e2",
        kind="temporal change",
        status="explained",
        resolution=f"Other time window: {h['right_to_left']}",
        id="x-explained",
    )
    book.add_contradiction(
        "e2",
        "e6",
        kind="numeric",
        status="candidate",
        detected_by=f"detector {h['formula_at']}",
        reasons=[h["formula"], h["xml_forbidden"], "six members in 2022"],
        id="x-candidate",
    )
    book.add_contradiction(
        "c2",
        "c3",
        kind="contrary",
        status="dismissed",
        rationale=h["markdown"],
        resolution=h["emoji"],
        id="x-dismissed",
    )
    return book


def huge_quote_casebook(size: int = HUGE_QUOTE_CHARS) -> Casebook:
    """One article of a little over ``size`` characters, one piece of evidence quoting ``size``.

    The quote spans many paragraphs and is longer than an Excel cell may hold (32,767 characters).
    """
    lines = []
    total = 0
    i = 0
    while total < size:
        line = (
            f"Paragraph {i}: “=SUM(A{i})” said the spokesman — مرحبا {i} 🇧🇾, on {i % 28 + 1} May."
        )
        lines.append(line)
        total += len(line) + 1
        i += 1
    body = "\n".join(lines)
    quote = body[:size]
    text = f"Preamble before the huge quote.\n{body}\nEpilogue after it."
    article = Article(
        id="huge",
        text=text,
        title="Huge",
        publisher="Huge Post",
        published=PartialDate.day(2022, 10, 14),
    )
    book = Casebook([article], title="A casebook with a 100 kB quote")
    claim = book.add_claim("The spokesman talked for a very long time.", id="huge-claim")
    book.add_evidence(
        claim.id,
        article=article.id,
        quote=quote,
        stance="supports",
        speaker="The spokesman",
        credibility=2,
    )
    return book


def empty_casebook() -> Casebook:
    """A casebook with nothing in it: no title, articles, claims, evidence or contradictions."""
    return Casebook()


def sample_casebooks() -> dict[str, Callable[[], Casebook]]:
    """The casebooks :func:`check_exporter` writes, by name, as factories (each builds anew)."""
    return {"hostile": hostile_casebook, "huge_quote": huge_quote_casebook, "empty": empty_casebook}


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


def export_bytes(exporter: Any, casebook: Casebook, options: Any = None) -> bytes:
    """Write ``casebook`` with ``exporter`` to memory and return the bytes (``write`` errors raise).

    The quickest way to assert on an exporter's output in a plugin's own tests.
    """
    stream = io.BytesIO()
    exporter.write(casebook, stream, exporter.Options() if options is None else options)
    return stream.getvalue()


# ------------------------------------------------------------------ the checks

_NAME = re.compile(r"^[a-z][a-z0-9_.-]*$")


def _attribute_problems(exporter: Any) -> list[str]:
    found = []
    name = getattr(exporter, "name", None)
    if not isinstance(name, str) or not _NAME.match(name):
        found.append(f"name {name!r} must be a lowercase word such as 'markdown'")
    extensions = getattr(exporter, "extensions", None)
    if not isinstance(extensions, tuple) or not all(isinstance(e, str) for e in extensions):
        found.append(f"extensions {extensions!r} must be a tuple of strings such as ('.md',)")
    else:
        for ext in extensions:
            if not re.match(r"^\.[a-z0-9][a-z0-9.]*$", ext):
                found.append(f"extension {ext!r} must start with a dot and be lowercase")
        if len(set(extensions)) != len(extensions):
            found.append(f"extensions {extensions!r} repeat themselves")
    media_type = getattr(exporter, "media_type", None)
    if not isinstance(media_type, str) or not re.match(r"^[\w.+-]+/[\w.+-]+", media_type):
        found.append(f"media_type {media_type!r} must be a media type such as 'text/markdown'")
    description = getattr(exporter, "description", None)
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        found.append("description must be one non-empty line (shown by `claimtrack formats`)")
    if not callable(getattr(exporter, "write", None)):
        found.append("write(casebook, stream, options) is missing")
    found += _options_problems(getattr(exporter, "Options", None))
    return found


def _options_problems(options_class: Any) -> list[str]:
    if not (isinstance(options_class, type) and attrs.has(options_class)):
        return [
            f"Options {options_class!r} must be an attrs class (use claimtrack.NoOptions for none)"
        ]
    found = []
    for f in attrs.fields(options_class):
        if f.default is attrs.NOTHING:
            found.append(f"option {f.name!r} has no default; every option needs one")
    if found:
        return found
    try:
        instance = options_class()
    except Exception as exc:
        return [f"Options() raised {_describe(exc)}"]
    fields = attrs.fields(options_class)
    if fields:
        try:
            setattr(instance, fields[0].name, getattr(instance, fields[0].name))
        except attrs.exceptions.FrozenInstanceError:
            pass
        else:
            found.append("Options must be frozen (@attrs.frozen): the host shares instances")
    return found


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

    The exporter is run once before the watched runs and that run is not judged, so one-time
    side effects of lazy imports (a font cache) do not count against it.
    """
    found = _attribute_problems(exporter)
    if not callable(getattr(exporter, "write", None)):
        return found
    try:
        default_options = exporter.Options()
    except Exception:
        return found  # already reported; nothing can run without options
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
    default_outputs: dict[str, bytes] = {}
    for book_name, factory in books.items():
        for options in [default_options, *variants]:
            label = f"[{book_name} casebook, {_options_label(options)}]"
            run = run_exporter(exporter, factory(), options)
            found += [f"{label} {p}" for p in run.problems()]
            if options is default_options:
                default_outputs[book_name] = run.output
            elif (
                run.error is None
                and book_name == "hostile"
                and run.output == default_outputs.get(book_name)
            ):
                found.append(f"{label} output is the same as with the defaults: option ignored?")
        if deterministic and default_outputs.get(book_name):
            again = run_exporter(exporter, factory(), default_options)
            if again.error is None and again.output != default_outputs[book_name]:
                found.append(
                    f"[{book_name} casebook] declared deterministic, but two runs gave different "
                    f"bytes (timestamps? set ordering?)"
                )
    name = getattr(exporter, "name", repr(exporter))
    return [f"exporter {name!r}: {p}" for p in found]


class ConformanceError(AssertionError):
    """An exporter breaks the contract; ``problems`` lists how, one line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} conformance problem(s):\n{lines}")


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
