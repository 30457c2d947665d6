"""Page controls that are one short line: buttons, menu entries, language and theme switchers.

``Print``, ``Read more``, ``Back to top``, ``nach oben``, ``Распечатать``, ``• Dark``, ``EN | RU``:
a line that is only such a control is dropped wherever it stands. The list covers English,
Russian, German, French and Spanish pages, and "read more" and "share" in eight more languages;
:func:`is_ui` is linear in the line's length.
"""

from __future__ import annotations

import re

__all__ = ["is_ui"]

_UI_WORDS = frozenset(
    w.casefold()
    for w in (
        "loading",
        "loading...",
        "loading…",
        "rss",
        "read more",
        "read more »",
        "view all",
        "see all",
        "show more",
        "see more",
        "more",
        "continue reading",
        "subscribe",
        "subscribe to us",
        "subscribe now",
        "share",
        "share this",
        "share this article",
        "tweet",
        "print",
        "email",
        "e-mail",
        "menu",
        "search",
        "home",
        "back to top",
        "to top",
        "close",
        "next",
        "previous",
        "prev",
        "comments",
        "reply",
        "advertisement",
        "sponsored",
        "skip to content",
        "skip to main content",
        "follow us",
        "sign in",
        "log in",
        "login",
        "register",
        "all news",
        "top",
        "×",
        "by",
        "tags",
        "tags:",
        "share:",
        "print version",
        "читать далее",
        "подробнее",
        "поделиться",
        "подписаться",
        "загрузка...",
        "распечатать",
        "главная",
        "комментарии",
        "kommentare",
        "kommentieren",
        "artikel teilen",
        "seite drucken",
        "seite teilen",
        "startseite",
        "zur startseite",
        "lire la suite",
        "commentaires",
        "abonnez-vous",
        "accueil",
        "compartir",
        "imprimir",
        "comentarios",
        "inicio",
        "версия для печати",
        "наверх",
        "вернуться наверх",
        "теги",
        "nach oben",
        "zum seitenanfang",
        "drucken",
        "teilen",
        "schlagworte",
        "imprimer",
        "partager",
        "haut de page",
        "retour en haut",
        "theme",
        "light",
        "dark",
        "dark mode",
        "light mode",
        "read mode",
        "reading mode",
        "other sites",
        "you are here",
        "you are here: home",
        "contact",
        "contacto",
        "kontakt",
        # "Read more" and "Share" in more languages (pt, it, pl, nl, tr, id/ms, es, de, fr).
        "leia mais",
        "compartilhar",
        "compartilhe",
        "partilhar",
        "leggi di più",
        "leggi tutto",
        "condividi",
        "czytaj więcej",
        "czytaj dalej",
        "udostępnij",
        "lees meer",
        "lees verder",
        "devamını oku",
        "paylaş",
        "baca selengkapnya",
        "bagikan",
        "kongsi",
        "leer más",
        "seguir leyendo",
        "weiterlesen",
        "en savoir plus",
    )
)
# A text-size control: "+ - reset", "− +".
_SIZE_CONTROL = re.compile(r"[+\-−]\s*[+\-−](?:\s*(?:reset|réinitialiser))?", re.IGNORECASE)
# An icon font's glyph name printed as text: "add", "arrow_forward", "expand_more".
_ICON_NAME = re.compile(r"add|[a-z]+(?:_[a-z]+)+")
_BULLET_MARK = re.compile(r"^[•·*▪►-]\s*")
# A language switcher: "EN", "BE/RU", "EN | RU | BE".
_LANG_SWITCH = re.compile(r"[A-Z]{2}(?:\s*[/|]\s*[A-Z]{2})*")
# Leftovers of HTML comments: "header -->", "<!-- nav".
_HTML_LEFTOVER = re.compile(r"(?:<!--.*|[\w\s./-]*-->)")


def is_ui(text: str) -> bool:
    """A line that is only a page control (a bullet before it allowed: ``• Dark``)."""
    if len(text) > 60:
        return False
    low = " ".join(_BULLET_MARK.sub("", text.casefold()).rstrip(" »›→>:").split())
    if low in _UI_WORDS or text.casefold() in _UI_WORDS:
        return True
    return bool(
        _LANG_SWITCH.fullmatch(text)
        or _HTML_LEFTOVER.fullmatch(text)
        or (len(text) <= 30 and _ICON_NAME.fullmatch(text))
        or _SIZE_CONTROL.fullmatch(text)
    )
