"""Sentences and paragraphs with code-point offsets into an article's cleaned text.

syntok does the sentence splitting, but it is fed one paragraph at a time (and very long lines
in bounded chunks) because it is superlinear on one huge string. A paragraph is a line of the
cleaned text; a wrapped line is joined to the next one when it clearly continues there (no final
punctuation, next line starts in lower case). Short lines without final punctuation are marked
as subheadings and kept whole.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from attrs import frozen

from claimtrack.model import Article
from claimtrack.text.headings import is_heading

__all__ = [
    "Paragraph",
    "Sentence",
    "iter_sentences",
    "sentence_spans",
    "split_paragraphs",
    "split_sentences",
]

#: syntok is fed pieces of at most this many characters (it slows down on very long strings).
MAX_CHUNK = 4000

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]“‘«„"
# A line ending like this is a complete sentence (or list item), not a wrapped fragment.
_ENDS_COMPLETE = re.compile(r"[.!?…:;,][\"'”’»)\]]*\s*$")
# Cheap test for the fast path: any terminal punctuation that is not at the very end.
_INNER_TERMINAL = re.compile(r"[.!?…]")


@frozen
class Paragraph:
    """One paragraph (a line, or wrapped lines joined) of the text: ``text[start:end]``."""

    index: int
    start: int
    end: int
    heading: bool


@frozen
class Sentence:
    """One sentence: ``text`` is ``article.text[start:end]``; ``heading`` marks a subheading."""

    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


def _text_of(article_or_text: Article | str) -> str:
    if isinstance(article_or_text, Article):
        return article_or_text.text
    if isinstance(article_or_text, str):
        return article_or_text
    raise TypeError(f"expected an Article or a str, got {type(article_or_text).__name__}")


def split_paragraphs(
    article_or_text: Article | str, headings: Iterable[tuple[int, int]] | None = None
) -> tuple[Paragraph, ...]:
    """The paragraphs of the text, in order, with offsets and a subheading flag.

    ``headings`` (``(start, end)`` spans, as
    :attr:`claimtrack.reading.cleaning.CleanResult.headings` gives them) overrides the
    built-in subheading test (:func:`claimtrack.text.headings.is_heading`) when the cleaner
    already decided.
    """
    text = _text_of(article_or_text)
    spans: list[list[int]] = []
    prev_line = ""
    prev_blank = True
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            prev_blank = True
            pos += len(line)
            continue
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        end = pos + len(body.rstrip())
        continues = (
            not prev_blank
            and spans
            and not _ENDS_COMPLETE.search(prev_line)
            and stripped[0].islower()
        )
        if continues:
            spans[-1][1] = end
        else:
            spans.append([start, end])
        prev_line = body
        prev_blank = False
        pos += len(line)
    if headings is not None:
        marked = set(headings)
        return tuple(Paragraph(i, s, e, (s, e) in marked) for i, (s, e) in enumerate(spans))
    return tuple(Paragraph(i, s, e, is_heading(text[s:e])) for i, (s, e) in enumerate(spans))


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most MAX_CHUNK characters for syntok.

    Cuts go after sentence punctuation and a space when there is one in the window, else at a
    space, else anywhere: a 20 MB line without spaces still ends in bounded time.
    """
    while end - start > MAX_CHUNK:
        window_end = start + MAX_CHUNK
        cut = -1
        for m in re.finditer(r"[.!?…][\"'”’»)]*\s+", text[start + MAX_CHUNK // 2 : window_end]):
            cut = start + MAX_CHUNK // 2 + m.end()
        if cut < 0:
            space = text.rfind(" ", start + MAX_CHUNK // 2, window_end)
            cut = space + 1 if space > 0 else window_end
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def _syntok_spans(piece: str) -> list[tuple[int, int]]:
    """Sentence spans within ``piece`` (relative offsets), whitespace-trimmed."""
    from syntok import segmenter  # imported here: syntok pulls in `regex` at import time

    starts: list[int] = []
    for paragraph in segmenter.analyze(piece):
        for sentence in paragraph:
            if sentence:
                starts.append(sentence[0].offset)
    spans: list[tuple[int, int]] = []
    for i, s in enumerate(starts):
        # The next sentence's first token ends this one: robust to syntok's normalised values.
        e = starts[i + 1] if i + 1 < len(starts) else len(piece)
        while e > s and piece[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


# Spans already split, per paragraph, for the last few texts. Keyed by the text itself (str
# caches its hash; a hit on the same object compares by identity): splitting an article's
# sentences and then finding its quotations runs syntok once per paragraph, not twice.
_MEMO_TEXTS = 8
_memo: OrderedDict[str, dict[tuple[int, int], tuple[tuple[int, int], ...]]] = OrderedDict()


def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sentences of one paragraph ``text[start:end]`` as ``(start, end)`` spans, in order.

    The one sentence path: :func:`split_sentences` and the quotation rules both use it.
    """
    memo = _memo.get(text)
    if memo is None:
        memo = _memo[text] = {}
        while len(_memo) > _MEMO_TEXTS:
            _memo.popitem(last=False)
    else:
        _memo.move_to_end(text)
    spans = memo.get((start, end))
    if spans is None:
        spans = memo[(start, end)] = tuple(_split_paragraph(text, start, end))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    body = text[start:end]
    trimmed = body.rstrip(_TERMINAL + _CLOSERS + " ")
    # Fast path: no terminal punctuation before the end means one sentence, no syntok needed.
    if not _INNER_TERMINAL.search(trimmed):
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for cs, ce in _chunks(text, start, end):
        for s, e in _syntok_spans(text[cs:ce]):
            spans.append((cs + s, cs + e))
    return spans


def iter_sentences(
    article_or_text: Article | str, headings: Iterable[tuple[int, int]] | None = None
) -> Iterator[Sentence]:
    """Yield the sentences of the text in order (see :func:`split_sentences`)."""
    text = _text_of(article_or_text)
    for para in split_paragraphs(text, headings):
        if para.heading:
            yield Sentence(para.start, para.end, text[para.start : para.end], para.index, True)
            continue
        for s, e in sentence_spans(text, para.start, para.end):
            yield Sentence(s, e, text[s:e], para.index, False)


def split_sentences(
    article_or_text: Article | str, headings: Iterable[tuple[int, int]] | None = None
) -> tuple[Sentence, ...]:
    """The sentences of an article's cleaned text (or of a string), with offsets into it.

    ``sentence.text == text[sentence.start:sentence.end]`` always holds; subheadings come back
    as one sentence each with ``heading=True`` (``headings`` spans from the cleaner, when given,
    decide which paragraphs are subheadings). Never raises on odd input (empty text, a 20 MB
    single line, ten thousand quote marks); time stays roughly linear in the text length.
    """
    return tuple(iter_sentences(article_or_text, headings))
