"""What a page asks of its visitor, printed among the story's lines: never the story's words.

- a **browser's notification prompt**: an invitation to get the site's notifications (``Stay up
  to date with notifications from Harbour News``, ``Turn on notifications``, ``Benachrichtigungen
  aktivieren``, ``Activer les notifications``) or a note on managing them (``Notifications can be
  managed in browser preferences.``): a short line that opens with the invitation, or with the
  notifications and names the browser's settings; a site asking leave to send them (``Harbour
  News would like to send you notifications``) and the box's heading (``Web Notifications``);
- an **invitation to follow the outlet** where the visitor chats or reads news, in a short line
  that opens with it (``Follow Harbour News untuk mendapatkan informasi terkini. Klik WhatsApp
  Channel & Google News``, ``Ikuti kami di Google News``, ``Join our Telegram channel``,
  ``Síguenos en WhatsApp``): the invitation first, the channel or "latest news" after it;
- an **embedded post's placeholder**: ``Externer Inhalt``, ``External content``, ``Contenu
  externe``, ``Contenido externo`` alone on the line (the post itself was not saved);
- a **cookie notice**: a line naming cookies (``cookies``, ``çerezler``, ``témoins de
  connexion``, ``куки``, ``ciasteczka``) that speaks for the site (``we``, ``our``, ``this
  site``; ``wir``; ``nous``; ``sitemiz``) or asks the visitor to agree or go on (``By
  continuing … you agree``), about the site, the browser, consent, adverts or data, and the
  lines of the same box around it that name cookies too (:func:`cookie_box`). A report about
  cookies stays, even one that addresses its reader (``Sites must ask you before they set
  cookies, the regulator said.``); so do a quotation (``"We use cookies responsibly," the firm
  said.``) and a baker's line (``We baked cookies for the whole street.``).

- a **site's request or notice** to its visitor: a newsletter's sign-up (``Email newsletter
  signup``, ``Stay informed on the latest news``, ``Suscríbete a nuestro boletín``), a call for
  news tips (``Got a news tip? Get in touch here``), a form's hidden field (``This field is for
  validation purposes and should be left unchanged.``), an invitation to comment, the terms of
  reusing the site's texts (``While citing and using any materials on the Internet, links to
  … are obligatory``), an aggregator's disclaimer (``This article was added by the user.``),
  the search box's help (``Press "Enter" to search or "ESC" to close``), a text-size
  control (``Reset Text smaller larger``), comments closed (``Sorry we are not currently
  accepting comments on this article``), a link to a translation's original, a pointer to
  the site's coverage (``For more news on Arctic developments.``, maybe under an alert's label:
  ``Flood Alert - For the latest information on the flood, please visit …``) and an appeal
  for money or sign-ups (``Support our newsroom by making a contribution``, ``Trustworthy news
  is more important now than ever.``, ``Get in front of tomorrow's news for FREE``).

Each check is one or two regular expressions on one short line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (lines.py imports the line rules, which import this module)
    from claimtrack.reading.lines import Line

__all__ = ["cookie_box", "cookie_notice", "is_page_prompt"]

_MAX_PROMPT = 140
_MAX_NOTICE = 600
_NOTIFY = (
    r"(?:(?:push|browser|desktop)[ -])?(?:notifications?|benachrichtigungen|mitteilungen"
    r"|notificaciones|notificações|notifiche|notifikasi|bildirimler\w*|уведомлени\w*"
    r"|powiadomienia|meldingen|aviseringar|varsler|ilmoitukset|通知|알림)"
)
_PROMPT = re.compile(
    # an invitation that opens the line
    r"(?:(?:stay|keep) (?:up[ -]to[ -]date|updated|informed|in the know)|never miss|get|receive"
    r"|turn on|switch on|enable|allow|activate|subscribe to|sign up for|would you like to"
    r"|do you want to|want to|bleiben sie|aktivieren sie|erlauben sie|erhalten sie|activez"
    r"|activer|autorisez|autoriser|recevez|recevoir|activa|activar|permite|permitir|recibe"
    r"|recibir|ative|ativar|receba|receber|attiva|attivare|ricevi|ricevere|aktifkan|izinkan"
    r"|dapatkan|включите|включить|разрешите|получайте|włącz|otrzymuj)\b"
    rf"[^.!?]{{0,60}}\b{_NOTIFY}\b[^.!?]{{0,80}}[.!?]?"
    # the notifications, then the browser's settings
    rf"|{_NOTIFY}\b[^.!?]{{0,60}}\b(?:browser|navigateur|navegador|tarayıcı|браузер"
    r"|przeglądar\w*|settings|preferences|einstellungen|paramètres|préférences|configuración"
    r"|ajustes|configurações|impostazioni|pengaturan|ayarlar\w*|настройк\w*)\b[^.!?]{0,60}[.!]?"
    # "Benachrichtigungen aktivieren", "Notifications : activer"
    rf"|{_NOTIFY}\s*:?\s*(?:aktivieren|erlauben|zulassen|activer|autoriser|activar|ativar"
    r"|attivare|aktifkan|включить|włącz|on|einschalten)[.!]?"
    # the site asking leave to send them ("Harbour News would like to send you notifications
    # for breaking news"), and the box's heading over it ("Web Notifications")
    rf"|[^!?]{{0,60}}\bwould like to (?:send|show) you (?:\w+ ){{0,2}}{_NOTIFY}\b"
    r"[^.!?]{0,80}[.!?]?"
    rf"|(?:web|push|browser|desktop) {_NOTIFY}",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    # the verb and whom to follow: the outlet's name, or "us" ("Join the protest …" is news)
    r"(?:(?:follow|join|ikuti|gabung(?:lah)?(?: (?:ke|di|dengan))?|simak|sigue|siga|suivez"
    r"|rejoignez|folgen sie|folge|segui|takip edin|подпишитесь на|abonnez-vous à)\s+"
    r"(?:(?-i:[A-Z0-9])|us\b|our\b|kami\b|nos\b|nous\b|uns\b|nuestr|noss|la nostra)"
    r"|síguenos|siga-nos|suivez-nous|rejoignez-nous|seguici)[^!?]{0,160}?"
    r"(?:\b(?:whatsapp|telegram|google news|google discover|line today)\b"
    r"|untuk (?:mendapatkan|mendapat|dapatkan) (?:informasi|berita|update)\b).{0,120}",
    re.IGNORECASE,
)
_MAX_FOLLOW = 240
_EMBED = re.compile(
    r"(?:(?:externer|eingebetteter) inhalt|external content|contenu (?:externe"
    r"|intégré)|contenido (?:externo|incrustado)|conte[úu]do (?:externo|incorporado)"
    r"|contenuto (?:esterno|incorporato)|externe inhoud|treść zewnętrzna|zewnętrzna treść"
    r"|внешний контент|dış içerik|konten eksternal|外部コンテンツ|외부 콘텐츠)\s*:?",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"cookie|çerez|témoins? de connexion|куки|ciasteczk|ملفات تعريف الارتباط|クッキー|쿠키",
    re.IGNORECASE,
)
# The site speaking of itself ("we", "our", "this site"): a notice's voice. The visitor
# addressed ("you", "vous", "Ihnen") counts only asked to agree, accept or continue: a news
# line about cookies addresses its reader too ("sites must ask you first").
_SITE_SPEAKS = re.compile(
    r"\b(?:we|our|nous|notre|nos|nuestr[oa]s?|utilizamos|usamos|nosso|nossa|nossos|nossas"
    r"|utilizziamo|usiamo|nostro|nostra|nostri|wij|onze|nasz\w*|używamy|wykorzystujemy|мы"
    r"|наш\w*|kami|this (?:web)?site|ce site|este (?:sitio|site)|questo sito|bu site"
    r"|\w{2,}(?:mız|miz|muz|müz)(?:ı|i|u|ü|ın|in|un|ün|a|e|da|de|dan|den)?"
    r"|\w{2,}(?:yoruz|aktayız|ektayız)|(?-i:wir|unsere[mnrs]?|diese (?:Web)?[Ss]eite))\b",
    re.IGNORECASE,
)
_VISITOR_AGREES = re.compile(
    r"\b(?:you|your|vous|votre|vos|usted|você|vocês|uw|вы|ваш\w*|anda|siz\w*|\w{2,}(?:nız|niz"
    r"|nuz|nüz)|(?-i:Ihnen|Ihre[mnrs]?|Sie))\b.{0,120}\b(?:agree|accept|consent|continu\w*"
    r"|akzept\w*|zustimm\w*|einverstanden|accept\w*|acept\w*|aceit\w*|accett\w*|kabul"
    r"|izin|согла\w*|zgod\w*|setuju|menyetujui)"
    r"|\b(?:by|en|al|ao|continuando|durch)\s+(?:continu|using|browsing|navegar|naveg|utilis"
    r"|usar|utiliz|nutzung|clicking|cliquant)",
    re.IGNORECASE,
)
# Reported news about cookies: a speaker or a rule, not the site's own notice.
_REPORTED = re.compile(
    r"\b(?:said|says|told|according|regulators?|law|laws|rules?|court|fined|ruling|ban\w*"
    r"|sagte|erklärte|dijo|afirmó|a déclaré|ha detto|disse)\b",
    re.IGNORECASE,
)
# What the site does with them: the site, the browser, the visitor's consent, adverts, data.
_WEB = re.compile(
    r"site|web|browser|navega|navigat|tarayıcı|браузер|przeglądar|device|appareil|gerät"
    r"|dispositiv|cihaz|устройств|consent|zustimm|einwillig|izin|accept|akzept|acept|acceit"
    r"|privacy|privacidad|privacidade|datenschutz|confidentialité|gizlilik|prywatno"
    r"|конфиденциальн|advert|\bads?\b|reklam|publicid|publicit|werbung|pubblicit|реклам"
    r"|experience|expérience|experiencia|experiência|erfahrung|erlebnis|deneyim|data|datos"
    r"|données|daten|dados|veri|данны|analytic|statisti|tracking|preferen|tercih|settings"
    r"|einstellung|paramètre|configura|kullanıcı|usuario|utilisateur|nutzer|utente|user",
    re.IGNORECASE,
)
_QUOTES = '"“”„«»'
_BOX_REACH = 4  # lines naming cookies on either side of a sure notice


# A site's own request or notice to its visitor (see the notes).
_SITE_ASKS = re.compile(
    r"(?:e-?mail )?newsletter sign[ -]?up|sign up for (?:our|the) .{0,40}newsletters?"
    r"|(?:stay|keep) informed (?:on|with|about) the latest(?: news| stories| updates)?"
    r"|(?:suscr[ií]bete|inscr[ií]bete) a nuestr[oa] (?:bolet[ií]n|newsletter)"
    r"|recibe por (?:e-?mail|correo) las noticias.{0,40}|abonnez-vous à (?:notre|la) newsletter"
    r"|newsletter abonnieren|(?:have you )?got a (?:news )?tip\??(?: get in touch(?: here)?)?"
    r"|send us (?:a|your) (?:news )?tips?.{0,40}"
    r"|send (?:us )?your (?:stories|news|tips|photos|videos)(?: and [a-z]+)? to \S{3,80}"
    r"|this field is for validation purposes and should be left unchanged\.?"
    r"|we welcome your comments below\..{0,200}"
    r"|while citing and using any materials on the internet.{0,200}"
    r"|this article was added by the user\s?\..{0,200}"
    r"|(?:press|aprieta|presiona|pulsa|appuyez sur|drücken sie) [\"“]?enter[\"”]?\s"
    r"(?:to|para|pour|um) .{0,60}|(?:reset )?text smaller larger"
    # comments closed, a translation's original, a pointer to the site's coverage
    # an appeal for money or sign-ups: the newsroom's need, the visitor's part
    r"|support (?:our|independent|local|quality) (?:newsroom|journalism|reporting|work)\b.{0,100}"
    r"|(?:please )?(?:make a (?:contribution|donation)|donate (?:now|today)|become a (?:member"
    r"|supporter|subscriber) (?:today|now))\b.{0,100}"
    r"|(?:\w+ and )?(?:[\w-]+ )?(?:journalism|news(?: stories)?|reporting) (?:is|are) more"
    r" important (?:now )?than ever(?:[.!]|,? and (?:your|our) .{0,80})"
    r"|get (?:in front of )?tomorrow['’]s news(?: today)?(?: for free)?\.?"
    r"|(?:sorry,? )?we are not (?:currently )?accepting comments on this (?:article|story)\.?"
    r"|read the (?:article|story) in (?:the|its) original language"
    # (maybe under a site's alert label: "Storm Alert - For the latest information on …")
    r"|(?:[\w-]+(?: [\w-]+)? alert\s?[-–—:|]\s?)?"
    r"for (?:more|the latest) (?:news|updates|stories|information)(?: and updates)? on "
    r"(?:[^\s,]+ ){0,5}[^\s,]+?(?:\.|,? (?:please )?(?:visit|follow|click|go to|see) .{1,80})?",
    re.IGNORECASE,
)


def is_page_prompt(text: str) -> bool:
    """A browser's notification prompt, an invitation to follow the outlet, an embedded
    post's placeholder or a site's request or notice to its visitor (see the notes)."""
    if len(text) > _MAX_FOLLOW:
        return False
    line = text.strip()
    if (_FOLLOW.fullmatch(line) or _SITE_ASKS.fullmatch(line)) and not _quoted(line):
        return True
    if len(text) > _MAX_PROMPT:
        return False
    return bool(_EMBED.fullmatch(line) or _PROMPT.fullmatch(line)) and not _quoted(line)


def cookie_notice(text: str) -> bool:
    """A line naming cookies that speaks for the site or to the visitor, not a quotation."""
    if len(text) > _MAX_NOTICE or not _COOKIE.search(text) or _quoted(text):
        return False
    if _REPORTED.search(text) or not _WEB.search(text):
        return False
    return bool(_SITE_SPEAKS.search(text) or _VISITOR_AGREES.search(text))


def cookie_box(lines: Sequence[Line], kept: Sequence[int]) -> list[int]:
    """The lines of ``kept`` (nonblank, in order) in a cookie notice's box: each sure notice
    (:func:`cookie_notice`) and the lines next to it, one after another, that name cookies."""
    sure = {n for n, i in enumerate(kept) if cookie_notice(lines[i].text)}
    found = set(sure)
    for n in sure:
        for step in (-1, 1):
            m = n + step
            while 0 <= m < len(kept) and abs(m - n) <= _BOX_REACH:
                text = lines[kept[m]].text
                if len(text) > _MAX_NOTICE or not _COOKIE.search(text) or _quoted(text):
                    break
                found.add(m)
                m += step
    return [kept[n] for n in sorted(found)]


def _quoted(text: str) -> bool:
    return any(q in text for q in _QUOTES)
