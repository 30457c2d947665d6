"""Article text and metadata from HTML (stdlib ``html.parser``), for the built-in HTML reader.

Scripts, styles, navigation, headers, footers and asides are dropped; block elements become
line breaks; the resulting text goes through the same
:func:`~claimtrack.reading.cleaning.clean` rules. The article's ``raw`` stays the HTML, so the
offset map is composed: clean text -> extracted text -> HTML. Characters written as entities
(``&amp;``) or collapsed whitespace are joints outside the map, like the blank lines between
paragraphs.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

import attrs
from attrs import frozen

from claimtrack.model import PartialDate
from claimtrack.reading.cleaning import CleanResult, Dropped, clean
from claimtrack.text.dates import parse_date

__all__ = ["PageMetadata", "clean_html", "html_to_text", "page_metadata"]

_SKIP = {
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
    "form", "iframe", "button", "select", "figure", "figcaption", "head",
}  # fmt: skip
_BLOCK = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "hr", "address",
    "title", "body", "html",
}  # fmt: skip
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}  # fmt: skip
_AUTHOR_META = {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"}
_DATE_META = {
    "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "pubdate", "publishdate", "parsely-pub-date", "og:published_time",
}  # fmt: skip


class _Extractor(HTMLParser):
    """Collects text pieces with their HTML offsets (None for characters HTML did not spell)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0]
        for i, ch in enumerate(html):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.chars: list[str] = []
        self.origin: list[int | None] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self._capture: str | None = None
        self.captured: dict[str, str] = {}

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int | None) -> None:
        for k, ch in enumerate(text):
            if ch.isspace() and (start is not None or ch != "\n"):
                # In HTML source a line break inside text is just a blank.
                # Collapse runs of blanks to one space, as a browser does.
                if not self.chars or self.chars[-1] in " \n":
                    continue
                self.chars.append(" ")
                self.origin.append(start + k if start is not None and ch == " " else None)
            elif ch == "\n":
                if self.chars and self.chars[-1] == " ":
                    self.chars.pop()
                    self.origin.pop()
                if (
                    not self.chars
                    or self.chars[-1] != "\n"
                    or len(self.chars) < 2
                    or self.chars[-2] != "\n"
                ):
                    self.chars.append("\n")
                    self.origin.append(None)
            else:
                self.chars.append(ch)
                self.origin.append(start + k if start is not None else None)

    def _break(self) -> None:
        self._emit("\n\n", None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (
                values.get("name") or values.get("property") or values.get("itemprop") or ""
            ).lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
            return
        if tag == "time" and self.skip_depth == 0:
            values = {k.lower(): (v or "") for k, v in attrs}
            if values.get("datetime"):
                self.meta.setdefault("time", values["datetime"])
        if tag in ("title", "h1") and tag not in self.captured:
            self._capture = tag
            self.captured[tag] = ""
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self._emit("\n", None)
        elif tag in _BLOCK and self.skip_depth == 0:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._capture:
            self._capture = None
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK and self.skip_depth == 0:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._capture:
            self.captured[self._capture] += data
        if self.skip_depth == 0:
            self._emit(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        text = unescape(ref)
        if self._capture:
            self.captured[self._capture] += text
        if self.skip_depth == 0:
            self._emit(text, None)


def html_to_text(html: str) -> tuple[str, list[int | None], dict[str, str]]:
    """Visible text of ``html``, the HTML offset of each character (or None), and meta values."""
    parser = _Extractor(html)
    parser.feed(html)
    parser.close()
    meta = dict(parser.meta)
    for tag, value in parser.captured.items():
        value = " ".join(value.split())
        if value:
            meta[f"<{tag}>"] = value
    return "".join(parser.chars), parser.origin, meta


def _compose(result: CleanResult, origin: list[int | None], html_len: int) -> CleanResult:
    """Re-express the offset map and dropped spans of ``result`` against the HTML."""
    segments: list[tuple[int, int, int]] = []
    for text_start, mid_start, length in result.offset_map:
        run_t = run_r = None
        run_len = 0
        for k in range(length):
            r = origin[mid_start + k]
            if r is not None and run_r is not None and r == run_r + run_len:
                run_len += 1
                continue
            if run_r is not None:
                segments.append((run_t, run_r, run_len))  # type: ignore[arg-type]
            run_t, run_r, run_len = (text_start + k, r, 1) if r is not None else (None, None, 0)
        if run_r is not None:
            segments.append((run_t, run_r, run_len))  # type: ignore[arg-type]

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


@frozen
class PageMetadata:
    """What a page's meta tags (and its ``<title>``/``<h1>``) say about the article."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: PartialDate | None = None
    publisher: str | None = None
    url: str | None = None


def page_metadata(meta: dict[str, str]) -> PageMetadata:
    """Title, author, date, site name and URL from the meta values :func:`html_to_text` found.

    Where several author tags are present the first in document order wins (``meta`` keeps
    document order), so the result never depends on the interpreter's hash seed.
    """
    author = next(
        (
            value.strip()
            for key, value in meta.items()
            if key in _AUTHOR_META and value.strip() and not value.startswith("http")
        ),
        None,
    )
    published = None
    for key in (*sorted(_DATE_META), "time"):
        if meta.get(key):
            published = parse_date(meta[key])
            if published is not None:
                break
    return PageMetadata(
        title=meta.get("og:title") or meta.get("<h1>") or meta.get("<title>") or None,
        authors=(author,) if author else (),
        published=published,
        publisher=meta.get("og:site_name") or None,
        url=meta.get("og:url") or None,
    )


def clean_html(html: str) -> tuple[CleanResult, PageMetadata]:
    """Clean an HTML article; the result maps to ``html`` offsets, plus the page's metadata."""
    text, origin, meta = html_to_text(html)
    return _compose(clean(text), origin, len(html)), page_metadata(meta)
