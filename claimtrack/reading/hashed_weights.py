"""The weights of a learned model, as shipped: hashed feature keys and numbers, no text.

The package's models (:mod:`~claimtrack.reading.title_model`,
:mod:`claimtrack.aids.speaker_model`) are logistic regressions over named binary features,
fitted by ``benchmarks/hashed_logistic.py``. A feature's name is hashed
(:func:`~claimtrack.reading.line_features.feature_key`) into a table of ``size`` slots; the
file keeps the slots whose weight is not zero.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from importlib import resources

from attrs import frozen

from claimtrack.reading.line_features import feature_key

__all__ = ["HashedWeights", "shipped_weights"]


@frozen
class HashedWeights:
    """A fitted model: ``size`` hash slots and the non-zero ``weights`` by slot."""

    size: int
    weights: dict[int, float]

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability for an example with these features."""
        z = sum(self.weights.get(feature_key(f, self.size), 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def shipped_weights(package: str, name: str) -> HashedWeights:
    """The weights file ``name`` shipped in ``package``, read once."""
    data = json.loads(resources.files(package).joinpath(name).read_text("utf-8"))
    return HashedWeights(data["size"], {int(k): float(v) for k, v in data["weights"].items()})
