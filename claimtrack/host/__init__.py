"""The pluggy host: hookspecs, the exporter and reader contracts, the registry, atomic export.

The names a script or a plugin's tests reach for are re-exported here: the host class and its
listing types, and the process-wide host's accessors. They are imported on first use (PEP 562
``__getattr__``), as the façade's are: ``claimtrack --help`` imports
:mod:`claimtrack.host.discovery` without loading pluggy and the registry.
"""

from __future__ import annotations

import importlib

# Not typing.TYPE_CHECKING: importing typing alone costs more than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:  # what the names are, for type checkers and the API docs
    from typing import Any

    from claimtrack.host.default import (
        get_host,
        get_plugin_manager,
        get_readers,
        set_host,
        use_host,
    )
    from claimtrack.host.listing import PluginFailure, PluginInfo, PluginWarning
    from claimtrack.host.registry import PluginHost

__all__ = [
    "PluginFailure",
    "PluginHost",
    "PluginInfo",
    "PluginWarning",
    "get_host",
    "get_plugin_manager",
    "get_readers",
    "set_host",
    "use_host",
]

#: Where each name lives: imported from there on first use, then kept here.
_HOMES: dict[str, str] = {
    "PluginFailure": "claimtrack.host.listing",
    "PluginHost": "claimtrack.host.registry",
    "PluginInfo": "claimtrack.host.listing",
    "PluginWarning": "claimtrack.host.listing",
    "get_host": "claimtrack.host.default",
    "get_plugin_manager": "claimtrack.host.default",
    "get_readers": "claimtrack.host.default",
    "set_host": "claimtrack.host.default",
    "use_host": "claimtrack.host.default",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        # A submodule (``claimtrack.host.default``), reachable as an attribute as when this
        # package imported them all.
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
