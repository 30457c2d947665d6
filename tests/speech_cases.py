"""Shared helpers for the per-round speaker tests: the one quotation an invented text holds."""

from __future__ import annotations

import claimtrack as ct
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize


def only_quotation(text: str, lead: str = "") -> ct.Quotation:
    """The one quotation of ``lead + text``; the test fails when there is not exactly one.

    ``lead`` is a paragraph before the case, so the case is not the page's first line (which
    the reader may take for a headline)."""
    (found,) = ct.extract_quotations(lead + text)
    return found


def speaker_of(text: str, lead: str = "") -> str | None:
    """The full name of the speaker of the one quotation of ``lead + text``."""
    return only_quotation(text, lead).speaker_full


def chunk_kinds(text: str) -> list[tuple[str, str]]:
    """Each name chunk of ``text`` as (the name it gives, its kind)."""
    return [(c.name, c.kind) for c in name_chunks(text, tokenize(text))]
