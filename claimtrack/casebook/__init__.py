"""The casebook aggregate: add/remove with invariants, indexes, whole-book checks, queries."""

from claimtrack.casebook.book import Casebook

__all__ = ["Casebook"]
