"""Direct quotations and their speakers, found by rules (an aid: the analyst decides).

What counts as a quotation: words in quote marks that someone is said to have said or written
(a speech cue before or after them, "According to him", a participial cue), or a block quote
(a paragraph without marks after "X commented,"). Not quotations: scare quotes (a word or three
in marks with no speech cue right at them: “union state”, “serious”), titles and mottos, and
indirect speech without marks ("Zas’ noted they did not discuss …": there are no quoted words to
verify, so it is left to the analyst's reading).

The scanner walks quote marks once per paragraph (curly, straight, mixed, «», „“); a quote left
open runs to the end of its paragraph. Everything is linear in the text length: regular
expressions here have no nested quantifiers, and context windows around a quote are bounded.
"""

from __future__ import annotations

import re

from attrs import frozen

from claimtrack.aids.attribution import Attribution, Span, attribute
from claimtrack.aids.mentions import ArticleReader, resolve_np, subject_before
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.model import Article
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["Quotation", "extract_quotations"]

# Quote marks. Straight marks decide open/close from their neighbours.
_MARKS = re.compile('["“”„«»‘’]')
_DOUBLE = frozenset('"“”„«»')


@frozen
class Quotation:
    """A direct quotation found in an article, with who said it and how sure the rules are.

    ``text`` is ``article.text[start:end]``: the words inside the marks (a trailing comma that
    belongs to the attribution is left out). ``speaker`` is the name as the article writes it at
    the cue, or at the antecedent when the cue says "he" or "according to him"; ``speaker_full``
    is the fullest form the article gives ("Linas Linkevičius"); ``cue`` is the attribution as
    written ("insisted that", "according to him", "commented,"). ``kind`` is ``quote``,
    ``unclosed`` (no closing mark: runs to the end of the paragraph), ``continued`` (a quote
    carried over into the next paragraph) or ``block`` (a paragraph quoted without marks).
    ``confidence`` is 0–1: high for a named speaker at the quote, lower for a resolved pronoun,
    a block quote, an unclosed quote or no speaker at all.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_full: str | None
    cue: str | None
    confidence: float
    kind: str = "quote"


# ------------------------------------------------------------------------ mark scanner


def _scan_marks(text: str, para: Paragraph) -> list[Span]:
    """Pair the quote marks of one paragraph; one pass, so ten thousand marks stay cheap."""
    segment = text[para.start : para.end]
    marks = [(m.start() + para.start, m.group()) for m in _MARKS.finditer(segment)]
    doubles = any(ch in _DOUBLE for _, ch in marks)
    spans: list[Span] = []
    open_at: int | None = None
    open_ch = ""
    for pos, ch in marks:
        prev = text[pos - 1] if pos > para.start else " "
        nxt = text[pos + 1] if pos + 1 < para.end else " "
        if doubles and ch in "‘’":
            continue  # apostrophes and nested single quotes inside a double-quoted paragraph
        if open_at is None:
            word_start = not nxt.isspace() and not prev.isalnum()
            if ch in "“„«" or (ch in '"‘' and word_start):
                open_at, open_ch = pos, ch
            continue
        closes = (
            (ch in '”"' and open_ch != "‘")
            or (ch == "“" and open_ch == "„")
            or (ch == "»" and open_ch == "«")
            or (ch == "’" and open_ch == "‘" and not nxt.isalpha())
        )
        if closes:
            spans.append(_make_span(text, open_at, pos))
            open_at = None
        elif ch in "“„«" and open_ch != "„":
            # A new opening mark while one is open: the first quote was never closed.
            spans.append(_make_span(text, open_at, None, limit=pos))
            open_at, open_ch = pos, ch
    if open_at is not None:
        spans.append(_make_span(text, open_at, None, limit=para.end))
    return [s for s in spans if s.end > s.start]


def _make_span(text: str, open_at: int, close: int | None, limit: int = 0) -> Span:
    start = open_at + 1
    end = close if close is not None else limit
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(open_at, close, start, end)


# ------------------------------------------------------------------------- extraction


def extract_quotations(article_or_text: Article | str) -> tuple[Quotation, ...]:
    """The direct quotations of an article (or a string), in text order.

    Each comes with its speaker as written, the full name when the article gives it, the cue
    and a confidence. Scare quotes are skipped. Never raises on odd text (no marks, unbalanced
    marks, ten thousand marks, one 20 MB line).
    """
    if isinstance(article_or_text, Article):
        text = article_or_text.text
    elif isinstance(article_or_text, str):
        text = article_or_text
    else:
        raise TypeError(f"expected an Article or a str, got {type(article_or_text).__name__}")
    if not text.strip():
        return ()
    reader = ArticleReader(text)
    found: list[Quotation] = []
    carried: Attribution | None = None  # speaker of a quote left open at a paragraph's end
    for para in reader.paragraphs:
        spans = _scan_marks(text, para) if not para.heading else []
        if not spans:
            block = None if para.heading else _block_quote(reader, para)
            if block is not None:
                found.append(block)
            carried = None
            continue
        next_carried = None
        opens = [s.open for s in spans]
        for n, span in enumerate(spans):
            att: Attribution | None
            if n == 0 and carried is not None and span.open == para.start:
                att = carried
                kind = "continued"
            else:
                att = attribute(reader, para, span, spans, opens)
                kind = "quote" if span.close is not None else "unclosed"
            if att is None:
                continue
            confidence = att.confidence * (0.8 if span.close is None else 1.0)
            found.append(
                Quotation(
                    text=text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    speaker=att.speaker,
                    speaker_full=att.speaker_full,
                    cue=att.cue,
                    confidence=round(confidence, 2),
                    kind=kind,
                )
            )
            if span.close is None:
                next_carried = att
        carried = next_carried
    return tuple(found)


def _block_quote(reader: ArticleReader, para: Paragraph) -> Quotation | None:
    """A paragraph quoted without marks after a paragraph ending "X commented," or "X said:"."""
    if para.index == 0:
        return None
    prev = reader.paragraphs[para.index - 1]
    text = reader.text
    prev_text = text[prev.start : prev.end].rstrip()
    if prev.heading or prev_text[-1:] not in ",:":
        return None
    body = text[para.start : para.end]
    if len(body.split()) < 4 or body[:1] in '"“„«‘':
        return None
    ps, pe = reader.sentences(prev.index)[-1]
    toks = tokenize(text[ps:pe], ps)
    # The cue must close the paragraph: "… Baunov commented," / "… as he put it:".
    for i in range(len(toks) - 1, max(len(toks) - 5, -1), -1):
        if toks[i].lower in SPEECH_VERBS or (
            toks[i].lower == "it" and i > 0 and toks[i - 1].lower == "put"
        ):
            verb_i = i - 1 if toks[i].lower == "it" else i
            subject = subject_before(toks, verb_i)
            if subject is None:
                return None
            speaker, _, conf = resolve_np(reader, prev, subject, subject[0].start)
            if speaker is None:
                return None
            end = para.end
            return Quotation(
                text=text[para.start : end],
                start=para.start,
                end=end,
                speaker=speaker,
                speaker_full=reader.names.full_name(speaker),
                cue=text[toks[verb_i].start : toks[-1].end],
                confidence=round(conf * 0.75, 2),
                kind="block",
            )
    return None
