"""The plugin host: finds plugins, keeps one broken plugin from breaking the rest, and exports.

Plugins come from the ``claimtrack`` entry-point group (each entry point loaded on its own, so a
plugin that fails to import is reported by name and the others still load) or are registered at
run time with :func:`register_plugin`. Problems (an import error, a hook that raises, a misspelt
hook name, two plugins claiming one format) become a :class:`PluginWarning` and are listed by
``claimtrack plugins``; in strict mode they raise :class:`~claimtrack.PluginError` instead.

Built-in plugins are the entry points whose distribution is claimtrack itself (json, xlsx, docx,
the contradictions detector):
they are registered exactly like a third party's, but ``CLAIMTRACK_LOAD_PLUGINS`` does not
switch them off.

Environment:

- ``CLAIMTRACK_LOAD_PLUGINS``: unset loads every plugin; ``""`` loads no third-party plugin;
  ``"a,b"`` loads only the third-party plugins whose entry-point or distribution name is listed.
- ``CLAIMTRACK_STRICT_PLUGINS=1``: raise on any plugin problem (for plugin authors' CI).
"""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from difflib import get_close_matches
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pluggy
from attrs import define, frozen

from claimtrack.errors import FormatError, PluginError
from claimtrack.host import hookspecs
from claimtrack.host.contracts import Exporter
from claimtrack.host.export import build_options, write_atomic, write_bytes
from claimtrack.model import Contradiction, ContradictionStatus

if TYPE_CHECKING:
    import click

    from claimtrack.casebook.book import Casebook

__all__ = [
    "PluginFailure",
    "PluginHost",
    "PluginInfo",
    "PluginWarning",
    "export",
    "export_bytes",
    "get_host",
    "get_plugin_manager",
    "register_plugin",
    "set_host",
    "use_host",
]

_ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME
_BUILTIN_DISTRIBUTION = "claimtrack"


class PluginWarning(UserWarning):
    """A plugin problem that did not stop claimtrack (the plugin, or part of it, is skipped)."""


@frozen
class PluginFailure:
    """One problem with one plugin: at which ``stage`` and what happened."""

    plugin: str
    #: "import", "register", "unknown hook", a hook name such as "register_exporters", "conflict".
    stage: str
    message: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} ({self.stage}): {self.message}"


@frozen
class PluginInfo:
    """What ``claimtrack plugins`` shows about one plugin."""

    name: str
    #: "entry point" or "runtime".
    source: str
    #: ``"name = module"`` for an entry point, else None.
    entry_point: str | None
    builtin: bool
    distribution: str | None
    version: str | None
    loaded: bool
    hooks: tuple[str, ...]
    exporters: tuple[str, ...]
    failures: tuple[PluginFailure, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (failures as ``{"stage", "message"}`` objects)."""
        data = attrs.asdict(self, recurse=False)
        data["hooks"] = list(self.hooks)
        data["exporters"] = list(self.exporters)
        data["failures"] = [{"stage": f.stage, "message": f.message} for f in self.failures]
        return data


@define
class _Record:
    name: str
    source: str
    entry_point: EntryPoint | None = None
    builtin: bool = False
    version: str | None = None
    distribution: str | None = None
    plugin: object | None = None
    failures: list[PluginFailure] = attrs.Factory(list)


def _env_strict() -> bool:
    return os.environ.get("CLAIMTRACK_STRICT_PLUGINS", "").strip().lower() in {"1", "true", "yes"}


def _env_allowlist() -> frozenset[str] | None:
    value = os.environ.get("CLAIMTRACK_LOAD_PLUGINS")
    if value is None:
        return None
    return frozenset(_norm(p) for p in value.split(",") if p.strip())


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


class PluginHost:
    """A pluggy plugin manager plus claimtrack's bookkeeping. Most code uses :func:`get_host`.

    ``PluginHost()`` loads the ``claimtrack`` entry points lazily, on first use.
    ``PluginHost(entry_points=[])`` starts empty (tests register throwaway plugins on it);
    ``entry_points`` may also be a list of :class:`importlib.metadata.EntryPoint`.
    ``strict`` defaults to ``CLAIMTRACK_STRICT_PLUGINS``; ``load_plugins`` (names of third-party
    plugins to load, or ``()`` for none) defaults to ``CLAIMTRACK_LOAD_PLUGINS``.
    """

    def __init__(
        self,
        *,
        entry_points: Iterable[EntryPoint] | None = None,
        strict: bool | None = None,
        load_plugins: Iterable[str] | None = None,
    ) -> None:
        self.strict = _env_strict() if strict is None else strict
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self._entry_points = None if entry_points is None else list(entry_points)
        self._allow = (
            _env_allowlist() if load_plugins is None else frozenset(_norm(n) for n in load_plugins)
        )
        self._records: dict[str, _Record] = {}
        # Every exporter offered, in registration order: (plugin name, exporter). The first
        # claim on a name or suffix wins; later claims are reported as conflicts.
        self._offers: list[tuple[str, Exporter]] = []
        self._loaded = False

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Load the entry points now (otherwise done on first use). Safe to call twice."""
        if self._loaded:
            return
        self._loaded = True
        eps = self._entry_points
        if eps is None:
            eps = list(entry_points(group=_ENTRY_POINT_GROUP))
        # Built-ins first, so they keep their names when a third-party plugin claims the same.
        ordered = sorted(eps, key=lambda ep: (not _is_builtin(ep), ep.name))
        for ep in ordered:
            self._load_entry_point(ep)
        if self.strict:
            # Belt and braces: pluggy's own check that every hook implementation has a spec.
            try:
                self.pm.check_pending()
            except pluggy.PluginValidationError as exc:
                raise PluginError(str(exc)) from None

    def _load_entry_point(self, ep: EntryPoint) -> None:
        builtin = _is_builtin(ep)
        dist = ep.dist
        if not builtin and self._allow is not None:
            names = {_norm(ep.name)} | ({_norm(dist.name)} if dist is not None else set())
            if not names & self._allow:
                return
        if ep.name in self._records:
            self._fail(self._records[ep.name], "conflict", f"two entry points named {ep.name!r}")
            return
        record = _Record(
            name=ep.name,
            source="entry point",
            entry_point=ep,
            builtin=builtin,
            version=dist.version if dist is not None else None,
            distribution=dist.name if dist is not None else None,
        )
        self._records[ep.name] = record
        try:
            plugin = ep.load()
        except Exception as exc:  # why: any import-time failure is the plugin's
            self._fail(record, "import", f"cannot import {ep.value!r}: {type(exc).__name__}: {exc}")
            return
        try:
            self._register(record, plugin)
        except PluginError as exc:
            self._fail(record, "register", str(exc))

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object (a module, class or instance with hook functions) now.

        An :class:`~claimtrack.Exporter` instance is accepted as it is: it is wrapped in a plugin
        whose ``register_exporters`` returns it, named ``exporter:<format name>``.

        Returns the name it is registered under. Raises :class:`~claimtrack.PluginError` if
        the name is taken or the plugin's hooks do not match the hook specifications.
        """
        self.load()
        if isinstance(plugin, Exporter):
            name = name or f"exporter:{plugin.name}"
            plugin = _SingleExporterPlugin(plugin)
        if name is None:
            name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if name in self._records or self.pm.is_registered(plugin):
            raise PluginError(
                f"a plugin named {name!r} (or this same object) is already registered; "
                f"pass another name= or unregister it first"
            )
        record = _Record(name=name, source="runtime", version=getattr(plugin, "__version__", None))
        self._records[name] = record
        try:
            self._register(record, plugin)
        except PluginError:
            del self._records[name]
            raise
        return name

    def unregister(self, name: str) -> None:
        """Remove a plugin and the exporters it offered (a shadowed exporter comes back)."""
        self.load()
        record = self._records.pop(name, None)
        if record is None:
            raise PluginError(f"no plugin named {name!r}; known: {', '.join(self._records)}")
        if record.plugin is not None:
            self.pm.unregister(record.plugin)
        self._offers = [(p, e) for p, e in self._offers if p != name]

    def _register(self, record: _Record, plugin: object) -> None:
        """Register with pluggy (PluginError if its hooks do not fit), then check and collect."""
        try:
            self.pm.register(plugin, name=record.name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginError(f"plugin {record.name!r} cannot be registered: {exc}") from None
        record.plugin = plugin
        self._check_hook_names(record)
        self._collect_exporters(record)

    def _check_hook_names(self, record: _Record) -> None:
        spec_names = [n for n in dir(hookspecs) if _is_spec(getattr(hookspecs, n))]
        for caller in self.pm.get_hookcallers(record.plugin) or ():
            if caller.has_spec():
                continue
            impls = [i for i in caller.get_hookimpls() if i.plugin is record.plugin]
            if any(not i.optionalhook for i in impls):
                hint = get_close_matches(caller.name, spec_names, n=1)
                self._fail(
                    record,
                    "unknown hook",
                    f"{caller.name!r} is not a claimtrack hook"
                    + (f"; did you mean {hint[0]!r}?" if hint else "")
                    + f" (hooks: {', '.join(spec_names)})",
                )

    # ---------------------------------------------------------------- problems

    def _fail(self, record: _Record, stage: str, message: str) -> None:
        failure = PluginFailure(record.name, stage, message)
        record.failures.append(failure)
        if self.strict:
            raise PluginError(str(failure))
        warnings.warn(str(failure), PluginWarning, stacklevel=3)

    def failures(self) -> tuple[PluginFailure, ...]:
        """Every problem recorded so far, across plugins."""
        self.load()
        return tuple(f for r in self._records.values() for f in r.failures)

    # ------------------------------------------------------------ calling hooks

    def _call_each(
        self, hook_name: str, only: _Record | None = None, **kwargs: Any
    ) -> Iterator[tuple[_Record, Any]]:
        """Call one hook plugin by plugin, so one that raises is reported and skipped.

        Implementations are called in registration order (pluggy's own call runs them newest
        first and stops at the first exception, which would let one plugin hide the others).
        """
        caller = getattr(self.pm.hook, hook_name)
        for impl in caller.get_hookimpls():
            record = self._records.get(impl.plugin_name)
            if record is None or (only is not None and record is not only):
                continue
            if impl.wrapper or impl.hookwrapper:
                self._fail(record, hook_name, "hook wrappers are not supported for this hook")
                continue
            try:
                result = impl.function(*(kwargs[a] for a in impl.argnames))
            except Exception as exc:  # why: a plugin's bug must not stop the others
                self._fail(record, hook_name, f"raised {type(exc).__name__}: {exc}")
                continue
            yield record, result

    def _collect_exporters(self, record: _Record) -> None:
        for _record, result in self._call_each("register_exporters", only=record):
            for exporter in _as_list(result):
                problem = _exporter_problem(exporter)
                if problem:
                    self._fail(record, "register_exporters", problem)
                    continue
                self._offer(record, exporter)

    def _offer(self, record: _Record, exporter: Exporter) -> None:
        active = self._active()
        name = exporter.name.lower()
        if name in active:
            owner = active[name][0]
            self._fail(
                record,
                "conflict",
                f"format {name!r} is already provided by plugin {owner!r}; this plugin's "
                f"{name!r} exporter is ignored (unregister {owner!r} to use it)",
            )
            # Kept, shadowed: it becomes active if the owner is unregistered.
            self._offers.append((record.name, exporter))
            return
        by_ext = self._by_extension()
        for ext in exporter.extensions:
            if ext.lower() in by_ext:
                other = by_ext[ext.lower()]
                self._fail(
                    record,
                    "conflict",
                    f"extension {ext!r} of format {name!r} is already claimed by format "
                    f"{other.name!r}; {ext} files keep going to {other.name!r} "
                    f"(pass format={name!r} to use this one)",
                )
        self._offers.append((record.name, exporter))

    def _active(self) -> dict[str, tuple[str, Exporter]]:
        active: dict[str, tuple[str, Exporter]] = {}
        for plugin, exporter in self._offers:
            active.setdefault(exporter.name.lower(), (plugin, exporter))
        return active

    def _by_extension(self) -> dict[str, Exporter]:
        by_ext: dict[str, Exporter] = {}
        for _plugin, exporter in self._active().values():
            for ext in exporter.extensions:
                by_ext.setdefault(ext.lower(), exporter)
        return by_ext

    def exporters(self) -> dict[str, Exporter]:
        """The available exporters by format name, in registration order."""
        self.load()
        return {name: exporter for name, (_p, exporter) in self._active().items()}

    def exporter_for(
        self, format: str | None = None, path: str | os.PathLike[str] | None = None
    ) -> Exporter:
        """The exporter for ``format``, else for the suffix of ``path``; FormatError if none."""
        available = self.exporters()
        listing = (
            ", ".join(
                f"{n} ({', '.join(e.extensions)})" if e.extensions else n
                for n, e in available.items()
            )
            or "none (no exporter plugin is loaded)"
        )
        if format:
            exporter = available.get(format.lower().lstrip("."))
            if exporter is None:
                exporter = self._by_extension().get("." + format.lower().lstrip("."))
            if exporter is not None:
                return exporter
            hint = get_close_matches(format.lower(), list(available), n=1)
            raise FormatError(
                f"unknown format {format!r}"
                + (f" (did you mean {hint[0]!r}?)" if hint else "")
                + f"; available: {listing}"
            )
        if path is None:
            raise FormatError(f"no format given; available: {listing}")
        suffix = Path(path).suffix.lower()
        exporter = self._by_extension().get(suffix)
        if exporter is not None:
            return exporter
        hint = get_close_matches(suffix, list(self._by_extension()), n=1)
        said = f"its suffix {suffix!r}" if suffix else "it (it has no suffix)"
        raise FormatError(
            f"cannot tell the format of {os.fspath(path)!r} from {said}"
            + (f" (did you mean {hint[0]!r}?)" if hint else "")
            + f"; pass a format: {listing}"
        )

    def add_commands(self, cli: click.Group) -> None:
        """Let every plugin add its subcommands to ``cli`` (``register_commands`` hook)."""
        self.load()
        for _record, _result in self._call_each("register_commands", cli=cli):
            pass

    def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
        """Candidate contradictions from every detector plugin, in plugin order.

        A result that is not a candidate :class:`~claimtrack.Contradiction` is reported as the
        plugin's failure and dropped; the casebook is not changed.
        """
        self.load()
        found: list[Contradiction] = []
        for record, result in self._call_each("detect_contradictions", casebook=casebook):
            for item in _as_list(result):
                if not isinstance(item, Contradiction):
                    self._fail(
                        record,
                        "detect_contradictions",
                        f"returned {type(item).__name__}, not a claimtrack.Contradiction",
                    )
                elif item.status is not ContradictionStatus.CANDIDATE:
                    self._fail(
                        record,
                        "detect_contradictions",
                        f"returned {item.id!r} with status {item.status.value!r}; detectors "
                        f"propose candidates only",
                    )
                else:
                    found.append(item)
        return found

    # ---------------------------------------------------------------- exporting

    def export(
        self,
        book: Casebook,
        dest: str | os.PathLike[str],
        format: str | None = None,
        **options: Any,
    ) -> Path:
        """Write ``book`` to the file ``dest``; see :func:`claimtrack.export`."""
        exporter = self.exporter_for(format, dest)
        return write_atomic(book, exporter, build_options(exporter, options), dest)

    def export_bytes(self, book: Casebook, format: str, **options: Any) -> bytes:
        """What :meth:`export` would write, returned as bytes (handy in tests and web apps)."""
        exporter = self.exporter_for(format)
        return write_bytes(book, exporter, build_options(exporter, options))

    # ----------------------------------------------------------------- listing

    def plugins(self, *, include_builtin: bool = True) -> list[PluginInfo]:
        """Every plugin known (loaded or failed), built-ins first."""
        self.load()
        infos = []
        for record in self._records.values():
            if record.builtin and not include_builtin:
                continue
            hooks: tuple[str, ...] = ()
            if record.plugin is not None:
                callers = self.pm.get_hookcallers(record.plugin) or []
                hooks = tuple(sorted(c.name for c in callers))
            ep = record.entry_point
            infos.append(
                PluginInfo(
                    name=record.name,
                    source=record.source,
                    entry_point=f"{ep.name} = {ep.value}" if ep is not None else None,
                    builtin=record.builtin,
                    distribution=record.distribution,
                    version=record.version,
                    loaded=record.plugin is not None,
                    hooks=hooks,
                    exporters=tuple(e.name for p, e in self._offers if p == record.name),
                    failures=tuple(record.failures),
                )
            )
        return infos


def _is_builtin(ep: EntryPoint) -> bool:
    dist = ep.dist
    return dist is not None and _norm(dist.name) == _BUILTIN_DISTRIBUTION


def _is_spec(obj: object) -> bool:
    return callable(obj) and hasattr(obj, f"{hookspecs.PROJECT_NAME}_spec")


def _as_list(result: object) -> list[Any]:
    if result is None:
        return []
    if isinstance(result, Exporter | Contradiction):
        return [result]
    return list(result)  # type: ignore[call-overload]


def _exporter_problem(exporter: object) -> str:
    if isinstance(exporter, type) and issubclass(exporter, Exporter):
        return f"returned the class {exporter.__name__}; return an instance: {exporter.__name__}()"
    if not isinstance(exporter, Exporter):
        return f"returned {exporter!r}, which is not a claimtrack.Exporter"
    name = getattr(exporter, "name", None)
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.+-]*", name):
        return f"exporter {type(exporter).__name__} has no valid name (got {name!r})"
    exts = exporter.extensions
    if isinstance(exts, str) or not all(isinstance(e, str) and e.startswith(".") for e in exts):
        return f"exporter {name!r}: extensions must be a tuple like ('.csv',), got {exts!r}"
    if not attrs.has(exporter.Options):
        return f"exporter {name!r}: Options must be an attrs class, got {exporter.Options!r}"
    return ""


# ------------------------------------------------------------- the default host

_default: PluginHost | None = None


def get_host() -> PluginHost:
    """The process-wide host behind :func:`claimtrack.export` and the CLI (made on first use)."""
    global _default
    if _default is None:
        _default = PluginHost()
    return _default


def get_plugin_manager() -> pluggy.PluginManager:
    """The default host's :class:`pluggy.PluginManager`, with every plugin loaded.

    Calling ``pm.hook.X(...)`` directly runs all implementations in one go (the first exception
    stops it); :class:`PluginHost` methods call plugins one by one and report failures instead.
    """
    host = get_host()
    host.load()
    return host.pm


def set_host(host: PluginHost | None) -> None:
    """Replace the process-wide host (``None``: make a fresh one on next use)."""
    global _default
    _default = host


@contextlib.contextmanager
def use_host(host: PluginHost) -> Iterator[PluginHost]:
    """Use ``host`` as the process-wide host inside a ``with`` block (tests, embedding)."""
    global _default
    previous = _default
    _default = host
    try:
        yield host
    finally:
        _default = previous


class _SingleExporterPlugin:
    """Wraps one exporter instance so ``register_plugin(exporter)`` is a single call."""

    def __init__(self, exporter: Exporter) -> None:
        self.exporter = exporter

    @hookspecs.hookimpl
    def register_exporters(self) -> list[Exporter]:
        return [self.exporter]


def register_plugin(plugin: object, name: str | None = None) -> str:
    """Register a plugin object, or a bare exporter, with the process-wide host; returns its name.

    The shortest path for a one-off format::

        claimtrack.register_plugin(CsvExporter())

    A plugin with several hooks::

        class MyPlugin:
            @claimtrack.hookimpl
            def register_exporters(self):
                return [CsvExporter()]

        claimtrack.register_plugin(MyPlugin())
    """
    return get_host().register(plugin, name)


def export(
    book: Casebook, dest: str | os.PathLike[str], format: str | None = None, **options: Any
) -> Path:
    """Write ``book`` to the file ``dest`` with the exporter for ``format``, else ``dest``'s suffix.

    ``options`` are the exporter's own (``claimtrack formats`` lists them); a misspelt one is an
    error, not ignored. The output goes to a temporary file beside ``dest`` that replaces ``dest``
    only when the exporter succeeded. Raises :class:`~claimtrack.FormatError` for an unknown format
    or option, :class:`~claimtrack.ExportError` when writing fails or ``dest`` is an input file.
    Returns the path written.
    """
    return get_host().export(book, dest, format, **options)


def export_bytes(book: Casebook, format: str, **options: Any) -> bytes:
    """What :func:`export` would write for ``format``, returned as bytes."""
    return get_host().export_bytes(book, format, **options)
