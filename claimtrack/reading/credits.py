"""Lines that credit the page's makers or file the post: never the story's text.

- a **labelled credit**: the label of a role in the newsroom and who filled it, alone on its
  line or several set apart by bars (``Penulis: Jane Roe``, ``Editor: J Roe``, ``Reporter: Jane
  Roe | Editor: Tom Reed``, ``Fotógrafo: Ana Ruiz``, ``Por:Harbour TV``). The value must be a name
  (two capitalised words or more, no sentence): ``Reporter: What happens now?`` and
  ``Reporter: Okay`` are a transcript's turns;
- a **cast line** in the header, over a broadcast's or a briefing's transcript: who takes part
  (``Presenter: Harbour Press Secretary Ada Lund``). In the body it is left to the turn readers;
- a **reporter's credit in brackets** (``[Harbour Daily Reporter Ada Lund]``), as some outlets
  set it before the story's first words;
- a **wire desk's sign-off** alone on its line: the initials of who wrote and who edited the
  item, and maybe the agency's, set apart by slashes (``JK/abj/HPA``, ``(ah/mk)``, ``nw/HW``);
  never small words (``and/or``, ``he/she``);
- a **blog post's footer** as blog engines print it: ``This entry was posted in News. Bookmark
  the permalink.``, ``Posted in Ferries, World | Tagged strike | 3 Comments``, ``You can follow
  any responses to this entry through the RSS 2.0 feed.``

Each check is linear in the line's length and skips long lines.
"""

from __future__ import annotations

import re

from claimtrack.text.lexicon import STOPWORDS
from claimtrack.text.turn_labels import is_cast_line

__all__ = ["bracketed_reporter", "is_credit_line", "is_desk_initials", "is_post_footer"]

# Roles a newsroom credits, in English, Indonesian/Malay, Spanish, Portuguese, French, German,
# Italian and Dutch. "Foto:" and "Source:" are read elsewhere (captions, sources).
_ROLE = (
    r"(?:writer|written by|author|authors|reporter|reporters|reporting|correspondent|editor"
    r"|editors|edited by|editing|sub-?editor|photographer|photos? by|video|videographer|camera"
    r"|producer|produced by|graphics|illustrations?|translation|translated by|by"
    r"|penulis|pewarta|wartawan|laporan|reporter|penyunting|redaktur|editor|fotografer"
    r"|kontributor|oleh|sumber foto"
    r"|por|autor|autora|texto|textos|redacción|redação|edición|edição|reportagem|fotógrafo"
    r"|fotógrafa|fotografía|fotografia|infografía|infografia"
    r"|par|texte|rédaction|rédacteur|rédactrice|journaliste|photographe"
    r"|von|text|redaktion|redakteur|redakteurin|fotograf|fotografin"
    r"|di|testo|redazione|a cura di|door|redactie|tekst)"
)
_CREDIT = re.compile(rf"{_ROLE}\s*[:：]\s*(\S.{{0,80}})", re.IGNORECASE)
# Small words a name may hold ("Ana de la Cruz", "Jan van Dijk", "Ahmad bin Ali").
_PARTICLES = frozenset({
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "bin", "binti", "al", "el", "y", "e", "and", "dan", "und", "et", "&",
})  # fmt: skip
_NAME_PARTS = re.compile(r"\s*(?:[,/;&]|\band\b|\bdan\b|\by\b|\be\b|\bund\b|\bet\b)\s*")
_NAME_WORDS = 5
_MIN_NAME_WORDS = 2


def _is_names(value: str) -> bool:
    """``value`` is one name or a short list of names (``Jane Roe, Tom Reed and Ana Ruiz``)."""
    value = value.strip()
    if not value or value[-1] in ".!?…:;,\"”’'":
        return False  # a sentence, a question or a quotation: a turn in a transcript
    name_words = 0
    for part in _NAME_PARTS.split(value):
        tokens = part.split()
        if len(tokens) > _NAME_WORDS:
            return False
        for token in tokens:
            core = token.strip("()[]")
            if core[:1].isupper() or (core[:1].isdigit() and any(c.isalpha() for c in core)):
                name_words += 1  # "Y Rahmawati": a capital "Y" is an initial, not "and"
            elif core and core.casefold() not in _PARTICLES:
                return False
    # One word alone ("Reporter: Okay") may be a turn's reply: a credit names someone in full.
    # Particles alone ("binti binti") name nobody.
    return name_words >= _MIN_NAME_WORDS


# "[Harbour Daily Reporter Ada Lund]": the outlet, the role, then the reporter's name.
_BRACKETED = re.compile(
    r"\[(?:[^\[\]]{0,40}\s)?(?:Reporter|Correspondent|Writer)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s[A-ZÀ-Þ][\w’'-]+){1,3})\]"
)


def bracketed_reporter(text: str) -> str | None:
    """The reporter a credit in brackets names (``[Harbour Daily Reporter Ada Lund]``)."""
    m = _BRACKETED.fullmatch(text.strip()) if len(text) <= 120 else None
    return m.group("name") if m else None


def is_credit_line(text: str, *, header: bool = False) -> bool:
    """One labelled credit or several set apart by bars, or a reporter's credit in brackets
    (see the module's notes); in the ``header``, a broadcast's or a briefing's cast line too."""
    if bracketed_reporter(text) is not None or (header and is_cast_line(text)):
        return True
    if len(text) > 200 or (":" not in text and "：" not in text):
        return False
    for part in text.split("|"):
        m = _CREDIT.fullmatch(part.strip())
        if m is None or not _is_names(m.group(1)):
            return False
    return True


_DESK_INITIALS = re.compile(r"\(?[A-Za-z]{1,5}(?:/[A-Za-z]{1,5}){1,3}\)?")


def is_desk_initials(text: str) -> bool:
    """A wire desk's sign-off: initials set apart by slashes (see the module's notes)."""
    if len(text) > 26 or not _DESK_INITIALS.fullmatch(text):
        return False
    return not any(part.casefold() in STOPWORDS for part in text.strip("()").split("/"))


_POST_FOOTER = re.compile(
    r"this (?:entry|post) was (?:posted|filed|written)\b.{0,250}"
    r"|.{0,250}\bbookmark the permalink\b.{0,40}"
    r"|.{0,250}\byou can follow any responses to this (?:entry|post)\b.{0,250}"
    r"|(?:both )?comments and (?:pings|trackbacks) are (?:currently )?(?:closed|open)\.?"
    # "Posted in Ferries, World | Tagged strike | 3 Comments": the post's categories.
    r"|posted in (?-i:[A-Z][\w&'’-]*)(?:,? (?-i:[A-Z&][\w&'’-]*)){0,5}"
    r"(?:\s*\|\s*(?:tagged|leave a comment|\d+ comments?).{0,80})?",
    re.IGNORECASE,
)


# One of these words stands in every footer (most lines hold none: no pattern is tried on them).
_FOOTER_KEYS = ("post", "permalink", "responses to this", "pings", "trackbacks")


def is_post_footer(text: str) -> bool:
    """A blog engine's footer under a post (see the module's notes)."""
    if len(text) > 400:
        return False
    low = text.casefold()
    return any(k in low for k in _FOOTER_KEYS) and bool(_POST_FOOTER.fullmatch(text))
