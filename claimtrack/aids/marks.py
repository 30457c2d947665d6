"""Quote marks of one paragraph, paired: the spans :mod:`claimtrack.aids.quotations` reads.

News in many languages: English and Dutch “…” and "…", German and Czech „…“ (and ‚…‘ inside),
Polish and Romanian „…”, French, Italian, Spanish and Russian «…» (and ‹…›), Danish and German
books »…« (and ›…‹), Swedish and Finnish ”…”, Japanese and Traditional Chinese 「…」 (and
『…』). Single marks nested in a double-quoted paragraph are apostrophes or quotes inside the
quote, never quotes of their own.

One pass over the marks, so ten thousand marks stay cheap. A quote left open runs to the end of
its paragraph (or to the next opening mark); a paragraph whose first mark closes a quote after
a sentence ("Nobody predicted this,” Holt said.") lost its opening mark in the copy and
is quoted from its start. A copy whose encoding turned every mark into "?" ("?We won,? said
Lund.") is read by where the "?" stands: before a capital after a space, after a comma or a
full stop.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Span
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.stray_closers import closed_by_stray, only_a_tag_after, tag_follows
from claimtrack.text.sentences import Paragraph

__all__ = ["headline", "quotes_only", "scan_marks"]

_MARKS = re.compile('["“”„«»‘’‚‹›「」『』]')
_DOUBLE = frozenset('"“”„«»「」『』')
_SINGLE_ONLY = frozenset("‘’‚‹›")
# Marks that always open a quote when none is open.
_OPENERS = frozenset("“„«‚‹「『")
# Marks that open only at a word's start (after a space, before a word): '"', '‘', Swedish '”',
# Danish '»' and '›'.
_WORD_OPENERS = frozenset('"‘”»›')
_PROSE_WORDS = 6  # words in lower case before a quote that make a line running prose
# What each opening mark is closed by (besides '”' and '"', which close any double quote).
_CLOSERS = {"„": "“”", "‚": "‘’", "«": "»”", "»": "«", "‹": "›", "›": "‹", "‘": "’", "”": "”"}
_CLOSERS |= {"「": "」", "『": "』"}  # Japanese, and Chinese as Taiwan and Hong Kong write it
_OPENING_PUNCT = "([{—–-/"


def _opens(ch: str, prev: str, nxt: str) -> bool:
    if ch in _OPENERS or (ch == "»" and prev == ":"):
        return True  # (a » right after a colon opens: 'sagde:»Vi …', Arabic 'وقال:» …»')
    if ch not in _WORD_OPENERS or nxt.isspace():
        return False
    return not prev.isalnum() if ch in '"‘' else (prev.isspace() or prev in _OPENING_PUNCT)


def _closes(ch: str, open_ch: str, prev: str, nxt: str) -> bool:
    if ch in '”"' and open_ch not in _SINGLE_ONLY:
        return True
    if ch in "»“" and open_ch == ch and not prev.isspace() and not nxt.isalnum():
        return True  # »…», “…“: Arabic and Persian pages, and slipped keys, close with the opener
    if ch == "’" and open_ch == "‘":
        return not nxt.isalpha()  # "‘We’re here’": the first ’ is an apostrophe
    return ch in _CLOSERS.get(open_ch, "")


def _opens_at(text: str, para: Paragraph, pos: int, ch: str, prev: str, nxt: str) -> bool:
    """The mark ``ch`` at ``pos`` (``prev`` before it, ``nxt`` after) opens a quote when none is
    open."""
    return (
        _opens(ch, prev, nxt)
        or _spaced_opening(text, para, pos, ch)
        or _glued_after_cue(text, pos, ch)
    )


_CUE_BEFORE = re.compile(r"([^\W\d_]+)[,:]$")


def _glued_after_cue(text: str, pos: int, ch: str) -> bool:
    """ "He stated,”I am also a parent.”": a closing mark glued after a speech verb and its
    comma or colon, before a capital, opens the quote the copy typed with the wrong mark."""
    if ch != "”" or not text[pos + 1 : pos + 2].isupper():
        return False
    m = _CUE_BEFORE.search(text, max(0, pos - 24), pos)
    return m is not None and m.group(1).lower() in SPEECH_VERBS


_CUE_COLON = re.compile(r"([^\W\d_]+): (?=[A-Z])")


def _after_cue_colon(text: str, start: int, pos: int) -> int:
    """Where a quote whose opening mark was lost begins: after a speech verb's colon ("Lund
    announced: The work has begun.”"), else at the paragraph's start."""
    cues = [m for m in _CUE_COLON.finditer(text, start, pos) if m.group(1).lower() in SPEECH_VERBS]
    return cues[-1].end() if cues else start


def _spaced_opening(text: str, para: Paragraph, pos: int, ch: str) -> bool:
    """ "” I would not be surprised …”, he said.": a closing mark and a space opening the
    paragraph, or a straight mark and a space after a colon ('Lund says: " I can't …"'),
    before a capital, open its quote (a typist's opening mark)."""
    spaced = text[pos + 1 : pos + 2] == " " and text[pos + 2 : pos + 3].isupper()
    after_colon = ch == '"' and text[max(para.start, pos - 2) : pos] == ": "
    return (pos == para.start or after_colon) and ch in '”"' and spaced


def _lost_opening(text: str, para: Paragraph, pos: int, ch: str) -> bool:
    """The paragraph's first mark closes a sentence quoted from the paragraph's start: after
    the quote's punctuation, or before a comma and a speech tag ("… assistance”, Lund said")."""
    if ch not in '”"' or pos - para.start < 12 or " " not in text[para.start : pos]:
        return False
    prev = text[pos - 1]
    nxt = text[pos + 1] if pos + 1 < para.end else " "
    if prev.isalnum():
        return text[para.start].isupper() and tag_follows(text, pos, para.end)
    return prev in ",.!?…" and (nxt.isspace() or nxt in ".,;")


# Quotes in straight single marks (a press release's and some British pages' style): "'We can
# change this,' said the mayor.", a whole paragraph "'… campaign.'", "Lund said: 'We will win.'"
# or "called it 'a sham deal'." or "was 'really overwhelmed' with it". A mark opens at a
# paragraph's or a word's start (after a space, a colon or a dash); it closes after the quote's
# last punctuation, or after a word when punctuation or a word in lower case follows. An
# apostrophe ("what's", "the Joneses' house", "'90s") does neither.
# (No quote runs past another opening mark: a line of a million openers stays linear.)
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s:(—–]))'(?=[A-Z])((?:[^'\n]|(?<=\S)'){1,1500}?[.,!?…])'(?=\s|$)"
    r"|(?<=[\s:(—–])'(?=[a-z])([^'\n]{0,300}?\w \w[^'\n]{0,300}?\w)'(?=[.,;:!?]|\s[a-z])",
    re.MULTILINE,
)
# … or closed after its last word, the comma outside, before a speech tag: "'Lamentamos el
# error', dijo Lund." (an apostrophe inside runs on into a word: "we're", "Lund's").
_SINGLE_BEFORE_TAG = re.compile(r"(?:(?<=^)|(?<=\s))'(?=[A-Z])(?:[^'\n]|'(?=\w)){1,1500}?\w'(?=,)")


# A typewriter's double mark, two straight single marks: "he said ''I am happy.''" (Indian
# wire copy). The pair opens before a word and closes after one; a lone "'" inside is an
# apostrophe ("''Lund's team won.''").
_TYPEWRITER = re.compile(r"(?<![\w'])''(?=[\w‘(])((?:[^'\n]|'(?!')){1,1500}?[\w.,!?…)])''(?!')")


def _single_quoted(text: str, para: Paragraph) -> list[Span]:
    if "''" in text[para.start : para.end]:
        pairs = _TYPEWRITER.finditer(text, para.start, para.end)
        if spans := [_make_span(text, m.start() + 1, m.end() - 2) for m in pairs]:
            return spans
    spans = [
        _make_span(text, m.start(), m.end() - 1)
        for m in _SINGLE_QUOTED.finditer(text, para.start, para.end)
    ]
    if spans:
        return spans
    tagged = _SINGLE_BEFORE_TAG.finditer(text, para.start, para.end)
    if spans := [
        _make_span(text, m.start(), m.end() - 1)
        for m in tagged
        if tag_follows(text, m.end() - 1, para.end)
    ]:
        return spans
    head = text[para.start : para.start + 2]
    ends = text[para.end - 1 : para.end] in ".!?…"
    if head[:1] == "'" and head[1:].isupper() and ends and _opens_next(text, para.end):
        # A quote of several paragraphs: each opens with the mark, only the last one closes.
        return [_make_span(text, para.start, None, limit=para.end)]
    return []


def _opens_next(text: str, end: int) -> bool:
    nxt = text[end : end + 8].lstrip()
    return nxt[:1] == "'" and nxt[1:2].isupper()


def scan_marks(text: str, para: Paragraph) -> list[Span]:
    """Pair the quote marks of one paragraph into quoted spans, in order."""
    segment = text[para.start : para.end]
    if "?" in segment and not _OPENING_DOUBLE.search(segment) and (lost := _lost_marks(text, para)):
        return lost
    marks = [(m.start() + para.start, m.group()) for m in _MARKS.finditer(segment)]
    if not marks:
        return _single_quoted(text, para)
    doubles = any(ch in _DOUBLE for _, ch in marks)
    spans: list[Span] = []
    open_at: int | None = None
    open_ch = ""
    inner = ""  # the mark that closes a quote nested in the open one
    first_double = next((n for n, (_, ch) in enumerate(marks) if ch in _DOUBLE), -1)
    for n, (pos, ch) in enumerate(marks):
        prev = text[pos - 1] if pos > para.start else " "
        nxt = text[pos + 1] if pos + 1 < para.end else " "
        if open_ch == "“" and open_at is not None and closed_by_stray(text, pos, para.end):
            spans.append(_make_span(text, open_at, pos))  # “…’, he said: a stray closing mark
            open_at = None
        if doubles and ch in _SINGLE_ONLY:
            continue  # apostrophes and nested single quotes inside a double-quoted paragraph
        # (from the paragraph's start only when no double mark stands before this one)
        tagged = ch in '“”„«"' and (open_at is not None or first_double == n)
        if tagged and only_a_tag_after(text, pos, para.end):
            # "…, “said the governor.": the quote closes here (from the paragraph's start when
            # its opening mark was lost), no quote opens
            span = _make_span(text, para.start - 1 if open_at is None else open_at, pos)
            spans.append(
                span if open_at is not None else Span(para.start, pos, span.start, span.end)
            )
            open_at = None
            break
        if open_at is None:
            if _opens_at(text, para, pos, ch, prev, nxt):
                open_at, open_ch, inner = pos, ch, ""
            elif n == first_double and _lost_opening(text, para, pos, ch):
                # (an apostrophe before it is no mark: "I’m proud …,” Lund said.")
                span = _make_span(text, _after_cue_colon(text, para.start, pos) - 1, pos)
                spans.append(Span(span.open + 1, pos, span.start, span.end))
            continue
        # A straight mark after a space and before a word opens a quote: '… future. "We expect'
        # reopens (the paragraph marks of a multi-paragraph quote, run into one line).
        reopens = ch == '"' and open_ch == '"' and prev.isspace() and nxt.isalnum()
        if ch in '”"' and pos == open_at + 1 and nxt.isalnum():
            continue  # "“”We knew …": the opening mark printed twice, nothing quoted between
        if inner and ch == inner:
            inner = ""  # the inner quote closes; the outer one goes on
        elif opened := _inner_opening(text, (open_at, para.end), open_ch, pos, ch):
            inner = opened
        elif not reopens and _closes(ch, open_ch, prev, nxt):
            spans.append(_make_span(text, open_at, pos))
            open_at = None
        elif reopens or (ch in "“„«" and open_ch not in "„"):
            # A new opening mark while one is open: the first quote was never closed.
            spans.append(_make_span(text, open_at, None, limit=pos))
            open_at, open_ch = pos, ch
    if open_at is not None:
        spans.append(_make_span(text, open_at, None, limit=para.end))
    return [s for s in spans if s.end > s.start]


def _inner_opening(
    text: str, open_and_end: tuple[int, int], open_ch: str, pos: int, ch: str
) -> str:
    """The mark that closes a quote the mark at ``pos`` opens inside the one open since
    ``open_at`` (in a paragraph ending at ``end``), or "" when it opens none there."""
    open_at, end = open_and_end
    if ch == "“" and open_ch == "“" and _cued_inside(text, open_at, pos):
        return "”"  # “… people will say, “I knew it.” Yes, …”: a quote in the quote
    if ch == open_ch and ch in '“"' and _nested_mid_sentence(text, pos, end):
        # “We told them “no” twice,” said Lund: the same marks inside
        return "”" if ch == "“" else '"'
    if ch == '"' and open_ch in "“„«" and _opens(ch, text[pos - 1], text[pos + 1 : pos + 2] or " "):
        return '"'  # “… members of the "Strong Harbour" bloc …”: straight marks inside
    return ""


# A copy whose quote marks an encoding turned into "?": "?We won the title,? said Lund. ?It
# was hard.?" A "?" never opens a word after a space, nor follows a comma or a full stop.
_OPENING_DOUBLE = re.compile('[“„«"]')
_LOST_OPENER = re.compile(r"(?:(?<=\s)|^)\?(?=[A-Z])")
_LOST_CLOSER = re.compile(r"(?<=[,.!])\?(?=\s|$)")


def _lost_marks(text: str, para: Paragraph) -> list[Span]:
    """The quotes of a paragraph whose marks were all lost to "?" (none when it shows none)."""
    spans: list[Span] = []
    pos = para.start
    while (opener := _LOST_OPENER.search(text, pos, para.end)) is not None:
        closer = _LOST_CLOSER.search(text, opener.end(), para.end)
        if closer is None:
            break
        spans.append(_make_span(text, opener.start(), closer.start()))
        pos = closer.end()
    return spans


def _nested_mid_sentence(text: str, pos: int, end: int) -> bool:
    """A second “ (or ") inside an open one in mid-sentence (after a word and a space) that two
    closing marks close before any other opening mark: the inner quote's and the outer one's.
    A mark after a sentence's end, or one that only one closing mark follows, opens a new quote
    (the first one was never closed)."""
    if not (text[pos - 1 : pos] == " " and text[pos - 2 : pos - 1].isalnum()):
        return False
    straight = text[pos] == '"'
    closers = 0
    for at in range(pos + 1, min(end, pos + 400)):  # bounded: a long paragraph stays cheap
        ch = text[at]
        if straight and ch == '"':
            # (a straight mark after a space and before a word opens; any other closes)
            if text[at - 1].isspace() and text[at + 1 : at + 2].isalnum():
                return False
            closers += 1
        elif not straight:
            if ch == "“":
                return False
            closers += ch == "”"
        if closers == 2:
            return True
    return False


def _cued_inside(text: str, open_at: int, pos: int) -> bool:
    """A second “ inside an open “ after "say," or "asked:" in the same sentence (the writer
    used double marks for a quote within the quote)."""
    if pos - open_at < 20:
        return False
    before = text[max(open_at + 1, pos - 200) : pos].rstrip()  # bounded: a long line stays cheap
    if before[-1:] not in ",:":
        return False
    clause = re.split(r"[.!?]\s", before)[-1]
    return bool(_SAY.search(clause))


_SAY = re.compile(r"\b(?:say|says|said|saying|ask|asks|asked|tell|tells|told|write|wrote)\s*[,:]$")


def _make_span(text: str, open_at: int, close: int | None, limit: int = 0) -> Span:
    start = open_at + 1
    end = close if close is not None else limit
    if start < end and text[start] in '”"' and text[start - 1] in '“"':
        start += 1  # "“”We knew …": the opening mark printed twice
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(open_at, close, start, end)


def headline(text: str, para: Paragraph) -> bool:
    """A subheading or headline: its quotes are titles, not speech ("‘We will not back down,’
    says union leader"). A line ending in a quote cut short with "…" is speech, not a heading;
    so is the text's last line when a quote opened in it never closes ("Lund also wrote: “Our
    hope was that, follo": the copy stops mid-quote, and headlines close their quotes)."""
    if not para.heading:
        return False
    line = text[para.start : para.end].rstrip()
    if line.endswith(("…”", "...”", '…"', '..."')) or _sentence_ending_in_a_quote(line):
        return False
    if _SIGNED.match(line):
        return False  # "“We will keep going.” – Ada Lund, mayor": a quotation and its signature
    last = not text[para.end :].strip()
    return not (last and _left_open(line))


# A whole quotation ending its sentence, then a dash and a capitalised name on the same line.
_SIGNED = re.compile(r"[“\"«‘][^”\"»\n]{10,}?[.!?…][”\"»’]\s*[-–—]\s*[A-ZÀ-Þ]")


def _sentence_ending_in_a_quote(line: str) -> bool:
    """ "In the dark, she could be heard exclaiming “oh no!”": a sentence of running prose (a
    comma, and words in lower case before the quote) whose quoted words end it. A headline's
    quote is short and its words are few ("Lund: ‘We will win!’")."""
    if not re.search(r"[.!?…][”\"’»]$", line) or len(line) > 400:
        return False
    spans = scan_marks(line, Paragraph(0, 0, len(line), False))
    if not spans or spans[-1].close != len(line) - 1:
        return False
    before = line[: spans[-1].open]
    lower = [w for w in before.split() if w[:1].islower()]
    return "," in before and len(lower) >= _PROSE_WORDS


def _left_open(line: str) -> bool:
    """A double quote opened in ``line`` and not closed after it."""
    spans = scan_marks(line, Paragraph(0, 0, len(line), False))
    return bool(spans) and spans[-1].close is None and len(line[spans[-1].start :].split()) >= 3


def quotes_only(text: str, para: Paragraph, spans: list[Span]) -> bool:
    """True when nothing but quote marks and punctuation stands outside the paragraph's quotes."""
    pos = para.start
    for span in spans:
        if text[pos : span.open].strip(' \t"“”„«»‘’.,;:—–-…'):
            return False
        pos = (span.close + 1) if span.close is not None else para.end
    return not text[pos : para.end].strip(' \t"“”„«»‘’.,;:—–-…')
