"""The plugin host: registers plugins, calls their hooks through pluggy, keeps a bad one apart.

claimtrack's own plugins (the json, xlsx and docx exporters, the article readers and the
contradiction detector; see :mod:`claimtrack.host.builtins`) are registered in code first. Third
parties come from the ``claimtrack`` entry-point group, each entry point loaded on its own, or are
registered at run time with :func:`register_plugin`.

When a plugin is registered, its registration hooks (``register_exporters``,
``register_readers``) are called for it alone (a pluggy subset call) and what they return is
checked against the contracts. A plugin whose hook raises or returns something that is not a
valid exporter or reader is unregistered and reported by name: a :class:`PluginWarning`, listed by
``claimtrack plugins``, or a :class:`~claimtrack.errors.PluginError` in strict mode. Everything
else, built-ins included, keeps working. A format name, suffix or command name belongs to the plugin
that claimed it first (built-ins are first); a later claim is reported as a conflict.

Hooks run in pluggy's order, as in pytest: ``tryfirst`` implementations first, ``trylast`` last,
otherwise the plugin registered last first. That order is the order of :meth:`PluginHost.exporters`,
:meth:`PluginHost.readers` and of the detectors' results. Environment: see
:mod:`claimtrack.host.listing` (``CLAIMTRACK_LOAD_PLUGINS``, ``CLAIMTRACK_STRICT_PLUGINS``,
``CLAIMTRACK_TRACE``).
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

import pluggy

from claimtrack.errors import PluginError
from claimtrack.host import hookspecs
from claimtrack.host.builtins import BUILTIN_PLUGINS
from claimtrack.host.calling import as_list, call_alone, call_order
from claimtrack.host.catalog import Catalog
from claimtrack.host.contracts import (
    Exporter,
    ReviewReader,
    exporter_problems,
    review_reader_problems,
)
from claimtrack.host.listing import (
    PluginFailure,
    PluginInfo,
    PluginRecord,
    PluginWarning,
    env_allowlist,
    env_flag,
    normalise,
)
from claimtrack.reading.readers import Reader, reader_problem

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    import click

__all__ = ["PluginFailure", "PluginHost", "PluginInfo", "PluginWarning"]

_ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME
_OWN_DISTRIBUTION = "claimtrack"


@functools.cache
def _own_version() -> str | None:
    # importlib.metadata (15 ms to import, mostly the email package) is imported here, when the
    # host loads, never when claimtrack is imported.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(_OWN_DISTRIBUTION)
    except PackageNotFoundError:  # pragma: no cover - a source tree without install
        return None


def _installed_entry_points() -> list[EntryPoint]:
    from importlib.metadata import entry_points

    return list(entry_points(group=_ENTRY_POINT_GROUP))


class PluginHost(Catalog):
    """A pluggy plugin manager plus claimtrack's bookkeeping. Most code uses :func:`get_host`.

    ``PluginHost()`` registers the built-in plugins and loads the ``claimtrack`` entry points
    lazily, on first use. ``entry_points`` replaces the installed entry points
    (``PluginHost(entry_points=[])``: built-ins only); ``builtin_plugins=False`` leaves the
    built-ins out too (tests register throwaway plugins on such an empty host). ``strict``
    defaults to ``CLAIMTRACK_STRICT_PLUGINS``; ``load_plugins`` (names of third-party plugins to
    load, or ``()`` for none) to ``CLAIMTRACK_LOAD_PLUGINS``; ``trace`` (hook calls printed on
    stderr) to ``CLAIMTRACK_TRACE``.
    """

    def __init__(
        self,
        *,
        entry_points: Iterable[EntryPoint] | None = None,
        strict: bool | None = None,
        load_plugins: Iterable[str] | None = None,
        builtin_plugins: bool = True,
        trace: bool | None = None,
    ) -> None:
        self.strict = env_flag("CLAIMTRACK_STRICT_PLUGINS") if strict is None else strict
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        if env_flag("CLAIMTRACK_TRACE") if trace is None else trace:
            # Looked up on each write, so a redirected sys.stderr (pytest, the CLI runner) is used.
            self.pm.trace.root.setwriter(lambda text: sys.stderr.write(text))
            self.pm.enable_tracing()
        self.builtin_plugins = builtin_plugins
        self._entry_points = None if entry_points is None else list(entry_points)
        chosen = None if load_plugins is None else frozenset(normalise(n) for n in load_plugins)
        self._allow = env_allowlist() if load_plugins is None else chosen
        self._records: dict[str, PluginRecord] = {}
        self._loaded = False

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Register the built-ins and load the entry points now (otherwise on first use)."""
        if self._loaded:
            return
        self._loaded = True
        if self.builtin_plugins:
            for name, get_plugin in BUILTIN_PLUGINS:
                self._load(PluginRecord(name, "builtin", builtin=True, version=_own_version(),
                                        distribution=_OWN_DISTRIBUTION), get_plugin)  # fmt: skip
        eps = self._entry_points
        if eps is None:
            eps = _installed_entry_points()
        for ep in sorted(eps, key=lambda ep: ep.name):
            self._load_entry_point(ep)
        if self.strict:
            # Belt and braces: pluggy's own check that every hook implementation has a spec.
            try:
                self.pm.check_pending()
            except pluggy.PluginValidationError as exc:
                raise PluginError(str(exc)) from None

    def _load_entry_point(self, ep: EntryPoint) -> None:
        dist = ep.dist
        if dist is not None and normalise(dist.name) == _OWN_DISTRIBUTION:
            return  # stale metadata of an old install: claimtrack's plugins are registered in code
        if self._allow is not None:
            names = {normalise(ep.name)} | ({normalise(dist.name)} if dist is not None else set())
            if not names & self._allow:
                return
        if ep.name in self._records:
            self._fail(self._records[ep.name], "conflict", f"two plugins named {ep.name!r}")
            return
        record = PluginRecord(
            name=ep.name,
            source="entry point",
            entry_point=ep,
            version=dist.version if dist is not None else None,
            distribution=dist.name if dist is not None else None,
        )
        self._load(record, ep.load, f"{ep.value!r}")

    def _load(self, record: PluginRecord, get_plugin: Any, what: str = "") -> None:
        self._records[record.name] = record
        try:
            plugin = get_plugin()
        except Exception as exc:  # why: any import-time failure is the plugin's
            said = f"cannot import {what or record.name}"
            self._fail(record, "import", f"{said}: {type(exc).__name__}: {exc}")
            return
        try:
            self._register(record, plugin)
        except PluginError as exc:
            if self.strict:  # already raised by _fail, or a registration error: let it out
                raise
            self._fail(record, "register", str(exc))

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object (a module, class or instance with hook functions) now.

        An :class:`~claimtrack.Exporter` instance is accepted as it is: it is wrapped in a plugin
        whose ``register_exporters`` returns it, named ``exporter:<format name>``.

        Returns the name it is registered under. Raises :class:`~claimtrack.errors.PluginError`
        if the name is taken or the plugin's hooks do not match the hook specifications (and, in
        strict mode, for any problem). A plugin whose registration hooks fail is reported and
        left out.
        """
        self.load()
        return self._register_new(plugin, name, builtin=False)

    def add_builtin(self, plugin: object, name: str) -> None:
        """Register one of claimtrack's own plugins (the CLI's commands); no-op if it already is."""
        self.load()
        record = self._records.get(name)
        if record is None or record.plugin is not plugin:
            self._register_new(plugin, name, builtin=True)

    def _register_new(self, plugin: object, name: str | None, *, builtin: bool) -> str:
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
        record = PluginRecord(
            name=name,
            source="builtin" if builtin else "runtime",
            builtin=builtin,
            version=_own_version() if builtin else getattr(plugin, "__version__", None),
            distribution=_OWN_DISTRIBUTION if builtin else None,
        )
        self._records[name] = record
        try:
            self._register(record, plugin)
        except PluginError:
            if record.plugin is not None:
                self.pm.unregister(record.plugin)
            del self._records[name]
            raise
        return name

    def unregister(self, name: str) -> None:
        """Remove a plugin and what it offered (an exporter it shadowed comes back)."""
        self.load()
        record = self._records.pop(name, None)
        if record is None:
            raise PluginError(f"no plugin named {name!r}; known: {', '.join(self._records)}")
        if record.plugin is not None:
            self.pm.unregister(record.plugin)

    def _register(self, record: PluginRecord, plugin: object) -> None:
        """Register with pluggy (PluginError if its hooks do not fit), then check what it offers."""
        try:
            self.pm.register(plugin, name=record.name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginError(f"plugin {record.name!r} cannot be registered: {exc}") from None
        record.plugin = plugin
        self._check_hook_names(record)
        problem = self._collect(record)
        if problem is not None:
            hook, message = problem
            self.pm.unregister(plugin)
            record.plugin = None
            record.exporters.clear()
            record.readers.clear()
            record.review_readers.clear()
            self._fail(record, hook, message + "; the plugin is not used")
            return
        self._report_conflicts(record)

    def _collect(self, record: PluginRecord) -> tuple[str, str] | None:
        """Call the plugin's registration hooks alone and check the results: (hook, problem)."""
        wanted: dict[str, tuple[type, Callable[[object], list[str]], list[Any]]] = {
            "register_exporters": (Exporter, exporter_problems, record.exporters),
            "register_readers": (Reader, _reader_problems, record.readers),
            "register_review_readers": (
                ReviewReader,
                review_reader_problems,
                record.review_readers,
            ),
        }
        implemented = {c.name for c in self.pm.get_hookcallers(record.plugin) or ()}
        for hook, (kind, problems_of, into) in wanted.items():
            if hook not in implemented:
                continue
            try:
                offered = as_list(call_alone(self.pm, hook, record.plugin), kind)
            except Exception as exc:  # why: a plugin's bug must not stop the others
                return hook, f"raised {type(exc).__name__}: {exc}"
            for item in offered:
                found = problems_of(item)
                if found:
                    return hook, "; ".join(found)
            into.extend(offered)
        return None

    def _check_hook_names(self, record: PluginRecord) -> None:
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

    def _fail(self, record: PluginRecord, stage: str, message: str) -> None:
        failure = PluginFailure(record.name, stage, message)
        record.failures.append(failure)
        if self.strict:
            raise PluginError(str(failure))
        warnings.warn(str(failure), PluginWarning, stacklevel=3)

    def failures(self) -> tuple[PluginFailure, ...]:
        """Every problem recorded so far, across plugins."""
        self.load()
        return tuple(f for r in self._records.values() for f in r.failures)

    def _healthy(self) -> list[PluginRecord]:
        """Registered plugins, in registration order."""
        self.load()
        return [r for r in self._records.values() if r.plugin is not None]

    def _in_hook_order(self, hook_name: str) -> list[PluginRecord]:
        """Registered plugins implementing ``hook_name``, in pluggy's call order."""
        by_plugin = {id(r.plugin): r for r in self._healthy()}
        return [by_plugin[id(p)] for p in call_order(self.pm, hook_name) if id(p) in by_plugin]

    # ----------------------------------------------------------------- listing

    def plugins(self, *, include_builtin: bool = True) -> list[PluginInfo]:
        """Every plugin known (loaded or failed), built-ins first."""
        self.load()
        infos = []
        for record in sorted(self._records.values(), key=lambda r: not r.builtin):
            if record.builtin and not include_builtin:
                continue
            callers = self.pm.get_hookcallers(record.plugin) if record.plugin is not None else None
            infos.append(record.info(tuple(sorted(c.name for c in callers or ()))))
        return infos

    def add_commands(self, cli: click.Group) -> None:
        """Let every plugin add its subcommands to ``cli`` (``register_commands``), in hook order.

        A plugin is called alone, so one that raises is reported and its half-added commands
        removed. A command name belongs to the plugin that added it first, and a built-in command
        (``export``, ``check``…) to claimtrack: a plugin cannot replace it; trying is reported.
        """
        owners: dict[str, PluginRecord] = {}
        for record in self._in_hook_order("register_commands"):
            before = dict(cli.commands)
            try:
                call_alone(self.pm, "register_commands", record.plugin, cli=cli)
            except Exception as exc:  # why: a plugin's bug must not stop the others
                _restore_commands(cli, before)
                self._fail(record, "register_commands", f"raised {type(exc).__name__}: {exc}")
                continue
            for name, command in list(cli.commands.items()):
                if before.get(name) is not command:
                    self._claim_command(cli, record, name, before, owners)

    def _claim_command(
        self,
        cli: click.Group,
        record: PluginRecord,
        name: str,
        before: Mapping[str, click.Command],
        owners: dict[str, PluginRecord],
    ) -> None:
        owner = owners.get(name)
        if name not in before:
            owners[name] = record
            return
        if owner is not None and record.builtin and not owner.builtin:
            owners[name] = record  # a plugin called earlier does not keep a built-in's name
            self._fail(owner, "conflict", f"command {name!r} is already provided by claimtrack; "
                       f"this plugin's {name!r} command is ignored")  # fmt: skip
            return
        cli.commands[name] = before[name]
        held_by = "claimtrack" if owner is None or owner.builtin else f"plugin {owner.name!r}"
        self._fail(record, "conflict", f"command {name!r} is already provided by {held_by}; "
                   f"this plugin's {name!r} command is ignored")  # fmt: skip


def _restore_commands(cli: click.Group, before: Mapping[str, click.Command]) -> None:
    for name in [n for n in cli.commands if n not in before]:
        del cli.commands[name]
    cli.commands.update(before)


def _is_spec(obj: object) -> bool:
    return callable(obj) and hasattr(obj, f"{hookspecs.PROJECT_NAME}_spec")


def _reader_problems(reader: object) -> list[str]:
    return [problem] if (problem := reader_problem(reader)) else []


class _SingleExporterPlugin:
    """Wraps one exporter instance so ``register_plugin(exporter)`` is a single call."""

    def __init__(self, exporter: Exporter) -> None:
        self.exporter = exporter

    @hookspecs.hookimpl
    def register_exporters(self) -> list[Exporter]:
        return [self.exporter]
