"""A press release's contact block, whatever the wire: "For further information: Jane Roe,
Harbour Ltd, (555)", "Contacts:", "Pour plus d'informations :", "Narahubung:". It ends a
statement; a list of the office's other news follows (an end marker:
:func:`~claimtrack.reading.line_rules.is_end_marker`).
"""

from __future__ import annotations

import re

__all__ = ["is_contact_block"]

_CONTACT_BLOCK = re.compile(
    r"/?(?:(?:for )?(?:further|more|additional) information(?:,? (?:please )?contact)?"
    r"|(?:media|press|investor|news) (?:relations|office)"
    r"|(?:for )?(?:(?:media|press|investor) )?(?:contacts?|enquiries|inquiries)"
    r"|pour (?:plus d[’']|de plus amples )(?:informations?|renseignements?)"
    r"|contacts? (?:presse|médias?)|para (?:más|mais) informa(?:ción|ções)"
    r"|contactos? de prensa|contatos?(?: para (?:a )?imprensa)?|(?:für )?weitere informationen"
    r"|kontakt(?: für (?:die )?medien)?|per (?:ulteriori|maggiori) informazioni"
    r"|(?:untuk )?informasi (?:lebih lanjut|selengkapnya)|narahubung|kontak media)"
    r"\s*:(?:\s*\S.{0,200})?"
    # Business Wire's heading has no colon: "Contacts", "Media Contacts", "Investor Relations".
    r"|(?:(?:media|press|investor) )?contacts|(?:media|investor) relations",
    re.IGNORECASE,
)


_LABEL_CHARS = 50


def _may_be_contact(text: str) -> bool:
    """Cheap first look: a contact block's label ends in a colon, or is a short heading."""
    return ":" in text[:_LABEL_CHARS] or len(text) <= len("investor relations")


def is_contact_block(text: str) -> bool:
    """A contact block's heading, with or without the contact after its colon."""
    return len(text) <= 240 and _may_be_contact(text) and bool(_CONTACT_BLOCK.fullmatch(text))
