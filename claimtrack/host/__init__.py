"""The pluggy host: hookspecs, the exporter and reader contracts, the registry, atomic export.

The names a script or a plugin's tests reach for are re-exported here: the host class and its
listing types, and the process-wide host's accessors.
"""

from claimtrack.host.default import get_host, get_plugin_manager, get_readers, set_host, use_host
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
