"""Quoted words in a sentence's opening participle phrase: "Citing the move, which cost the
county “nearly a million”, Lund said the board had failed." The phrase has no subject of its
own: it is the main clause's, the person who said the rest of the sentence, so the quoted words
are theirs too. Only a participle that opens the sentence counts ("During the “crisis”, Lund
said …" opens with a preposition), and only a main clause that starts with a short subject and
a reporting verb right after a comma that follows the quote. A cue closing the sentence
after a comma reports the quoted words in it too (:func:`cue_ending_sentence`).
"""

from __future__ import annotations

from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_cues import CUE_VERBS
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["cue_ending_sentence", "fronted_participle_cue"]

# Words in "-ing" that are prepositions, not participles: the phrase they open may hold anyone's
# words ("Following the “reset”, Lund said …").
_PREPOSITIONS_IN_ING = wordset(
    "during following regarding including concerning considering excluding pending"
    " notwithstanding barring according nothing something everything anything morning evening"
)
# Participles whose quoted words are someone else's: "Quoting the report's “dire warning”",
# "Rejecting claims that the plan was “a disaster”".
_OTHERS_WORDS = wordset(
    "quoting echoing reading repeating paraphrasing responding reacting replying answering"
    " denying rejecting dismissing rebutting countering refuting disputing addressing commenting"
)
_REPORTING = wordset("said says told tells added adds insisted insists argued argues noted notes")
_SUBJECT_WORDS = 4  # "he", "Lund", "the mayor", "council leader Ada Lund"
_PHRASE_CHARS = 400  # a fronted phrase of ordinary length (a long line stays cheap)


def fronted_participle_cue(
    reader: ArticleReader, para: Paragraph, span: Span
) -> Attribution | None:
    """The speaker of the main clause when ``span`` sits in the participle phrase that opens its
    sentence ("Citing …“…”…, he said …"); else None."""
    if span.close is None:
        return None
    s_start, s_end = reader.sentence_at(para.index, span.open)
    if span.open - s_start > _PHRASE_CHARS:
        return None  # (checked first: a sentence of a thousand quotes tokenizes nothing here)
    head = tokenize(reader.text[s_start : span.open], s_start)
    if not head or not _opens_participle(head[0].text):
        return None
    end = min(s_end, span.close + 1 + _PHRASE_CHARS)
    rest = tokenize(reader.text[span.close + 1 : end], span.close + 1)
    for k, tok in enumerate(rest):
        if tok.text in '“”«»„"':
            return None  # another quote before the main clause: whose words is unclear
        if tok.text != ",":
            continue
        last = min(k + 2 + _SUBJECT_WORDS, len(rest))
        verb = next((j for j in range(k + 2, last) if rest[j].lower in _REPORTING), None)
        if verb is not None:
            att = after_cue(reader, para, rest[k : verb + 1])
            return None if att is None or att.speaker is None else att.scaled(0.8)
    return None


def _opens_participle(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower.endswith("ing")
        and len(lower) > 5
        and lower not in _PREPOSITIONS_IN_ING
        and lower not in _OTHERS_WORDS
    )


def cue_ending_sentence(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """ "Russia will risk “real financial harm” to win, defence analysts have said.": a cue
    closing the sentence after a comma reports all of it, the quoted words too."""
    assert span.close is not None
    _, s_end = reader.sentence_at(para.index, span.open)
    if s_end - span.close > 300:
        return None  # the cue closes a sentence of ordinary length (a long line stays cheap)
    toks = tokenize(reader.text[span.close + 1 : s_end], span.close + 1)
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas or any(t.text in '“”«»„"' for t in toks):
        return None
    tail = toks[commas[-1] :]
    if len(tail) > 10 or not any(t.lower in CUE_VERBS for t in tail):
        return None
    att = after_cue(reader, para, tail)
    return None if att is None or att.speaker is None else att.scaled(0.8)
