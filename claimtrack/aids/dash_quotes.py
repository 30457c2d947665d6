"""Speech set off by dashes and closed by a dash cue, several to a paragraph.

Polish, Czech, Russian, Ukrainian and Spanish news mark speech with a dash instead of quote
marks, and close it with a dash and the verb: "- Zrobimy to jeszcze w tym roku – dodał. - Nie
ma innej drogi - mówił też Nowak." A paragraph may hold several such turns, and a turn may
open mid-paragraph after the narrator's own sentence: "Głos zabrał minister Jan Lis. - Byłem
tam wtedy – wspominał." Each turn runs from its opening dash to the dash of its cue; the cue is
a speech verb within the first words after that dash (the verb's subject after it, or left
out, as those languages allow).

Inside quote marks the same aside cues a quote: "“Parte del problema –sostiene– es la deuda”",
"„To nie koniec – dodał Nowak – bo …”": the verb between two dashes is the quote's cue.

A dash opening a turn stands at the paragraph's start or right after a sentence's end; the
turn counts only when its closing cue is found, so a bulleted list or an aside between dashes
("the plan – the third this year – failed") is not speech: no speech verb follows the dash.
English news sets speech in quote marks, so a turn with English's commonest words is none.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_cues import AUXILIARIES, SPEECH_VERBS
from claimtrack.aids.unmarked import Found
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["aside_cue", "dash_turns", "dash_turns_holding"]

# A turn's opening dash: at the paragraph's start, or after a sentence's end ("… Lis. - Byłem").
_OPEN = re.compile(r"(?:^|(?<=[.!?…:])\s+)[–—-]\s*(?=[^\W\d_¿¡]|[¿¡])")
# A cue's dash: "… w tym roku – dodał.", "… rzeczywistość - mówił też Nowak", "…, —сказал он".
_CUE = re.compile(r",?\s[–—-]\s?(?=\w)|,\s*[–—](?=\w)")
_VERB_REACH = 3  # the verb stands among the cue's first words ("- mówił też Nowak")
_MIN_WORDS = 3
_ENGLISH = wordset("the and of to is in that for with was")
# A narrator's aside between dashes inside a quote: a verb and at most five words after it
# ("–sostiene–", "–dijo el ministro Pedro Ruiz–").
_ASIDE = re.compile(r"[–—]\s?([^\W\d_]+)(?:\s[^\W\d_.]+){0,5}\s?[–—-]")
_NAMED = frozenset(("named", "surname"))
_UNNAMED = Attribution(None, None, "–", 0.5, None, "none")


def dash_turns(reader: ArticleReader, para: Paragraph) -> list[Found]:
    """The dash-set turns of one paragraph that a dash cue closes, in order (none: [])."""
    if para.heading:
        return []
    text = reader.text
    body = text[para.start : para.end]
    opens = [m for m in _OPEN.finditer(body)]
    out: list[Found] = []
    for n, m in enumerate(opens):
        stop = opens[n + 1].start() if n + 1 < len(opens) else len(body)
        if out and m.start() < out[-1][1] - para.start:
            continue  # inside the turn before (a dash after a sentence of the same speech)
        cue = _cue(body, m.end(), stop)
        if cue is None:
            continue
        start, end = para.start + m.end(), para.start + cue.start()
        words = text[start:end].lower().split()
        if len(words) < _MIN_WORDS:
            continue
        att = _speaker(reader, para, cue.start() + para.start, stop + para.start)
        if len(_ENGLISH.intersection(words)) > 1 and att.how not in _NAMED:
            # English news sets speech in quote marks: a dash there is an aside, unless a
            # person named after the verb speaks ("– These changes help – says Ada Lund, …",
            # as translated Polish or Czech news writes)
            continue
        if att.speaker is None and m.start() > 0:
            att = _narrated(reader, para, para.start + m.start()) or att
        out.append((start, end, att))
    return out


def dash_turns_holding(reader: ArticleReader, para: Paragraph, spans: list[Span]) -> list[Found]:
    """The dash-set turns of a paragraph opening with a dash, when every quote marked in it
    stands inside one of them ("– There is a new “spirit” at school – says Ada Lund."): the
    marks quote a word of the speech, the turns are the quotations. Else []."""
    if reader.text[para.start : para.start + 1] not in _DASHES:
        return []
    turns = dash_turns(reader, para)
    inside = all(any(t[0] <= s.start and s.end <= t[1] for t in turns) for s in spans)
    return turns if turns and inside else []


_DASHES = "–—-"


def _cue(body: str, start: int, stop: int) -> re.Match[str] | None:
    """The first dash between ``start`` and ``stop`` that a speech verb follows."""
    for cue in _CUE.finditer(body, start, stop):
        toks = tokenize(body[cue.end() : min(stop, cue.end() + 60)])
        for tok in toks[:_VERB_REACH]:
            if tok.lower in SPEECH_VERBS and not tok.is_capitalised:
                return cue
            if tok.lower not in AUXILIARIES and not tok.text.isalpha():
                break
    return None


def _speaker(reader: ArticleReader, para: Paragraph, cue: int, stop: int) -> Attribution:
    """Who the cue names after its verb ("- mówił też Nowak"), as a cue after a quote reads it."""
    toks = tokenize(reader.text[cue : min(stop, cue + 150)], cue)
    att = after_cue(reader, para, toks)
    if att is None or att.how in ("document", "dropped"):
        return _UNNAMED
    return Attribution(att.speaker, att.speaker_full, att.cue, 0.6, att.as_written, att.how)


def _narrated(reader: ArticleReader, para: Paragraph, dash: int) -> Attribution | None:
    """The person whose name ends the narrator's sentence right before a mid-paragraph turn
    ("Głos zabrał minister Jan Lis. - Byłem …"): who takes the floor there speaks."""
    start, end = reader.sentence_at(para.index, dash - 1)
    _, chunks = reader.chunks(start, min(end, dash))
    people = [c for c in reader.unquoted(chunks) if c.kind == "person"]
    if not people or reader.text[people[-1].end : dash].strip(" .:") != "":
        return None
    name = people[-1].name
    full = reader.names.full_name(name) or name
    if " " not in full:
        return None
    return Attribution(name, full, "–", 0.6, people[-1].text, "named")


def aside_cue(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The cue of a quote set in an aside between dashes inside it ("“… –sostiene– …”"): the
    subject after the verb, or none written (the current speaker's, as "“…”, expresó." is)."""
    text = reader.text
    for m in _ASIDE.finditer(text, span.start, span.end):
        # The verb first ("–sostiene–", "– ha proseguito Lund –") or last ("– Lund continued –").
        words = m.group(0).strip("–—- ").split()
        if any(w.lower() in SPEECH_VERBS and not w[:1].isupper() for w in words):
            att = after_cue(reader, para, tokenize(text[m.start() : m.end() - 1], m.start()))
            if att is not None and att.how != "document":
                return Attribution(
                    att.speaker,
                    att.speaker_full,
                    att.cue,
                    min(att.confidence, 0.7),
                    att.as_written,
                    att.how,
                )  # (a new reading: below the sure band)
    return None
