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
# The verb, then the sentence's end; or "his words" and "used" ("“…” ifadelerini kullandı.",
# "“…” sözlerini kullandı."); or a quotative, "diye" or "şeklinde", then any verb of up to three
# words: the quotative alone says the words were spoken ("“…” diye ifade etti.", "“…” şeklinde
# konuştu.").
_TAIL = re.compile(
    r"\s*(?:(diye|şeklinde)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)"
    r"|(?:(ifadelerini|ifadesini|sözlerini|sözünü)\s+)?([^\W\d_]+))\s*[.!?]"
)
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
    quotative, words_of = m.group(1), m.group(3)
    verb = m.group(2) or m.group(4)
    if not quotative and verb.lower() not in (_USED if words_of else _VERBS):
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
