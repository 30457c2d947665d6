"""Page widgets that print short lines around a story: never its headline, never its body.

- a **weather** widget: ``| 7.8°C Belfast``, ``London 14°C``, ``72°F Sunny``, and its links
  (``5 day forecast``, ``Tide times``);
- a forum post's **member card**: the poster's rank (``Senior Member``, ``New Recruit``), its
  fields (``- Joined``, ``- Messages``, ``- Reaction score``, ``Likes received: 12``) and their
  values (``- 47``); the date under ``Joined`` is when the member joined, not the post's date;
- a **document-type label**: the kind of page in the site's own words (``Press release``,
  ``Pressemitteilung``, ``Taarifa kwa vyombo vya habari``), alone on its line or as the link to
  the archive of its kind (``… ya zamani``, ``Press releases archive``);
- an **unrendered template**: a short line holding a placeholder the page's script never filled
  (``{{comments.total}} Comments``, ``ID: {{item.id}}``, ``{% csrf_token %}``);
- a media player's **clock** (``00:00 / 02:15``), a gallery's prompt (``Open this photo in
  gallery:``) and a map's label (``Google Maps``, ``View larger map``, ``Map data ©2019 Google``);
- a widget's **loading error**: ``An error occurred while loading the comments.``, ``Please try
  again later.`` (English, Portuguese, Spanish, French, German, Italian, Indonesian).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.reading.lines import Line

__all__ = [
    "is_join_label",
    "is_template_line",
    "is_weather",
    "is_widget",
    "joined_on",
    "weather_sky",
]

# A temperature with at most a place or a sky around it (three words at most, checked apart).
_WEATHER = re.compile(
    r"[|•·]?\s*(?:[^\W\d_][\w.'’ -]{0,20}\s)?[-−+]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]"
    r"(?:\s+[^\W\d_][\w.'’ -]{0,20})?"
)
_MAX_WEATHER_WORDS = 3
# A weather widget's links and its icon's alternative text, alone or glued together: "5 day
# forecast", "Tide timetables", "5 day forecastTide timetables", "weather iconSome bright spells".
_FORECAST_LINK = (
    r"(?:(?:\d{1,2}[- ]?day|full|extended|hourly|local) (?:weather )?forecast"
    r"|tide (?:times|timetables?|tables))"
)
_FORECAST = re.compile(
    rf"{_FORECAST_LINK}(?:\s?{_FORECAST_LINK})?|weather icon(?:(?-i:[A-Z])[\w ,.'’-]{{0,100}})?",
    re.IGNORECASE,
)
_HIGH_LOW = re.compile(
    r"(?i:high|hi|h)\s*:?\s*[-−]?\d{1,3}\s?°\s?[CF]?\s*[/|,]\s*(?i:low|lo|l)\s*:?\s*[-−]?\d{1,3}\s?°\s?[CF]?"
)
_WEATHER_WORDS = 3  # a sky ("Az Bulutlu", "Partly cloudy") or a place beside a temperature
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
# The issuer before the kind, in capitals as a letterhead prints it: "STATE HOUSE PRESS RELEASE",
# "MINISTRY OF HEALTH MEDIA STATEMENT" (a headline in capitals says more than what it is).
_ISSUED_DOC = re.compile(rf"(?:[^\W\d_][\w.&'’-]*\s+){{1,4}}(?:{_DOC_TYPE})", re.IGNORECASE)


# A placeholder: a dotted name in double braces, or a template tag.
_PLACEHOLDER = re.compile(r"\{\{\s*[\w$.\[\]|' ]{1,80}\}\}|\{%[^%]{1,80}%\}")
_PLACEHOLDER_WORDS = 4  # the words beside it on its line, at most
_LOAD_ERROR = (
    r"(?:sorry,? )?(?:an error (?:has )?occurred|there (?:was|has been) (?:an error|a problem)"
    r"|something went wrong|(?:we )?(?:could not|couldn[’']t|were unable to|failed to)"
    r"|error|unable to)(?: (?:while|when))? (?:to )?(?:load|loading|fetching|retrieving)"
    r"(?: (?:the|this))? (?:comments?|content|data|page|video|player|feed)"
    r"|ocorreu um erro ao carregar (?:os |as |o |a )?\w+"
    r"|(?:se produjo|ocurrió|ha ocurrido|hubo) un error al cargar (?:los |las |el |la )?\w+"
    r"|une erreur (?:s[’']est produite|est survenue) (?:lors du|pendant le) chargement"
    r" (?:des|du|de la) \w+"
    r"|beim laden (?:der|des) \w+ ist ein fehler aufgetreten|fehler beim laden (?:der|des) \w+"
    r"|si è verificato un errore (?:durante il|nel) caricamento (?:dei|degli|del|della) \w+"
    r"|terjadi kesalahan (?:saat|ketika) memuat \w+"
)
_TRY_AGAIN = (
    r"(?:please )?try again(?: later)?|(?:por favor,? )?tente (?:novamente|de novo)(?: mais tarde)?"
    r"|(?:por favor,? )?(?:inténtelo|inténtalo|vuelve a intentarlo|vuelva a intentarlo)"
    r"(?: de nuevo)?(?: más tarde)?|(?:merci de |veuillez )?réessayer(?: plus tard)?"
    r"|bitte versuchen sie es (?:später )?(?:noch einmal|erneut)(?: später)?"
    r"|(?:per favore,? )?riprova(?: più tardi)?|(?:silakan )?coba lagi(?: nanti)?"
)
_WIDGET_ERROR = re.compile(
    rf"(?:{_LOAD_ERROR})[.!]?(?:\s*(?:{_TRY_AGAIN})[.!]?)?|(?:{_TRY_AGAIN})[.!]?", re.IGNORECASE
)


def is_template_line(text: str) -> bool:
    """A short line holding an unrendered placeholder (``{{comments.total}} Comments``)."""
    if "{" not in text or len(text) > 200:
        return False
    rest, found = _PLACEHOLDER.subn(" ", text)
    return found > 0 and len(rest.split()) <= _PLACEHOLDER_WORDS


_MEDIA = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|open this (?:photo|image|picture) in (?:the )?gallery"
    r"|(?:google|bing|apple) maps|view (?:a )?larger map"
    r"|map data(?: ©| \(c\))? ?\d{4}[\w ,&.-]{0,40}",
    re.IGNORECASE,
)


def is_weather(text: str) -> bool:
    """A weather widget's line: a temperature, maybe a place and a sky ("İstanbul 18°C"), or
    the day's high and low ("High 5°/Low 1°")."""
    stripped = text.strip(" .:")
    if _HIGH_LOW.fullmatch(stripped):
        return True
    if len(stripped) > 60 or not _WEATHER.fullmatch(stripped):
        return False
    return sum(1 for w in stripped.split() if w[:1].isalpha()) <= _MAX_WEATHER_WORDS


def weather_sky(lines: Sequence[Line], i: int) -> bool:
    """A word or two touching a weather widget's temperature line: its sky or its place
    ("İstanbul 18°C" / "Az Bulutlu", "İstanbul" / "18°C")."""
    text = lines[i].text
    if not text or len(text.split()) > _WEATHER_WORDS or text.rstrip()[-1:] in ".!?…":
        return False
    above = lines[i - 1].text if i > 0 else ""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    if below == text:  # the sky printed twice over the temperature ("Snow Showers" twice)
        below = lines[i + 2].text if i + 2 < len(lines) else ""
    return bool((above and is_weather(above)) or (below and is_weather(below)))


def is_widget(text: str) -> bool:
    """A weather, member-card, document-type, template or widget-error line (see the notes)."""
    if is_template_line(text):
        return True
    if len(text) <= 160 and _FORECAST.fullmatch(text.strip(" .:")):
        return True  # (an icon's text runs to a sentence's length: "weather iconSome bright …")
    if len(text) > 60:
        return len(text) <= 160 and bool(_WIDGET_ERROR.fullmatch(text.strip()))
    stripped = text.strip(" .:")
    if _MEDIA.fullmatch(stripped):
        return True
    if is_weather(text):
        return True
    return bool(
        _MEMBER_CARD.fullmatch(stripped)
        or _RANK.fullmatch(stripped)
        or _DOC_LABEL.fullmatch(stripped)
        or (stripped.isupper() and _ISSUED_DOC.fullmatch(stripped))
        or _WIDGET_ERROR.fullmatch(text.strip())
    )


def is_join_label(text: str) -> bool:
    """A member card's ``Joined`` field: the date under it dates the member, not the page."""
    return len(text) <= 20 and bool(_JOIN.fullmatch(text.strip()))


def joined_on(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` stands under a forum member card's ``Joined``: the member's date."""
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text), None)
    return above is not None and is_join_label(lines[above].text)
