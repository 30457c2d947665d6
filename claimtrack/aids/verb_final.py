"""A quote cued by the verb that closes its sentence, the speaker named before the quote.

Turkish and Azerbaijani news put the speech verb last, after the quoted words, with the speaker
as the sentence's subject before them: "Bakan Yılmaz, “Limanı bu yıl açacağız” dedi.",
"“…” diye konuştu.", "Nazir Əliyev “…” deyib." The verb and a full stop right after the closing
mark are the cue; the speaker is the person named just before the opening mark (a comma or one
small word may stand between: "Yılmaz ise “…”", "Yılmaz ayrıca “…”"), else the cue's subject
was left out and the current speaker speaks.

Only these languages' verb forms count, so an English quote followed by a capitalised word
("“…” Said's book") is untouched.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.found import dropped
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph

__all__ = ["final_cue"]

# Turkish and Azerbaijani third-person forms of saying, stating, stressing, adding.
_VERBS = wordset(
    """
    dedi söyledi kaydetti vurguladı belirtti açıkladı konuştu ekledi sordu yanıtladı
    deyib bildirib söyləyib vurğulayıb əlavə
    """
)
# The verb (after an optional quotative "diye" or "şeklinde"), then the sentence's end; or "his
# words" and "used" ("“…” ifadelerini kullandı.", "“…” sözlerini kullandı.").
_TAIL = re.compile(r"\s*(?:(diye|şeklinde|ifadelerini|sözlerini)\s+)?([^\W\d_]+)\s*[.!?]")
_WORDS_OF = wordset("ifadelerini sözlerini")
_USED = wordset("kullandı")
_REACH = 200
"""Characters before the quote looked at for its speaker (a bounded cost)."""


def final_cue(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a quote whose sentence a verb-final speech cue closes, else None."""
    if span.close is None:
        return None
    text = reader.text
    m = _TAIL.match(text, span.close + 1, min(para.end, span.close + 60))
    if m is None:
        return None
    verb = m.group(2)
    if verb.lower() not in (_USED if (m.group(1) or "").lower() in _WORDS_OF else _VERBS):
        return None
    start, _ = reader.sentence_at(para.index, span.open)
    _, chunks = reader.chunks(max(start, span.open - _REACH), span.open)
    people = [c for c in reader.unquoted(chunks) if c.kind == "person"]
    between = text[people[-1].end : span.open].strip(" ,").split() if people else ["-"]
    if len(between) <= 1 and all(w.islower() for w in between):  # "Yılmaz ise “…” dedi."
        chunk = people[-1]
        full = reader.names.full_name(chunk.name) or chunk.name
        how = "surname" if full != chunk.name else "named"
        return Attribution(chunk.name, full, verb, 0.7, chunk.text, how)
    return dropped(verb)
