"""A social-media post the page shows as plain text, right after the sentence reporting it.

A page that embeds a post (on X, Facebook, Telegram …) keeps its words as a paragraph of their
own once the embed is flattened to text: "Vía la red social X, Ruiz dijo el sábado que …" /
"El servicio aterroriza nuestras ciudades. ¡Basta ya!". The paragraph is the poster's words (a
block quote) when the paragraph before it reports that person speaking on a social network,
and the paragraph speaks in the first person, has no quote marks and is short, as posts are.
Anything else (narration after the report, a long paragraph) is left alone.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.discourse import reported_speech
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph

__all__ = ["posted_block"]

_NETWORK = re.compile(
    r"\b(?:Twitter|Facebook|Instagram|TikTok|Telegram|Threads|Bluesky|LinkedIn|Weibo|VK|"
    r"(?:[Rr]ed social|[Rr]edes sociales|réseaux sociaux|[Rr]ede social|social media|"
    r"[Aa]kun|[Cc]uenta de|[Cc]ompte) X|(?:on|en|sur|na|di|auf) X)\b"
)
# Words of a poster writing of themselves, in the languages the cue lexicon reads.
_FIRST_PERSON = wordset(
    """
    i me my we us our ich mir mich mein meine wir uns unser unsere je moi mon ma mes nous notre
    nos yo mi mis nosotros nosotras nuestro nuestra nuestros nuestras me nos eu nós meu minha
    nosso nossa io noi mio mia nostro nostra saya kami kita aku я мы мне нас наш наша
    """
)
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCES = re.compile(r"[.!?…] \S")
_MIN_WORDS, _MAX_WORDS = 5, 80


def posted_block(reader: ArticleReader, para: Paragraph) -> Found | None:
    """``para`` as the text of a post the paragraph before it reports, else None."""
    body = reader.text[para.start : para.end]
    if para.index == 0 or (para.heading and not _SENTENCES.search(body)):
        return None  # (a short post may look like a heading; a heading is one sentence)
    words = _WORDS.findall(body)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or any(m in body for m in MARK_OPENERS[:4]):
        return None
    if not any(w.lower() in _FIRST_PERSON and (w == "I" or not w.isupper()) for w in words):
        return None
    prev = reader.paragraphs[para.index - 1]
    if prev.heading or not _NETWORK.search(reader.text, prev.start, prev.end):
        return None
    said = reported_speech(reader, prev.index)
    if said is None or said.speaker is None:
        return None
    att = Attribution(said.speaker, said.speaker_full, said.cue, 0.6, said.as_written, said.how)
    return para.start, para.start + len(body.rstrip()), att
