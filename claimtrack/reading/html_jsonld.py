"""The schema.org JSON-LD article objects of a page: headline, author people, datePublished.

The publisher's own structured record of the article (``NewsArticle``, ``Article``,
``ReportageNewsArticle``, ``BlogPosting`` …). Scripts wrapped in ``<![CDATA[`` or HTML comments
are read; one that is not valid JSON is skipped, never guessed at. The work is bounded on any
page: at most 50 scripts of at most 2 million characters, 200 objects.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from claimtrack.text.dates import PartialDate, parse_date

__all__ = ["jsonld_articles", "jsonld_authors", "jsonld_date", "jsonld_headline"]

_MAX_SCRIPT = 2_000_000  # characters of one JSON-LD script read (bounded work on any page)
_MAX_SCRIPTS = 50
_MAX_OBJECTS = 200
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ARTICLE_TYPES = {"blogposting", "liveblogposting", "report", "socialmediaposting"}
_ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation"}


# --------------------------------------------------------------------------- JSON-LD


def jsonld_articles(tree: Any) -> list[dict[str, Any]]:
    """The schema.org article objects of the page's JSON-LD scripts, in page order."""
    found: list[dict[str, Any]] = []
    scripts = tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')
    for script in scripts[:_MAX_SCRIPTS]:
        for obj in _objects(_parse(script.text or "")):
            if _is_article(obj):
                found.append(obj)
    return found


def _parse(text: str) -> Any:
    """The JSON a script holds, its CDATA or comment wrapper left out; ``None`` if invalid."""
    if len(text) > _MAX_SCRIPT:
        return None
    body = _WRAPPERS.sub("", text.strip()).strip()
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object at the top level, in ``@graph`` lists and one ``mainEntity`` deep."""
    pending = list(data) if isinstance(data, list) else [data]
    seen = 0
    while pending and seen < _MAX_OBJECTS:
        item = pending.pop(0)
        seen += 1
        if not isinstance(item, dict):
            continue
        yield item
        for key in ("@graph", "mainEntity"):
            inner = item.get(key)
            pending.extend(inner if isinstance(inner, list) else [inner] if inner else [])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


def _is_article(obj: dict[str, Any]) -> bool:
    return any(t.endswith("article") or t in _ARTICLE_TYPES for t in _types(obj))


def _text(value: Any) -> str | None:
    """A JSON string value as text: entities decoded, blanks collapsed; ``None`` if empty."""
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", html.unescape(value)).strip()
    return text or None


def jsonld_headline(articles: Iterable[dict[str, Any]]) -> str | None:
    """The first article's ``headline`` (never ``name``, which often holds the site's name)."""
    for obj in articles:
        headline = _text(obj.get("headline"))
        if headline:
            return headline
    return None


def jsonld_authors(articles: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """The people named as the first article's ``author`` (organisations left out)."""
    for obj in articles:
        value = obj.get("author")
        entries = value if isinstance(value, list) else [value]
        names: list[str] = []
        for entry in entries[:20]:
            if isinstance(entry, dict):
                if _types(entry) & _ORGANISATION_TYPES:
                    continue
                entry = entry.get("name")
            name = _text(entry)
            if name and name not in names:
                names.append(name)
        if names:
            return tuple(names)
    return ()


def jsonld_date(articles: Iterable[dict[str, Any]]) -> PartialDate | None:
    """The first article's ``datePublished``, as the calendar day it is written with."""
    for obj in articles:
        value = _text(obj.get("datePublished"))
        if value and _ISO_DAY.match(value):
            return parse_date(value[:10])
    return None
