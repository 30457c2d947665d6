"""What the host knows about each plugin: its record, its problems, and the ``plugins`` listing.

Environment read here:

- ``CLAIMTRACK_LOAD_PLUGINS``: unset loads every plugin; ``""`` loads no third-party plugin;
  ``"a,b"`` loads only the third-party plugins whose entry-point or distribution name is listed.
- ``CLAIMTRACK_STRICT_PLUGINS=1``: raise on any plugin problem (for plugin authors' CI).
- ``CLAIMTRACK_TRACE=1``: print every hook call and its result on stderr (pluggy's tracing).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

import attrs
from attrs import define, frozen

from claimtrack.errors import PluginWarning
from claimtrack.host.contracts import Exporter, ReviewReader
from claimtrack.reading.readers import Reader

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["PluginFailure", "PluginInfo", "PluginRecord", "PluginWarning"]


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
    #: "builtin" (registered in code), "entry point" or "runtime".
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
    #: Names of the article readers it offers.
    readers: tuple[str, ...] = ()
    #: Names of the review readers it offers (reviewed workbooks read back).
    review_readers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (failures as ``{"stage", "message"}`` objects)."""
        data = attrs.asdict(self, recurse=False)
        data["hooks"] = list(self.hooks)
        data["exporters"] = list(self.exporters)
        data["readers"] = list(self.readers)
        data["review_readers"] = list(self.review_readers)
        data["failures"] = [{"stage": f.stage, "message": f.message} for f in self.failures]
        return data


@define
class PluginRecord:
    """The host's bookkeeping for one plugin (mutable: filled in while it registers)."""

    name: str
    source: str
    entry_point: EntryPoint | None = None
    builtin: bool = False
    version: str | None = None
    distribution: str | None = None
    #: The registered plugin object; None when it failed to import or was unregistered.
    plugin: object | None = None
    failures: list[PluginFailure] = attrs.Factory(list)
    #: What its registration hooks returned, validated.
    exporters: list[Exporter] = attrs.Factory(list)
    readers: list[Reader] = attrs.Factory(list)
    review_readers: list[ReviewReader] = attrs.Factory(list)

    def info(self, hooks: tuple[str, ...]) -> PluginInfo:
        """The listing entry, given the names of the hooks it implements."""
        ep = self.entry_point
        return PluginInfo(
            name=self.name,
            source=self.source,
            entry_point=f"{ep.name} = {ep.value}" if ep is not None else None,
            builtin=self.builtin,
            distribution=self.distribution,
            version=self.version,
            loaded=self.plugin is not None,
            hooks=hooks,
            exporters=tuple(e.name for e in self.exporters),
            failures=tuple(self.failures),
            readers=tuple(r.name for r in self.readers),
            review_readers=tuple(r.name for r in self.review_readers),
        )


def env_flag(name: str) -> bool:
    """Whether the environment variable ``name`` is set to a yes value (1, true, yes)."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def env_allowlist() -> frozenset[str] | None:
    """``CLAIMTRACK_LOAD_PLUGINS`` as normalised names; None when unset (load everything)."""
    value = os.environ.get("CLAIMTRACK_LOAD_PLUGINS")
    if value is None:
        return None
    return frozenset(normalise(p) for p in value.split(",") if p.strip())


def normalise(name: str) -> str:
    """A distribution or entry-point name compared loosely (PEP 503 style)."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()
