"""Contradiction detection through plugins: every registered detector, built-in or not.

This sits in the host layer, above the casebook: the domain never calls the host. The built-in
detector is one of the plugins registered in code (:mod:`claimtrack.host.builtins`).
"""

from __future__ import annotations

import attrs

from claimtrack.casebook.book import Casebook
from claimtrack.host.default import get_host
from claimtrack.model import Contradiction, ContradictionStatus

__all__ = ["detect_contradictions"]


def _pair(x: Contradiction) -> frozenset[str]:
    return frozenset((x.left, x.right))


def detect_contradictions(casebook: Casebook, *, add: bool = False) -> list[Contradiction]:
    """Run every detector (built-in and plugins, in hook order) and return the new candidates.

    A pair already declared in the casebook (in either order), or proposed by an earlier
    detector, is skipped. A detector's result is always a *candidate*, whatever status it set:
    nothing is confirmed automatically. With ``add=True`` the candidates are added to the
    casebook (``status="candidate"``, ``detected_by`` kept) and the added objects returned.
    The casebook's lock is held throughout: threads see the detection as one step.
    """
    with casebook.lock:
        return _detect(casebook, add)


def _detect(casebook: Casebook, add: bool) -> list[Contradiction]:
    seen = {_pair(x) for x in casebook.contradictions.values()}
    fresh: list[Contradiction] = []
    for proposed in get_host().detect_contradictions(casebook):
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
