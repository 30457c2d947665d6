"""Article text and metadata from HTML, through trafilatura (main content, title, author, date).

trafilatura (lxml's HTML parser underneath, which recovers from what browsers recover from: a
self-closing ``<svg/>``, an unclosed ``<button>``, a missing ``</head>``) finds the main text and
the page's metadata. That text then goes through the same
:func:`~claimtrack.reading.cleaning.clean` rules as a text copy.

The article's ``raw`` stays the HTML, so each extracted line is found again in the page's
*visible character stream* (:func:`visible_text`: the HTML with tags left out, character
references decoded and whitespace collapsed, each character remembering its HTML offset) and the
offset map is composed: clean text -> extracted lines -> HTML. Characters the HTML spells as a
reference (``&amp;``, ``&#8217;``) are not verbatim in the HTML: they stay outside the offset map,
and the chain-of-custody check reads the reference between the two segments around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Any

import attrs

from claimtrack.reading.cleaning import CleanResult, Dropped, clean
from claimtrack.reading.html_meta import combine_metadata, declared, fast_date_params
from claimtrack.reading.metadata import ArticleMetadata
from claimtrack.text.markup import visible_text

__all__ = ["clean_html"]

_BULLET = re.compile(r"^(?:[-*•]\s+)")
_MARK = "\ue000"  # a private-use character: never article text
_BLOCK_TAG = re.compile(
    r"<(?:br|p|div|li|h[1-6]|blockquote|tr|td|th|article|section|header|footer|main|aside|nav|"
    r"ul|ol|dl|dt|dd|table|figure|figcaption|pre|hr|form|address)\b[^>]*>"
    r"|</(?:p|div|li|h[1-6]|blockquote|tr|td|th|article|section|header|footer|main|aside|nav|"
    r"ul|ol|dl|table|figure|figcaption|pre|form|address)\s*>",
    re.IGNORECASE,
)


def _locate(
    lines: list[str], visible: str, origin: list[int | None]
) -> tuple[str, list[int | None]]:
    """The extracted lines as the page spells them, one per line, with their HTML offsets.

    trafilatura may respace inline elements or drop a character it distrusts; the text kept is
    always the page's own: a line found whole is taken as is, otherwise the stretch of the page
    between where its start and its end are found (a line found nowhere is left out).
    """
    out: list[str] = []
    out_origin: list[int | None] = []
    cursor = 0
    taken: list[tuple[int, int]] = []  # the page's stretches already used, kept in order
    for raw_line in lines:
        line = " ".join(_BULLET.sub("", raw_line).split())
        if not line:
            continue
        span = _find(line, visible, cursor)
        if span is None or _overlaps(taken, span):
            # (a stretch is the page's text once: a line found inside one already taken, as a
            # line trafilatura shortened may be, is left out rather than mapped twice)
            continue
        insort(taken, span)
        start, end = span
        if out:
            out.append("\n")
            out_origin.append(None)
        out.append(visible[start:end])
        out_origin.extend(origin[start:end])
        cursor = end
    return "".join(out), out_origin


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """``span`` shares a character with a stretch in ``taken`` (sorted, none overlapping)."""
    k = bisect_left(taken, span)
    before = taken[k - 1] if k else None
    after = taken[k] if k < len(taken) else None
    return (before is not None and before[1] > span[0]) or (
        after is not None and after[0] < span[1]
    )


def _find(line: str, visible: str, cursor: int) -> tuple[int, int] | None:
    """Where ``line`` is in the visible text from ``cursor`` on (whole, else by its two ends)."""
    at = visible.find(line, cursor)
    if at < 0:
        at = visible.find(line)
    if at >= 0:
        return at, at + len(line)
    reach = cursor + 2 * len(line) + 200
    for size in (30, 15, 8, 4):
        head, tail = line[:size], line[-size:]
        if len(line) < 2 * size:
            continue
        start = visible.find(head, cursor, reach)
        if start < 0:
            continue
        end = visible.rfind(tail, start + len(head), start + 2 * len(line) + 100)
        if end >= 0:
            return start, end + len(tail)
    return None


def _compose(result: CleanResult, origin: list[int | None]) -> CleanResult:
    """Re-express the offset map and dropped spans of ``result`` against the HTML."""
    segments: list[tuple[int, int, int]] = []
    for text_start, mid_start, length in result.offset_map:
        run: list[int] | None = None  # [text_start, raw_start, length]
        for k in range(length):
            r = origin[mid_start + k]
            if r is not None and run is not None and r == run[1] + run[2]:
                run[2] += 1
                continue
            if run is not None:
                segments.append((run[0], run[1], run[2]))
            run = [text_start + k, r, 1] if r is not None else None
        if run is not None:
            segments.append((run[0], run[1], run[2]))

    # The nearest HTML offset at or before each extracted position, computed once (linear).
    nearest: list[int] = []
    last = 0
    for r in origin:
        last = r if r is not None else last
        nearest.append(last)

    def to_html(pos: int) -> int:
        return nearest[min(pos, len(nearest) - 1)] if nearest else 0

    dropped = tuple(
        Dropped(
            to_html(d.start), max(to_html(d.start), to_html(max(d.end - 1, d.start)) + 1), d.reason
        )
        for d in result.dropped
    )
    return attrs.evolve(result, offset_map=tuple(segments), dropped=dropped)


def _extract(html: str) -> tuple[list[str], ArticleMetadata]:
    import trafilatura  # lazily: importing it costs ~0.3 s, and only HTML needs it

    tree = _load_tree(html)
    if tree is None:
        return [], ArticleMetadata()
    language = ArticleMetadata(language=tree.get("lang") or None)
    page = declared(tree)  # before trafilatura prunes the tree (scripts, <head>)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
        date_extraction_params=fast_date_params(),
    )
    values: dict[str, Any] = {}
    if doc is not None:
        values = doc if isinstance(doc, dict) else doc.as_dict()
    meta = combine_metadata(page, values, html).over(language)
    return (values.get("text") or "").splitlines(), meta


def _fallback_lines(html: str) -> list[str]:
    """The page's visible text, a line per block element, for a page trafilatura reads nothing in.

    Read with the same tokeniser as :func:`visible_text` (no tree is built), so a page no parser
    can hold (elements nested thousands deep) still gives its text: a private-use mark after
    each block-level tag becomes a line break once tags and hidden elements are gone.
    """
    marked = _BLOCK_TAG.sub(lambda m: m.group() + _MARK, html.replace(_MARK, " "))
    text, _ = visible_text(marked)
    return [line.strip() for line in text.split(_MARK) if line.strip()]


# An end tag of the whole page: browsers (HTML5's "after body" mode) put any text after it back
# in the body, while libxml2 leaves the rest of the page out.
_PAGE_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _without_early_ends(html: str) -> str:
    """``html`` with every ``</html>`` and ``</body>`` that has page text after it left out (the
    offsets the article keeps come from the page itself, never from this copy)."""
    last = len(html.rstrip())
    return _PAGE_END.sub(lambda m: m.group() if m.end() >= last else "", html)


def _load_tree(html: str) -> Any:
    """The page's tree; lxml's limit of 255 nested elements lifted (``huge_tree``) to ~2,000.

    Beyond its depth limit libxml2 drops the rest of the page without a word; real pages with a
    few hundred nested wrappers exist. A page lxml refuses as a string (an XML declaration with
    an encoding) is left to trafilatura's loader, which handles those.
    """
    import lxml.html  # trafilatura's parser
    import trafilatura

    parser = lxml.html.HTMLParser(
        huge_tree=True, collect_ids=False, default_doctype=False, remove_comments=True,
        remove_pis=True,
    )  # fmt: skip
    html = _without_early_ends(html)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        tree = None
    return tree if tree is not None and len(tree) else trafilatura.load_html(html)


def clean_html(html: str) -> tuple[CleanResult, ArticleMetadata]:
    """Clean an HTML article; the result maps to ``html`` offsets, plus the page's metadata."""
    lines, page = _extract(html)
    if not any(line.strip() for line in lines):
        lines = _fallback_lines(html)
    visible, origin = visible_text(html)
    mid, mid_origin = _locate(lines, visible, origin)
    return _compose(clean(mid), mid_origin), page
