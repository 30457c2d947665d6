"""Tell the Latin single-byte code pages apart: Latin-1/cp1252 (Western) versus cp1250 (Central).

Statistical detectors (charset-normalizer included) confuse these on short articles: the same
byte ``0xE0`` is ``à`` in cp1252 and ``ŕ`` in cp1250, and both decodings are "valid". What tells
them apart is the language: a decoding is plausible when **one** language's alphabet covers every
accented letter in it (French covers ``à é è ç``; no language writes ``ŕ`` next to ``č`` and
``ů``), and likelier when its letters are common ones (``à`` is everywhere in French, ``ŕ`` is rare
even in Slovak). When two different decodings are about as plausible, :func:`guess_latin`
refuses to choose rather than garble the text silently.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["LATIN_CODEPAGES", "LatinGuess", "guess_latin"]

#: The code pages judged here, in order of preference on a tie of identical texts.
LATIN_CODEPAGES = ("cp1252", "cp1250", "iso-8859-2", "iso-8859-15")

_ALPHABETS: dict[str, str] = {
    "French": "àâæçéèêëîïôœùûüÿ",
    "German": "äöüßé",
    "Spanish": "áéíñóúü",
    "Portuguese": "áâãàçéêíóôõú",
    "Italian": "àèéìíòóù",
    "Dutch": "ëïéèöüáó",
    "Scandinavian": "åäöæøé",
    "Icelandic": "áðéíóúýþæö",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Hungarian": "áéíóöőúüű",
    "Croatian": "čćđšž",
    "Romanian": "ăâîșțşţ",
    "Catalan": "àçèéíïòóúü·",
}
# Letters that exist but are rare even in their own language: weak evidence for a decoding.
_RARE = set("ŕĺľőűÿðþýæïëîûìòõďťňĺ")
# Marks that may stand inside a word ("l’école", "l·l", "well–known").
_INSIDE_WORDS = set("’‘·–—-")
# Non-letters that legacy-encoded articles commonly hold.
_NEUTRAL = set("«»„“”‘’‚–—…•·°€£¥§©®™±×÷¿¡¼½¾¹²³ ªº¦¬¯´¸¨µ¶")
_MAX_ACCENTED_SHARE = 0.8  # accented letters among all letters, in a Latin-script text
_MARGIN = 1.3  # how much better the best decoding must score than a different runner-up


@frozen
class LatinGuess:
    """The outcome: ``encoding`` and ``text`` when sure; else ``unsure`` names the rivals."""

    encoding: str | None
    text: str | None
    unsure: tuple[str, ...] = ()


def _score(text: str) -> float | None:
    """How plausible ``text`` is as Latin-script prose; None when no one language explains it."""
    accented: dict[str, int] = {}
    letters = 0
    for k, ch in enumerate(text):
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch.isalpha():
            letters += 1
            low = ch.lower()
            accented[low] = accented.get(low, 0) + 1
        elif not (ch in _NEUTRAL or ch.isspace()):
            return None  # a control or a symbol no article uses
        elif ch not in _INSIDE_WORDS and _between_letters(text, k):
            return None  # "¿ó³w": a symbol inside a word is a letter of another code page
    if not accented:
        return 0.0
    if letters >= 20 and sum(accented.values()) > _MAX_ACCENTED_SHARE * letters:
        return None  # mostly accented: another script read through a Latin code page
    if not any(set(accented) <= set(alphabet) for alphabet in _ALPHABETS.values()):
        return None
    return sum(n * (0.2 if ch in _RARE else 1.0) for ch, n in accented.items())


def _between_letters(text: str, k: int) -> bool:
    return 0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()


def guess_latin(data: bytes) -> LatinGuess:
    """Decode ``data`` with the Latin code page whose text one language explains best.

    Returns ``LatinGuess(None, None)`` when no Latin code page fits (Cyrillic, Greek …: leave it
    to a general detector), and ``unsure=(a, b)`` when two give different, equally plausible
    texts.
    """
    scored: list[tuple[float, str, str]] = []
    seen: set[str] = set()
    for encoding in LATIN_CODEPAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text in seen:
            continue  # the same text as a preferred code page: no rival
        seen.add(text)
        score = _score(text)
        if score is not None and score > 0:
            scored.append((score, encoding, text))
    if not scored:
        return LatinGuess(None, None)
    scored.sort(key=lambda item: -item[0])
    best = scored[0]
    if len(scored) > 1 and best[0] < _MARGIN * scored[1][0]:
        return LatinGuess(None, None, unsure=(best[1], scored[1][1]))
    return LatinGuess(best[1], best[2])
