"""Partial quotes inside reported speech: a few quoted words governed by an earlier cue.

Spanish, Portuguese, French and English news report speech with a verb and a complement
clause, and quote only a few of the words inside it: "Ruiz dijo el sábado, tras la reunión, que
el servicio "aterroriza las ciudades" del país", "La portavoz ha subrayado que ahora tienen
"una hoja de ruta común"", "Silva afirmou que a reforma é "um passo histórico"", "She said that
the plan was "a betrayal of the voters"", "Lund warned that voters were "not sure"" (two
words: less surely the speaker's own than a phrase). The quoted words are the speaker's (a
partial quotation): the verb stands earlier in the same sentence, a complementiser ("que", "that",
"dass", "bahwa", "che", "że", "что") between it and the quote, and no sentence end between.
English may leave the "that" out after a reporting verb ("Lund said the plan was “a betrayal”",
"told reporters she expected a “great victory”"): then no comma may stand between them.
Sentences a cue frames as a whole are :mod:`claimtrack.aids.framed_partials`'s.

Scare quotes stay out: a quote of one word, a quote in Title Case (a title), a quote
right after an article ("the “union state”": a term) or a naming word ("so-called", "llamado",
"dubbed"), and a sentence with no speech verb before the quote are not speech. The speaker is
the verb's subject as the cue rules resolve it; a verb with no subject written gives no
quotation (the cue rules decide those).
"""

from __future__ import annotations

from claimtrack.aids.addressees import listened
from claimtrack.aids.clause_objects import stands_as_object
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speech_cues import (
    AUXILIARIES,
    DESCRIBING_VERBS,
    NAMING_VERBS,
    PARTICIPLE_ENDINGS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TERM_AS,
    noun_here,
)
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

__all__ = ["REACH", "governed_partial", "object_partial", "title_case", "verb_subject"]

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
# Verbs of asking, whose complement is "to" and a verb: "called on the minister to “take the
# necessary measures”", "urged voters to “stand up for the port”" ("called" only before "on").
_ASKING = wordset("urge urged urges urging ask asked asks asking appealed implored demanded")
_CALLING = wordset("call called calls calling")
_MIN_WORDS = 2
_SURE_WORDS = 3
# Small words a title leaves in lower case ("Gone with the Wind", "La Casa de Papel").
_SMALL = wordset(
    """
    a an the of and or in on at to for with from by as but nor el la los las de del y en con
    por para un una le les des du et au aux à o os as e do da dos das em no na der die das
    und von zu im mit
    """
)
REACH = 400
"""Characters looked at before the quote, in its sentence (a bounded cost: a page of one long
line with thousands of marks stays linear)."""


def governed_partial(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a partial quote in a reported-speech clause, else None."""
    text = reader.text
    words = text[span.start : span.end].split()
    if len(words) < _MIN_WORDS or title_case(words):
        return None
    start, _ = reader.sentence_at(para.index, span.open)
    begin = max(start, span.open - REACH)
    toks = tokenize(text[begin : span.open], begin)
    if not toks or toks[-1].lower in _NAMING or toks[-1].lower in NAMING_VERBS:
        return None
    # After "the" the words are a term ("said the “union state” …"); after "a", in a clause a
    # speech verb reports with no "that", a phrase said ("said there was a “dire situation”").
    indefinite = toks[-1].lower in _INDEFINITE_EN
    if toks[-1].lower in _ARTICLES and not indefinite:
        return None
    that = to = None
    clause = True  # no comma or colon yet between the quote and the token looked at
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.lower in _THAT and not reader.is_quoted(tok.start):
            if indefinite:
                return None  # ("claimed that … it would no longer be a “Harbour base”")
            that = k if that is None else that
            continue
        if that is None and clause and _reports(toks, k, len(toks)):
            if reader.is_quoted(tok.start) or noun_here(toks, k):
                return None
            return _short(verb_subject(reader, para, toks, k), len(words))  # "said it was “…”"
        clause = clause and tok.text not in _CLAUSE_MARKS
        if tok.lower == "to":
            to = k if to is None else to
            continue
        if reader.is_quoted(tok.start) or noun_here(toks, k):
            continue  # "the statement that …": a noun
        if (that is not None and tok.lower in SPEECH_VERBS) or (
            to is not None and _asking(toks, k)
        ):
            if k > 0 and toks[k - 1].text == "," and tok.lower.endswith(PARTICIPLE_ENDINGS):
                # "…, the President said, urging them to see that “…”": the main clause's
                # subject is the participle's; with none named, still speech ("Locals met
                # Ada Lund, complaining that “…”")
                found = _clause_subject(reader, para, toks, k)
                return _short(found or Attribution(None, None, tok.text, 0.4), len(words))
            return _short(verb_subject(reader, para, toks, k), len(words))
    return None


# English verbs that report a clause with no "that": "Lund said the plan was “a betrayal”",
# "told reporters she expected a “great victory”".
_REPORTING = wordset(
    """
    say said says tell told tells argue argued argues warn warned warns claim claimed claims
    insist insisted insists stated states noted notes admit admitted admits concede conceded
    concedes maintain maintained maintains acknowledge acknowledged acknowledges predicted
    predicts added adds explained explains
    """
)
_INDEFINITE_EN = wordset("a an")
_CLAUSE_MARKS = frozenset(",;:()")
_CLAUSE_REACH = 16


def _reports(toks: list[Token], k: int, end: int) -> bool:
    """``toks[k]`` is a reporting verb whose clause, with no "that" and no comma, runs to the
    quote at ``end``: at least two words of a clause between them, at most sixteen, the first
    no preposition ("said in an interview with the “Harbour Times”" reports no clause)."""
    if toks[k].lower not in _REPORTING or not 3 <= end - k <= _CLAUSE_REACH:
        return False
    return toks[k + 1].lower not in PREPOSITIONS


def _short(att: Attribution | None, words: int) -> Attribution | None:
    """Two quoted words in a reported clause ("warned that voters are “not sure”") are less
    surely the speaker's own than a phrase: below the sure band."""
    if att is None or words >= _SURE_WORDS:
        return att
    return Attribution(att.speaker, att.speaker_full, att.cue, 0.6, att.as_written, att.how)


def _asking(toks: list[Token], k: int) -> bool:
    if toks[k].lower in _ASKING:
        return True
    return toks[k].lower in _CALLING and k + 1 < len(toks) and toks[k + 1].lower in ("on", "upon")


def verb_subject(
    reader: ArticleReader, para: Paragraph, toks: list[Token], k: int
) -> Attribution | None:
    if listened(toks[max(0, k - 1) : k + 1]):
        return None  # "Berg was told that …": who listened did not say it
    verb = k
    while verb > 0 and toks[verb - 1].lower in AUXILIARIES:
        verb -= 1  # "ha subrayado", "a déclaré", "has said"
    subject = subject_before(toks, verb)
    if subject is None:  # "Jan Ruiz (N-VA) previously called on …": the party left out
        bare = [t for n, t in enumerate(toks[:verb]) if not _bracketed(toks, n)] + [toks[verb]]
        subject = subject_before(bare, len(bare) - 1) if len(bare) <= verb else None
    if subject is None:
        return None
    found = resolve_np(reader, para, subject, subject[0].start)
    if found is None or found.how == "unresolved":
        return None
    return Attribution.of(found, toks[k].text, 0.8)


def _bracketed(toks: list[Token], n: int) -> bool:
    """``toks[n]`` is part of a short parenthesis ("(", "N-VA", ")"): a "(" at most four tokens
    before it and a ")" at most four after, with no other mark between."""
    words = [t.text for t in toks]
    before = next((m for m in range(n, max(-1, n - 5), -1) if words[m] in "()"), None)
    after = next((m for m in range(n, min(len(words), n + 5)) if words[m] in "()"), None)
    if before is None or after is None:
        return False
    return (words[before] == "(" or before == n) and (words[after] == ")" or after == n)


def title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised: a title or a name, not words said."""
    big = [w for w in words if w.lower().strip(".,;:!?") not in _SMALL]
    return bool(big) and all(w[:1].isupper() for w in big)


# Determiners and pronouns between a speech verb and the words it quotes as its object:
# "hailed its “best result ever”", "expressed “deep concern”", "expresa la “profunda
# convicción”", "described it as “a betrayal”", "said it was “a mistake”".
_OBJECT_WORDS = wordset(
    """
    its their his her our my it them as was is were be su sus sa son ses seu sua of about
    against
    """
)
# After an article a quote is a term ("mentioned the “union state”", "said the “reset”"),
# except after a verb of expressing a feeling, whose object is the words of it ("expressed
# a “deep concern”", "expresa la “profunda convicción”").
_EXPRESSING = wordset(
    """
    express expressed expresses expressing voice voiced voices voicing convey conveyed
    expresa expresó expresar expresado exprime exprimé exprimer expressou expressa manifestó
    manifesta manifestou
    """
)
_OBJECT_REACH = 3
_HAVE = wordset("has have had having ha han a ont hat haben")


def object_partial(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a short quote that a speech verb governs in its own clause, as its
    object ("Lundvik hailed its “best result ever”") or inside the quote after an auxiliary
    ("the cabinet has “expressed regret”"); else None. Naming verbs ("dubbed", "called") stay
    out: what they quote is a name."""
    text = reader.text
    words = text[span.start : span.end].split()
    if not words or title_case(words):
        return None
    start, _ = reader.sentence_at(para.index, span.open)
    begin = max(start, span.open - REACH)
    toks = tokenize(text[begin : span.open], begin)
    if not toks:
        return None
    if len(words) < 2:
        # One word only as a judgment: "described the figure as “horrendous”", "calificó el
        # plan de «vergonzoso»" (elsewhere a single quoted word is a term, not words said).
        judged = _judged_one_word(toks)
        return _short(_clause_subject(reader, para, toks, judged), 1) if judged else None
    inside = tokenize(text[span.start : span.end], span.start)
    # (French "a" is "has", but after a preposition it is English's article: "for a “note”")
    article = len(toks) > 1 and toks[-2].lower in PREPOSITIONS
    if inside and inside[0].lower in SPEECH_VERBS and toks[-1].lower in _HAVE and not article:
        return _clause_subject(reader, para, toks, len(toks) - 1)  # "has “expressed regret”"
    judged = _judged_as(toks)
    if judged is None:
        judged = _judged_one_word(toks)  # "described the season as “very successful”"
    if judged is not None:
        return _clause_subject(reader, para, toks, judged)  # "calificó el plan como “…”"
    if len(toks) >= 2 and toks[-1].lower == "for" and toks[-2].lower in _CALLING:
        return _clause_subject(reader, para, toks, len(toks) - 2)  # "called for “assurances …”"
    k = len(toks) - 1
    article = k >= 0 and toks[k].lower in _ARTICLES and toks[k].lower not in _OBJECT_WORDS
    described = None
    k -= 1 if article else 0
    while k >= 0 and len(toks) - k <= _OBJECT_REACH and toks[k].lower in _OBJECT_WORDS:
        k -= 1
    if article and (k < 0 or toks[k].lower not in _EXPRESSING):
        described = _described_as(toks, len(toks) - 2)  # "as" right before the article
        if described is None:
            return None
        k = described
    if k < 0 or (k == len(toks) - 1 and toks[k].lower not in SPEECH_VERBS):
        return None
    if toks[k].lower not in SPEECH_VERBS and described is None:
        return None
    if toks[k].lower in NAMING_VERBS and not described:
        return None
    if reader.is_quoted(toks[k].start) or noun_here(toks, k):
        return None
    return _clause_subject(reader, para, toks, k)


_DESCRIBED_REACH = 6


_INDEFINITE = wordset("a an")


def _described_as(toks: list[Token], k: int) -> int | None:
    """ "described the venture as a “blunt instrument”": after "as" (``toks[k]``) and "a", the
    quote is how someone a few words back, with a speech or naming verb, judged the thing (a
    name takes "the": "described it as the “union state”"). The verb's index, else None."""
    if k < 1 or toks[k].lower != "as" or toks[k + 1].lower not in _INDEFINITE:
        return None
    return next(
        (
            j
            for j in range(k - 1, max(-1, k - _DESCRIBED_REACH), -1)
            if toks[j].lower in SPEECH_VERBS or toks[j].lower in DESCRIBING_VERBS
        ),
        None,
    )


def _judged_one_word(toks: list[Token]) -> int | None:
    """The speech or judging verb a few words before "as" (or "como", "comme", "de") that
    introduces a quote (of one word, or more), not a naming verb's ("dubbed it “Bulldozer”")."""
    k = len(toks) - 1
    if k < 1 or (toks[k].lower != "as" and toks[k].lower not in _AS):
        return None
    if toks[k - 1].lower in TERM_AS:
        return None  # "known as “austerity”", "such as “reform”": a term
    reach = range(k - 1, max(-1, k - _JUDGED_REACH), -1)
    verbs = _JUDGING_VERBS | DESCRIBING_VERBS  # (a noun is none: "dismissed Berg’s claims as")
    j = next((j for j in reach if toks[j].lower in verbs and not noun_here(toks, j)), None)
    return None if j is None or toks[j].lower in _NAME_GIVING else j


# Verbs that give a name, not a judgment, even through "as" ("described" and "branded" judge).
_NAME_GIVING = wordset("dub dubbed dubs name named names nickname nicknamed titled entitled")
_JUDGED_REACH = 12  # "blasted the harbour dues set for the coming winter season as “absurd”"


# Verbs of judging a thing in other languages, with the word that introduces the judgment:
# "qualifie d'«…»", "a qualifié le budget de «…»", "calificó el plan como “…”", "la define como
# “…”", "definito come «…»", "classificou a medida como “…”" (English "described … as a" is
# :func:`_described_as`'s).
_JUDGING = wordset(
    """
    qualifie qualifié qualifiée qualifiait qualifient qualifier décrit décrite décrivait
    califica calificó calificado calificaba define definió definido definía tilda tildó tildado
    describió describe definisce definito definita descrive descritto qualifica qualificato
    classificou classifica qualificou definiu descreveu evaluó evalúa valoró valora consideró
    """
)
_AS = wordset("como comme come de d' d’")
_JUDGING_VERBS = SPEECH_VERBS | _JUDGING
_ANY_INDEFINITE = _INDEFINITE | wordset("un una une uno um uma")


def _judged_as(toks: list[Token]) -> int | None:
    """The judging verb a few words before a quote introduced by "como", "comme", "de"."""
    k = len(toks) - 1
    if k >= 1 and toks[k].lower in _ANY_INDEFINITE:
        k -= 1
    if k < 1 or toks[k].lower not in _AS:
        return None
    reach = range(k - 1, max(-1, k - _DESCRIBED_REACH), -1)
    return next((j for j in reach if toks[j].lower in _JUDGING), None)


def _clause_subject(
    reader: ArticleReader, para: Paragraph, toks: list[Token], k: int
) -> Attribution | None:
    """The verb's subject right before it, else the sentence's first named subject ("Ruiz ha
    aprovechado la rueda de prensa para expresar la “…”", "The cabinet, led by …, has")."""
    found = verb_subject(reader, para, toks, k)
    if found is not None:
        return found
    main = main_subject(reader, para, toks[:k])
    if main is not None and stands_as_object(toks[:k], main.as_written):
        # "Locals rang the Guardian, complaining that …": speech, but not the paper's
        return Attribution(None, None, toks[k].text, 0.4)
    if main is None or main.how == "unresolved":
        return None
    return Attribution.of(main, toks[k].text, 0.7)
