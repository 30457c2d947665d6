"""Contradiction detection through plugins: the built-in detector and every plugin's hook.

This sits in the host layer, above the casebook: the domain never calls the host.
"""

from __future__ import annotations

import attrs

from claimtrack.casebook.book import Casebook
from claimtrack.casebook.contradictions import builtin_candidates
from claimtrack.host.hookspecs import hookimpl
from claimtrack.model import Contradiction, ContradictionStatus

__all__ = ["BuiltinDetector", "builtin_detector", "detect_contradictions"]


class BuiltinDetector:
    """The built-in detector as a plugin object implementing the ``detect_contradictions`` hook."""

    @hookimpl
    def detect_contradictions(self, casebook: Casebook) -> list[Contradiction]:
        """Propose candidates with :func:`builtin_candidates`."""
        return builtin_candidates(casebook)


#: The plugin object registered under the ``contradictions`` entry point of claimtrack itself.
builtin_detector = BuiltinDetector()


def _pair(x: Contradiction) -> frozenset[str]:
    return frozenset((x.left, x.right))


def _run_hooks(casebook: Casebook) -> list[Contradiction]:
    """Every registered detector's candidates, in plugin order.

    The built-in detector is registered through claimtrack's own ``contradictions`` entry point;
    when a host was built without it (``PluginHost(entry_points=[])``, stale metadata) it runs
    first anyway, so the built-in signals are never silently lost.
    """
    from claimtrack.host.registry import (
        get_host,  # the host imports exporters; keep ``import`` of us light
    )

    host = get_host()
    host.load()
    found: list[Contradiction] = []
    if not any(isinstance(p, BuiltinDetector) for p in host.pm.get_plugins()):
        found.extend(builtin_candidates(casebook))
    found.extend(host.detect_contradictions(casebook))
    return found


def detect_contradictions(casebook: Casebook, *, add: bool = False) -> list[Contradiction]:
    """Run every detector (built-in and plugins) and return the new candidate contradictions.

    A pair already declared in the casebook (in either order), or proposed by an earlier
    detector, is skipped. A detector's result is always a *candidate*, whatever status it set:
    nothing is confirmed automatically. With ``add=True`` the candidates are added to the
    casebook (``status="candidate"``, ``detected_by`` kept) and the added objects returned.
    """
    seen = {_pair(x) for x in casebook.contradictions.values()}
    fresh: list[Contradiction] = []
    for proposed in _run_hooks(casebook):
        if not isinstance(proposed, Contradiction):
            raise TypeError(
                f"a detect_contradictions hook returned {type(proposed).__name__}, "
                f"expected claimtrack.Contradiction objects"
            )
        if _pair(proposed) in seen:
            continue
        seen.add(_pair(proposed))
        if proposed.status is not ContradictionStatus.CANDIDATE:
            proposed = attrs.evolve(proposed, status=ContradictionStatus.CANDIDATE)
        fresh.append(proposed)
    if not add:
        return fresh
    added = []
    for x in fresh:
        added.append(
            casebook.add_contradiction(
                x.left,
                x.right,
                kind=x.kind,
                status=ContradictionStatus.CANDIDATE,
                rationale=x.rationale,
                resolution=x.resolution,
                detected_by=x.detected_by,
                reasons=x.reasons,
                id=x.id if x.id not in casebook.contradictions else None,
            )
        )
    return added
