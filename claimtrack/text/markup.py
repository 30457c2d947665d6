"""The characters a stretch of HTML shows: tags left out, references decoded, blanks collapsed.

Used twice: the HTML reader finds the lines trafilatura extracts in this stream (each character
remembers its HTML offset), and the chain-of-custody check reads the character references
(``&amp;``, ``&#8217;``) between two verbatim segments of an HTML article's offset map.
This is not a parser: it only needs to know where tags, comments and hidden elements (scripts,
styles, vector art) start and end, which HTML5 tokenising rules make plain.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["HIDDEN_ELEMENTS", "markup_spells", "visible_text"]

# Elements whose content is never article text (raw text elements, vector art, the tab title).
HIDDEN_ELEMENTS = (
    "script", "style", "noscript", "template", "textarea", "title", "svg", "math", "iframe",
    "object",
)  # fmt: skip
_HIDDEN = "|".join(HIDDEN_ELEMENTS)
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    rf"|<(?P<hidden>{_HIDDEN})\b(?:[^>]*[^/>])?>.*?(?:</(?P=hidden)\s*>|\Z)"
    r"|<[!?/]?[A-Za-z][^>]*>?"
    r"|&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?"
    r"|[^<&]+|[<&]",
    re.DOTALL | re.IGNORECASE,
)


def visible_text(html: str) -> tuple[str, list[int | None]]:
    """The page's text with whitespace collapsed, and each character's HTML offset.

    A character the HTML spells verbatim maps to its offset; one decoded from a character
    reference, or a space standing for a run of whitespace or a line break, maps to None.
    """
    chars: list[str] = []
    origin: list[int | None] = []
    for m in _TOKEN.finditer(html):
        token = m.group()
        if token.startswith("<") and len(token) > 1:
            continue  # a tag, a comment or a hidden element: no visible characters
        if token.startswith("&") and len(token) > 1:
            decoded = unescape(token)
            if decoded != token:
                _add(chars, origin, decoded, None)
                continue
        _add(chars, origin, token, m.start())
    return "".join(chars), origin


def _add(chars: list[str], origin: list[int | None], text: str, start: int | None) -> None:
    for k, ch in enumerate(text):
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            chars.append(" ")
            origin.append(start + k if start is not None and ch == " " else None)
        else:
            chars.append(ch)
            origin.append(start + k if start is not None else None)


def markup_spells(piece: str) -> str:
    """The visible characters of a stretch of HTML (``"&amp;"`` -> ``"&"``, tags -> nothing)."""
    return visible_text(piece)[0]
