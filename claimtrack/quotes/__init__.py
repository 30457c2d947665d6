"""Anchoring typed quotes to the exact characters of their source, and re-anchoring them."""
