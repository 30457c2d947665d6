"""Page furniture that sells or steers: never a headline, never the body.

- a **print view's controls**: ``« Back to article``, ``Print this article``, ``Close window``,
  alone or run together with the site's name (``Example.com« Back to articlePrint this article``);
- a **newsletter box**: its heading (``Be in the know!``, ``Stay informed``) and its call
  (``Get our exclusive daily news briefing.``, ``Sign up for our newsletter``);
- an **offer**: ``Get 40% Off``, ``Take 25% off today``;
- a **send-to-a-friend** control: ``Email a copy of "Storm closes ports" to a friend``;
- a **video player's** length and source (``01:23 - Source: Harbour TV``);
- a **menu** flattened onto one line (``Home   About us   Services   Contact``), in the header;
- a **cookie or terms banner**: ``By using this site, you agree to our Privacy Policy. Close``;
- a **paywall's prompt**: ``To continue reading, please subscribe:``, ``$4.75/week*``, an
  offer's footnote (``*Billed as $19 every four weeks. Cancel any time.``); its box is
  :mod:`~claimtrack.reading.paywalls`;
- a **service's own advert**: a call ending in the phone number to ring (``Fill out the form
  or call us at 1 (800) 555-0100``), an invitation to learn of its products or services
  (``Learn about Harbour Wire services``, ``Request more information about our products``);
- a wire's **graphic pointer**: ``(GRAPHIC: Profits by sector - https://…)``, and a picture's
  credit run into its caption (``© Reuters. FILE PHOTO: A train passes …``).
"""

from __future__ import annotations

import re

__all__ = [
    "PRICE",
    "is_menu_row",
    "is_paywall_prompt",
    "is_promo",
    "is_video_card",
    "is_video_length",
]

_PRINT_CONTROL = re.compile(
    r"[«‹<]*\s*back to (?:the )?(?:article|story|top|previous page)\s*[»›>]*"
    r"|print (?:this )?(?:article|story|page)|close (?:this )?window"
    r"|printer[- ]friendly (?:version|page)",
    re.IGNORECASE,
)
# What may stand beside print controls on their line: the site's name, bars, guillemets.
_SITE_NAME = re.compile(r"[\w.-]*\.[a-z]{2,6}|[\W_]*", re.IGNORECASE)
_NEWSLETTER_HEADING = re.compile(
    r"(?:be|stay) in the know|stay (?:informed|updated|connected)|don[’']?t miss (?:out|a thing)"
    r"|never miss a (?:story|thing)",
    re.IGNORECASE,
)
_NEWSLETTER_CALL = re.compile(
    r"(?:get|receive) (?:our|the) (?:(?:free|exclusive|latest|best|top)\s+){0,2}"
    r"(?:(?:daily|weekly|morning|evening)\s+)?(?:news\s?)?"
    r"(?:newsletter|briefing|digest|headlines|updates)\b.{0,80}"
    r"|(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:\w+\s+){0,6}"
    r"(?:newsletter|briefing)\b.{0,80}",
    re.IGNORECASE,
)
_OFFER = re.compile(r"(?:get|save|take) (?:up to )?\d{1,2}\s?% off(?: \w+){0,2}", re.IGNORECASE)
_TO_A_FRIEND = re.compile(
    r"(?:e-?mail|send) (?:a copy of |this (?:article|story|page) )?.{0,250}\bto a friend",
    re.IGNORECASE,
)
_GRAPHIC = re.compile(
    r"\((?:graphics?|interactive graphic|factbox|pictures|video)\s*:.{1,200}https?://\S+\)",
    re.IGNORECASE,
)
# A video player's length and source under the video's title: "01:23 - Source: Harbour TV".
_VIDEO_LENGTH = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]\s*source\s*:\s*\S.{0,40}", re.I)
# A video's card: its title and running time ("Giants hold on to beat the Firebirds | 00:55"),
# the title of words, no year (a date line's time: "May 30, 2018 | 16:41").
_VIDEO_CARD = re.compile(r"(?![^|]*\b\d{4}\b)[^\s|][^|]{2,80}?\s\|\s\d{1,2}:\d{2}(?::\d{2})?")
# A site's menu flattened onto one line, its items set apart by runs of spaces.
_MENU_GAP = re.compile(r"\s{3,}")
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 4
# A cookie or terms banner: "By using this site, you agree to our Privacy Policy. Close".
_CONSENT = re.compile(
    r"by (?:using|continuing to use|browsing|visiting) (?:this|our) (?:site|website)\b"
    r".{0,80}\b(?:agree|accept|consent)\b.{0,160}"
    r"|(?:this|our) (?:site|website) uses cookies\b.{0,200}"
    r"|by clicking [\"“']?accept(?: all)?(?: cookies)?[\"”']?.{0,200}",
    re.IGNORECASE,
)
_SERVICE_AD = re.compile(
    r".{0,160}\b(?:call|contact|phone|ring|text) us(?: (?:at|on|toll[- ]free))*\s*"
    r"\+?\(?\d[\d ()./-]{6,20}\d[.!]?"
    r"|(?:request|learn|find out|get) (?:more )?(?:information )?about "
    r"(?:our|(?-i:[A-Z][\w&.-]*)(?: (?-i:[A-Z][\w&.-]*)){0,2})"
    r" (?:products|services|solutions|plans|packages)\b.{0,80}"
    r"|(?:contact us )?for advertis(?:ing|ements?)(?: enquiries| inquiries| rates)?\s*[:,-].{0,80}",
    re.IGNORECASE,
)
_CREDITED_CAPTION = re.compile(r"©\s*[\w&.' -]{2,40}?\.\s+(?:file )?photos?\b.*", re.IGNORECASE)


PRICE = r"(?:(?:[$€£¥₹]|(?:US|C|A|NZ|CA|AU|R)\$)\s?\d{1,4}(?:[.,]\d{2})?|\d{1,4} ?zł)"
_PERIOD = r"(?:week|wk|month|mo|year|yr|day|semana|mes|año|mois|semaine|an|monat|woche|jahr)"
_PROMPT = re.compile(
    r"(?:(?:to|please) )?(?:continue|keep|start) reading,?\s*(?:please\s+)?(?:subscribe|log ?in"
    r"|sign ?in|sign up|register|become a (?:subscriber|member))\b.{0,60}"
    r"|read (?:this|the full|the rest of this) (?:article|story) for free\b.{0,40}"
    r"|read unlimited (?:articles|stories|news)\b.{0,60}"
    r"|register (?:for free|now|today) to (?:read|continue|keep reading)\b.{0,80}"
    r"|(?:[-–•·*✓✔]\s*)?(?:enjoy|get) unlimited (?:digital )?(?:access|reading) (?:to|on)\b.{0,80}"
    r"|already (?:have an account|registered|a (?:subscriber|member)|subscribed)\b.{0,60}"
    r"|(?:subscribe|sign up) (?:now|today) (?:for|from|and)\b.{0,80}"
    # A price per period or for a trial: "$4.75/week*", "$1 for the first 4 weeks*".
    rf"|\*?{PRICE}\*?\s*(?:/\s*{_PERIOD}|(?:per|a|an|each|every|por|par|pro|al) {_PERIOD}"
    r"|for (?:the )?(?:first )?\d+ (?:weeks?|months?|days?|years?))\*?.{0,40}"
    r"|(?:cancel (?:at )?any ?time|no commitment|cancel(?:lation)? anytime)[.!]?"
    # A plan's name: "Monthly Digital Subscription", "Annual All-Access Pass".
    r"|(?:monthly|annual|yearly|weekly|quarterly)(?: (?:digital|print|premium|unlimited"
    r"|all-access|e-edition))* (?:subscription|membership|plan|pass)"
    r"|(?:para )?(?:seguir|continuar) leyendo\b.{0,80}(?:suscr|regístr|inici).{0,40}"
    r"|(?:pour )?(?:continuer à |poursuivre (?:la )?)?lire la suite.{0,80}abonn.{0,40}"
    r"|(?:um )?(?:weiter(?:zu)?lesen|den (?:ganzen|vollständigen) artikel (?:zu )?lesen)"
    r"\b.{0,80}(?:abo|registr|anmeld).{0,40}"
    # How much of the story the paywall holds back: "You have 82% of this article left to
    # read", "Pozostało jeszcze 82% artykułu", "Noch 80 % des Artikels".
    r"|(?:you have )?\d{1,3} ?% of (?:this|the) (?:article|story) (?:left|remaining)\b.{0,20}"
    r"|pozostało (?:jeszcze )?\d{1,3} ?% artykułu|noch \d{1,3} ?% des artikels\b.{0,20}"
    r"|(?:déjà abonné|vous êtes (?:déjà )?abonné|ya (?:eres|soy) suscriptor"
    r"|¿?ya tienes (?:una )?cuenta|(?:bereits|schon) abonnent|já é assinante|già abbonato)"
    r"\b.{0,60}"
    # An Italian paper's cookie wall and its offer ("pay or OK"): "Se hai scelto di non
    # accettare i cookie di profilazione …", "Per accedere senza limiti a tutti i contenuti di
    # ANSA.it", "Scegli il piano di abbonamento più adatto alle tue esigenze."
    r"|ti invitiamo a leggere le condizioni generali\b.{0,120}"
    r"|(?:[-–•·*]\s*)?(?:servizio equivalente a quello accessibile prestando il consenso"
    r"|durata annuale \(senza rinnovo|pubblicità presente ma non profilata"
    r"|iscrizione alle newsletter tematiche)\b.{0,160}"
    r"|puoi leggere tutti i titoli di\b.{0,40}|e \d+ contenuti ogni \d+ giorni"
    r"|per accedere senza limiti a tutti i contenuti\b.{0,40}"
    r"|scegli il piano di abbonamento\b.{0,60}",
    re.IGNORECASE,
)
# An Italian paper's cookie wall opening its offer: "Se hai scelto di non accettare i cookie di
# profilazione e tracciamento, puoi aderire all’abbonamento "Consentless" …" (a long line), and
# its item on the quota ("Un pop-up ti avvertirà che hai raggiunto i contenuti consentiti …").
_COOKIE_WALL = re.compile(
    r"se hai scelto di non accettare i cookie\b|(?:[-–•·*]\s*)?un pop-up ti avvertirà che hai"
    r" raggiunto",
    re.IGNORECASE,
)
# An offer's footnote: "*Billed as $19 plus GST every four weeks. Cancel any time."
_FOOTNOTE_WORDS = re.compile(
    r"cancel (?:at )?any ?time|billed|regular rate|price (?:increases|will increase)"
    r"|subscription payment|plus (?:gst|hst|vat|tax)|new subscribers|introductory (?:offer|rate)"
    r"|offer (?:available|valid)|renews? automatically",
    re.IGNORECASE,
)


def is_paywall_prompt(text: str) -> bool:
    """A line that only a paywall prints (see the module's notes)."""
    if len(text) > 400:
        return False
    if _COOKIE_WALL.match(text.strip()):
        return True
    if text.startswith("*") and _FOOTNOTE_WORDS.search(text):
        return True
    return len(text) <= 200 and bool(_PROMPT.fullmatch(text.strip()))


def is_promo(text: str) -> bool:
    """A print control, newsletter box, offer, send-to-a-friend, banner or wire graphic line."""
    if is_paywall_prompt(text):
        return True
    if len(text) > 320:
        return False
    stripped = text.strip(" .!:")
    if len(stripped) <= 80 and _PRINT_CONTROL.search(stripped):
        return bool(_SITE_NAME.fullmatch(_PRINT_CONTROL.sub("", stripped).strip(" |·•-")))
    return bool(
        _NEWSLETTER_HEADING.fullmatch(stripped)
        or _NEWSLETTER_CALL.fullmatch(stripped)
        or _OFFER.fullmatch(stripped)
        or _TO_A_FRIEND.fullmatch(stripped)
        or _GRAPHIC.fullmatch(stripped)
        or _CREDITED_CAPTION.fullmatch(stripped)
        or _CONSENT.fullmatch(stripped)
        or _VIDEO_LENGTH.fullmatch(stripped)
        or is_video_card(stripped)
        or (_may_be_service_ad(stripped) and _SERVICE_AD.fullmatch(stripped))
    )


def _may_be_service_ad(text: str) -> bool:
    """Cheap first look: an advert ends in a phone number or opens with its verb (or "Contact
    us for advertising")."""
    return text[-1:].isdigit() or text[:1] in "RrLlFfGgCc"


def is_menu_row(text: str) -> bool:
    """A menu flattened onto one line: four items or more of a few words each, set apart by
    runs of three spaces or more (``Home   About us   Services   Contact``), none a sentence."""
    if len(text) > 200:
        return False
    items = _MENU_GAP.split(text.strip())
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_WORDS and not item.endswith((".", "?", "!", ","))
        for item in items
    )


def is_video_card(text: str) -> bool:
    """A video's title and running time, three words or more (``Ferry sails | 01:12``)."""
    return len(text) <= 100 and len(text.split()) >= 5 and bool(_VIDEO_CARD.fullmatch(text))


def is_video_length(text: str) -> bool:
    """A video player's length and source (``01:23 - Source: Harbour TV``)."""
    return len(text) <= 60 and bool(_VIDEO_LENGTH.fullmatch(text.strip(" .!:")))
