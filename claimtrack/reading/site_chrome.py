"""A site's chrome printed as a line of its own: never a line of the story.

- a **logo's alt text**: capitalised words ending in ``Logo``, often twice in a row as the
  image and its link both print it (``Harbour Court LogoHarbour Court Logo``; alone, as
  ``Harbour Court Logo``, only below the page's head, where no headline stands); in the head
  too, a name with a lower-case ``logo`` (``Harbour Court logo``: a Title Case headline would
  capitalise it), the alt text all in lower case (``harbour logo``), or an outlet's name
  (``Harbour Gazette Logo``: "News", "Gazette", "TV" before it; ``Council Unveils New Logo``
  stays a headline);
- a **read counter**: ``Read 608 times``, ``This article has been viewed 1,204 times``,
  ``Gelesen 57 mal``, ``Lu 120 fois``, ``Visto 33 veces``;
- a **back link**: ``Go back``, ``Back to overview``, ``Zurück``, ``Retour``, ``Volver``;
- an **advert label** set off by marks (``- Advertisement -``, ``[Anzeige]``, ``— Publicité —``)
  or alone in a language the share-bar list does not hold (``Anzeige``, ``Werbung``);
- an **app promotion**: ``Get the Harbour News app!``, ``Hol dir die Liga-App!``, ``Download
  our app for …``, ``Télécharge l'appli …`` (a short line that starts with the invitation);
- a **channel promotion**: ``Follow Harbour News on WhatsApp``, ``Get the news in your
  Telegram`` (an invitation to follow the outlet where the reader chats);
- an **ad slot's name** (``Google Ad Manager – 728x90 – Top Banner``), an **age notice**
  (``This story is more than 14 months old``) and an **office as publisher** (``Published by
  Harbour Communications Office (555) 010-2000``);
- a **sponsor's line** (``Brought to you by …``), an invitation to **follow, watch or visit**
  (``… follow us on Facebook and X``, ``Watch more videos on …``), a **contact bar**, a
  **hit counter** (``Hits : 4592``), a **player's link** (``Click to watch the video``), a
  ``Related articles`` label, a **source's bare address** (``source harbour-news.net``) and a
  transcript's **subjects** line (``Subjects: ferries; the harbour``);
- a **radio station's player bar**: ``Play Live Radio``, ``Next Up:``, ``Available On Air
  Stations``, ``Listen Live``;
- a **government site's banner** (``An official website of …``, ``Official websites use
  .gob``) and an **archive's notice** (``This is historical material …``);
- **pointers to more of the outlet or to the copy's source** (``READ THE FULL STORY →``,
  ``More on Harbour News``, ``Article Sourced via Wire``, ``Search in archive``);
- what the page **asks of the visitor**: a browser's notification prompt, an embedded post's
  placeholder (``Externer Inhalt``), a cookie notice (:mod:`~claimtrack.reading.page_prompts`);
- a **forum's furniture**: its statistics (``Stats: 1,234 members, 5,678 topics …``), a member's
  pages and picture (``jdoe's Posts``, ``jdoe's Avatar``), ``Join Date``, a quoted post's head
  (``Quote Originally Posted by jdoe View Post``), a blog's ``trackback`` and the thread's page
  list (``(1) (2) (3) (of 12 pages)``, or any pager: :func:`is_pager`);
- an **accessibility toolbar's help** (``This renders the document in high contrast mode.``,
  ``This loads a font easier to read for people with dyslexia.``), a player's or a gallery's
  control (``Loading audio...``, ``View as Gallery``), an attachment's size (``JPEG - 15.6
  kb``), an ad slot's placeholder (``{mosads}``) and an advert's label over the story's rest
  (``Advertisement - Continue Reading Below``).

Each check is one regular expression on one short line (long lines are never chrome).
"""

from __future__ import annotations

import re

from claimtrack.reading.page_prompts import cookie_notice, is_page_prompt
from claimtrack.reading.site_names import SITE_WORDS

__all__ = ["inbox_blurb", "is_pager", "is_site_chrome"]

_LOGO = re.compile(
    r"(?-i:[A-Z][\w&.'’-]*)(?: (?-i:[A-Z][\w&.'’-]*|of|in|and|&|the|de)){0,6} ?logo", re.IGNORECASE
)
_CHROME = re.compile(
    r"(?:this (?:article|story|page|post) (?:has been |was )?)?"
    r"(?:read|viewed|seen|gelesen|aufgerufen|lu|vu|consulté|visto|leído|lido|lida|letto)"
    r"\s+\d[\d,.\s]*\s*(?:times|mal|fois|veces|vezes|volte)"
    r"|go back|back to (?:the )?(?:overview|home(?:page)?|news|list|previous page|all news)"
    r"|zurück(?: zur übersicht)?|retour(?: à la liste)?|volver|voltar|torna indietro"
    r"|[-–—*\[(«]+\s*(?:advertis(?:e)?ment|advertising|ad|sponsored|anzeige|werbung|publicité"
    r"|publicidad|publicidade|pubblicità|реклама)\s*[-–—*\])»]+"
    r"|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама"
    # An invitation to get the outlet's app, in English, German, French, Spanish, Portuguese.
    r"|(?:get|download|install|hol[’']?|holt euch|lade dir|holen sie sich|laden sie"
    r"|télécharge[zr]?|descarga|descargue|baixe|scarica)"
    r" (?:the|our|die|dir die|unsere?|l[’']|la|notre|nuestra|la nuestra|a|nossa|la nostra)"
    r" ?[\w’'.&-]{0,30}(?: [\w’'.&-]+){0,3}[ -]?(?:app|appli|application|aplicación|aplicativo)"
    r"\b[^.!?]{0,60}[.!]?"
    # An invitation to follow the outlet where the reader chats.
    r"|(?:follow|join|subscribe to|add|folge|folgen sie|suivez|siga|sigue) (?:us|[\w.&'’-]+"
    r"(?: [\w.&'’-]+){0,3}) (?:on|auf|sur|en|no) (?:whatsapp|telegram|google news|signal)"
    r"(?: (?:channel|kanal|chaîne|canal))?[^.!?]{0,120}[.!]?"
    r"|(?:find|get|receive|read) [^.!?]{0,60}\bnews\b[^.!?]{0,40} in your (?:whatsapp|telegram)\b"
    r".{0,120}"
    # An ad slot's name printed in place of the advert: "Google Ad Manager – 728x90 – Top
    # Banner", "Leaderboard 728x90".
    r"|(?:google )?(?:ad manager|adsense|dfp)\b.{0,80}"
    r"|(?:[\w-]+ ){0,3}(?:300|320|336|728|970|160)\s?[x×]\s?(?:50|90|100|250|280|600)"
    r"(?: [\w-]+){0,4}"
    # An archive's age notice, and an office named as the page's publisher (with its phone).
    r"|this (?:article|story|page|post|content) is (?:more than|over) (?:an?|\d{1,3})"
    r" (?:days?|weeks?|months?|years?) old"
    r"|published by (?:the )?(?:[\w&’'-]+ ){0,6}(?:communications|affairs|relations|office"
    r"|department|ministry|secretariat|unit|desk)\b.{0,80}"
    # A sponsor's line, invitations to follow, watch or visit, a contact bar, a hit counter, a
    # player's link, a "Related" label, a source's bare address, a transcript's subjects line.
    r"|brought to you by [^.!?]{1,60}\.?"
    r"|(?:for more (?:stories|news|updates) [^.!?]{0,60})?follow us on (?:facebook|twitter|x"
    r"|instagram|linkedin|tiktok|youtube|threads)\b[^.!?]{0,60}[.!]?"
    r"|watch more (?:of our )?videos on [^.!?]{1,40}[.!]?|visit [\w’'!.-]{1,30} now[.!]?"
    r"|find us (?:online|on (?:facebook|twitter|x|instagram|social media))(?: at)?\s*:?|like us"
    # An app store's badge: "Android app on Google Play", "Download on the App Store".
    r"|(?:(?:android|iphone|ios) app|get it|download(?: it)?|available) on (?:the )?(?:google"
    r" play|app store)"
    r"|(?:connect|contact) with us\s*:.{0,120}|(?:comments? )?comments? now"
    r"|(?:number of )?(?:hits?|views|page views|reads)\s*:\s*\d[\d,.]*"
    r"|full story\s*:\s*[\w-]+(?:\.[\w-]+)+\S*|quick enquiry|click to subscribe"
    r"|click (?:here )?to (?:watch|view|play) (?:the )?(?:video|clip|gallery|photos?)"
    r"|related (?:articles|stories|news)|source\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
    r"|subjects\s*:.{1,300}"
    # A radio station's live player bar: "Play Live Radio", "Next Up:", "Available On Air
    # Stations", "Listen Live", "On Air Now", "Now Playing:".
    r"|play live radio|listen live|available on air stations|on air now|(?:next up|now playing)\s*:"
    # A government site's banner ("An official website of the Northland government",
    # "Official websites use .gob", "Here's how you know") and an archive's notice ("This is
    # historical material kept as it was. The site is no longer updated …").
    r"|an official website of the [^.!?]{3,60}|official websites use \.\w{2,4}"
    r"|here['’]s how you know|safely connect using https"
    r"|(?:a|secure) \.\w{2,4} websites? (?:belongs|use)s? .{0,160}|a lock \(.{0,160}"
    r"|this is historical material.{0,250}"
    r"|th(?:e|is) (?:website|site|page) is no longer (?:being )?(?:updated|maintained).{0,200}"
    # Pointers to more of the outlet or to the copy's source: "READ THE FULL STORY →", "For
    # all the latest Harbour News Click Here", "More on Harbour News", "Article Sourced via
    # Wire", "Search in archive", a Telegram channel's invitation in Ukrainian or Russian.
    r"|read (?:the )?full (?:article|story)\s*[→»>]*"
    r"|for (?:all )?the latest [^.!?]{1,40}?(?:,\s*)?(?:click here|follow us on [^.!?]{1,30})[.!]?"
    r"|more (?:on|from) [\w&'’ -]{2,30}|search (?:in )?(?:the )?archives?"
    r"|read the original article (?:in full )?(?:at|on) [^.!?]{2,40}\.?"
    r"|article sourced (?:via|from) [^.!?]{2,40}"
    r"|(?:підписуйте?[сc]ь|подписывайтесь|подпишитесь) на (?:наш|нашу|наш[іи]й) .{0,160}"
    # A forum's statistics, a member's pages and the thread's page list.
    r"|stats\s*:\s*\d[\d,.]*\s+(?:members|users|topics|posts)\b.{0,160}"
    r"|[\w.’' -]{1,30}[’']s (?:posts|topics|threads|profile|avatar)|join date|trackback"
    r"|joined\s*:\s*.{3,40}|user avatar"
    # A numbered comment's header: "1. Ada says:" (a forum's "6 minutes ago, Ada said:" cues
    # the post it quotes, and stays).
    r"|\d{1,4}\.\s+[\w.'’ -]{1,30} says\s*:"
    # A blog's footer ("You can leave a comment, or trackback from your own site."), a page
    # blocked where the reader is, a pointer to the story in another language or to more.
    r"|you can (?:leave a (?:comment|response)|follow (?:any|all) (?:responses|replies))"
    r"[^.]{0,80}\.(?: rss 2\.0)?"
    r"|(?:this |our )?(?:web)?site is (?:temporarily )?(?:unavailable|not available) in your"
    r" (?:location|country|region)\.?|we are working hard to get (?:it|the site) back online\.?"
    r"|read (?:more |this |it )?in (?-i:[A-Z])\w+\s*:?"
    r"|discover (?:our|more) (?:latest )?(?:articles|stories|news) (?:on|about) [^.]{1,40} here\."
    r"|quote originally posted by .{1,60}?(?: view post)?"
    # An accessibility toolbar's help ("This renders the document in high contrast mode."), a
    # player's or a gallery's control, an attachment's size, an ad slot's placeholder.
    r"|adjust the interface to make it easier to use.{0,80}|this renders the document .{3,60}"
    r"|this can help those with trouble processing .{3,60}|this loads a font easier to read.{0,60}"
    r"|loading (?:audio|video|player)\s*(?:\.\.\.|…)?|view as gallery"
    r"|(?:jpe?g|png|gif|pdf|docx?) - \d[\d.,]* ?[km]b|\{mosads\}"
    r"|(?:advertisement|advertising|ad)\s*[-–—:]\s*(?:continue reading|story continues) below"
    # A browser's requirements: "… techniques that require a modern browser. To view this page
    # please use Google Chrome, Mozilla Firefox or …".
    r"|.{0,160}\brequires? an? (?:modern|newer|more recent|up-to-date|supported) (?:web )?browser"
    r"\b.{0,160}"
    # A library database's header over a clipped story: "Newspaper article Northport Courier";
    # topic tags marked with their language ("harbour politics (en) ferry services (en)"); a
    # follow bar ("Please follow & like us").
    r"|(?:newspaper|magazine|journal|trade journal|trade publication) article (?-i:[A-Z]).{0,60}"
    r"|(?:[^()]{1,40}\((?:en|id|fr|de|es|pt|it|nl|ms)\)\s*){2,6}"
    r"|(?:please )?(?:follow|like|share)(?: (?:&|and) (?:follow|like|share)){1,2} us\b.{0,40}"
    # Comment widgets (Disqus, wpDiscuz, a forum's archive notice), an audio player loading, a
    # source credit in brackets, a pointer to more of a section, an ad's "Click Here".
    r"|leave (?:a )?comments?|mail this (?:story|article) to a friend\.?"
    r"|(?:blog )?comments powered by disqus|\d+ \d+ votes?|notify of|newest most voted"
    r"|inline feedbacks|article rating|public reviews and comments|comments filter:"
    r"|this discussion has been archived\. no new comments can be posted\."
    r"|getting your (?:\w+ )?audio player ready\W{0,3}|digital editions?"
    r"|want more [\w.&'’-]{1,20}\? get our (?:free )?newsletter.{0,40}"
    r"|\(source: [^()]{2,40}\)|more in (?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)?"
    r"|[^.!?]{5,60}\? click here[.!]?"
    # A reader's appeal, a streaming service's promotion, a clip's length, a time line in two
    # zones, a reaction poll's or a push notice's prompt (English, Indonesian), "Posted in" cut.
    r"|from (?:just|only) [£$€]\d+(?:\.\d\d)? (?:a|per) (?:month|week|year),? you can"
    r" (?:help|support|back)\b.{0,160}"
    r"|watch (?:every|all|the) .{3,60} live on [^.!?]{2,30}\..{0,120}"
    r"|.{0,80}\bstart your free trial(?: today)?\W{0,4}"
    r"|\d{1,3} min(?:utes?)? \d{1,2} sec(?:onds?)?"
    r"|\d{1,2}:\d{2} local time \d{1,2}:\d{2} (?:gmt|utc)"
    r"|(?:what do you think (?:of|about) this (?:article|story)\?)"
    r"|bagaimana tanggapan anda mengenai artikel ini\?|dapatkan berita terbaru dari kami.{0,160}"
    r"|unblock notif(?:ication)?s?|posted in:?"
    # A blog's sidebar ("Popular Posts - Last 7 days", "Blog Archive", a visitor feed: "A
    # visitor from Oslo viewed 'Tr' 23 mins ago"), a view and comment counter, a consent box
    # for an embed (German), an adblocker's notice, a wire release's multimedia pointer, a
    # pointer to the rest of the story, a back link to an index (Portuguese, Spanish), a
    # gallery's controls ("Image preview", "Picture 3").
    r"|popular posts - last \d+ days|blog archive|live visitor traffic feed"
    r"|an? visitor from .{2,40} viewed .{1,120} ago|\d+ views?\s?\d+ comments?"
    r"|wir benötigen ihre zustimmung,? um .{2,40} anzuzeigen\.?|akzeptieren\s*mehr informationen"
    r"|unter umständen sammelt .{0,200}|durch klick auf .{0,40}akzeptieren.{0,200}"
    r"|you are using software which is blocking our advertisements.{0,120}"
    r"|as we provide the news for free, we are relying on revenues.{0,200}"
    r"|this press release features multimedia\.(?: view the full release here:.{0,200})?"
    r"|for the rest of this (?:article|story),? click here\s*:?"
    r"|subscribe\s*i am already a subscriber"
    r"|[<«‹]*\s*(?:voltar|volver|back) (?:ao|al|to the) (?:índice|indice|index)"
    r"|image preview|(?:•\s*)?picture \d{1,3}"
    # A publishing system's note to its own editor, left in the copy ("Edit Article").
    r"|you are the owner of this (?:article|page|story)\.?|(?:edit|add new) article",
    re.IGNORECASE,
)
# A pager: "(1) (2) (3) (of 12 pages)", "« 1 2 3 … 12 »", "Page 2 of 12" (marks or words show it:
# a bare run of numbers may be a table's row).
_PAGER = re.compile(
    r"(?:\(\d{1,4}\)\s?){2,}(?:\((?:of\s+)?\d{1,5}\s+pages?\))?"
    r"|[«‹<]\s*(?:\d{1,4}\s?[,…]?\s?){2,}[»›>]"
    r"|page\s+\d{1,4}\s+of\s+\d{1,4}"
    r"|(?:\d{1,3} ){2,}(?:\.\.\.|…)(?: \d{1,3}){1,}",  # "1 2 3 4 5 6 ... 7 8 9 10"
    re.IGNORECASE,
)


def is_site_chrome(text: str, *, header: bool = False) -> bool:
    """A logo's alt text, a read counter, a back link, an advert label, an app or a channel
    promotion, or a forum's furniture (see the notes). In the page's head a logo's alt text
    counts only glued twice: a headline may end on the word (``Council Unveils New Logo``)."""
    if cookie_notice(text) or is_page_prompt(text):  # (a cookie notice is a paragraph)
        return True
    if len(text) > 400:
        return False
    if len(text) > 240:
        return bool(_CHROME.fullmatch(text)) and "browser" in text.casefold()
    if _section_bar(text):
        return True
    if text[-4:].casefold() == "logo" and _logo_text(text, header=header):
        return True
    # (a list's bullet, a link's "@" or ">" may open the line: "• Hits: 4592", ">Related")
    return bool(_CHROME.fullmatch(text.lstrip("•@>· "))) or is_pager(text) or inbox_blurb(text)


def inbox_blurb(text: str) -> bool:
    """A newsletter box's blurb: "Get the latest news sent to your inbox"."""
    return len(text) <= 100 and _INBOX.fullmatch(text.strip()) is not None


_INBOX = re.compile(r"(?i).{0,80}\b(?:to|in) your inbox[.!]?")


def is_pager(text: str) -> bool:
    """A list of a thread's or a listing's pages (``(1) (2) (3) (of 12 pages)``)."""
    return len(text) <= 120 and _PAGER.fullmatch(text.strip()) is not None


def _logo_text(text: str, *, header: bool) -> bool:
    half = len(text) // 2
    if text[:half] == text[half:] and _LOGO.fullmatch(text[:half]):
        return True  # the image's alt text and its link's, glued
    if _LOWER_LOGO.fullmatch(text):
        return True  # "harbour logo": alt text, never a headline's case
    if not _LOGO.fullmatch(text):
        return False
    words = text.split()
    # "Harbour Court logo" (a Title Case headline capitalises it), "Harbour Gazette Logo".
    named = len(words) >= 2 and (words[-1] == "logo" or words[-2].casefold() in _NAME_WORDS)
    return not header or named


_LOWER_LOGO = re.compile(r"[a-z][\w&.'’-]*(?: [a-z][\w&.'’-]*){0,3} logo")
_NAME_WORDS = SITE_WORDS | {"site", "company", "brand", "header", "footer", "official"}


def _section_bar(text: str) -> bool:
    """A menu of the site's sections run into one line: "Business & Economy Culture & Society
    Northport News Politics & International Sports" (capitalised words and two "&" or more)."""
    words = text.split()
    if len(words) < 10 or text.count(" & ") < 2:
        return False
    return all(w[:1].isupper() or w == "&" for w in words)
