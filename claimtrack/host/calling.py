"""Calling hooks through pluggy, all plugins at once or one plugin alone.

Every hook call goes through a pluggy hook caller, so pluggy's order (``tryfirst`` first,
``trylast`` last, otherwise the plugin registered last first), its argument checks and its tracing
(``CLAIMTRACK_TRACE=1``) apply. One plugin is called alone through
:meth:`pluggy.PluginManager.subset_hook_caller`, which is how the host tells which plugin failed.
"""

from __future__ import annotations

from typing import Any

import pluggy

__all__ = ["as_list", "call_alone", "call_order"]


def call_order(pm: pluggy.PluginManager, hook_name: str) -> list[object]:
    """The plugins implementing ``hook_name``, in the order ``pm.hook.<hook_name>()`` calls them."""
    caller = getattr(pm.hook, hook_name, None)
    if caller is None:
        return []
    # pluggy runs get_hookimpls() from its end to its start (tryfirst implementations sit last).
    impls = reversed(caller.get_hookimpls())
    return list(dict.fromkeys(i.plugin for i in impls if not (i.wrapper or i.hookwrapper)))


def call_alone(pm: pluggy.PluginManager, hook_name: str, plugin: object, **kwargs: Any) -> Any:
    """Call ``plugin``'s ``hook_name`` alone, through pluggy; None if it returned nothing."""
    others = [p for p in pm.get_plugins() if p is not plugin]
    results = pm.subset_hook_caller(hook_name, remove_plugins=others)(**kwargs)
    return results[0] if results else None


def as_list(result: object, *singles: type) -> list[Any]:
    """A hook's return value as a list: None is empty, one object of ``singles`` is one item.

    Raises TypeError when ``result`` is not iterable (a hook that returned ``5``).
    """
    if result is None:
        return []
    if singles and isinstance(result, singles):
        return [result]
    if isinstance(result, str | bytes):
        raise TypeError(f"returned {result!r}; return a list")
    return list(result)  # type: ignore[call-overload]
