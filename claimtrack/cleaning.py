"""Clean a plain-text copy of a web article: keep the body, read title, authors and date.

The rules (DESIGN.md §4) are general, never tied to one site:

- the **header zone** (lines before the first sentence-like line) yields the title and a date line;
- **end markers** (``555 reads``, ``Similar articles``, ``Related …``, ``Recent trends``,
  newsletter prompts) cut everything after them;
- a **byline block** (a name line repeated, or followed by ``<Name> is …``) gives the authors;
- **UI words**, **SEO spam**, **image captions**, **image file names** and **pull quotes** ending in
  ``Read more`` are dropped;
- a **teaser** ending in ``...``/``…`` whose stem starts a later paragraph is dropped, and so is a
  line repeated later (the later copy is the article's own);
- subheadings stay, as paragraphs of their own, and are listed in :attr:`CleanResult.headings`.

Nothing in ``text`` is invented: every kept line is copied verbatim from ``raw`` and
:attr:`CleanResult.offset_map` maps it back. Only the joints (``"\\n\\n"`` between paragraphs, a
space where a hard-wrapped line break was) are new. Every step is linear in the size of the input.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence

from attrs import field, frozen

from .dates import looks_like_date, parse_date
from .model import Article, PartialDate

__all__ = ["CleanResult", "DropReason", "Dropped", "clean", "split_lines"]


class DropReason(enum.StrEnum):
    """Why a stretch of the raw file is not part of the article body."""

    END_MARKER = "end marker"
    BYLINE = "byline"
    UI_WORD = "ui word"
    SEO_SPAM = "seo spam"
    IMAGE_CAPTION = "image caption"
    IMAGE_FILE = "image file"
    PULL_QUOTE = "pull quote"
    TEASER = "teaser"
    DUPLICATE_LINE = "duplicate line"
    HEADER = "header"
    TITLE = "title"
    DATE = "date"


@frozen
class Dropped:
    """A stretch ``raw[start:end]`` left out of the body, and why."""

    start: int
    end: int
    reason: DropReason = field(converter=DropReason)

    def excerpt(self, raw: str, width: int = 70) -> str:
        """The dropped raw text, shortened to ``width`` characters for a report."""
        piece = " ".join(raw[self.start : min(self.end, self.start + width * 4)].split())
        return piece if len(piece) <= width else piece[: width - 1] + "…"


@frozen
class CleanResult:
    """The outcome of :func:`clean`: the body text, its map back to raw, and the metadata found.

    ``offset_map`` holds ``(text_start, raw_start, length)`` segments as :class:`Article` expects.
    ``paragraphs`` and ``headings`` are ``(start, end)`` spans of ``text``; every heading span is
    also a paragraph span. ``dropped`` lists what was left out, in raw order.
    """

    text: str
    offset_map: tuple[tuple[int, int, int], ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: PartialDate | None = None
    dropped: tuple[Dropped, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    headings: tuple[tuple[int, int], ...] = ()

    def counts(self) -> dict[str, int]:
        """How many items were dropped for each reason (for the ``ingest`` report)."""
        out: dict[str, int] = {}
        for item in self.dropped:
            out[item.reason.value] = out.get(item.reason.value, 0) + 1
        return out

    def to_article(self, id: str, raw: str, **metadata: object) -> Article:
        """Build the :class:`Article`; ``metadata`` may override title, authors, published…"""
        values: dict[str, object] = {
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
        }
        values.update(metadata)
        return Article(id=id, text=self.text, raw=raw, offset_map=self.offset_map, **values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- line level

# str.strip() strips Unicode whitespace (NBSP included); zero-width characters are stripped too.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@frozen
class _Line:
    start: int  # raw offset of the first non-blank character
    end: int
    text: str


def split_lines(raw: str) -> list[_Line]:
    """The lines of ``raw`` (CRLF, CR or LF), each stripped of surrounding blanks, with offsets."""
    lines: list[_Line] = []
    pos = 0
    for m in _LINE_BREAK.finditer(raw):
        lines.append(_strip_line(raw, pos, m.start()))
        pos = m.end()
    lines.append(_strip_line(raw, pos, len(raw)))
    return lines


def _strip_line(raw: str, a: int, b: int) -> _Line:
    seg = raw[a:b]
    left = seg.lstrip()
    left = left.lstrip(_ZERO_WIDTH)
    left = left.lstrip()
    start = a + (len(seg) - len(left))
    body = left.rstrip().rstrip(_ZERO_WIDTH).rstrip()
    return _Line(start, start + len(body), body)


_TERMINAL = re.compile(r"(?:[.!?…]|\.\.\.)[\"”’'»)\]]*$")
_INTERNAL_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*\s+[\"“‘'«(\[]*[A-ZА-ЯЁІЎ0-9]")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)$")

_UI_WORDS = frozenset(
    w.casefold()
    for w in (
        "loading",
        "loading...",
        "loading…",
        "rss",
        "read more",
        "read more »",
        "view all",
        "see all",
        "show more",
        "see more",
        "more",
        "continue reading",
        "subscribe",
        "subscribe to us",
        "subscribe now",
        "share",
        "share this",
        "share this article",
        "tweet",
        "print",
        "email",
        "e-mail",
        "menu",
        "search",
        "home",
        "back to top",
        "to top",
        "close",
        "next",
        "previous",
        "prev",
        "comments",
        "reply",
        "advertisement",
        "sponsored",
        "skip to content",
        "skip to main content",
        "follow us",
        "sign in",
        "log in",
        "login",
        "register",
        "all news",
        "top",
        "×",
        "by",
        "tags",
        "tags:",
        "share:",
        "print version",
        "читать далее",
        "подробнее",
        "поделиться",
        "подписаться",
        "загрузка...",
    )
)
# A language switcher: "EN", "BE/RU", "EN | RU | BE".
_LANG_SWITCH = re.compile(r"[A-Z]{2}(?:\s*[/|]\s*[A-Z]{2})*")
# Leftovers of HTML comments: "header -->", "<!-- nav".
_HTML_LEFTOVER = re.compile(r"(?:<!--.*|[\w\s./-]*-->)")

_COUNTER = re.compile(
    r"(?:\d[\d,.\s]*\s*(?:reads?|views?|comments?|shares?|likes?|просмотр(?:а|ов)?)"
    r"|(?:reads|views|просмотры)\s*:\s*\d[\d,.\s]*)",
    re.IGNORECASE,
)
_END_MARKERS = re.compile(
    r"(?:similar articles|related(?:\s+[\w’']+){0,3}\s*:?|recent trends|read also|see also"
    r"|more (?:on this|from|stories|articles|news)(?:\s+[\w’']+){0,3}|also read|you may also like"
    r"|you have been successfully subscribed|subscribe to (?:our|the) newsletter"
    r"|sign up (?:for|to) (?:our|the) newsletter|leave a (?:comment|reply)"
    r"|похожие (?:статьи|материалы|новости)|читайте также|смотрите также)[.!:]?",
    re.IGNORECASE,
)

_CAPTION_LABEL = (
    r"(?:image|images|photo|photos|photograph|picture|pic|illustration|photo credit|image credit"
    r"|credit|фото|изображение|иллюстрация|фота)"
)
_CAPTION_LEADING = re.compile(
    rf"{_CAPTION_LABEL}(?:\s+by)?\s*[:：]\s*\S.*|{_CAPTION_LABEL}\s+by\s+\S.*", re.IGNORECASE
)
_CAPTION_TRAILING = re.compile(
    rf"[.!?…][\"”’'»)]*\s+{_CAPTION_LABEL}(?:\s+by)?\s*[:：]\s*(\S.{{0,80}})$", re.IGNORECASE
)
_IMAGE_FILE = re.compile(
    r"\S{0,200}?[\w\-)]\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)(?:\?\S*)?", re.IGNORECASE
)
_PULL_QUOTE = re.compile(r"\S.*\s(?:read more|читать далее)\s*[»→›.]?", re.IGNORECASE)
_BY_LINE = re.compile(
    r"(?:by|author|authors|written by|автор|текст)\s*[:]?\s+(\S.*)", re.IGNORECASE
)
_BIO_VERBS = ("is", "was", "has", "writes", "covers", "works", "teaches", "holds", "—", "-", "–")
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "la", "le", "bin", "al", "ibn"}
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bи\b)\s*")


def _words(text: str) -> list[str]:
    return text.split()


def _is_ui(text: str) -> bool:
    if len(text) > 60:
        return False
    low = text.casefold().rstrip(" »›→>")
    if low in _UI_WORDS or text.casefold() in _UI_WORDS:
        return True
    return bool(_LANG_SWITCH.fullmatch(text) or _HTML_LEFTOVER.fullmatch(text))


def _is_end_marker(text: str) -> bool:
    if len(text) > 80:
        return False
    return bool(_COUNTER.fullmatch(text) or _END_MARKERS.fullmatch(text))


def _is_caption(text: str) -> bool:
    if len(text) > 300:
        return False
    if _CAPTION_LEADING.fullmatch(text):
        return True
    m = _CAPTION_TRAILING.search(text)
    return bool(m and len(m.group(1).split()) <= 8 and not _INTERNAL_BOUNDARY.search(m.group(1)))


def _is_image_file(text: str) -> bool:
    return len(text) <= 300 and " " not in text.strip() and bool(_IMAGE_FILE.fullmatch(text))


def _is_pull_quote(text: str) -> bool:
    return len(text) <= 400 and bool(_PULL_QUOTE.fullmatch(text))


def _is_spam(text: str) -> bool:
    """Many tokens, no sentence punctuation, few distinct words (keyword stuffing)."""
    words = _words(text)
    if len(words) < 12:
        return False
    ends = sum(
        1 for w in words if w[-1] in ".!?…" or w.rstrip("\"”’'»)")[-1:] in (".", "!", "?", "…")
    )
    if ends == 0:
        return len(words) >= 40 or _distinct_ratio(words) <= 0.6
    # Prose ends a sentence every 20 words or so; stuffing with a stray full stop does not.
    return len(words) / ends > 80 and _distinct_ratio(words) < 0.3


def _distinct_ratio(words: Sequence[str]) -> float:
    return len({w.casefold() for w in words}) / len(words)


def _is_sentence_like(text: str) -> bool:
    """A line of running prose: six or more words, ending a sentence or holding two."""
    if len(_words(text)) < 6:
        return False
    return bool(_TERMINAL.search(text) and not text.endswith("?")) or bool(
        _INTERNAL_BOUNDARY.search(text)
    )


def _looks_like_name(text: str) -> bool:
    if not 3 <= len(text) <= 60 or any(c.isdigit() for c in text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 4:
        return False
    capitals = 0
    for token in tokens:
        if token.casefold() in _NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(token) or not token[0].isupper():
            return False
        capitals += 1
    return capitals >= 2


def _names_in_byline(text: str) -> list[str]:
    m = _BY_LINE.fullmatch(text)
    if not m:
        return []
    names = [n.strip(" .") for n in _AUTHOR_SPLIT.split(m.group(1)) if n.strip(" .")]
    return names if names and all(_looks_like_name(n) for n in names) else []


def _is_bio(text: str, name: str) -> bool:
    if not text.startswith(name) or len(text) == len(name):
        return False
    rest = text[len(name) :].split(None, 1)
    return bool(rest) and rest[0].casefold().strip(",") in _BIO_VERBS


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- the cleaner


class _Cleaner:
    """One cleaning run; keeps the per-line decisions in ``self.reason``."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.lines = split_lines(raw)
        self.reason: list[DropReason | None] = [None] * len(self.lines)
        self.title: str | None = None
        self.authors: list[str] = []
        self.published: PartialDate | None = None
        self.tail: Dropped | None = None

    def nonblank(self, start: int, stop: int) -> Iterable[int]:
        return (i for i in range(start, stop) if self.lines[i].text)

    def run(self) -> CleanResult:
        body_start = self._body_start()
        self._read_header(body_start)
        stop = self._cut_at_end_marker(body_start)
        self._filter_body(body_start, stop)
        return self._assemble(body_start, stop)

    # -- header ------------------------------------------------------------------

    def _body_start(self) -> int:
        fallback = None
        for i in self.nonblank(0, len(self.lines)):
            text = self.lines[i].text
            if _is_caption(text) or _is_ui(text) or _is_spam(text) or _is_end_marker(text):
                continue
            if _is_sentence_like(text):
                # In a hard-wrapped paragraph the sentence may start on earlier lines.
                while i > 0 and self._wrapped_before(i - 1):
                    i -= 1
                return i
            if fallback is None and _TERMINAL.search(text) and len(_words(text)) >= 2:
                fallback = i
        return fallback if fallback is not None else 0

    def _wrapped_before(self, i: int) -> bool:
        text = self.lines[i].text
        return (
            bool(text)
            and len(text) <= 100
            and len(_words(text)) >= 3
            and not _TERMINAL.search(text)
            and not text.endswith((":", "?"))
            and not (_is_caption(text) or _is_ui(text) or looks_like_date(text))
            and not _looks_like_name(text)
        )

    def _read_header(self, stop: int) -> None:
        candidates: list[int] = []
        for i in self.nonblank(0, stop):
            text = self.lines[i].text
            names = _names_in_byline(text)
            if names:
                self.reason[i] = DropReason.BYLINE
                self._add_authors(names)
            elif _is_ui(text):
                self.reason[i] = DropReason.UI_WORD
            elif _is_image_file(text):
                self.reason[i] = DropReason.IMAGE_FILE
            elif _is_caption(text):
                self.reason[i] = DropReason.IMAGE_CAPTION
            elif looks_like_date(text):
                self.reason[i] = DropReason.DATE
                if self.published is None:
                    self.published = parse_date(text)
            elif _is_spam(text):
                self.reason[i] = DropReason.SEO_SPAM
            else:
                self.reason[i] = DropReason.HEADER
                if not text.endswith(":") and any(c.isalpha() for c in text):
                    candidates.append(i)
        chosen = self._choose_title(candidates, stop)
        if chosen is not None:
            self.title = self.lines[chosen].text
            key = _key(self.title)
            for i in candidates:
                if _key(self.lines[i].text) == key:
                    self.reason[i] = DropReason.TITLE

    def _choose_title(self, candidates: list[int], stop: int) -> int | None:
        """A header line repeated in the header; else the last standalone one; else the longest."""
        if not candidates:
            return None
        seen: dict[str, int] = {}
        for i in candidates:
            k = _key(self.lines[i].text)
            if k in seen and len(_words(k)) >= 2:
                return seen[k]
            seen[k] = i
        standalone = [
            i for i in candidates if self._standalone(i) and len(_words(self.lines[i].text)) >= 2
        ]
        if standalone:
            return standalone[-1]
        return max(candidates, key=lambda i: len(self.lines[i].text))

    def _standalone(self, i: int) -> bool:
        before = i == 0 or not self.lines[i - 1].text
        after = i + 1 >= len(self.lines) or not self.lines[i + 1].text
        return before and after

    def _add_authors(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)

    # -- end markers -------------------------------------------------------------

    def _cut_at_end_marker(self, start: int) -> int:
        for i in self.nonblank(start, len(self.lines)):
            if _is_end_marker(self.lines[i].text):
                self.tail = Dropped(self.lines[i].start, len(self.raw), DropReason.END_MARKER)
                return i
        return len(self.lines)

    # -- body --------------------------------------------------------------------

    def _filter_body(self, start: int, stop: int) -> None:
        idx = list(self.nonblank(start, stop))
        texts = {i: self.lines[i].text for i in idx}
        self._find_bylines(idx)
        title_key = _key(self.title) if self.title else None
        for i in idx:
            if self.reason[i] is not None:
                continue
            text = texts[i]
            if _is_ui(text):
                self.reason[i] = DropReason.UI_WORD
            elif _is_image_file(text):
                self.reason[i] = DropReason.IMAGE_FILE
            elif _is_caption(text):
                self.reason[i] = DropReason.IMAGE_CAPTION
            elif _is_pull_quote(text):
                self.reason[i] = DropReason.PULL_QUOTE
            elif _is_spam(text):
                self.reason[i] = DropReason.SEO_SPAM
            elif title_key is not None and len(text) <= 300 and _key(text) == title_key:
                self.reason[i] = DropReason.TITLE
        kept = [i for i in idx if self.reason[i] is None]
        self._drop_repeats(kept)
        self._drop_teasers([i for i in kept if self.reason[i] is None])

    def _find_bylines(self, idx: list[int]) -> None:
        for n, i in enumerate(idx):
            text = self.lines[i].text
            if self.reason[i] is not None:
                continue
            names = _names_in_byline(text)
            if names:
                self.reason[i] = DropReason.BYLINE
                self._add_authors(names)
                continue
            if not _looks_like_name(text) or n + 1 >= len(idx):
                continue
            following = idx[n + 1 : n + 3]
            nxt = self.lines[following[0]].text
            if nxt == text or _is_bio(nxt, text):
                self.reason[i] = self.reason[following[0]] = DropReason.BYLINE
                if len(following) > 1 and _is_bio(self.lines[following[1]].text, text):
                    self.reason[following[1]] = DropReason.BYLINE
                self._add_authors([text])

    def _drop_repeats(self, kept: list[int]) -> None:
        """A line that comes again later is a teaser copy: the later one is the article's."""
        last: dict[str, int] = {}
        for i in kept:
            text = self.lines[i].text
            if len(_words(text)) >= 4:
                last[text] = i
        for i in kept:
            text = self.lines[i].text
            if len(_words(text)) >= 4 and last.get(text, i) != i:
                self.reason[i] = DropReason.DUPLICATE_LINE

    def _drop_teasers(self, kept: list[int]) -> None:
        """``Stem...`` is dropped when a later line starts with the stem."""
        by_prefix: dict[str, list[int]] = {}
        for i in kept:
            by_prefix.setdefault(self.lines[i].text[:20], []).append(i)
        for i in kept:
            text = self.lines[i].text
            m = _ELLIPSIS_END.search(text)
            if not m:
                continue
            stem = text[: m.start()].rstrip()
            if len(stem) < 20:
                continue
            # Bounded look-up keeps this linear even on pathological input.
            for j in by_prefix.get(stem[:20], ())[:50]:
                if (
                    j > i
                    and len(self.lines[j].text) > len(stem)
                    and self.lines[j].text.startswith(stem)
                ):
                    self.reason[i] = DropReason.TEASER
                    break

    # -- output ------------------------------------------------------------------

    def _blocks(self, start: int, stop: int) -> list[list[int]]:
        """Runs of kept lines with no blank or dropped line between them."""
        blocks: list[list[int]] = []
        current: list[int] = []
        for i in range(start, stop):
            if self.lines[i].text and self.reason[i] is None:
                current.append(i)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return blocks

    def _paragraphs(self, blocks: list[list[int]]) -> list[list[int]]:
        """Split blocks: a hard-wrapped block is one paragraph, otherwise each line is one."""
        out: list[list[int]] = []
        for block in blocks:
            texts = [self.lines[i].text for i in block]
            wrapped = (
                len(block) > 1
                and all(len(t) <= 100 for t in texts)
                and any(not _TERMINAL.search(t) for t in texts[:-1])
            )
            if wrapped:
                out.append(block)
            else:
                out.extend([i] for i in block)
        return out

    def _assemble(self, body_start: int, stop: int) -> CleanResult:
        paragraphs = self._paragraphs(self._blocks(body_start, stop))
        # Short leftovers before the first paragraph of prose (a caption with no label between
        # a teaser and its full text) belong to the header, not the body.
        while paragraphs and not any(_is_sentence_like(self.lines[i].text) for i in paragraphs[0]):
            if not any(_is_sentence_like(self.lines[i].text) for p in paragraphs for i in p):
                break
            for i in paragraphs.pop(0):
                self.reason[i] = DropReason.HEADER
        pieces: list[str] = []
        segments: list[tuple[int, int, int]] = []
        spans: list[tuple[int, int]] = []
        headings: list[tuple[int, int]] = []
        pos = 0
        for paragraph in paragraphs:
            if pieces:
                pieces.append("\n\n")
                pos += 2
            para_start = pos
            for n, i in enumerate(paragraph):
                line = self.lines[i]
                if n:
                    pieces.append(" ")
                    pos += 1
                pieces.append(line.text)
                segments.append((pos, line.start, len(line.text)))
                pos += len(line.text)
            spans.append((para_start, pos))
            if len(paragraph) == 1 and _is_heading(self.lines[paragraph[0]].text):
                headings.append((para_start, pos))
        dropped = [
            Dropped(line.start, line.end, reason)
            for line, reason in zip(self.lines, self.reason, strict=True)
            if reason is not None
        ]
        if self.tail is not None:
            dropped.append(self.tail)
        return CleanResult(
            text="".join(pieces),
            offset_map=tuple(segments),
            title=self.title,
            authors=tuple(self.authors),
            published=self.published,
            dropped=tuple(dropped),
            paragraphs=tuple(spans),
            headings=tuple(headings),
        )


def _is_heading(text: str) -> bool:
    """A short standalone line that does not end like a sentence fragment: a subheading."""
    if len(text) > 120 or len(_words(text)) > 15 or text[-1] in ".,;:":
        return False
    if _INTERNAL_BOUNDARY.search(text):
        return False
    if text.startswith(("…", "...")):
        return True  # "… except Moscow" continues the heading before it
    first = text.lstrip("\"“‘'«([ ")
    return bool(first) and (first[0].isupper() or first[0].isdigit())


def clean(raw: str) -> CleanResult:
    """Clean a plain-text article copy; see the module docstring for the rules.

    Never raises on text input; an empty or all-boilerplate input gives an empty ``text``.
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean() needs the decoded text (str), not {type(raw).__name__}")
    return _Cleaner(raw).run()
