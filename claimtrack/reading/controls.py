"""Page controls that are one short line: buttons, menu entries, language and theme switchers.

``Print``, ``Read more``, ``Back to top``, ``nach oben``, ``Распечатать``, ``• Dark``, ``EN | RU``:
a line that is only such a control is dropped wherever it stands. The list covers English,
Russian, German, French and Spanish pages, and "read more" and "share" in eight more languages;
"share" with what is shared (``Compartilhar notícia``, ``Artikel teilen``, ``Bagikan berita``);
a forum engine's controls and notes (``Link to comment``, ``Share on other sites``, ``• Replies
6``, ``Create New...``, ``This topic is now archived and is closed to further replies.``).
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
        "view archive",  # an author's page, linked under the byline
        "author archive",
        "view profile",
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
        "author",  # a label left empty ("Author:", "Pengarang :"): its value was a link or picture
        "authors",
        "source",
        "pengarang",
        "penulis",
        "autor",
        "auteur",
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
        "vous êtes ici",  # the same breadcrumb's label in French, German, Spanish, Italian
        "sie sind hier",
        "usted está aquí",
        "estás aquí",
        "ti trovi in",
        "search form",  # a search box's label, and a shop's cart
        "view shopping cart",
        "shopping cart",
        "view cart",
        "follow us on",
        "get this page in pdf",
        "free for subscribers",
        "the story appears on",  # a print edition's pointer: "The story appears on" / "Page A4"
        "advertisements",
        "latest",
        "more to read",
        "comments (no)",
        "join the conversation",
        "join the conversation, leave a reply",
        "share this with family and friends",
        "download our apps",
        "listen to our podcasts",
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
        # A site builder's landmarks and a blog's widgets, printed as text.
        "primary navigation",
        "main navigation",
        "secondary navigation",
        "footer navigation",
        "top of page",
        "bottom of page",
        "donate",
        "donate now",
        "add a rating",
        "no ratings yet",
    )
)
# A text-size control: "+ - reset", "− +".
_SIZE_CONTROL = re.compile(r"[+\-−]\s*[+\-−](?:\s*(?:reset|réinitialiser))?", re.IGNORECASE)
# A social account's handle alone on its line, an embed's or a byline's leftover: "@harbourtimes".
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")
# An icon font's glyph name printed as text: "add", "arrow_forward", "expand_more".
_ICON_NAME = re.compile(r"add|[a-z]+(?:_[a-z]+)+")
_BULLET_MARK = re.compile(r"^[•·*▪►-]\s*")
# A language switcher: "EN", "BE/RU", "EN | RU | BE".
_LANG_SWITCH = re.compile(r"[A-Z]{2}(?:\s*[/|]\s*[A-Z]{2})*")
# Leftovers of HTML comments ("header -->", "<!-- nav") and a template's tags left in the copy
# ("{{ embed="2010" }}", "((ImgTag||right|null|false))"), maybe after a label ("Page: [[$index +
# 1]]", "ID: {{comments.info.id}}").
_HTML_LEFTOVER = re.compile(
    r"(?:<!--.*|[\w\s./-]*-->|(?:\w{1,20}:\s?)?(?:\{\{.{0,80}\}\}|\[\[.{0,80}\]\])"
    r"|\(\(\w+(?:\|[^()|]*)+\)\))"
)


# Lines a page's embeds, players and sign-up boxes print inside a story: "View this post on
# Instagram", "A post shared by …", "[Image: …]", "Listen · 3:24 min", "Click to share on
# Facebook (Opens in new window)", a video player's controls, a sign-up form's fields and fine
# print, an ad-blocker plea.
_EMBED_OR_FORM = re.compile(
    r"view this (?:post|profile|video) on (?:instagram|facebook|x|twitter|tiktok|youtube)"
    r"|a (?:post|video|photo) shared by (?:\S+ ){0,4}\S+(?: \(@[\w.]+\))?"
    r"|embedded content(?: from (?:\S+ ){0,3}\S+)?"
    r"|\[(?:image|photo|picture|video|graphic|embed|gallery)\b[^\]]{0,120}\]"
    r"|listen(?: to (?:this|the) (?:article|story))?\s*[·|•–-]\s*\d{1,2}:\d{2}(?:\s*mins?)?"
    r"|listen to (?:this|the|our) (?:[\w’'-]+ ){0,4}(?:interview|podcast|episode|audio)"
    r"|click to (?:share|email|print|tweet)(?: on [\w ]{1,20})?(?: \(opens in new window\))?"
    r"|(?:play|watch|replay) (?:the )?video|keyboard shortcuts"
    r"|press shift question mark to access a list of keyboard shortcuts"
    r"|\d+ seconds of .{1,40}volume \d+%"
    r"|enter your email(?: address)?|thank you for (?:subscribing|signing up)!?"
    r"|(?:sign|log) in to (?:your|my) account|create (?:an|your) account"
    r"|forgot (?:your )?password\??"
    r"|by (?:signing up|subscribing|clicking (?:sign up|subscribe)),? you (?:agree|consent) to"
    r" .{1,140}"
    r"|have your say(?: in (?:our|the) comments?(?: section)?)?|supplied"
    r"|rated \d(?:\.\d)? out of 5 stars|input your search keywords and press enter"
    r"|(?:twitter|x|instagram|facebook|tiktok|threads)\s*:\s*@[\w.]{2,30}"
    r"|please (?:support us by )?(?:turn(?:ing)? off|disabl(?:e|ing)|whitelist(?:ing)?) "
    r"(?:your )?ad[ -]?blocker.{0,60}",
    re.IGNORECASE,
)


_SHARE = (
    r"(?:share|compartilh(?:ar|e)|partilh(?:ar|e)|compart(?:ir|e)|partager|partagez|teilen"
    r"|condividi|udostępnij|delen|deel|dela|paylaş|bagikan|kongsi|chia sẻ|поделиться"
    r"|поділитися)"
)
_SHARED = (
    r"(?:(?:this|the|esta|essa|a|la|el|l[’']|cet|cette|diese[nrs]?|den|questo|questa|ini|bu)"
    r"\s?)?(?:article|story|news|post|page|notícia|noticia|matéria|artigo|nota|artículo"
    r"|publicación|artikel|beitrag|nachricht|meldung|articolo|notizia|berita|haber\w*|bài viết"
    r"|статьей|новостью|публикацией)"
)
_SHARE_THING = re.compile(rf"{_SHARE}\s{_SHARED}|{_SHARED}\s{_SHARE}", re.IGNORECASE)
# A forum engine's controls and notes, the same on every forum that runs it.
# A pager's links between posts, topics or a list archive's messages, and nothing else.
_NAV_ITEM = (
    r"[\[(<«‹]?\s*(?:(?:previous|prev|next|older|newer|first|last)\s+"
    r"(?:topic|thread|post|posts|entry|entries|article|story|page|message|date|index)"
    r"|(?:date|thread|author|subject)\s+(?:prev|next|index))\s*[\])>»›]?"
)
_NAVIGATION = re.compile(rf"{_NAV_ITEM}(?:\s*[-|/]?\s*{_NAV_ITEM})*")
_FORUM = re.compile(
    r"link to (?:comment|post)|share on other sites|recommended posts|create new(?:\.{3}|…)?"
    r"|this (?:topic|thread) (?:is now|has been|is) (?:archived|closed|locked)"
    r"(?: and is closed)?(?: to (?:further|new) replies)?"
    r"|(?:recently browsing|users browsing this (?:topic|thread|forum))(?:\s+\d+\s+\w+)?"
    r"|no registered users viewing this (?:page|topic|thread)"
    r"|(?:replies|followers|reactions|posts)\s*:?\s*\d[\d,.]*k?|created|last reply|last post"
    r"|reply to this (?:topic|thread)|start (?:a )?new (?:topic|thread)"
    r"|go to (?:topic|thread) listing"
    r"|report (?:this )?post|quote post|reply with quote|multi-?quote|sign in to follow this"
    r"|page [a-z]?\d{1,3}|logo(?: of)? [\w .&'’-]{2,60}"  # a print page; a logo's alt text
    r"|create an account or sign in to comment|[\w.-]{2,30}['’]s (?:picture|avatar)"
    # a poster's profile box: "Last seen: 1 year 2 months ago", "Joined: 07/14/2010 - 23:00"
    r"|last seen:? (?:\d+ \w+ ?){1,3} ago|joined:? [\d/.-]{6,10}(?: - \d{1,2}:\d{2})?"
    r"|you need to be a member in order to leave a comment",
    re.IGNORECASE,
)


_SEPARATOR = re.compile(r" [|¦•·-] ")


def is_ui(text: str) -> bool:
    """A line that is only a page control (a bullet before it allowed: ``• Dark``), or an
    embed's, a player's or a sign-up box's line."""
    if len(text) <= 240 and _EMBED_OR_FORM.fullmatch(text.strip(" .")):
        return True
    if len(text) <= 200 and _NAVIGATION.fullmatch(text.casefold().strip()):
        return True  # "Previous topic - Next topic", "[Date Prev][Date Next][Thread Index]"
    parts = _SEPARATOR.split(text) if len(text) <= 80 else []
    if len(parts) > 1 and all(p.strip() and is_ui(p.strip()) for p in parts):
        return True  # "Login - Register | FOLLOW US ON": controls in a row
    if len(text) > 60:
        return False
    # ("Read More.", "(Read more)", "[Share]": a control's stop or brackets)
    low = " ".join(_BULLET_MARK.sub("", text.casefold()).rstrip(" »›→>:.…").split())
    low = low[1:-1].strip() if low[:1] + low[-1:] in ("()", "[]") else low
    if low in _UI_WORDS or text.casefold() in _UI_WORDS:
        return True
    if _FORUM.fullmatch(low.rstrip(".")) or _SHARE_THING.fullmatch(low):
        return True
    return bool(
        _LANG_SWITCH.fullmatch(text)
        or _HTML_LEFTOVER.fullmatch(text)
        or (len(text) <= 30 and _ICON_NAME.fullmatch(text))
        or _SIZE_CONTROL.fullmatch(text)
        or _HANDLE.fullmatch(text)
    )
