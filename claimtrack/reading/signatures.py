"""A statement's signature at the end of its body: a name line, then a line or two of office
(``Suleiman Haruna`` / ``Deputy Director, Press`` / ``Federal Ministry of Information.``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.bylines import NAME_TOKEN, looks_like_name

__all__ = ["is_office", "signature_start", "signer_name"]


# Words of a signer's office under a statement ("Deputy Director, Press", "Federal Ministry of …").
_OFFICE_WORDS = {
    "director", "secretary", "spokesman", "spokeswoman", "spokesperson", "spokesperson's",
    "press", "media", "communications", "information", "officer", "manager", "head", "chief",
    "adviser", "advisor", "assistant", "ministry", "minister", "department", "office", "agency",
    "council", "board", "government", "embassy", "commission", "committee", "bureau", "directorate",
    "authority", "police", "command", "headquarters", "inc", "ltd", "plc", "llc", "corporation",
    "company", "group", "foundation", "association", "union", "university", "relations",
    "public", "affairs", "president", "chairman", "ceo", "executive", "coordinator",
}  # fmt: skip
_MAX_SIGNATURE = 4
# A degree or an honour after the signer's name: "Ada Lund, Ph.D", "Tom Berg MBE".
_POST_NOMINAL = re.compile(r",?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|MP|OBE|MBE|CBE|Esq\.?|Jr\.?|Sr\.?)$")


def signature_start(texts: Sequence[str]) -> int | None:
    """Where a statement's signature starts among the body's last ``texts``, or None.

    A press release or government statement ends with its signer: a name line, then a line or
    two of office (``Suleiman Haruna`` / ``Deputy Director, Press`` / ``Federal Ministry of
    Information.``). A list of names alone is not a signature: one line must name an office.
    """
    for n in range(len(texts) - 1, max(-1, len(texts) - 2 - _MAX_SIGNATURE), -1):
        if looks_like_name(signer_name(texts[n])) and n < len(texts) - 1:
            office = texts[n + 1 :]
            if all(is_office(t) for t in office):
                return n
            return None
        if not is_office(texts[n]) and not looks_like_name(texts[n]):
            return None
    return None


def is_office(text: str) -> bool:
    """A line naming an office or a body, mostly capitalised ("Deputy Director, Press",
    "Ministry of Foreign Affairs")."""
    tokens = NAME_TOKEN.findall(text)
    if not 1 <= len(tokens) <= 10 or len(text) > 100:
        return False
    significant = [t for t in tokens if len(t) > 3]
    capitalised = sum(1 for t in significant if t[0].isupper())
    return capitalised >= 0.6 * len(significant) and any(
        t.casefold().strip(".") in _OFFICE_WORDS for t in tokens
    )


def signer_name(text: str) -> str:
    """The signer's name line without a degree or an honour after it ("Ada Lund, Ph.D")."""
    return _POST_NOMINAL.sub("", text)
