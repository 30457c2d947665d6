"""Lines that point the reader away from the story: never the story's words, never its headline.

- a **contact line**: a contact label and its colon (``Contact:``, ``Phone:``, ``Tel.:``,
  ``E-mail:``, ``Kontakt:``, ``Courriel :``, ``연락처:``, ``联系电话：``) before an address or a
  number (``Contact: Jane Roe, jane.roe@harbour.example``);
- an **invitation to write**: a question to the reader, then the address to write to (``Spotted
  an error? Send it to desk [at] harbour.example``), or an appeal for feedback with an address;
- **post navigation**: the previous and next posts' links with their titles (``Prev Post Harbour
  plan approved 2023-04-11``, ``Next article: …``, ``Article précédent …``, ``이전글 …``, ``下一篇
  …``; a post's title, never a sentence ending in its full stop);
- a **copyright line** set off by dashes or bullets (``-- © Copyright Harbour Daily 2023-07-25``),
  or with the holder and a full date (``© Copyright Harbour Daily 2023-07-25``);
- a **licence notice**: ``This work is licensed under a Creative Commons …`` and the Korean
  public-sector licence (공공누리, "Korea Open Government Licence") in any wording;
- a **pointer to the company's site** closing a release (``For more information about Harbour
  Ltd, visit www.harbour.example.``);
- **empty labels and links** in languages the share-bar list does not hold (``Sist oppdatert:``,
  ``Aktualisiert:``, ``Kontakt oss``, ``Contactez-nous``).

A line holding an e-mail address is never a headline (:func:`holds_address`): the header rules
ask that too (:mod:`~claimtrack.reading.headline_shapes`).
"""

from __future__ import annotations

import re

__all__ = ["contact_label", "holds_address", "is_page_pointer"]

_MAX_CHARS = 300
# An e-mail address, plain or written out against harvesters: "jane.roe@harbour.example",
# "desk [at] harbour.example", "desk (at) harbour.example", or hidden by the site's host as
# "[email protected]" (a saved page keeps the placeholder, not the address).
_ADDRESS = re.compile(
    r"[\w.+-]+(?:@|\s?[\[(](?:at|@)[\])]\s?)[\w-]+(?:(?:\.|\s?[\[(]dot[\])]\s?)[\w-]+)+"
    r"|\[email\s+protected\]",
    re.IGNORECASE,
)
# A contact label and its colon, in English, German, the Nordic languages, French, Spanish,
# Portuguese, Italian, Indonesian, Korean, Chinese and Japanese.
_CONTACT_LABEL = re.compile(
    r"(?:(?:media |press )?contacts?|kontakt|kontak|contacto|contato|contatti|phone|tel"
    r"|telephone|telefon|téléphone|teléfono|telefone|telefono|mobile|mobil|fax|e-?mail"
    r"|e-post|courriel|correo(?: electrónico)?|ring|연락처|전화|이메일|联系(?:人|电话|方式)?"
    r"|电话|電話|邮箱|お問い合わせ)\.?\s*[:：]",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d ()./-]{3,}\d")
_FEEDBACK = re.compile(r"\bfeedback\b|\?", re.IGNORECASE)
_NAVIGATION = re.compile(
    r"(?:[«‹<←]\s*)?(?:(?:prev|previous|next|older|newer) (?:post|article|story|entry)"
    r"|article (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)"
    r"|artículo (?:anterior|siguiente)|(?:entrada|publicación) (?:anterior|siguiente)"
    r"|(?:post|artigo) (?:anterior|seguinte)|próximo (?:post|artigo)"
    r"|articolo (?:precedente|successivo)|(?:предыдущая|следующая) (?:статья|запись)"
    r"|이전\s?글|다음\s?글|현재\s?글|윗\s?글|아랫\s?글|上一篇|下一篇|上一条|下一条|前の記事|次の記事)"
    r"\s*[:：»›>→]?\s*\S.{0,200}(?<!\.)",  # a post's title, not a sentence ("Next, …")
    re.IGNORECASE,
)
_HOLDER = r"(?-i:[A-Z][\w.&'’-]*(?:,? (?:[A-Z][\w.&'’-]*|of|and|&)){0,6})"
_COPYRIGHT = re.compile(
    r"[-–—•·*=~]+\s*(?:©|copyright\s*©).{0,200}"  # ("- (c) any person …" is a clause)
    rf"|(?:[-–—•·*=~]+\s*)?©\s*copyright\s+{_HOLDER}\s+\d{{4}}(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}})?\.?",
    re.IGNORECASE,
)
_LICENCE = re.compile(
    r".{0,160}공공누리.{0,200}"
    r"|(?:except where otherwise noted,? )?(?:this|the|all) (?:work|article|story|text|content"
    r"|post|page|material)s?\b.{0,60}\b(?:is|are) (?:licensed|available|published|released)"
    r" under (?:a|the) creative commons\b.{0,200}",
    re.IGNORECASE,
)
_SITE = r"(?:https?://|www\.)\S{2,120}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S{0,120})?"
_COMPANY_SITE = re.compile(
    r"(?:for (?:more|further|additional) information|to (?:learn|find out) more)"
    rf"(?: (?:about|on) [^.!?]{{1,80}})?,? (?:please )?(?:visit|go to|see|log on to)"
    rf" (?:{_SITE})\.?",
    re.IGNORECASE,
)
_EMPTY_LABEL = re.compile(
    r"(?:sist oppdatert|oppdatert|publisert|publicerad|uppdaterad|senast uppdaterad|opdateret"
    r"|aktualisiert|zuletzt aktualisiert|veröffentlicht|mis à jour|publié le|actualizado"
    r"|publicado|atualizado|aggiornato|pubblicato)\s*:?"
    r"|kontakt oss|kontakta oss|kontakt os|kontaktieren sie uns|contactez-nous|contáctenos"
    r"|contacte-nos|fale conosco|contattaci|hubungi kami",
    re.IGNORECASE,
)


def holds_address(text: str) -> bool:
    """``text`` is a short line holding an e-mail address (or one written out: ``[at]``)."""
    if len(text) > _MAX_CHARS:
        return False
    low = text.casefold()  # a cheap look first: "@", or "at" in its brackets
    cheap = ("@", "at]", "at)", "protected]")
    return any(c in low for c in cheap) and bool(_ADDRESS.search(text))


def contact_label(text: str) -> bool:
    """``text`` opens with a contact label and its colon (``Contact:``, ``Tel.:``, ``연락처:``)."""
    return len(text) <= _MAX_CHARS and _CONTACT_LABEL.match(text.lstrip("•·*-– ")) is not None


def is_page_pointer(text: str) -> bool:
    """A contact line, an invitation to write, post navigation, a copyright or licence notice,
    a pointer to the company's site or an empty label (see the module's notes)."""
    if len(text) > _MAX_CHARS:
        return False
    if holds_address(text) and (contact_label(text) or _invites(text)):
        return True
    if contact_label(text) and _NUMBER.search(text):
        return True
    return bool(
        _NAVIGATION.fullmatch(text)
        or _COPYRIGHT.fullmatch(text)
        or _LICENCE.fullmatch(text)
        or _COMPANY_SITE.fullmatch(text)
        or _EMPTY_LABEL.fullmatch(text)
    )


def _invites(text: str) -> bool:
    """A question to the reader (or an appeal for feedback) before the address to write to."""
    m = _ADDRESS.search(text)
    return m is not None and len(text) <= 200 and bool(_FEEDBACK.search(text, 0, m.start()))
