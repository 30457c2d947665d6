"""Partial quotes inside reported speech: a few quoted words governed by an earlier cue.

Spanish, Portuguese, French and English news report speech with a verb and a complement
clause, and quote only a few of the words inside it: "Ruiz dijo el sábado, tras la reunión, que
el servicio "aterroriza las ciudades" del país", "La portavoz ha subrayado que ahora tienen
"una hoja de ruta común"", "Silva afirmou que a reforma é "um passo histórico"", "She said that
the plan was "a betrayal of the voters"". The quoted words are the speaker's (a partial
quotation): the verb stands earlier in the same sentence, a complementiser ("que", "that",
"dass", "bahwa", "che", "że", "что") between it and the quote, and no sentence end between.

Scare quotes stay out: a quote of one or two words, a quote in Title Case (a title), a quote
right after an article ("the “union state”": a term) or a naming word ("so-called", "llamado",
"dubbed"), and a sentence with no speech verb before the quote are not speech. The speaker is
the verb's subject as the cue rules resolve it; a verb with no subject written gives no
quotation (the cue rules decide those).
"""

from __future__ import annotations

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speech_cues import AUXILIARIES, NAMING_VERBS, NOT_VERB_BEFORE, SPEECH_VERBS
from claimtrack.aids.subjects import subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph

__all__ = ["governed_partial"]

_THAT = wordset("que that dass bahwa che że что qu’ qu' daß")
# Words that name a thing rather than report words: a quote after them is a name or a term.
_NAMING = wordset(
    """
    so-called called dubbed named titled entitled known llamado llamada denominado
    denominada conocido conocida llamados llamadas denominados chamado chamada dit dite
    sogenannte sogenannten genannt
    """
)
# A quote right after an article is a term the writer marks ("the “union state”", "a “Russian
# airbase”", "la “hoja de ruta”"), not words someone said.
_ARTICLES = wordset(
    """
    a an the this these those its their his her el la los las lo un una unos unas le les une
    des du del al o os as um uma der die das ein eine einen dem den
    """
)
_MIN_WORDS = 3
_REACH = 60
"""Tokens looked at before the quote, in its sentence (a bounded cost)."""


def governed_partial(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a partial quote in a reported-speech clause, else None."""
    text = reader.text
    words = text[span.start : span.end].split()
    if len(words) < _MIN_WORDS or all(w[:1].isupper() for w in words if len(w) > 3):
        return None
    start, _ = reader.sentence_at(para.index, span.open)
    toks, _ = reader.chunks(start, span.open)
    toks = toks[-_REACH:]
    if not toks or toks[-1].lower in _NAMING | _ARTICLES or toks[-1].lower in NAMING_VERBS:
        return None
    that = None
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.lower in _THAT and not reader.is_quoted(tok.start):
            that = k if that is None else that
            continue
        if that is None or tok.lower not in SPEECH_VERBS or reader.is_quoted(tok.start):
            continue
        if k > 0 and toks[k - 1].lower in NOT_VERB_BEFORE:
            continue  # "the statement that …": a noun
        return _subject(reader, para, toks, k)
    return None


def _subject(reader: ArticleReader, para: Paragraph, toks: list, k: int) -> Attribution | None:
    verb = k
    while verb > 0 and toks[verb - 1].lower in AUXILIARIES:
        verb -= 1  # "ha subrayado", "a déclaré", "has said"
    subject = subject_before(toks, verb)
    if subject is None:
        return None
    found = resolve_np(reader, para, subject, subject[0].start)
    if found is None or found.how == "unresolved":
        return None
    return Attribution.of(found, toks[k].text, 0.8)
