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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from attrs import frozen

from claimtrack.aids.speakers import (
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    NameChunk,
    NameIndex,
    Token,
    name_chunks,
    tokenize,
    wordset,
)
from claimtrack.aids.speech_cues import (
    AFTER_ONLY,
    BETWEEN,
    CUE_VERBS,
    NAMING_VERBS,
    PREPOSITIONS,
    SMALL_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from claimtrack.model import Article
from claimtrack.text.sentences import Paragraph, split_paragraphs

__all__ = ["Quotation", "extract_quotations"]

# Quote marks. Straight marks decide open/close from their neighbours.
_MARKS = re.compile('["“”„«»‘’]')
_DOUBLE = frozenset('"“”„«»')
_AFTER_PUNCT = ",?!–—…"


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


@frozen
class _Span:
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when unclosed
    start: int  # quoted text (trimmed)
    end: int


@frozen
class _Attribution:
    speaker: str | None
    speaker_full: str | None
    cue: str | None
    confidence: float


# ------------------------------------------------------------------------ mark scanner


def _scan_marks(text: str, para: Paragraph) -> list[_Span]:
    """Pair the quote marks of one paragraph; one pass, so ten thousand marks stay cheap."""
    segment = text[para.start : para.end]
    marks = [(m.start() + para.start, m.group()) for m in _MARKS.finditer(segment)]
    doubles = any(ch in _DOUBLE for _, ch in marks)
    spans: list[_Span] = []
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


def _make_span(text: str, open_at: int, close: int | None, limit: int = 0) -> _Span:
    start = open_at + 1
    end = close if close is not None else limit
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Span(open_at, close, start, end)


# ------------------------------------------------------------------------- extraction


class _Reader:
    """Per-article state: paragraphs, lazily split sentences, tokens and the name index."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = split_paragraphs(text)
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._names: NameIndex | None = None

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex(self.text)
        return self._names

    def sentences(self, index: int) -> list[tuple[int, int]]:
        if index not in self._sentences:
            p = self.paragraphs[index]
            self._sentences[index] = (
                [(p.start, p.end)] if p.heading else _context_sentences(self.text, p.start, p.end)
            )
        return self._sentences[index]

    def sentence_at(self, index: int, pos: int) -> tuple[int, int]:
        """The sentence of paragraph ``index`` holding ``pos`` (bisect: many quotes stay cheap)."""
        spans = self.sentences(index)
        k = bisect_right(spans, (pos, len(self.text) + 1)) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return spans[k]
        p = self.paragraphs[index]
        return p.start, p.end

    def previous_sentences(self, index: int, pos: int, limit: int = 5) -> list[tuple[int, int]]:
        """Up to ``limit`` sentences before ``pos``, nearest first, not crossing a heading."""
        out: list[tuple[int, int]] = []
        i = index
        while i >= 0 and len(out) < limit:
            p = self.paragraphs[i]
            if p.heading:
                break
            spans = self.sentences(i)
            k = bisect_right(spans, (pos, len(self.text) + 1))
            while k > 0 and len(out) < limit:
                k -= 1
                if spans[k][1] <= pos:
                    out.append(spans[k])
            i -= 1
        return out


# A sentence end: terminal punctuation, closers, space, then something that can start one.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"“‘«(\[]?[^\W_a-z])")
_ABBREVIATIONS = wordset(
    "mr mrs ms dr st prof gen col lt sen rep gov no jr sr vs etc e.g i.e u.s u.k fig approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp"
)


def _context_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph for the cue rules: a cheap local split, not syntok.

    The rules only need clause context near each quote, so a boundary regex with an
    abbreviation list does (twice as fast as syntok on quote-rich text);
    :func:`claimtrack.split_sentences` stays the reference splitter.
    """
    spans: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        word_start = text.rfind(" ", s, m.start()) + 1 or s
        word = text[max(word_start, s) : m.start()].lstrip('"“‘«([').lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue  # "Mr. Makei", "J. Smith": not a sentence end
        e = m.end()
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans


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
    reader = _Reader(text)
    found: list[Quotation] = []
    carried: _Attribution | None = None  # speaker of a quote left open at a paragraph's end
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
            att: _Attribution | None
            if n == 0 and carried is not None and span.open == para.start:
                att = carried
                kind = "continued"
            else:
                att = _attribute(reader, para, span, spans, opens)
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


# -------------------------------------------------------------------------- attribution


def _masked_tokens(
    text: str, start: int, end: int, spans: Sequence[_Span], opens: Sequence[int]
) -> list[Token]:
    """Tokens of ``text[start:end]`` outside any quoted span (quoted words are not cues)."""
    toks = tokenize(text[start:end], start)
    # Only the spans that open before ``end`` and close after ``start`` matter (bisect).
    k = bisect_right(opens, end)
    quoted = []
    for i in range(k - 1, -1, -1):
        s = spans[i]
        close = (s.close if s.close is not None else s.end) + 1
        if close <= start:
            break
        quoted.append((s.open, close))
    if not quoted:
        return toks
    return [t for t in toks if not any(a <= t.start < b for a, b in quoted)]


def _attribute(
    reader: _Reader, para: Paragraph, span: _Span, spans: Sequence[_Span], opens: Sequence[int]
) -> _Attribution | None:
    text = reader.text
    quoted = text[span.start : span.end]
    n_words = len(quoted.split())
    short = n_words <= 3

    # 1. Cue after the quote: "“…,” X said" / "“…,” said X".
    if span.close is not None:
        # The last character inside the marks, counting the comma trimmed off the text.
        content_end = text[span.start : span.close].rstrip()[-1:]
        after_start = span.close + 1
        tail = text[after_start : min(para.end, after_start + 200)]
        if content_end in _AFTER_PUNCT or tail.lstrip()[:1] in (",", "–", "—"):
            att = _after_cue(reader, para, span, tokenize(tail, after_start))
            if att is not None:
                return att

    # 2. Cue before the quote, in the same sentence (or a paragraph ending in ":" or ",").
    s_start, _ = reader.sentence_at(para.index, span.open)
    before = _masked_tokens(text, s_start, span.open, spans, opens)
    if not before and span.open == para.start and para.index > 0:
        prev = reader.paragraphs[para.index - 1]
        if not prev.heading and text[prev.start : prev.end].rstrip()[-1:] in ":,":
            ps, pe = reader.sentences(prev.index)[-1]
            before = tokenize(text[ps:pe], ps)
    att = _before_cue(reader, para, span, before, short)
    if att is not None:
        return att

    # 3. No cue: a full sentence or more in marks is still reported, without a speaker.
    if n_words >= 6 and quoted[:1].isupper() and quoted.rstrip('"”’»')[-1:] in ".!?…":
        return _Attribution(None, None, None, 0.3)
    return None


def _after_cue(
    reader: _Reader, para: Paragraph, span: _Span, toks: list[Token]
) -> _Attribution | None:
    text = reader.text
    i = 0
    while i < len(toks) and toks[i].text in (",", "–", "—", "-"):
        i += 1
    if i >= len(toks):
        return None
    first = toks[i]
    after_verbs = CUE_VERBS | AFTER_ONLY
    if first.lower in after_verbs:  # "said Lukashenka", "said the minister"
        np = _np_forward(text, toks, i + 1)
        if np is None:
            return None
        speaker, _, conf = _resolve_np(reader, para, np, toks[i].start)
        if speaker is None:
            return None
        return _Attribution(speaker, reader.names.full_name(speaker), first.text, conf)
    # "Lukashenka said", "he told reporters", "the Belarusian foreign minister added"
    j = i
    limit = min(len(toks), i + 7)
    np_end = None
    while j < limit and toks[j].lower not in after_verbs:
        if toks[j].text == "," and np_end is None and j > i:
            # "Viktor Orbán, the Hungarian prime minister, said": skip the apposition.
            k = j + 1
            while k < min(len(toks), j + 10) and toks[k].text != ",":
                k += 1
            if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in after_verbs:
                np_end, j = j, k + 1
                break
        if not toks[j].is_word:
            return None
        j += 1
    if j >= len(toks) or toks[j].lower not in after_verbs or j == i:
        return None
    np = toks[i : np_end if np_end is not None else j]
    while np and np[-1].lower in BETWEEN:
        np = np[:-1]
    if not np:
        return None
    speaker, _, conf = _resolve_np(reader, para, np, np[0].start)
    if speaker is None:
        return None
    return _Attribution(
        speaker, reader.names.full_name(speaker), text[toks[j].start : toks[j].end], conf
    )


def _np_forward(text: str, toks: list[Token], i: int) -> list[Token] | None:
    """The noun phrase starting at ``toks[i]`` up to punctuation or a lower-case verb-ish word."""
    out: list[Token] = []
    while i < len(toks) and len(out) < 7 and toks[i].is_word:
        t = toks[i]
        # A lower-case word after a name ends the phrase: "said Lukashenka at the meeting".
        if out and out[-1].is_capitalised and not t.is_capitalised and t.lower not in ROLE_NOUNS:
            break
        out.append(t)
        i += 1
    return out or None


def _resolve_np(
    reader: _Reader, para: Paragraph, np: Sequence[Token], at: int
) -> tuple[str | None, int, float]:
    """Speaker named by the tokens ``np``: a name, a pronoun (resolved) or a role noun phrase."""
    text = reader.text
    if len(np) == 1 and np[0].lower in PRONOUNS:
        return _resolve_pronoun(reader, para, np[0])
    chunks = [c for c in name_chunks(text, list(np)) if c.kind in ("person", "org", "acronym")]
    if chunks:
        chunk = chunks[-1]
        return chunk.name, chunk.start, 0.95 if chunk.kind == "person" else 0.85
    if any(t.lower in ROLE_NOUNS for t in np):
        words = [t for t in np if t.lower not in ("the", "a", "an")]
        return text[words[0].start : words[-1].end], words[0].start, 0.7
    return None, at, 0.0


def _resolve_pronoun(
    reader: _Reader, para: Paragraph, pronoun: Token
) -> tuple[str | None, int, float]:
    """The nearest person named before a pronoun: same sentence first, then earlier ones."""
    text = reader.text
    if pronoun.lower not in PERSON_PRONOUNS:
        return pronoun.text, pronoun.start, 0.5
    s_start, _ = reader.sentence_at(para.index, pronoun.start)
    windows = [(s_start, pronoun.start)]
    windows += reader.previous_sentences(para.index, s_start, limit=4)
    token_lists = [tokenize(text[s:e], s) for s, e in windows]
    scanned = [(toks, name_chunks(text, toks)) for toks in token_lists]
    for _toks, chunks in scanned:
        for chunk in chunks:
            if _is_person(reader, chunk):
                return chunk.name, chunk.start, 0.85
    # Second pass: a name in subject position the article gives no first name or title for.
    for toks, chunks in scanned:
        starts = [t.start for t in toks]
        for chunk in chunks:
            k = bisect_left(starts, chunk.start)
            prev = toks[k - 1].lower if k > 0 else ""
            if chunk.kind == "person" and prev not in PREPOSITIONS:
                return chunk.name, chunk.start, 0.7
    return pronoun.text, pronoun.start, 0.5


def _is_person(reader: _Reader, chunk: NameChunk) -> bool:
    """A person by the article's own evidence: a title before, or a first name somewhere."""
    return chunk.kind == "person" and (chunk.titled or reader.names.is_person(chunk.name))


def _before_cue(
    reader: _Reader, para: Paragraph, span: _Span, toks: list[Token], short: bool
) -> _Attribution | None:
    text = reader.text
    n = len(toks)
    if n >= 2 and toks[-1].text == ":" and toks[-2].is_word and not short:
        # "Lukashenka disagreed: “…”": any verb before a colon introduces the quote.
        return _from_verb(reader, para, span, toks, n - 2, [])
    # Walk back from the quote to the nearest cue, at most 25 words.
    words_seen = 0
    for i in range(n - 1, -1, -1):
        tok = toks[i]
        low = tok.lower
        gap = [t for t in toks[i + 1 :] if t.is_word and t.lower not in SMALL_WORDS]
        if short and len(gap) > 2:
            return None
        if low == "according" and i + 1 < n and toks[i + 1].lower == "to":
            np = _np_until_comma(toks, i + 2)
            if not np:
                return None
            speaker, _, conf = _resolve_np(reader, para, np, tok.start)
            if speaker is None:
                return None
            cue = text[tok.start : np[-1].end]
            return _Attribution(speaker, reader.names.full_name(speaker), cue, conf * 0.95)
        if low in SPEECH_NOUNS and i > 0 and toks[i - 1].text.endswith(("’s", "'s")):
            owner = toks[i - 1]
            base = owner.text[:-2]
            if owner.text[:1].isupper():
                return _Attribution(
                    base, reader.names.full_name(base), text[owner.start : tok.end], 0.75
                )
        if low in CUE_VERBS and tok.is_word:
            if short and gap and low not in NAMING_VERBS:
                # "said the so-called “peace plan”": a scare quote, not a quoted word.
                return None
            if not (low in NAMING_VERBS and not short and gap):
                # ("called for …" is no naming cue for a long quote further on.)
                return _from_verb(reader, para, span, toks, i, gap)
        if tok.is_word:
            words_seen += 1
            if words_seen > 25:
                return None
    return None


def _np_until_comma(toks: list[Token], i: int) -> list[Token]:
    out: list[Token] = []
    while i < len(toks) and toks[i].is_word and len(out) < 8:
        out.append(toks[i])
        i += 1
    return out


def _from_verb(
    reader: _Reader, para: Paragraph, span: _Span, toks: list[Token], i: int, gap: list[Token]
) -> _Attribution | None:
    text = reader.text
    verb = toks[i]
    cue_end = verb.end
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and ((nxt.lower == "that" and not gap) or nxt.text in ",:"):
        cue_end = nxt.end  # "insisted that", "said,", "said:"
    cue = text[verb.start : cue_end]
    adjacent = 1.0 if not gap else 0.85
    prev = toks[i - 1].lower if i > 0 else ""
    # Participle opening the sentence: "Emphasizing the “…”, Lukashenka wants …".
    if i == 0 and verb.lower.endswith("ing") and span.close is not None:
        after = tokenize(text[span.close + 1 : min(para.end, span.close + 200)], span.close + 1)
        if after and after[0].text == ",":
            np = _np_forward(text, after, 1)
            if np:
                speaker, _, conf = _resolve_np(reader, para, np, np[0].start)
                if speaker:
                    return _Attribution(speaker, reader.names.full_name(speaker), cue, conf * 0.85)
    if prev == "to" or (verb.lower.endswith("ing") and prev == ","):
        # "met … to announce “…”", "…, adding that “…”": the main clause's subject speaks.
        att = _main_subject(reader, para, toks[: max(i - 1, 0)])
        if att is None:
            return None
        speaker, conf = att
        return _Attribution(speaker, reader.names.full_name(speaker), cue, conf * adjacent)
    subject = _subject_before(toks, i)
    if subject is None:
        att = _main_subject(reader, para, toks[:i])
        if att is None:
            return _Attribution(None, None, cue, 0.4 * adjacent)
        speaker, conf = att
        return _Attribution(speaker, reader.names.full_name(speaker), cue, conf * 0.8 * adjacent)
    speaker, _, conf = _resolve_np(reader, para, subject, subject[0].start)
    if speaker is None:
        return _Attribution(None, None, cue, 0.4 * adjacent)
    return _Attribution(speaker, reader.names.full_name(speaker), cue, conf * adjacent)


def _subject_before(toks: list[Token], i: int) -> list[Token] | None:
    """The subject right before the verb at ``toks[i]``, skipping adverbs and a parenthesis.

    "Linkevičius, speaking at NATO's Warsaw summit on 8 July, insisted" → Linkevičius;
    "Stanislau Zas’, the CSTO Secretary-General, said" → Stanislau Zas’.
    """
    j = i - 1
    while j >= 0 and toks[j].lower in BETWEEN:
        j -= 1
    if j >= 0 and toks[j].text == ",":
        k = j - 1
        while k >= 0 and toks[k].text != ",":
            k -= 1
        if k <= 0:
            return None
        j = k - 1
    if j < 0 or not toks[j].is_word:
        return None
    if toks[j].lower in PRONOUNS:
        return [toks[j]]
    if toks[j].is_capitalised:
        k = j
        while (
            k - 1 >= 0
            and toks[k - 1].is_word
            and (
                toks[k - 1].is_capitalised or toks[k - 1].lower in ("von", "van", "de", "der", "al")
            )
        ):
            k -= 1
        return toks[k : j + 1]
    if toks[j].lower in ROLE_NOUNS:
        k = j
        while (
            k - 1 >= 0
            and toks[k - 1].is_word
            and j - k < 4
            and toks[k - 1].lower
            not in (
                "the",
                "a",
                "an",
                "and",
                "but",
                "that",
            )
            and toks[k - 1].lower not in PREPOSITIONS
        ):
            k -= 1
        return toks[k : j + 1]
    return None


def _main_subject(
    reader: _Reader, para: Paragraph, toks: Sequence[Token]
) -> tuple[str, float] | None:
    """The first named subject of a clause (a name not after a preposition, or a pronoun)."""
    text = reader.text
    chunks = name_chunks(text, list(toks))
    by_start = {c.start: c for c in chunks}
    for k, tok in enumerate(toks):
        if tok.lower in PERSON_PRONOUNS and tok.lower not in ("him", "her", "his"):
            speaker, _, conf = _resolve_pronoun(reader, para, tok)
            return (speaker, conf * 0.9) if speaker else None
        chunk = by_start.get(tok.start)
        if chunk is None or chunk.kind not in ("person", "org"):
            continue
        if k > 0 and toks[k - 1].lower in PREPOSITIONS:
            continue
        return chunk.name, 0.8
    return None


def _block_quote(reader: _Reader, para: Paragraph) -> Quotation | None:
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
            subject = _subject_before(toks, verb_i)
            if subject is None:
                return None
            speaker, _, conf = _resolve_np(reader, prev, subject, subject[0].start)
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
