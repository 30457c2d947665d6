"""Frozen attrs value objects and vocabularies: the bottom layer, importing no claimtrack."""

from claimtrack.model.records import *  # noqa: F403
from claimtrack.model.records import __all__  # noqa: F401
