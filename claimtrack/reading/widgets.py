"""Page widgets that print short lines around a story: never its headline, never its body.

- a **weather** widget: ``| 7.8°C Belfast``, ``London 14°C``, ``72°F Sunny``;
- a forum post's **member card**: the poster's rank (``Senior Member``, ``New Recruit``), its
  fields (``- Joined``, ``- Messages``, ``- Reaction score``, ``Likes received: 12``) and their
  values (``- 47``); the date under ``Joined`` is when the member joined, not the post's date;
- a **document-type label**: the kind of page in the site's own words (``Press release``,
  ``Pressemitteilung``, ``Taarifa kwa vyombo vya habari``), alone on its line or as the link to
  the archive of its kind (``… ya zamani``, ``Press releases archive``).
"""

from __future__ import annotations

import re

__all__ = ["is_join_label", "is_widget"]

# A temperature with at most a place or a sky around it (three words at most, checked apart).
_WEATHER = re.compile(
    r"[|•·]?\s*(?:[^\W\d_][\w.'’ -]{0,20}\s)?[-−+]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]"
    r"(?:\s+[^\W\d_][\w.'’ -]{0,20})?"
)
_MAX_WEATHER_WORDS = 3
# A member card's fields on XenForo, vBulletin, phpBB and Discourse forums.
_CARD_FIELD = (
    r"joined|join date|member since|registered|messages|posts|threads|reaction score"
    r"|reactions?|likes?(?: received)?|points|trophy points|reputation|rep(?:utation)? power"
    r"|karma|solutions|thanks(?: received)?|location|country|flag|age|gender|nationality"
)
# Set off by a bullet ("- Messages", "- 47"), or a field with its count ("Messages: 1,204").
_MEMBER_CARD = re.compile(
    rf"[-–•·*]\s*(?:(?:{_CARD_FIELD})\s*:?\s*[\d,.]*|[\d,.]+)|(?:{_CARD_FIELD})\s*:?\s*\d[\d,.]*",
    re.IGNORECASE,
)
# A forum rank under the poster's name: "FULL MEMBER", "New Recruit", "Senior Moderator".
_RANK = re.compile(
    r"(?:(?:new|junior|senior|full|active|regular|elite|veteran|banned|registered|premium|"
    r"well-known|established|respected|valued|super|global)\s+)?"
    r"(?:member|recruit|moderator|mod|administrator|admin|newbie|lurker|contributor|poster)",
    re.IGNORECASE,
)
_JOIN = re.compile(r"(?:[-–•·*]\s*)?(?:joined|join date|member since|registered)\s*:?", re.I)
_DOC_TYPE = (
    r"press releases?|media releases?|news releases?|media statements?|press statements?"
    r"|pressemitteilung(?:en)?|presseinformation(?:en)?|communiqués? de presse"
    r"|comunicados? de prensa|comunicados? de imprensa|comunicat[oi] stampa|persbericht(?:en)?"
    r"|komunikat(?:y)? prasow[ey]|tiskov[áé] zpráv[ay]|пресс-релиз(?:ы)?|прес-реліз(?:и)?"
    r"|taarifa kwa vyombo vya habari"
)
_DOC_LABEL = re.compile(
    rf"(?:{_DOC_TYPE})(?:\s+(?:archives?|ya zamani|zilizopita|older|old|all|list))?",
    re.IGNORECASE,
)


def is_widget(text: str) -> bool:
    """A weather, member-card or document-type line (see the module's notes)."""
    if len(text) > 60:
        return False
    stripped = text.strip(" .:")
    weather = _WEATHER.fullmatch(stripped)
    if weather and sum(1 for w in stripped.split() if w[:1].isalpha()) <= _MAX_WEATHER_WORDS:
        return True
    return bool(
        _MEMBER_CARD.fullmatch(stripped)
        or _RANK.fullmatch(stripped)
        or _DOC_LABEL.fullmatch(stripped)
    )


def is_join_label(text: str) -> bool:
    """A member card's ``Joined`` field: the date under it dates the member, not the page."""
    return len(text) <= 20 and bool(_JOIN.fullmatch(text.strip()))
