"""A cue in the next sentence that reports the one before: "Lo ha dichiarato il ministro".

Italian, Spanish, French and Portuguese news often quote first and name the speaker in the
sentence after, with a pronoun standing for what was said: "L'Italia resta impegnata «per una
soluzione diplomatica». Lo ha dichiarato il ministro degli Esteri, Ada Rossi." (Spanish "Así
lo afirmó …", French "C'est ce qu'a déclaré …", Portuguese "Foi o que disse …"). The quotes of
the first sentence are the speaker's, partial quotes too.
"""

from __future__ import annotations

from claimtrack.aids.cue_after import after_cue
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["next_sentence_cue"]

# Words opening a sentence that reports the one before: "Lo ha detto", "Così lo ha detto",
# "Así lo dijo", "Lo afirmó", "C'est ce qu'a déclaré", "Foi o que disse".
_OPENERS = (
    ("lo",),
    ("così", "lo"),
    ("así", "lo"),
    ("asi", "lo"),
    ("c", "est", "ce", "qu"),
    ("c", "est", "ce", "que"),
    ("foi", "o", "que"),
    ("é", "o", "que"),
)
_LONGEST = max(len(o) for o in _OPENERS)


def next_sentence_cue(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker the next sentence names when it opens "Lo ha dichiarato …" (or the like)."""
    _, s_end = reader.sentence_at(para.index, span.open)
    if s_end >= para.end:
        return None
    n_start, n_end = reader.sentence_at(para.index, s_end + 1)
    if n_start < s_end:
        return None
    toks = tokenize(reader.text[n_start : min(n_end, n_start + 300)], n_start)
    words = [t for t in toks[: _LONGEST + 1] if t.text not in ("'", "’")]
    lows = tuple(t.lower for t in words)
    opener = next((o for o in _OPENERS if lows[: len(o)] == o), None)
    if opener is None:
        return None
    rest_at = toks.index(words[len(opener) - 1]) + 1
    att = after_cue(reader, para, toks[rest_at:])
    if att is None or att.speaker is None:
        return None
    return att.scaled(0.9)
