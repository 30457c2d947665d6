"""Header lines of a headline's length that are never the headline, whatever stands around them.

- a **scoreboard**: two rows or more, each a side's name and its score after a dash
  (``Harbour United – 4`` / ``Northport City – 3``), a match report's result box;
- a **menu's cell**: a line ending in a bar beside another (``Browse by Sport |`` over ``|``
  or ``Find us on |``), a table of links saved as text;
- a **place** beside its date line (``September 21, 2016`` / ``Northport, Ontario``): where a
  transcript or a release was given, one or two capitalised words each side of a comma;
- a **link back** to the page the story was opened from: ``Back to Live Feed``, ``Return to
  News``, ``Zurück zur Übersicht``, ``Retour aux actualités``, ``Volver a Noticias``: a link
  names where it goes, a headline never opens with "back to".

- a **text-size control** ending the line, maybe run into the site's or agency's name
  (``Newswire Text size``, ``Tamanho do texto``, ``Taille du texte``, ``Schriftgröße``);
- a **list of tags**: three or more pieces set apart by commas, each one or two capitalised
  words and nothing else (``Ferries, Strikes, Northport``); a headline has its lower-case words;
- a **language switcher's link** (:func:`~claimtrack.reading.feed_notes.language_link`);
- a **menu bar in capitals**: two to five words, none a small word, two of them names of a
  site's pages (``SCHEDULE FESTIVAL INTERVIEWS``, ``HOME NEWS CONTACT``), or in any case when
  three words or more are all pages' names (``News Reports Sports Business``);
- a **photo's caption with its credit**: a credit closing the line (``… Image Credit: Wire``,
  ``… © Agency / Photographer``) or set in brackets after the caption's full stop (``Mayor Jane
  Roe. [Photographer, Outlet]``); a headline ends no sentence before a bracket;
- a **section label** saying where the story was filed: ``Published in Politics``, ``Posted in
  News``, ``Filed under Business``, ``Publié dans …``, ``Veröffentlicht in …``, maybe with its
  poster (``Posted in Local - Courts by harbourblogger``);
- a **greeting to the visitor** opening a forum's or a site's bar (``Welcome, Guest: Register /
  Login``, ``Willkommen, Gast``);
- a **pager** (``(1) (2) (3) (of 12 pages)``, ``« 1 2 3 … 12 »``, ``Page 2 of 12``);
- a **wire's dateline** alone: a place, a dash and the agency's initials (``Northport - NPA``);
- an **editor's note introducing the text**: ``The following is a transcript of …``, ``Below is
  the full text of …``: the first line of the body, never its headline;
- a **portrait's caption**: a role in lower case and a name, nothing else (``Harbour Union
  president Ada Lund``);
- a **site's label** of small and site words alone, no word of content (``What's New?``,
  ``Search Results``, ``Read More``): a headline says what the story is about;
- a **label before a colon** (``Share this:``, ``Listen to this story:``): a line of six words or
  fewer; a longer one introduces what follows as a headline may (``Statements from the
  Harbour Board on the launch of the timetable:``);
- an **archive's record** of where the story was printed: ``Volume``, ``Issue``, ``Year``,
  ``Page 15``, each alone or with its value; the label over two of them (``Story Origin``) is a
  field of the record too;
- a byline, a bullet before a name, a line of almost no letters or a dash's question
  (:mod:`~claimtrack.reading.headline_shapes`).

A headline of the same words stays one: ``Back to school for 2,000 pupils`` names no page of the
site (it is longer than a link and holds lower-case words other than small ones), and a line
ending in a number after a dash counts as a score only beside another such line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.caption_forms import portrait_caption, titled_name
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.lines import Line
from claimtrack.reading.neighbours import labels_first_turn
from claimtrack.reading.site_chrome import is_pager
from claimtrack.reading.title_words import content_words
from claimtrack.reading.widgets import weather_sky
from claimtrack.text.dates import looks_like_date

__all__ = [
    "back_link",
    "introduces_text",
    "may_head",
    "menu_bar",
    "names_the_next_speaker",
    "never_headline",
    "score_row",
    "speaker_header",
    "tag_list",
    "text_size_control",
    "with_introduction",
]

# A side's name, a dash (any: "–", "-", the non-breaking "‑") and its score.
_SCORE_ROW = re.compile(r"[^\W\d_][^\d]{1,50}?\s*[-‐‑‒–—]\s*\d{1,3}")
_BACK = re.compile(
    r"(?:[←«‹<]\s*)?(?:back to|return to|go back to|zurück zu[rm]?|retour (?:à|aux?)"
    r"|volver a(?:l)?|voltar (?:para|a)|torna(?:re)? a(?:lla|l|i)?|terug naar|powrót do"
    r"|вернуться (?:к|в)|назад (?:к|в))\s+(?P<page>.{2,40})",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*)?, [A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*)?"
)
_SMALL = frozenset({"the", "a", "an", "of", "and", "&", "all", "our", "la", "le", "les", "de"})
_PAGE_WORDS = 5
_PROMPT_WORDS = 12  # "On whether the defence held up in the second half:"
_LABEL_WORDS = 6  # "Listen to the full story here:"; a headline introducing what follows is longer
_NAME_WORDS = 2  # a section's name: "Live Feed", "Politics" ("Back to School Rush Begins" is news)
# Pages of a site a link goes back to, in lower case ("Retour aux actualités", "back to top").
_SITE_PAGES = frozenset({
    "top", "home", "homepage", "news", "feed", "overview", "list", "articles", "stories", "blog",
    "results", "search", "index", "archive", "accueil", "actualités", "sommaire", "inicio",
    "início", "portada", "noticias", "notícias", "übersicht", "startseite", "nachrichten",
    "notizie", "homepagina", "nieuws", "новостям", "главной",
})  # fmt: skip


def score_row(text: str) -> bool:
    """A side's name and its score after a dash: ``Harbour United – 4``."""
    return len(text) <= 60 and _SCORE_ROW.fullmatch(text.strip()) is not None


def back_link(text: str) -> bool:
    """A link back to a page of the site: ``Back to Live Feed``, ``← Return to all news``.

    The page it names is short: a page of every site (``top``, ``news``, ``accueil``), or a
    section's name of one or two capitalised words (``Live Feed``, ``All Stories``).
    """
    m = _BACK.fullmatch(text.strip())
    if m is None:
        return False
    page = m["page"].strip(" .:›»>")
    tokens = page.split()
    if not 1 <= len(tokens) <= _PAGE_WORDS or any(c.isdigit() for c in page):
        return False
    if text.strip()[:1] in "←«‹<":
        return True  # an arrow marks a link
    if all(t.casefold() in _SMALL or t.casefold() in _SITE_PAGES for t in tokens):
        return True  # "Retour aux actualités", "back to the news"
    named = [t for t in tokens if t.casefold() not in _SMALL]
    return 1 <= len(named) <= _NAME_WORDS and all(t[:1].isupper() for t in named)


# "Text size", "Tamanho do texto", "Tamaño del texto", "Taille du texte", "Textgröße",
# "Dimensione del testo", "Размер шрифта", "Ukuran huruf": the control, at the line's end.
_TEXT_SIZE = re.compile(
    r"(?:^|\s)(?:(?:text|font) size|tamanho d[oa] (?:texto|letra|fonte)|tamaño de(?:l texto| la"
    r" (?:letra|fuente))|taille (?:du texte|de (?:la )?police)|text-?größe|schriftgröße"
    r"|dimensione del (?:testo|carattere)|размер (?:текста|шрифта)|ukuran (?:teks|huruf|font)"
    r"|tekstgrootte|lettergrootte|rozmiar (?:tekstu|czcionki))\s*[:+\-−aA]*$",
    re.IGNORECASE,
)
# Pages of a site a menu bar names, as one word ("INTERVIEWS", "SCHEDULE", "CONTACT").
_MENU_PAGES = frozenset({
    "home", "news", "interviews", "reviews", "features", "schedule", "events", "videos",
    "photos", "gallery", "galleries", "podcasts", "blog", "blogs", "contact", "about",
    "archive", "archives", "opinion", "sport", "sports", "weather", "search", "subscribe",
    "login", "register", "shop", "jobs", "lifestyle", "entertainment", "business", "world",
    "reports", "politics", "health", "technology", "culture", "travel", "video",
})  # fmt: skip
_MENU_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&'’-]*")


def text_size_control(text: str) -> bool:
    """A line ending in the page's text-size control: ``Newswire Text size``."""
    return len(text) <= 60 and _TEXT_SIZE.search(text) is not None


def menu_bar(text: str) -> bool:
    """A menu bar set in capitals: two to five words, two of them a site's pages."""
    tokens = text.split()
    if 3 <= len(tokens) <= 8 and all(t.casefold() in _MENU_PAGES for t in tokens):
        return True  # in any case when every word is a page: "News Reports Sports Business"
    if not 2 <= len(tokens) <= 5 or not all(_MENU_WORD.fullmatch(t) for t in tokens):
        return False
    return sum(1 for t in tokens if t.casefold() in _MENU_PAGES) >= 2


_TAG = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’&.-]*(?: [A-ZÀ-ÞА-ЯЁ][\w'’&.-]*)?")
_MIN_TAGS = 3


def tag_list(text: str) -> bool:
    """A list of a story's tags: ``Ferries, Strikes, Northport`` (three pieces or more)."""
    pieces = [p.strip() for p in text.split(",")]
    return len(pieces) >= _MIN_TAGS and len(text) <= 120 and all(_TAG.fullmatch(p) for p in pieces)


# A credit closing a caption: "… Image Credit: Wire", "… © Agency / Photographer", or a bracketed
# credit after the caption's full stop ("Mayor Jane Roe. [Photographer, Outlet]").
_CAPTION_CREDIT = re.compile(
    r"\S.*(?:\b(?:image|photo|picture|photograph)\s+(?:credits?|courtesy)\s*:\s*\S.{0,60}"
    r"|\s©\s*\S.{0,60}|[.!?][\"”’']?\s*[\[(][^\[\]()]{2,60}[\])]"
    # "Attorney General Ada Lund (Provided photo)": who is pictured, and whose photo it is
    r"|\s\((?:provided|file|submitted|contributed|supplied|courtesy|staff)\s+"
    r"(?:photo|image|picture)\))",
    re.IGNORECASE,
)
# Where the story was filed: "Published in Politics", "Filed under Business", "Publié dans Monde".
_FILED_IN = re.compile(
    r"(?:published|posted|filed)\s+(?:in|under)|publié\s+dans|classé\s+dans|publicado\s+en"
    r"|veröffentlicht\s+in|pubblicato\s+in|опубликовано\s+в",
    re.IGNORECASE,
)
# A wire's dateline alone: a place of one to three words, a dash and the agency's initials.
_PLACE_AGENCY = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}\s+[-–—]\s+[A-Z]{2,6}")
# An editor's note opening a transcript or a statement: "The following is a transcript of …".
_INTRODUCTION = re.compile(
    r"(?:the following is|what follows is|below is|here is|this is)\s+(?:an?|the)\s+"
    r"(?:(?:full|edited|partial|unofficial|complete|abridged|lightly edited)\s+)*"
    r"(?:transcript|text|statement|readout|translation|excerpt)s?\s+(?:of|from)\b"
    # "The interview with Radio Nord follows:", "Excerpts of the conversation follow."
    r"|(?:the |an? )?(?:(?:full|edited) )?(?:text|transcript|excerpts?|interview|conversation)"
    r"\b[^.:\n]{0,60}?\bfollows?(?: below)?\s*[:.]?\s*$",
    re.IGNORECASE,
)


# An interviewer's question as a transcript labels it: "Journalist: Mr President, have you chosen
# …?", "Jornalista: Presidente, o senhor …?". A turn of the interview, never its headline.
_ASKED = re.compile(
    r"(?:journalist|jornalista|periodista|journaliste|journalistin|giornalista|reporter|repórter"
    r"|interviewer|entrevistador[a]?|question|pergunta|pregunta|frage)\s?:\s\S.{0,300}\?",
    re.IGNORECASE,
)
# A site's own tagline: "The official website for the States of Northport", "Official site of …".
_OFFICIAL_SITE = re.compile(
    r"(?:the )?official (?:web ?site|site|portal|home ?page) (?:of|for) [^.!?]{2,80}\.?",
    re.IGNORECASE,
)
# A section's name with the share bar beside it: "Press Room Bookmark and Share".
_SHARE_BAR = re.compile(
    r"[\w &,-]{0,60}?\b(?:bookmark (?:and|&) share|share (?:this|the) (?:page|article|story))",
    re.IGNORECASE,
)
# A forum's or a site's bar greeting the visitor: "Welcome, Guest: Register / Login", "Hello
# Guest", "Bienvenue, invité", "Willkommen, Gast", "Bienvenido, invitado".
_GREETING = re.compile(
    r"(?:welcome|hello|hi|bienvenue|willkommen|bienvenid[oa]|benvenut[oa]|bem-vind[oa])\s*,?\s*"
    r"(?:guest|visitor|invité|gast|invitad[oa]|ospite|visitante|convidad[oa])\b",
    re.IGNORECASE,
)


def introduces_text(text: str) -> bool:
    """An editor's note opening the text: ``The following is a transcript of …``, or a
    transcript's note in brackets (``[Introduction in Samoan]``, ``[Speaks in Hindi]``)."""
    return _INTRODUCTION.match(text) is not None or _STAGE_NOTE.fullmatch(text) is not None


# A note in brackets: a capital, then lower-case words ("[Applause]" alone is one word).
_STAGE_NOTE = re.compile(r"\[[A-Z][a-z]+(?: [a-z]+){1,5}(?: [A-Z][a-z]+)?\]")


def with_introduction(lines: Sequence[Line], start: int) -> int:
    """The body's first line: the editor's note right above ``start`` that introduces the text
    (``The following is a transcript of …``), else ``start``. The note is the body's, not the
    header's: it says whose words follow."""
    above = next((j for j in range(start - 1, max(-1, start - 3), -1) if lines[j].text), None)
    return above if above is not None and introduces_text(lines[above].text) else start


def _filed_in(text: str) -> bool:
    """``Published in Politics``: the verb, then a section of one to three words; or the
    sections a post was filed in, with no verb (``in News,Police Log,Northport``)."""
    m = _FILED_IN.match(text.strip())
    if m is None:
        m = _FILED_IN_LIST.fullmatch(text.strip())
        return m is not None and all(1 <= len(s.split()) <= 3 for s in m[1].split(","))
    # (the poster after it too: "Posted in Local - Courts by harbourblogger")
    section = _POSTED_BY.sub("", text[m.end() :]).split()
    return 1 <= len([w for w in section if w not in "-–—|"]) <= 3


_POSTED_BY = re.compile(r"\s+by\s+\S+(?:\s\S+)?\s*$")


_FILED_IN_LIST = re.compile(r"in\s+([A-Z][^,.!?]*(?:,\s*[A-Z][^,.!?]*)+)")


# A field of an archive's record, alone or with a short value: "Volume", "Issue 3", "Page 15".
_RECORD_FIELD = re.compile(
    r"(?:volume|vol\.|issue|year|page|pages|edition|section)(?:\s*:?\s*[\w-]{1,12})?",
    re.IGNORECASE,
)


def _record_field(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a field of an archive's record, or stands right over two of them."""
    if _RECORD_FIELD.fullmatch(lines[i].text.strip()):
        return True
    below = [j for j in range(i + 1, min(len(lines), i + 5)) if lines[j].text][:2]
    return len(below) == 2 and all(_RECORD_FIELD.fullmatch(lines[j].text.strip()) for j in below)


def _menu_cell(text: str) -> bool:
    return text.rstrip().endswith(("|", "¦"))


def never_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a short label before a colon, a link back, a text-size control, a menu bar,
    a list of tags, a caption with its credit, a quotes sheet's speaker header, a section label,
    a wire's dateline, an editor's note opening the text, an archive's record, a share bar, a
    name said twice, a place beside its date, or a scoreboard's row or a menu's cell beside
    another: no headline."""
    text = lines[i].text
    if text.endswith(":") and len(text.split()) <= _LABEL_WORDS:
        return True
    if back_link(text) or text_size_control(text) or menu_bar(text) or tag_list(text):
        return True
    if _CAPTION_CREDIT.fullmatch(text) or _filed_in(text) or introduces_text(text):
        return True
    if _GREETING.match(text) or _ASKED.fullmatch(text) or _OFFICIAL_SITE.fullmatch(text):
        return True
    if _SHARE_BAR.fullmatch(text) or _said_twice(text):
        return True
    if is_pager(text) or shaped_as_no_headline(text) or _record_field(lines, i):
        return True
    if portrait_caption(text) or not content_words(text) or speaker_header(lines, i):
        return True  # "Harbour Union president Ada Lund"; "What's New?", "Search Results"
    if (not text.isupper() and _PLACE_AGENCY.fullmatch(text)) or weather_sky(lines, i):
        return True
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].text]
    if _PLACE.fullmatch(text):
        return any(looks_like_date(lines[j].text) for j in near)
    rule = score_row if score_row(text) else _menu_cell if _menu_cell(text) else None
    return rule is not None and any(rule(lines[j].text) for j in near)


def _said_twice(text: str) -> bool:
    """ "Harbour Board of Velm Harbour Board of Velm": a logo's words and its picture's text,
    a site's name twice; no headline repeats itself."""
    words = text.split()
    half = len(words) // 2
    return half >= 2 and len(words) == 2 * half and words[:half] == words[half:]


def speaker_header(lines: Sequence[Line], i: int) -> bool:
    """A quotes sheet's speaker header: a title and a name over the first topic prompt
    ("Northport Head Coach Ada Lund" / "Opening statement:"); a headline in Title Case over its
    story ("Harbour Hires Head Coach Ada Lund") has prose under it. Or a broadcast's copy's
    first label: a name over its quoted turn, standing alone again over another further down."""
    below = next((line.text for line in lines[i + 1 : i + 3] if line.text), "")
    if below.endswith(":") and len(below.split()) <= _PROMPT_WORDS:
        return titled_name(lines[i].text)
    return labels_first_turn(lines, i)  # a broadcast's "Ada Lund" over her quoted turn


def names_the_next_speaker(lines: Sequence[Line], i: int) -> bool:
    """A subheading naming whom the next section is about: a title and a name over a paragraph
    that opens with the name's surname ("Northport coach Ada Lund" / "Lund said the side …");
    a portrait's caption stands beside prose that need not name its sitter at once."""
    below = next((line.text for line in lines[i + 1 : i + 3] if line.text), "")
    text = lines[i].text
    if not below or not titled_name(text):
        return False
    surname = text.removesuffix(".").split()[-1]
    return below.startswith(surname) and not below[len(surname) : len(surname) + 1].isalnum()


def may_head(lines: Sequence[Line], indices: Sequence[int]) -> list[int]:
    """The lines among ``indices`` that :func:`never_headline` lets be a headline: the header
    rules and the title model choose among the same lines."""
    return [i for i in indices if not never_headline(lines, i)]
