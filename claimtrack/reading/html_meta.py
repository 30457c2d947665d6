"""What a news page says about itself: headline, authors, publication date, site name.

Sources, most trusted first:

1. The page's schema.org JSON-LD article object (:mod:`claimtrack.reading.html_jsonld`).
2. trafilatura's metadata (``og:``/``article:`` meta tags, ``<h1>``, bylines), as the caller
   passes it.
3. ``<meta name="author">``, for a name trafilatura's normaliser drops (a Chinese name, say).

An author is kept only when it reads as a person's name (:func:`plausible_person`): a staff or
desk byline ("AOL Staff", "Our Foreign Staff"), the site's own name ("BBC News"), a URL or a
lone lower-case handle is refused, so a page with no named author gets none rather than a
wrong one. A title loses a trailing segment that is the page's own site name ("… - BBC News")
or the author found ("… | Mira Okafor", an opinion-page convention).

The date is htmldate's reading of the page's markup (URL, meta tags, JSON-LD, ``<time>``)
without its opportunistic search of the whole text. That search runs only as a last resort,
and a date it returns on the 1st of a month is refused: it is htmldate's filler for an unknown
day (a copyright year becomes January 1st, "Nov 2016" becomes November 1st).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from claimtrack.reading.html_jsonld import (
    jsonld_articles,
    jsonld_authors,
    jsonld_date,
    jsonld_headline,
)
from claimtrack.reading.metadata import ArticleMetadata
from claimtrack.text.dates import PartialDate, parse_date

__all__ = [
    "combine_metadata",
    "declared",
    "fast_date_params",
    "page_metadata",
    "plausible_person",
    "strip_site_suffix",
    "wide_search_date",
]

# Bylines that name a desk, a wire or a company, not a person ("The Associated Press").
_DESK = re.compile(
    r"\b(?:staff|desk|team|editors?|editorial|newsroom|reporters?|correspondents?|wires?|"
    r"agenc(?:y|ies)|bureau|contributors?|admin|redac\w*|limited|ltd|inc|press|news|media|"
    r"times|journal|gazette|tribune|magazine|online|network|services?|group|foundation)\b",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_PARTICLES = {"de", "da", "do", "dos", "du", "del", "della", "di", "van", "von", "der", "den"}
_PARTICLES |= {"la", "le", "bin", "ibn", "al", "el", "y", "e", "ter", "ten"}
_BY = re.compile(r"^(?:by|par|por|von|di|door|av|af)\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s(?:\||-|–|—|·|::)\s")
_SPACE = re.compile(r"\s+")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w.'’ -]*$")


def _key(text: str) -> str:
    """Text for comparing names: NFKC, case folded, a leading "the" and punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"^the\s+", "", _SPACE.sub(" ", text).strip())


def plausible_person(name: str, not_names: tuple[str, ...] = ()) -> str | None:
    """``name`` as a person's name ("By " dropped), or ``None`` when it does not read as one.

    Refused: URLs and handles, desk or company bylines, a name equal to one of ``not_names``
    (the site's own names), and Latin-script names of one word or with a lower-case word other
    than a particle ("de", "van" …). A CJK name of two to ten characters is kept as written.
    """
    text = _BY.sub("", _SPACE.sub(" ", name).strip()).strip(" ,;|")
    if not text or len(text) > 80 or "http" in text or text.startswith("@") or "/" in text:
        return None
    if _DESK.search(text) or _key(text) in {_key(n) for n in not_names if n}:
        return None
    if _CJK.search(text):
        return text if 2 <= len(text.replace(" ", "")) <= 10 else None
    words = text.split()
    if len(words) < 2 or len(words) > 6 or not _NAME_CHARS.match(text):
        return None
    if any(w[0].islower() and w.casefold() not in _PARTICLES for w in words):
        return None
    return text


def strip_site_suffix(title: str, site_names: tuple[str, ...]) -> str:
    """``title`` without a trailing (or leading) segment that is the page's own site name."""
    keys = {_key(n) for n in site_names if n and len(_key(n)) >= 3}
    cuts = list(_SEPARATORS.finditer(title))
    if not cuts or not keys:
        return title
    last, first = cuts[-1], cuts[0]
    for rest, segment in (
        (title[: last.start()], title[last.end() :]),
        (title[first.end() :], title[: first.start()]),
    ):
        seg = _key(segment)
        if seg and any(seg == k or k.startswith(seg + " ") for k in keys) and rest.strip():
            return rest.strip()
    return title


# ------------------------------------------------------------------------- the page's claims


def fast_date_params() -> dict[str, Any]:
    """htmldate's options for trafilatura: markup only, no opportunistic text search."""
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


_MAX_WIDE_SEARCH = 1_000_000  # characters: the whole-text search costs seconds beyond


def wide_search_date(html: str) -> PartialDate | None:
    """htmldate's search of the whole page, its 1st-of-the-month fillers refused.

    Skipped on pages over a million characters (it re-reads all of the text several times).
    """
    from htmldate import find_date  # trafilatura's date library (a dependency of it)

    if len(html) > _MAX_WIDE_SEARCH:
        return None
    try:
        found = find_date(html, original_date=True, max_date=date.today().isoformat())
    except (ValueError, TypeError, RecursionError):  # its parser gave up on the page
        return None
    if not found or found.endswith("-01"):
        return None
    return parse_date(found)


def declared(tree: Any) -> dict[str, Any]:
    """What the page's JSON-LD and ``<meta>`` tags declare, read before trafilatura prunes it."""
    articles = jsonld_articles(tree)
    sites = [
        *tree.xpath('//meta[@property="og:site_name"]/@content'),
        *tree.xpath('//meta[@name="application-name"]/@content'),
        *tree.xpath('//meta[@name="apple-mobile-web-app-title"]/@content'),
    ]
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            sites.append(publisher["name"])
    headline = jsonld_headline(articles)
    titles = {t.strip() for t in tree.xpath("//title/text()") if t.strip()}
    # an app name that repeats the headline is no site name
    sites = [s for s in sites if s.strip() not in titles and s.strip() != headline]
    return {
        "headline": headline,
        "authors": jsonld_authors(articles),
        "published": jsonld_date(articles),
        "meta_authors": tuple(tree.xpath('//meta[@name="author"]/@content')[:5]),
        "site_names": tuple(s.strip() for s in sites[:10] if s and s.strip()),
    }


def _people(names: Any, not_names: tuple[str, ...]) -> tuple[str, ...]:
    kept = (plausible_person(n, not_names) for n in names if isinstance(n, str))
    return tuple(dict.fromkeys(n for n in kept if n))


def combine_metadata(page: dict[str, Any], values: dict[str, Any], html: str) -> ArticleMetadata:
    """The page's metadata: :func:`declared` first, then trafilatura's ``values`` (see above)."""
    sitename = values.get("sitename") or None
    traf_title = values.get("title") or None
    if sitename and traf_title and sitename.strip() == traf_title.strip():
        sitename = None  # an app name repeating the headline is no site name
    site_names = tuple(n for n in (*page["site_names"], sitename or "") if n)
    title = page["headline"] or traf_title
    not_names = (*site_names, title or "")
    authors = _people(page["authors"], not_names)
    authors = authors or _people((values.get("author") or "").split(";"), not_names)
    authors = authors or _people(page["meta_authors"], not_names)
    published = page["published"]
    if published is None and values.get("date"):
        published = parse_date(str(values["date"]))
    return ArticleMetadata(
        title=strip_site_suffix(title, (*site_names, *authors)) if title else None,
        authors=authors,
        published=published or wide_search_date(html),
        publisher=sitename or (page["site_names"][0] if page["site_names"] else None),
        url=values.get("url") or None,
        language=values.get("language") or None,
    )


def page_metadata(html: str) -> ArticleMetadata:
    """The metadata of a page read for its metadata alone (no main text is extracted)."""
    import trafilatura  # lazily: importing it costs ~0.3 s

    tree = trafilatura.load_html(html)
    if tree is None:
        return ArticleMetadata()
    page = declared(tree)
    doc = trafilatura.extract_metadata(tree, date_config=fast_date_params())
    values: dict[str, Any] = doc.as_dict() if doc is not None else {}
    language = tree.get("lang") or None
    return combine_metadata(page, values, html).over(ArticleMetadata(language=language))
