"""Page furniture any outlet prints around an article: share bars, related links, notices, credits.

Every pattern describes a *kind* of line, never a site: a share or font bar (``Share this:``,
``Font Size:``, ``A A A``, ``Print``), a reading-time or listen button (``5 min read``), a related
link (``ALSO READ: …``), a photo credit in the agency/photographer form (``REUTERS/Jane Doe``,
``(AP Photo/Jane Doe)``), and a line that is only a web address (which gives
:attr:`Article.url`). Each check is linear in the line's length and skips long lines.
"""

from __future__ import annotations

import re

from claimtrack.reading.machine_notices import MACHINE_NOTICES, PLAYER_NOTICES
from claimtrack.reading.read_also import READ_ALSO_WORDS, labelled_pointer
from claimtrack.reading.sidebars import is_sidebar
from claimtrack.text.lexicon import wordset

__all__ = [
    "AGENCY_TAIL",
    "is_barred_credit",
    "is_furniture",
    "is_photo_credit",
    "is_related_link",
    "is_sidebar",
    "original_address",
    "url_in_line",
]

_FURNITURE = re.compile(
    r"(?:share(?:\s+(?:this|it|the|on|via|article|story|page|post|to)){0,3}(?:\s+\w+)?"
    r"|(?:\d{2,3}\s*%\s*)?(?:(?:adjust|change)\s+)?(?:font|text)(?:\s+size)?(?:\s*[aа][+\-−]?)*"
    r"|(?:[aа][+\-−]\s*){2,4}|[aа][+\-−]?(?:\s+[aа][+\-−]?){1,3}"
    r"|print(?:\s+(?:this|the))?(?:\s+(?:article|story|page|version))?"
    r"|comments?(?:\s*\(\d+\))?|\(\d+\)\s*comments?|no comments(?: yet| found)?"
    r"|copy(?:\s+the)?\s+(?:link|url)|link copied|e-?mail(?:\s+this)?|whatsapp|telegram"
    r"|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|x|vk"
    r"|listen(?:\s+to)?(?:\s+this)?(?:\s+(?:article|story|audio))?(?:\s*\d+\s*min\w*)?"
    r"|\d+\s*(?:min|mins|minutes?)(?:\s+(?:to\s+)?(?:read|reading|listen))?"
    r"|reading\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)"
    r"|(?:back|scroll|go)\s+to\s+top(?:\s+button)?"
    r"|save(?:\s+(?:article|story|for later))?|bookmark|gift(?:\s+this)?\s+article"
    r"|exit mobile version|\*{2,}"  # a WordPress mobile plugin's link; a row of asterisks
    r"|advertisement(?:\s+\d{1,2})?|(?:(?:hide|skip|close) )?ad|sponsored(?:\s+(?:content|by))?"
    r"|article content"  # a chain's label over each block of its story, between the ads
    r"|(?:story|article|text) continues (?:below|after (?:the )?(?:advert(?:isement)?|ad))"
    r"(?:\s+advertisement)?|continue reading below"
    # ("Story continues below these Harbour News videos")
    r"|(?:story|article) continues (?:below|after) (?:this|these|the)(?: [\w'’-]+){0,3} "
    r"(?:videos?|ads?|adverts?|advertisements?|photos?|galler(?:y|ies))"
    r"|powered by (?:blogger|wordpress(?:\.com)?)\.?"  # a blog platform's credit
    r"|toggle navigation|zoom|expand|collapse|follow"
    # A skip link, in the languages of the pages read: "Skip navigation", "Go to main content"
    r"|(?:press [\"“]?enter[\"”]? to )?(?:skip|jump|go|move)(?: directly)? to (?:the )?"
    r"(?:main |page )?(?:content|navigation|menu|search|footer)"
    r"|learn more|search (?:news|articles|news articles|the site|this site)"
    r"|this (?:site|website) is (?:intended )?(?:only )?for [\w ]{1,40}(?: only)?"  # a gate
    r"|give us a shout|get (?:e-?mail|news) updates|join our [\w ]{1,30} community!?"
    # A multilingual blog's switch ("This post is also available in: Italiano"), a pointer.
    r"|this (?:post|page|article) is also available in:?.{0,60}"
    r"|(?:for|to see|to read) (?:the )?(?:full|complete) [\w ]{1,40}, (?:please )?click here\.?"
    r"|(?:arrow|chevron|caret|angle)-(?:right|left|up|down)(?: [\w-]+)?"  # an icon's name
    r"|skip (?:navigation|links?|main navigation)|(?:aller|passer) au contenu(?: principal)?"
    r"|(?:ir|saltar) al contenido(?: principal)?|(?:direkt )?zum inhalt(?: springen)?"
    r"|vai al contenuto(?: principale)?|перейти к (?:содержимому|основному содержанию|контенту)"
    r"|본문 바로가기|메뉴 건너뛰기|跳到主要內容|跳至主要内容|メインコンテンツへスキップ"
    # "Printer Friendly Page", "|Printable version", "Read Transcript EXPAND"
    r"|[|¦]?\s*(?:printer[- ]friendly(?: (?:page|version))?|printable version)"
    r"|(?:read|show|view) (?:the )?(?:full )?transcript(?:\s+(?:expand|collapse))?"
    r"|cancel reply|reply|report|like|like this|like loading(?:\.\.\.|…)?|quote"
    r"|quote from the article"
    r"|(?:view|see|show) (?:all|more)(?:\s+[\w&]+){0,3}"
    r"|follow us(?: on [\w ]{1,30})?|continue reading(?: the main story)?|download (?:our|the) app"
    r"|(?:síguenos|siguenos|suivez-nous|folgen sie uns|segue-nos|siga-nos|seguici) (?:en|sur|auf"
    r"|no|na|su|on) [\w ]{1,30}|edit(?: this)? post"
    r"|(?:click|tap) here(?: to [\w ]{1,40})?|sign up here|subscribe here|jump to comments"
    # "Para leer la entrevista completa click acá", "Pour lire l'article, cliquez ici"
    r"|(?:(?:to|para|pour|per|um) [\w'’ ]{1,50},? )?(?:click|clic|clicca|cliquez|haga clic|haz clic"
    r"|klicken sie) (?:here|acá|aquí|aqui|ici|qui|hier)(?: to [\w ]{1,40})?"
    r"|for immediate release|(?:media|press|news) release"
    r"|(?:news |press |briefing |episode |show )?transcript"
    r"|toggle caption|hide caption|enlarge this image|(?:image|photo|slide) \d+ (?:of|/) \d+"
    # (a clock alone, maybe bracketed or zoned: "10:30 am", "2:39 p.m. EDT", a turn's "(01:20):")
    r"|\d+ (?:of|/) \d+|play|pause|mute|unmute|\(?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
    r"(?:\s(?:[ecmp][sd]?t|utc|gmt|bst|cet|cest|eet|eest|msk))?\)?"
    r"|(?:(?:published|posted|updated)\s*:?\s*)?"
    r"\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|just now|yesterday|today|promoted|accept(?: all)? cookies|reject(?: all)? cookies"
    r"|(?:cookie|privacy) (?:policy|settings|preferences)|manage (?:cookies|preferences|consent)"
    r"|already a subscriber\?.{0,30}|subscribe to (?:continue|keep) reading.{0,40}"
    r"|log ?in|sign ?in|sign up|\(\d+\)\s*comments?|\d[\d,.]*\s*(?:views?|reads?|shares?)"
    r"|author'?s avatar|article'?s main image|image|video|photo|gallery|audio"
    r"|terms (?:of|and) (?:service|use|conditions)|contact us|open in (?:the )?app|cookies|accept"
    r"|show less|hide|source link|breaking news"
    r"|[«‹<]?\s*(?:next|previous|prev) (?:article|post|story|page)\s*[»›>]?"
    r"|continue reading (?:below|after the ad)|scroll to continue(?: with content)?"
    r"|advertisement\s*[-–—:·]\s*scroll to continue"
    r"|also on [\w .’'&-]{1,40}|(?:view|show|add|post|load)(?: all| more)? comments?"
    r"|watch live|getty images|shutterstock|istock|alamy|contact form"
    # Empty labels ("Published: Updated:"), glued share buttons ("Share this articleClose
    # Button"), a pipe left of a table ("|", "||").
    r"|(?:(?:published|posted|updated)\s*:?\s*){1,3}|share this (?:article|story)\s?[\w ]{0,20}"
    r"|[|¦]{1,4}"
    r"|поделиться|печать|комментарии|teilen|drucken|imprimer|partager)\s*[:.!»›→|]?",
    re.IGNORECASE,
)
# A copyright holder as printed: capitalised words ("Coastal Press, Inc."), never a sentence.
_HOLDER = r"(?-i:[A-Z][\w.&'’-]*(?:,? (?:[A-Z][\w.&'’-]*|of|and|&)){0,6})"
# "tel: +46 …", "e-post: …", "Tags: a | b", "Source: Agency", "كلمات دلالية: …"
_LABELLED_FURNITURE = re.compile(
    r"(?:tel|phone|telephone|telefon|mobile|mobil|cell|fax|e-?mail|e-post|courriel)\.?\s*:\s*\S.{0,200}"
    r"|(?:tags?|keywords|topics|filed under|categories|кл[юю]чевые слова|теги|метки"
    r"|كلمات دلالية|الكلمات المفتاحية)\s*:.{0,300}"
    r"|(?:source|sources|المصدر|источник|quelle|fuente)\s*:(?!\s*(?:https?:|www\.))\s*"
    r"(?:[^.!?]|\.(?=\w)){1,60}"
    r"|\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|translated)"
    r" by [^()]{1,160}\)?"
    r"|(?:we use cookies|this (?:site|website) uses cookies).{0,300}"
    r"|this (?:article|story|content) is (?:for|available to) (?:subscribers|members) only.{0,60}"
    r"|(?:copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}|©).{0,200}|.{0,120}all rights reserved\.?"
    r"|©\s*[^.©]{1,60}\.\s[^©]{0,200}\b(?:rights|copyright|reproduc\w*)\b.{0,300}"
    # "Copyright Thomson Reuters 2021", "(C) Harbour Times 02/09/14": a holder and year or date.
    rf"|(?:copyright|©|\(c\))\s*(?:\(c\)\s*)?{_HOLDER}\s(?:(?:\d{{4}}[-–]?){{1,2}}"
    r"|\d\d?/\d\d?/\d\d(?:\d\d)?)\.?"
    # A press-release wire's trailer: "View original content with multimedia: https://…",
    # "SOURCE Harbour Tools Inc.", "Logo - https://…/logo.jpg".
    r"|view original content(?: to download multimedia| with multimedia)?\s*:?\s*\S.{0,300}"
    r"|(?-i:SOURCE) (?-i:[A-Z])[^.!?]{1,100}\.?"
    r"|(?:logo|photo|video|multimedia)\s*[-–:]\s*https?://\S{1,300}"
    # An ad-hoc disclosure wire's notes and fields: "The issuer is solely responsible for the
    # content of this announcement.", "News transmitted by EQS Group AG.", "ISIN: AT0000911805".
    r"|the issuer is solely responsible for the content of this announcement\.?"
    r"|.{0,40}(?:news|announcement) transmitted by (?:eqs|dgap).{0,120}"
    r"|disclosure of (?:an )?inside information (?:acc\.|according|pursuant) to article 17.{0,160}"
    r"|end of (?:inside information|announcement|ad-hoc announcement|media release)\.?"
    r"|(?:isin|wkn|eqs news id|listed|indices)\s*:.{0,80}"
    # Stock tickers of a press-release page: "Company Codes: NYSE:ABC, NASDAQ:XYZ |".
    r"|(?:company codes?|ticker symbols?|stock symbols?)\s*:.{1,120}"
    # "For the latest updates on X, visit our dedicated page." (a promotion, not the story).
    r"|for (?:the )?(?:latest|more|live) (?:updates|news|coverage) on .{1,100}"
    r"(?:visit|see|follow|read) our .{1,60}"
    r"|this (?:material|article) may not be (?:published|reproduced).{0,160}"
    r"|our (?:standards|editorial standards|principles)\s*:.{0,100}"
    rf"|{PLAYER_NOTICES}"  # a media player's message, a browser's, a wire's tracking tag
    # Appeals, notes on where a story first ran (after its dateline too), who to write to.
    r"|(?:please )?support (?:(?!for\b)[\w'’-]+,? ){1,4}journalism.{0,80}"  # not "Support for …"
    r"|by (?:allowing|viewing|seeing) (?:ads|adverts|advertising)\b.{0,160}"  # an ad notice
    r"|(?:our|independent|quality) journalism needs your support.{0,80}"
    r"|become a (?:member|subscriber|supporter)(?: today)?.{0,60}"
    r"|(?:[A-Z][\w.,'’ ]{1,40}\s[—–-]\s)?(?:a version of )?"
    r"(?:this (?:article|story|piece|post|report) (?:was |is |has been |first )?(?:originally "
    r"|first )?|originally )(?:published|appeared|posted|ran) (?:on|in|by|at) .{1,100}"
    r"|read the (?:full|original) (?:story|article|report)(?: (?:at|on|here) ?.{0,60})?"
    r"|.{1,80} contributed to this (?:report|story|article)\.?"
    r"|contact the (?:author|reporter|writer|editor)s? at .{1,80}"
    r"|(?:have|got) a (?:news )?(?:tip|story)\?.{0,100}|do you have a story to share\?.{0,60}"
    r"|send us your (?:feedback|tips?|news|stories).{0,60}|report an error|report a typo"
    r"|we want to hear from you.{0,60}"
    # An embedded post's signature ("— Jane Roe (@janeroe) March 3, 2024") and picture link.
    r"|(?:[—–-]\s*)?[^()@]{1,60}\s\(@\w{1,30}\)(?:\s(?:[a-z]{3,9}\.? \d{1,2},? \d{4}"
    r"|\d{1,2} [a-z]{3,9}\.? \d{4}))?|pic\.twitter\.com/\w{1,40}"
    rf"|{MACHINE_NOTICES}"  # a translation's, a transcript's or generated text's disclaimer
    # An outlet's call to advertisers.
    r"|(?:want|interested|looking) to (?:partner|advertise) with .{1,60}\?|advertise with us.{0,60}"
    r"|(?:contact|reach out to|get in touch with|partner with) .{1,60}\bto (?:connect|promote"
    r"|showcase|grow) your (?:brand|business|company)\b.{0,80}"
    r"|(?:follow|like|watch) (?:@?[\w.]{1,30}|[\w.]+(?: [\w.]+){0,3}) on (?:twitter|x|facebook"
    r"|instagram|threads|bluesky|linkedin|tiktok|youtube)(?:\s*:?\s*@\w+)?"
    r"|(?:join|subscribe to) our (?:whatsapp|telegram|youtube|google news) (?:channel|group)"
    r"(?: .{0,40})?",
    re.IGNORECASE,
)
# Furniture told by a phrase anywhere in a short line (searched, not matched from the start):
# a programme's weekly airtime ("Q+A, 9-10am Sundays on TV ONE. Repeats at 9.10pm Sundays"),
# where else the outlet posts ("The Show is on Facebook, … and on Twitter, …"), and an outlet's
# disclaimer that the views are the authors', not the editors' (English, Russian, French, German).
_FURNITURE_PHRASE = re.compile(
    r"^.{0,60}?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+on\s"
    r"|\brepeats? (?:at|on) \d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b"
    r"|^.{0,60}?\bis (?:also )?on (?:facebook|twitter|instagram|youtube)\b[^.]{0,80}"
    r"\band on (?:facebook|twitter|instagram|youtube|x)\b"
    r"|(?:do not|does not|don'?t) necessarily (?:reflect|represent) the "
    r"(?:views?|opinions?|position|policy) of (?:the )?"
    r"(?:editors?|editorial|publisher|this (?:site|website|publication))"
    r"|не (?:обязательно )?совпада\w+ с (?:точкой зрения|мнением|позицией) редакции"
    r"|ne reflètent? pas (?:nécessairement )?(?:l'avis|la position|l’avis|les opinions)"
    r" de la rédaction|(?:spiegel|entsprech)\w* nicht (?:unbedingt |zwingend )?(?:die|der) "
    r"(?:meinung|auffassung|position) der redaktion",
    re.IGNORECASE,
)

_PHRASE_KEYS = ("days on", "repeat", "facebook", "twitter", "instagram", "youtube",
                "necessarily", "совпада", "rédaction", "redaktion")  # fmt: skip

_RELATED = re.compile(
    # ">>FLU SEASON …", "READ ALSO Ada Lund to leave …", "Also read Mayor …": a pointer to a
    # story with no colon, in capitals or before a capitalised word.
    r"(?:>>|»»)\s*\S.{0,200}|(?-i:ALSO READ|READ ALSO|READ MORE)\s+\S.{0,200}"
    r"|(?:also read|read also|see also)\s+(?-i:[A-Z])\S*(?:\s\S+){2,30}"
    r"|\[(?:previously|earlier|related|see also)\s*:\s*[^\]]{3,200}\]"  # "[Previously: …]"
    r"|(?:[-–•·*»]\s*)?"  # a list item: "- Related: …", "-Complete Coverage: …"
    r"(?:also read|read also|read more|read next|related(?:\s+(?:article|story|news|content))?"
    r"|(?-i:READ|Read|LEIA|LIRE)(?=\s*:)|videos?(?=\s*:)|vídeos?(?=\s*:)|gallery(?=\s*:)"
    r"|(?:complete|full) coverage|(?-i:CLICK)"
    r"|see also|more from [\w .’'&-]{1,40}|more on this(?:\s+story)?|recommended|must read"
    r"|you (?:may|might) also like|don[’']?t miss|don[’']?t stop reading|similar news"
    r"|watch|listen|trending|further reading"
    rf"|{READ_ALSO_WORDS})\s*[:：|–—-]\s*\S.{{0,200}}",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"(?:^|[.!?…\"”’)]\s+)"
    r"(?:\b[A-Z]{2,}(?:[\s-][A-Z]{2,})?\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
    r"(?:\s?/\s?(?:File(?:\sPhoto)?|Pool|Handout)(?:\sPhoto)?)?"
    r"|\((?:[\w.]+\s)?(?:Photo|Image|Pictures?)\s?(?:/|:|by)\s?[^()]{1,60}\)"
    r"|[A-Z][\w.'’ -]{0,40}(?:/|\bvia\s)\s?[A-Z]\w+\sImages"
    r"|[—–-]\s?(?:Picture|Photo|Image)s?\s?(?:by|:)\s?[A-Z][\w.'’ /-]{1,60}"
    r"|©\s?\S[^©]{0,60}"
    # "… in Lima. /Harbour Press Office", "… Government. - JANE DOE - HARBOUR PRESS": a credit
    # after a slash or between dashes, once the caption's sentence is over.
    r"|/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}"
    r"|[-–—]\s?[A-ZÀ-ÖØ-Þ]{2,}(?: [A-ZÀ-ÖØ-Þ]{2,}){0,3}"
    r"\s[-–—]\s[A-ZÀ-ÖØ-Þ]{2,}(?: [A-ZÀ-ÖØ-Þ]{2,}){0,3}"
    # "Jane Doe/Bloomberg", "(Jane Doe/The Harbour Times)": a photographer and outlet.
    r"|\(?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)?"
    r")\.?(?:\s+(?i:purchase licensing rights)(?:,?\s+opens new tab)?)?\s*$"
)
# "… in Auckland. 21 May 2025 Photo: Harbour Radio / Jane Roe": a caption's credit after its
# sentence or its date.
_PHOTO_TAIL = re.compile(
    r"(?:[.!?…\"”’)]|\d)\s+(?:Photo|Picture|Image|Foto)s?\s?:\s?[A-Z][\w.'’ /&-]{1,60}$"
)
# "N+ Harbour TV picture", "… Jane Roe. Harbour Times stock photo": a source and a lower-case
# "photo" (a subheading would capitalise it: "The Big Picture").
_PICTURE_OF_SOURCE = re.compile(
    r"(?:^|[.!?…\"”’)]\s+)(?=\S+\s)(?:[A-Z0-9][\w.&'’+-]*\s){0,3}"
    r"(?:(?:stock|file|archive|archival|handout|pool|staff|courtesy|submitted|contributed)\s)?"
    r"(?:photo|picture|image|foto)s?\.?$"
)
_CREDIT_WHOLE = re.compile(
    # "Jane Doe/AFP", "Jan van Dijk/ANP": a name in capitals (a headline's "of" is no credit's)
    r"(?:(?-i:(?=\S+\s)[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|[dv][aeio]n?|de[lnr]?|l[ae]|bin)){0,3}"
    r"\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
    r"(?: via [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)"
    r"|\(?(?:photo |image |picture )?courtesy(?: of)? [^()]{1,80}\)?"
    r"|(?:image|photo|picture) via [^()]{1,80}"
    r"|\(?(?:file\s+)?(?:photo|image|picture)s?(?:\s+credit)?\s*(?:[:/]|by)\s*[^()]{1,80}\)?"
    r"|image (?:source|caption),?\s+\S.{0,300}|(?:file photo|pictured)\s*:\s*\S.{0,300}"
    r"|(?:[•·*-]\s*)?(?:photo|image|picture|headshot|portrait|mugshot) of [^.!?]{1,80}"
    r"|©\s*\S.{0,80}"
    # "Ada Lund, CP/AP": the photographer, then the agencies that carry the picture.
    r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}, [A-Z]{2,5}(?:/[A-Z]{2,5})+)"
    # "Former minister Jan Nowak / Anna Kowalska / Archive FM": what it shows, then the
    # photographer and the archive or agency, set apart by slashes.
    r"|[^/.!?]{3,120}\s/\s[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\s/\s[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,3})",
    re.IGNORECASE,
)
_URL_LINE = re.compile(
    r"(?:(?:source|url|link|original(?: article| story| post)?(?: link| url| source)?"
    r"|originally published at|read (?:it|more) at|via|full (?:story|article|text)"
    r"|[cс]сылка(?: на)?(?: оригинала| источник| первоисточник)?|источник|оригинал|quelle"
    r"|lien|source originale)\s*:?\s*)?"
    r"<?(https?://[^\s<>\"]+)>?",
    re.IGNORECASE,
)


_SHARE_WORDS = wordset(
    "share shares facebook twitter x email e-mail whatsapp telegram linkedin reddit pinterest"
    " print copy link tweet messenger flipboard vk comments comment save on"
)


# A wire's copyright notice, however long its terms run: "© 2019 Northwire. All rights
# reserved. Northwire content is the intellectual property of …" (prose never opens so).
_RIGHTS_NOTICE = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b[^.]{0,80}\.\s*all rights reserved\b", re.IGNORECASE
)
_NOTICE_CHARS = 900


def is_furniture(text: str) -> bool:
    """A share, font, print, comment, reading-time or listen control."""
    if len(text) <= 60 and _FURNITURE.fullmatch(text.lstrip("•·▪ ")):
        return True  # (a bullet before it too: "• 7 min to read")
    if len(text) <= _NOTICE_CHARS and _RIGHTS_NOTICE.match(text):
        return True  # "© 2019 Northwire. All rights reserved. Northwire content is …", at length
    if len(text) > 320:
        return False
    tokens = text.split()
    if len(tokens) >= 12 and sum(1 for t in tokens if len(t) == 1) >= 0.7 * len(tokens):
        return True  # an index bar: "Browse by last name: A B C D … Z"
    if len(text) <= 200 and len(tokens) >= 2:
        if all(t.startswith("#") and len(t) > 1 for t in tokens):
            return True  # a hashtag bar: "#Harbour #Council"
        words = (t.casefold().strip(":|·•()") for t in tokens)  # lazily: the first no stops
        if all(w in _SHARE_WORDS or w.isdigit() or not w for w in words):
            return True  # a share bar: "Facebook 12 Twitter 3 Email Print"
    if _LABELLED_FURNITURE.fullmatch(text):
        return True
    low = text.casefold()
    # The phrase search only where one of its words stands (most lines hold none).
    return any(k in low for k in _PHRASE_KEYS) and bool(_FURNITURE_PHRASE.search(text))


_TICKER_MARK = re.compile(r"\s[•·▪]\s")


def is_related_link(text: str) -> bool:
    """A labelled link to another story (``ALSO READ: …``, ``Related: …``, ``Watch: …``), or a
    ticker of other stories' headlines set apart by bullets (``A • B • C • D``)."""
    if len(text) <= 240 and (_RELATED.fullmatch(text) or labelled_pointer(text)):
        return True
    if len(text) > 2000 or not any(mark in text for mark in "•·▪"):
        return False
    items = [item for item in _TICKER_MARK.split(text) if item.strip()]
    return len(items) >= 4 and all(len(item.split()) <= 16 for item in items)


# "Old cranes at the quay (Photo: City Archive)": a credit in brackets ends a caption.
_BRACKETED_CREDIT = re.compile(
    r"(?:^|\s)(?:\(|\[)(?:[\w.]+\s)?(?:Photo(?:graph|graphy)?|Image|Picture|Video)s?"
    r"\s?(?:/|:|by|\|)\s?"
    r"(?:[^()]{1,120}\)|[^\[\]]{1,120}\])\.?\s*$",  # (or in square brackets: "[Photo/Agencies]")
    re.IGNORECASE,
)

# "Crowds at the gate Copyright Jane Doe 2021": a caption ending in its copyright holder and year.
_COPYRIGHT_TAIL = re.compile(rf"\s(?i:copyright|©)\s*(?:\(c\)\s*)?{_HOLDER}\s\d{{4}}$")
# A caption credited to an agency alone: "… pushed to the brink. (AP)". Prose ends so too
# ("… he said. (AFP)"), so only above the body.
AGENCY_TAIL = re.compile(
    r"[.!?…][\"”’']?\s+\((?:AP|AFP|Reuters|EPA|Xinhua|TASS|ANI|PTI|IANS|Getty Images|Anadolu)\)$"
)
_NAME_PIECE = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
_TAIL_REACH = 120  # the characters a long caption's credit ends in
# "Jane Doe | Agency | Getty Images", "Maxar Technologies | via Reuters": a photographer, an
# agency and a picture library set apart by bars, ending in "via …", "… Images" or an agency
# in capitals (a byline "Jane Doe | Reuters" is read before this).
_CREDIT_END = (
    rf"(?:via\s{_NAME_PIECE}|(?:{_NAME_PIECE}\s)?(?:Images|Photos?|Pictures)"
    r"|[A-Z]{2,}(?: [A-Z]{2,})?)"
)
_BARRED_CREDIT = re.compile(rf"{_NAME_PIECE}(?:\s\|\s{_NAME_PIECE}){{0,2}}\s\|\s{_CREDIT_END}")


def is_barred_credit(text: str) -> bool:
    """A picture credit in the barred form (``Jane Doe | Agency | Getty Images``)."""
    return len(text) <= 120 and bool(_BARRED_CREDIT.fullmatch(text))


def is_photo_credit(text: str) -> bool:
    """A caption or credit: ``Image source, …``, ``(Photo: …)``, ``… REUTERS/Jane Doe``."""
    if text.startswith("\ufffd"):  # a replacement character: a copyright sign lost in decoding
        return is_photo_credit("©" + text.lstrip("\ufffd"))
    # A long caption still ends in its bracketed credit: "… (AP Photo/Jane Doe)".
    ends_bracketed = text.rstrip().endswith((")", ").", "]", "]."))
    if len(text) <= 800 and ends_bracketed and _BRACKETED_CREDIT.search(text):
        return True
    # A long caption still ends in its credit once its sentences are over ("… in 2015.
    # HARBOUR TIMES/JANE ROE"): only the line's end is searched (a tail is short).
    long_tail = 300 < len(text) <= 800 and "/" in text[-_TAIL_REACH:]
    if long_tail and _CREDIT_TAIL.search(text, len(text) - _TAIL_REACH):
        return True
    if len(text) > 400:
        return False
    if _CREDIT_WHOLE.fullmatch(text) or ("|" in text and is_barred_credit(text)):
        return True
    if ("©" in text or "opyright" in text.casefold()) and _COPYRIGHT_TAIL.search(text):
        return True
    return len(text) <= 300 and bool(
        _CREDIT_TAIL.search(text) or _PHOTO_TAIL.search(text) or _PICTURE_OF_SOURCE.search(text)
    )


_ORIGINAL = re.compile(r"(?:original|source|originally published)\b", re.IGNORECASE)


def original_address(text: str) -> str | None:
    """The page's own address, labelled as such (``Original article link: …``, ``Source: …``)."""
    return url_in_line(text) if _ORIGINAL.match(text) else None


def url_in_line(text: str) -> str | None:
    """The address when the line is only a web address (optionally labelled ``Source:``)."""
    if len(text) > 2000:
        return None
    m = _URL_LINE.fullmatch(text)
    return m.group(1).rstrip(".,;)") if m else None
