"""Speech without quote marks, and paragraphs whose quotes must not count twice.

A paragraph is speech with no marks around it after a paragraph that ends "X commented," or
"X said:" (a block quote; interview turns are in :mod:`claimtrack.aids.interviews`). A teaser
paragraph the page repeats (whole, or cut short with "…") gives
its quotes once.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speech_cues import AUXILIARIES, SPEECH_VERBS
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = [
    "MARK_OPENERS",
    "Found",
    "block_goes_on",
    "block_quote",
    "dash_speech",
    "repeated_paragraphs",
]

Found = tuple[int, int, Attribution]

_ELLIPSIS = ("...", "…")
MARK_OPENERS = "\"“„«‘'"


def _norm(text: str) -> str:
    return " ".join(text.split())


def repeated_paragraphs(reader: ArticleReader) -> set[int]:
    """Indexes of paragraphs that repeat another: a later identical copy, or a cut-short teaser."""
    text = reader.text
    groups: dict[str, list[tuple[int, str]]] = {}
    for para in reader.paragraphs:
        body = _norm(text[para.start : para.end])
        if len(body) >= 40 and not para.heading:
            groups.setdefault(body[:40], []).append((para.index, body))
    skip: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        for n, (index, body) in enumerate(members):
            stem = body.rstrip(".…").rstrip() if body.endswith(_ELLIPSIS) else None
            teaser = stem and any(o != body and o.startswith(stem) for _, o in members)
            if teaser or any(o == body for _, o in members[:n]):
                skip.add(index)
    return skip


def block_quote(reader: ArticleReader, para: Paragraph) -> Found | None:
    """A paragraph quoted without marks after a paragraph ending "X commented," or "X said:"."""
    if para.index == 0:
        return None
    prev = reader.paragraphs[para.index - 1]
    text = reader.text
    prev_text = text[prev.start : prev.end].rstrip()
    if prev.heading or prev_text[-1:] not in ",:":
        return None
    body = text[para.start : para.end]
    if len(body.split()) < 4 or body[:1] in MARK_OPENERS:
        return None
    ps, pe = reader.sentences(prev.index)[-1]
    toks = tokenize(text[ps:pe], ps)
    # The cue must close the paragraph: "… Baunov commented," / "… as he put it:"; before a
    # colon it may stand further back ("Gabriel sagte gestern Abend vor seinem Abflug:").
    reach = 25 if prev_text.endswith(":") else 5
    for i in range(len(toks) - 1, max(len(toks) - reach, -1), -1):
        if toks[i].lower in SPEECH_VERBS or (
            toks[i].lower == "it" and i > 0 and toks[i - 1].lower == "put"
        ):
            verb_i = i - 1 if toks[i].lower == "it" else i
            subject = subject_before(toks, verb_i)
            if subject is None:
                return None
            found = resolve_np(reader, prev, subject, subject[0].start)
            if found is None:
                return None
            cue = text[toks[verb_i].start : toks[-1].end]
            return para.start, para.end, Attribution.of(found, cue, 0.75)
    return None


# Words of a speaker speaking of themselves, in the languages the cue lexicon reads.
_FIRST_PERSON = wordset(
    "i me my we us our ich mir mich mein meine wir uns unser unsere unseren unserer je moi "
    "mon ma mes nous notre nos yo mi nosotros nuestro nuestra io noi nostro nostra я мне мы нас наш"
)


def _first_person(reader: ArticleReader, para: Paragraph) -> bool:
    return any(t.lower in _FIRST_PERSON for t in tokenize(reader.text[para.start : para.end]))


def block_goes_on(
    reader: ArticleReader, para: Paragraph, before: Attribution, first: int
) -> Found | None:
    """The paragraph after a block quote (whose first paragraph is ``first``) goes on with it:
    plain prose (no marks, no heading) in the first person, or between two paragraphs that are
    ("Ich möchte …", "Nichts kann das Gespräch ersetzen.", "Wir wollen …"). A reporter's own
    narration is in the third person; an author who writes "I" before the block (a blog, a
    column) may be the one speaking after it, so the block does not go on there."""
    text = reader.text
    body = text[para.start : para.end]
    if para.heading or len(body.split()) < 6 or any(m in body for m in MARK_OPENERS[:4]):
        return None
    paras = reader.paragraphs
    if any(_first_person(reader, p) for p in paras[max(0, first - 30) : max(0, first - 1)]):
        return None
    nxt = paras[para.index + 1] if para.index + 1 < len(paras) else None
    if not _first_person(reader, para) and (
        nxt is None or nxt.heading or not _first_person(reader, nxt)
    ):
        return None
    att = Attribution(
        before.speaker, before.speaker_full, before.cue, 0.6, before.as_written, "continuation"
    )
    return para.start, para.end, att


# A paragraph of dialogue opened by a dash ("– Vi har sänkt kostnaderna, säger Eva Lund.",
# "— Нельзя сказать …"): speech in Swedish, Russian, French or Spanish news.
_DASH_OPEN = re.compile(r"[–—-]\s+(?=\w)|—(?=[^\W\d_¿¡]|[¿¡])")
# The cue closing a dash paragraph: ", säger Eva Lund." / ", — сказал он." / Spanish
# " —dijo el ministro—."
_DASH_CUE = re.compile(r"(?:,\s*(?:[–—-]\s*)?|\s—)(?=\w)")
_ENGLISH = wordset("the and of to is in that for with was")


def dash_speech(reader: ArticleReader, para: Paragraph) -> Found | None:
    """A dialogue paragraph opened by a dash, up to the cue that closes it (if any).

    A dash that opens a bulleted line in English is no speech: without a cue, only a paragraph
    with at most one of English's commonest words counts (a page's last paragraph may be cut
    off before its full stop).
    """
    text = reader.text
    m = _DASH_OPEN.match(text, para.start, para.end)
    if m is None or para.heading:
        return None
    body = text[m.end() : para.end].rstrip()
    if len(body.split()) < 5:
        return None
    # The cue closes the paragraph: only its last 150 characters are read (a bounded cost).
    for cue in reversed(list(_DASH_CUE.finditer(text, max(m.end(), para.end - 150), para.end))):
        toks = tokenize(text[cue.end() : para.end], cue.end())
        perfect = len(toks) > 1 and toks[0].lower in AUXILIARIES  # "— …, a affirmé le ministre."
        verb = toks[1] if perfect else (toks[0] if toks else None)
        if verb is not None and verb.lower in SPEECH_VERBS and len(toks) <= 10:
            att = after_cue(reader, para, tokenize(text[cue.start() : para.end], cue.start()))
            if att is not None:
                return m.end(), cue.start(), att
    words = [w.lower() for w in body.split()]
    last = para.index == len(reader.paragraphs) - 1  # (a page cut off mid-sentence)
    if (body[-1:] not in ".!?…" and not last) or len(_ENGLISH.intersection(words)) > 1:
        return None  # (one such word may be another language's: Polish "to", Dutch "is")
    if len(words) < 12 or not re.search(r"[.!?…] \w", body):
        return None  # a bulleted item: short, one sentence
    return m.end(), m.end() + len(body), _introduced(reader, para)


def _introduced(reader: ArticleReader, para: Paragraph) -> Attribution:
    """Who a dialogue paragraph's words are, when the paragraph before introduces them with a
    colon: "Coach Kris Colm shared his feelings after the defeat:" / "- We …"."""
    unnamed = Attribution(None, None, "–", 0.5, None, "none")
    if para.index == 0:
        return unnamed
    prev = reader.paragraphs[para.index - 1]
    if prev.heading or not reader.text[prev.start : prev.end].rstrip().endswith(":"):
        return unnamed
    start, end = reader.sentences(prev.index)[-1]
    found = main_subject(reader, prev, tokenize(reader.text[start:end], start))
    if found is None or found.how not in ("named", "surname") or " " not in found.full:
        return unnamed  # (one capitalised word opening the sentence is seldom a name)
    return Attribution.of(found, ":", 0.85)
