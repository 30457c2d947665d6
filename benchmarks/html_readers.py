"""The readers benchmarks/score_html.py compares: claimtrack, and trafilatura bare or as claimtrack
calls it; on a metadata-only page (no expected body), their metadata layers alone."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

READERS = ("claimtrack", "trafilatura", "trafilatura-recall")
# What claimtrack passes trafilatura (claimtrack/reading/html.py), for the "-recall" reader.
CLAIMTRACK_OPTIONS = dict(
    include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
)


class Reading(NamedTuple):
    """What one reader made of one page."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None  # ISO text at the reader's precision
    text: str
    error: str | None = None


def read_claimtrack(source: Path) -> Reading:
    """claimtrack's public loader on the page."""
    import claimtrack

    article = claimtrack.load_article(source, id=source.parent.name)
    published = str(article.published) if article.published else None
    return Reading(article.title, tuple(article.authors), published, article.text)


def _read_trafilatura(source: Path, **options: Any) -> Reading:
    """trafilatura alone on the page, with ``options`` (its defaults when none)."""
    import trafilatura

    page = source.read_text("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(page, with_metadata=True, **options)
    if doc is None:
        return Reading(None, (), None, "")
    values = doc if isinstance(doc, dict) else doc.as_dict()
    authors = tuple(a.strip() for a in (values.get("author") or "").split(";") if a.strip())
    return Reading(values.get("title"), authors, values.get("date"), values.get("text") or "")


def read_claimtrack_metadata(source: Path) -> Reading:
    """claimtrack's HTML metadata layer alone (a metadata-only page has no body to load)."""
    from claimtrack.reading.html_meta import page_metadata

    meta = page_metadata(source.read_text("utf-8", errors="replace"))
    published = str(meta.published) if meta.published else None
    return Reading(meta.title, meta.authors, published, "")


def read_trafilatura_metadata(source: Path) -> Reading:
    """trafilatura's metadata extraction alone, with its defaults."""
    import trafilatura

    doc = trafilatura.extract_metadata(source.read_text("utf-8", errors="replace"))
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    return Reading(doc.title, authors, doc.date, "")


METADATA_READERS: dict[str, Callable[[Path], Reading]] = {
    "claimtrack": read_claimtrack_metadata,
    "trafilatura": read_trafilatura_metadata,
    "trafilatura-recall": read_trafilatura_metadata,  # the options only touch the body
}

READER_FUNCTIONS: dict[str, Callable[[Path], Reading]] = {
    "claimtrack": read_claimtrack,
    "trafilatura": _read_trafilatura,  # its defaults
    "trafilatura-recall": partial(_read_trafilatura, **CLAIMTRACK_OPTIONS),
}
