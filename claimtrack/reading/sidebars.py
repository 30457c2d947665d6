"""A sidebar's heading: a box of other stories' headlines follows it, and the article may go on
after the box (``Top Stories``, ``Most read``, ``Rekomendasi untuk Anda``, ``Lo más leído``,
``Meistgelesen``). :func:`~claimtrack.reading.repeats.sidebar_lines` drops the box's items.

A **read-also heading** alone on its line (``Also Read``, ``Leia também``, ``Lire aussi``, ``Te
puede interesar``, ``Читайте также``) is an end marker when it closes the page, but many pages
print it mid-article over a box of links (or, once the links are lost, over nothing) and the
story goes on: :func:`~claimtrack.reading.ends.article_end` reads it as a sidebar's heading then.
"""

from __future__ import annotations

import re

from claimtrack.reading.read_also import READ_ALSO_WORDS

__all__ = ["is_read_also", "is_sidebar"]

_SIDEBAR = re.compile(
    r"(?:top(?: [\w-]+){0,2} stories|(?:news|live) feed"
    r"|most (?:read|popular|viewed|shared|visited)(?: in [\w ]{1,30}| this (?:week|month))?"
    r"|(?:recent|popular) (?:posts|articles|stories)|other (?:[\w-]+ ){0,2}news"
    r"|latest (?:news|stories|articles|headlines)"
    r"|editors?[’']?s? picks|(?:top )?trending(?:\s+(?:now|stories|news))?"
    r"|recommended(?:\s+(?:for you|articles|stories|reading))?|from the front page"
    r"|(?:video|photo|picture|story) of the day"
    r"|more (?:stories|articles|news)(?: from .{1,40})?|you may also be interested in"
    r"|popular (?:now|stories|news|articles)|in other news|don'?t miss|read next|up next"
    r"|what to read next|more to read|(?:further|more|related) reading"
    r"|(?:suggested|related|more|explore) topics|(?:useful|quick|related) links"
    # "Also in News", "More in Local Politics": the section's other stories (a capitalised
    # section's name; "More in sorrow" is a story's words, "Also in Attendance" a minute's).
    r"|(?:also|more) in (?:this (?:section|category)|(?!attendance\b)"
    r"(?-i:[A-Z][\w'’-]*)(?: (?:&|and|(?-i:[A-Z][\w'’-]*))){0,2})"
    # The same boxes in other languages: "Rekomendasi untuk Anda", "Berita Terkini", "Lo más
    # leído", "Últimas notícias", "Les plus lus", "Meistgelesen", "Baca juga" (its links follow).
    r"|rekomendasi(?: untuk (?:anda|kamu))?|berita (?:terkini|terbaru|terkait|lainnya|populer)"
    r"|artikel terkait|terpopuler|(?:baca|lihat|simak) (?:juga|pula)"
    r"|recomendad[oa]s?(?: para (?:ti|usted|você|voce))?|recommandé pour vous|empfohlen für sie"
    r"|lo más (?:leído|visto|popular)|(?:as )?mais (?:lidas|vistas)|(?:les )?plus lus"
    r"|(?:les )?articles les plus lus|meistgelesen|meistgelesene artikel|i più letti"
    r"|últimas (?:noticias|notícias)|dernières (?:nouvelles|actualités|infos)"
    r"|neueste (?:nachrichten|artikel)|ultime notizie)[.!:]?",
    re.IGNORECASE,
)

# "Read also", "related story", "you may be interested": a pointer to other stories, printed
# where the page puts it (the words in other languages: :mod:`~claimtrack.reading.read_also`).
_READ_ALSO = re.compile(
    r"(?:(?:also|read|see) (?:read|also)|you (?:may|might) also (?:like|read)"
    # "Related", "Related Article", "RELATED STORY": a pointer to one story, often mid-article.
    r"|related(?: (?:article|story|post|link|content|coverage|reading))?"
    rf"|{READ_ALSO_WORDS})\s*[.!:：]?",
    re.IGNORECASE,
)


def is_sidebar(text: str) -> bool:
    """A sidebar heading (``Top Stories``, ``Most read``): other stories' headlines follow."""
    return len(text) <= 60 and bool(_SIDEBAR.fullmatch(text))


def is_read_also(text: str) -> bool:
    """A read-also heading alone on its line (``Also Read``, ``Leia também``, ``Lire aussi``)."""
    return len(text) <= 60 and bool(_READ_ALSO.fullmatch(text))
